# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostSnmpConfigSpec: data object type, extends DynamicData. Since 2.5."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .host_snmp_destination import HostSnmpDestination
    from .key_value import KeyValue


class HostSnmpConfigSpec(DynamicData):
    """HostSnmpConfigSpec: data object extending DynamicData, since 2.5.

    Attributes:
        enabled: boolean, optional, since 2.5.
        port: int, optional, since 2.5.
        readOnlyCommunities: list of string, since 2.5.
        trapTargets: list of HostSnmpDestination, since 2.5.
        option: list of KeyValue, since 5.0.
    """

    __slots__ = ("enabled", "port", "readOnlyCommunities", "trapTargets", "option", )
    _wire_name_: ClassVar[str] = "HostSnmpConfigSpec"
    _since_: ClassVar[str] = "2.5"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("enabled", "boolean", 2, "2.5"),
        _F("port", "int", 2, "2.5"),
        _F("readOnlyCommunities", "string", 3, "2.5"),
        _F("trapTargets", "HostSnmpDestination", 3, "2.5"),
        _F("option", "KeyValue", 3, "5.0"),
    )
    enabled: bool | None
    port: int | None
    readOnlyCommunities: list[str]
    trapTargets: list[HostSnmpDestination]
    option: list[KeyValue]

    def __init__(
        self,
        *,
        enabled: bool | None = None,
        port: int | None = None,
        readOnlyCommunities: list[str] | None = None,
        trapTargets: list[HostSnmpDestination] | None = None,
        option: list[KeyValue] | None = None,
    ) -> None:
        self.enabled = enabled
        self.port = port
        self.readOnlyCommunities = [] if readOnlyCommunities is None else readOnlyCommunities
        self.trapTargets = [] if trapTargets is None else trapTargets
        self.option = [] if option is None else option
