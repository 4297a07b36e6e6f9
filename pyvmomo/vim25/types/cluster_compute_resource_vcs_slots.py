# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""ClusterComputeResourceVcsSlots: data object type, extends DynamicData. Since 7.0.1.1."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from ..managed.datastore import Datastore
    from ..managed.host_system import HostSystem


class ClusterComputeResourceVcsSlots(DynamicData):
    """ClusterComputeResourceVcsSlots: data object extending DynamicData, since 7.0.1.1.

    Attributes:
        systemId: string, optional, since 7.0.3.0.
        host: reference to HostSystem, since 7.0.1.1.
        datastore: list of references to Datastore, since 7.0.3.0.
        totalSlots: int, since 7.0.1.1.
    """

    __slots__ = ("systemId", "host", "datastore", "totalSlots", )
    _wire_name_: ClassVar[str] = "ClusterComputeResourceVcsSlots"
    _since_: ClassVar[str] = "7.0.1.1"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("systemId", "string", 2, "7.0.3.0"),
        _F("host", "ManagedObjectReference", 0, "7.0.1.1", target="HostSystem"),
        _F("datastore", "ManagedObjectReference", 3, "7.0.3.0", target="Datastore"),
        _F("totalSlots", "int", 0, "7.0.1.1"),
    )
    systemId: str | None
    host: HostSystem
    datastore: list[Datastore]
    totalSlots: int

    def __init__(
        self,
        *,
        host: HostSystem,
        totalSlots: int,
        systemId: str | None = None,
        datastore: list[Datastore] | None = None,
    ) -> None:
        self.systemId = systemId
        self.host = host
        self.datastore = [] if datastore is None else datastore
        self.totalSlots = totalSlots
