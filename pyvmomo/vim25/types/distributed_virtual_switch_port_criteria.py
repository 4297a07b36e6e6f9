# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""DistributedVirtualSwitchPortCriteria: data object type, extends DynamicData. Since 4.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from ..managed.host_system import HostSystem
    from ..managed.managed_entity import ManagedEntity


class DistributedVirtualSwitchPortCriteria(DynamicData):
    """DistributedVirtualSwitchPortCriteria: data object extending DynamicData, since 4.0.

    Attributes:
        connected: boolean, optional, since 4.0.
        active: boolean, optional, since 4.0.
        uplinkPort: boolean, optional, since 4.0.
        nsxPort: boolean, optional, since 7.0.0.0.
        scope: reference to ManagedEntity, optional, since 4.0.
        portgroupKey: list of string, since 4.0.
        inside: boolean, optional, since 4.0.
        portKey: list of string, since 4.0.
        host: list of references to HostSystem, since 6.5.
    """

    __slots__ = ("connected", "active", "uplinkPort", "nsxPort", "scope", "portgroupKey", "inside", "portKey", "host", )
    _wire_name_: ClassVar[str] = "DistributedVirtualSwitchPortCriteria"
    _since_: ClassVar[str] = "4.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("connected", "boolean", 2, "4.0"),
        _F("active", "boolean", 2, "4.0"),
        _F("uplinkPort", "boolean", 2, "4.0"),
        _F("nsxPort", "boolean", 2, "7.0.0.0"),
        _F("scope", "ManagedObjectReference", 2, "4.0", target="ManagedEntity"),
        _F("portgroupKey", "string", 3, "4.0"),
        _F("inside", "boolean", 2, "4.0"),
        _F("portKey", "string", 3, "4.0"),
        _F("host", "ManagedObjectReference", 3, "6.5", target="HostSystem"),
    )
    connected: bool | None
    active: bool | None
    uplinkPort: bool | None
    nsxPort: bool | None
    scope: ManagedEntity | None
    portgroupKey: list[str]
    inside: bool | None
    portKey: list[str]
    host: list[HostSystem]

    def __init__(
        self,
        *,
        connected: bool | None = None,
        active: bool | None = None,
        uplinkPort: bool | None = None,
        nsxPort: bool | None = None,
        scope: ManagedEntity | None = None,
        portgroupKey: list[str] | None = None,
        inside: bool | None = None,
        portKey: list[str] | None = None,
        host: list[HostSystem] | None = None,
    ) -> None:
        self.connected = connected
        self.active = active
        self.uplinkPort = uplinkPort
        self.nsxPort = nsxPort
        self.scope = scope
        self.portgroupKey = [] if portgroupKey is None else portgroupKey
        self.inside = inside
        self.portKey = [] if portKey is None else portKey
        self.host = [] if host is None else host
