# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostUnresolvedVmfsExtent: data object type, extends DynamicData. Since 4.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .host_scsi_disk_partition import HostScsiDiskPartition


class HostUnresolvedVmfsExtent(DynamicData):
    """HostUnresolvedVmfsExtent: data object extending DynamicData, since 4.0.

    Attributes:
        device: HostScsiDiskPartition, since 4.0.
        devicePath: string, since 4.0.
        vmfsUuid: string, since 4.0.
        isHeadExtent: boolean, since 4.0.
        ordinal: int, since 4.0.
        startBlock: int, since 4.0.
        endBlock: int, since 4.0.
        reason: string, since 4.0.
    """

    __slots__ = ("device", "devicePath", "vmfsUuid", "isHeadExtent", "ordinal", "startBlock", "endBlock", "reason", )
    _wire_name_: ClassVar[str] = "HostUnresolvedVmfsExtent"
    _since_: ClassVar[str] = "4.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("device", "HostScsiDiskPartition", 0, "4.0"),
        _F("devicePath", "string", 0, "4.0"),
        _F("vmfsUuid", "string", 0, "4.0"),
        _F("isHeadExtent", "boolean", 0, "4.0"),
        _F("ordinal", "int", 0, "4.0"),
        _F("startBlock", "int", 0, "4.0"),
        _F("endBlock", "int", 0, "4.0"),
        _F("reason", "string", 0, "4.0"),
    )
    device: HostScsiDiskPartition
    devicePath: str
    vmfsUuid: str
    isHeadExtent: bool
    ordinal: int
    startBlock: int
    endBlock: int
    reason: str

    def __init__(
        self,
        *,
        device: HostScsiDiskPartition,
        devicePath: str,
        vmfsUuid: str,
        isHeadExtent: bool,
        ordinal: int,
        startBlock: int,
        endBlock: int,
        reason: str,
    ) -> None:
        self.device = device
        self.devicePath = devicePath
        self.vmfsUuid = vmfsUuid
        self.isHeadExtent = isHeadExtent
        self.ordinal = ordinal
        self.startBlock = startBlock
        self.endBlock = endBlock
        self.reason = reason
