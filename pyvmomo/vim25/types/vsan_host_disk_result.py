# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""VsanHostDiskResult: data object type, extends DynamicData. Since 5.5."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .host_scsi_disk import HostScsiDisk
    from .localized_method_fault import LocalizedMethodFault


class VsanHostDiskResult(DynamicData):
    """VsanHostDiskResult: data object extending DynamicData, since 5.5.

    Attributes:
        disk: HostScsiDisk, since 5.5.
        state: string, since 5.5.
        vsanUuid: string, optional, since 5.5.
        error: LocalizedMethodFault, optional, since 5.5.
        degraded: boolean, optional, since 6.0.
    """

    __slots__ = ("disk", "state", "vsanUuid", "error", "degraded", )
    _wire_name_: ClassVar[str] = "VsanHostDiskResult"
    _since_: ClassVar[str] = "5.5"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("disk", "HostScsiDisk", 0, "5.5"),
        _F("state", "string", 0, "5.5"),
        _F("vsanUuid", "string", 2, "5.5"),
        _F("error", "LocalizedMethodFault", 2, "5.5"),
        _F("degraded", "boolean", 2, "6.0"),
    )
    disk: HostScsiDisk
    state: str
    vsanUuid: str | None
    error: LocalizedMethodFault | None
    degraded: bool | None

    def __init__(
        self,
        *,
        disk: HostScsiDisk,
        state: str,
        vsanUuid: str | None = None,
        error: LocalizedMethodFault | None = None,
        degraded: bool | None = None,
    ) -> None:
        self.disk = disk
        self.state = state
        self.vsanUuid = vsanUuid
        self.error = error
        self.degraded = degraded
