# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""VirtualDiskPartitionedRawDiskVer2BackingInfo: data object type, extends VirtualDiskRawDiskVer2BackingInfo. Since 2.0."""

from __future__ import annotations

from typing import ClassVar

from .virtual_disk_raw_disk_ver2_backing_info import VirtualDiskRawDiskVer2BackingInfo
from pyvmomo._base import Field as _F


class VirtualDiskPartitionedRawDiskVer2BackingInfo(VirtualDiskRawDiskVer2BackingInfo):
    """VirtualDiskPartitionedRawDiskVer2BackingInfo: data object extending VirtualDiskRawDiskVer2BackingInfo, since 2.0.

    Attributes:
        partition: list of int, since 2.0.
    """

    __slots__ = ("partition", )
    _wire_name_: ClassVar[str] = "VirtualDiskPartitionedRawDiskVer2BackingInfo"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("deviceName", "string", 0, "2.0"),
        _F("useAutoDetect", "boolean", 2, "2.5"),
        _F("descriptorFileName", "string", 0, "2.0"),
        _F("uuid", "string", 2, "2.5"),
        _F("changeId", "string", 2, "4.0"),
        _F("sharing", "string", 2, "6.0"),
        _F("partition", "int", 1, "2.0"),
    )
    partition: list[int]

    def __init__(
        self,
        *,
        deviceName: str,
        descriptorFileName: str,
        partition: list[int],
        useAutoDetect: bool | None = None,
        uuid: str | None = None,
        changeId: str | None = None,
        sharing: str | None = None,
    ) -> None:
        self.deviceName = deviceName
        self.useAutoDetect = useAutoDetect
        self.descriptorFileName = descriptorFileName
        self.uuid = uuid
        self.changeId = changeId
        self.sharing = sharing
        self.partition = partition
