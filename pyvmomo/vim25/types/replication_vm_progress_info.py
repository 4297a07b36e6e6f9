# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""ReplicationVmProgressInfo: data object type, extends DynamicData. Since 5.0."""

from __future__ import annotations

from typing import ClassVar

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F


class ReplicationVmProgressInfo(DynamicData):
    """ReplicationVmProgressInfo: data object extending DynamicData, since 5.0.

    Attributes:
        progress: int, since 5.0.
        bytesTransferred: long, since 5.0.
        bytesToTransfer: long, since 5.0.
        checksumTotalBytes: long, optional, since 5.0.
        checksumComparedBytes: long, optional, since 5.0.
    """

    __slots__ = ("progress", "bytesTransferred", "bytesToTransfer", "checksumTotalBytes", "checksumComparedBytes", )
    _wire_name_: ClassVar[str] = "ReplicationVmProgressInfo"
    _since_: ClassVar[str] = "5.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("progress", "int", 0, "5.0"),
        _F("bytesTransferred", "long", 0, "5.0"),
        _F("bytesToTransfer", "long", 0, "5.0"),
        _F("checksumTotalBytes", "long", 2, "5.0"),
        _F("checksumComparedBytes", "long", 2, "5.0"),
    )
    progress: int
    bytesTransferred: int
    bytesToTransfer: int
    checksumTotalBytes: int | None
    checksumComparedBytes: int | None

    def __init__(
        self,
        *,
        progress: int,
        bytesTransferred: int,
        bytesToTransfer: int,
        checksumTotalBytes: int | None = None,
        checksumComparedBytes: int | None = None,
    ) -> None:
        self.progress = progress
        self.bytesTransferred = bytesTransferred
        self.bytesToTransfer = bytesToTransfer
        self.checksumTotalBytes = checksumTotalBytes
        self.checksumComparedBytes = checksumComparedBytes
