# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""DistributedVirtualSwitchManagerImportResult: data object type, extends DynamicData. Since 5.1."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from collections.abc import Sequence
    from ..managed.distributed_virtual_portgroup import DistributedVirtualPortgroup
    from ..managed.distributed_virtual_switch import DistributedVirtualSwitch
    from .import_operation_bulk_fault_fault_on_import import ImportOperationBulkFaultFaultOnImport


class DistributedVirtualSwitchManagerImportResult(DynamicData):
    """DistributedVirtualSwitchManagerImportResult: data object extending DynamicData, since 5.1.

    Attributes:
        distributedVirtualSwitch: list of references to DistributedVirtualSwitch, since 5.1.
        distributedVirtualPortgroup: list of references to DistributedVirtualPortgroup, since 5.1.
        importFault: list of ImportOperationBulkFaultFaultOnImport, since 5.1.
    """

    __slots__ = ("distributedVirtualSwitch", "distributedVirtualPortgroup", "importFault", )
    _wire_name_: ClassVar[str] = "DistributedVirtualSwitchManagerImportResult"
    _since_: ClassVar[str] = "5.1"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("distributedVirtualSwitch", "ManagedObjectReference", 3, "5.1", target="DistributedVirtualSwitch"),
        _F("distributedVirtualPortgroup", "ManagedObjectReference", 3, "5.1", target="DistributedVirtualPortgroup"),
        _F("importFault", "ImportOperationBulkFaultFaultOnImport", 3, "5.1"),
    )
    distributedVirtualSwitch: list[DistributedVirtualSwitch]
    distributedVirtualPortgroup: list[DistributedVirtualPortgroup]
    importFault: list[ImportOperationBulkFaultFaultOnImport]

    def __init__(
        self,
        *,
        distributedVirtualSwitch: Sequence[DistributedVirtualSwitch] | None = None,
        distributedVirtualPortgroup: list[DistributedVirtualPortgroup] | None = None,
        importFault: list[ImportOperationBulkFaultFaultOnImport] | None = None,
    ) -> None:
        self.distributedVirtualSwitch = [] if distributedVirtualSwitch is None else list(distributedVirtualSwitch)
        self.distributedVirtualPortgroup = [] if distributedVirtualPortgroup is None else distributedVirtualPortgroup
        self.importFault = [] if importFault is None else importFault
