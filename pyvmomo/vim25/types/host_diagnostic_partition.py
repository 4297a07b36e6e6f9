# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostDiagnosticPartition: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .host_scsi_disk_partition import HostScsiDiskPartition


class HostDiagnosticPartition(DynamicData):
    """HostDiagnosticPartition: data object extending DynamicData, since 2.0.

    Attributes:
        storageType: string, since 2.0.
        diagnosticType: string, since 2.0.
        slots: int, since 2.0.
        id: HostScsiDiskPartition, since 2.0.
    """

    __slots__ = ("storageType", "diagnosticType", "slots", "id", )
    _wire_name_: ClassVar[str] = "HostDiagnosticPartition"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("storageType", "string", 0, "2.0"),
        _F("diagnosticType", "string", 0, "2.0"),
        _F("slots", "int", 0, "2.0"),
        _F("id", "HostScsiDiskPartition", 0, "2.0"),
    )
    storageType: str
    diagnosticType: str
    slots: int
    id: HostScsiDiskPartition

    def __init__(
        self,
        *,
        storageType: str,
        diagnosticType: str,
        slots: int,
        id: HostScsiDiskPartition,
    ) -> None:
        self.storageType = storageType
        self.diagnosticType = diagnosticType
        self.slots = slots
        self.id = id
