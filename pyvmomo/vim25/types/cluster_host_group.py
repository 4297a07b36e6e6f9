# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""ClusterHostGroup: data object type, extends ClusterGroupInfo. Since 4.1."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .cluster_group_info import ClusterGroupInfo
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from ..managed.host_system import HostSystem


class ClusterHostGroup(ClusterGroupInfo):
    """ClusterHostGroup: data object extending ClusterGroupInfo, since 4.1.

    Attributes:
        host: list of references to HostSystem, since 4.1.
    """

    __slots__ = ("host", )
    _wire_name_: ClassVar[str] = "ClusterHostGroup"
    _since_: ClassVar[str] = "4.1"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("name", "string", 0, "4.1"),
        _F("userCreated", "boolean", 2, "5.0"),
        _F("uniqueID", "string", 2, "6.0"),
        _F("host", "ManagedObjectReference", 3, "4.1", target="HostSystem"),
    )
    host: list[HostSystem]

    def __init__(
        self,
        *,
        name: str,
        userCreated: bool | None = None,
        uniqueID: str | None = None,
        host: list[HostSystem] | None = None,
    ) -> None:
        self.name = name
        self.userCreated = userCreated
        self.uniqueID = uniqueID
        self.host = [] if host is None else host
