# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""DistributedVirtualSwitchPortStatistics: data object type, extends DynamicData. Since 4.0."""

from __future__ import annotations

from typing import ClassVar

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F


class DistributedVirtualSwitchPortStatistics(DynamicData):
    """DistributedVirtualSwitchPortStatistics: data object extending DynamicData, since 4.0.

    Attributes:
        packetsInMulticast: long, since 4.0.
        packetsOutMulticast: long, since 4.0.
        bytesInMulticast: long, since 4.0.
        bytesOutMulticast: long, since 4.0.
        packetsInUnicast: long, since 4.0.
        packetsOutUnicast: long, since 4.0.
        bytesInUnicast: long, since 4.0.
        bytesOutUnicast: long, since 4.0.
        packetsInBroadcast: long, since 4.0.
        packetsOutBroadcast: long, since 4.0.
        bytesInBroadcast: long, since 4.0.
        bytesOutBroadcast: long, since 4.0.
        packetsInDropped: long, since 4.0.
        packetsOutDropped: long, since 4.0.
        packetsInException: long, since 4.0.
        packetsOutException: long, since 4.0.
        bytesInFromPnic: long, optional, since 6.5.
        bytesOutToPnic: long, optional, since 6.5.
    """

    __slots__ = ("packetsInMulticast", "packetsOutMulticast", "bytesInMulticast", "bytesOutMulticast", "packetsInUnicast", "packetsOutUnicast", "bytesInUnicast", "bytesOutUnicast", "packetsInBroadcast", "packetsOutBroadcast", "bytesInBroadcast", "bytesOutBroadcast", "packetsInDropped", "packetsOutDropped", "packetsInException", "packetsOutException", "bytesInFromPnic", "bytesOutToPnic", )
    _wire_name_: ClassVar[str] = "DistributedVirtualSwitchPortStatistics"
    _since_: ClassVar[str] = "4.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("packetsInMulticast", "long", 0, "4.0"),
        _F("packetsOutMulticast", "long", 0, "4.0"),
        _F("bytesInMulticast", "long", 0, "4.0"),
        _F("bytesOutMulticast", "long", 0, "4.0"),
        _F("packetsInUnicast", "long", 0, "4.0"),
        _F("packetsOutUnicast", "long", 0, "4.0"),
        _F("bytesInUnicast", "long", 0, "4.0"),
        _F("bytesOutUnicast", "long", 0, "4.0"),
        _F("packetsInBroadcast", "long", 0, "4.0"),
        _F("packetsOutBroadcast", "long", 0, "4.0"),
        _F("bytesInBroadcast", "long", 0, "4.0"),
        _F("bytesOutBroadcast", "long", 0, "4.0"),
        _F("packetsInDropped", "long", 0, "4.0"),
        _F("packetsOutDropped", "long", 0, "4.0"),
        _F("packetsInException", "long", 0, "4.0"),
        _F("packetsOutException", "long", 0, "4.0"),
        _F("bytesInFromPnic", "long", 2, "6.5"),
        _F("bytesOutToPnic", "long", 2, "6.5"),
    )
    packetsInMulticast: int
    packetsOutMulticast: int
    bytesInMulticast: int
    bytesOutMulticast: int
    packetsInUnicast: int
    packetsOutUnicast: int
    bytesInUnicast: int
    bytesOutUnicast: int
    packetsInBroadcast: int
    packetsOutBroadcast: int
    bytesInBroadcast: int
    bytesOutBroadcast: int
    packetsInDropped: int
    packetsOutDropped: int
    packetsInException: int
    packetsOutException: int
    bytesInFromPnic: int | None
    bytesOutToPnic: int | None

    def __init__(
        self,
        *,
        packetsInMulticast: int,
        packetsOutMulticast: int,
        bytesInMulticast: int,
        bytesOutMulticast: int,
        packetsInUnicast: int,
        packetsOutUnicast: int,
        bytesInUnicast: int,
        bytesOutUnicast: int,
        packetsInBroadcast: int,
        packetsOutBroadcast: int,
        bytesInBroadcast: int,
        bytesOutBroadcast: int,
        packetsInDropped: int,
        packetsOutDropped: int,
        packetsInException: int,
        packetsOutException: int,
        bytesInFromPnic: int | None = None,
        bytesOutToPnic: int | None = None,
    ) -> None:
        self.packetsInMulticast = packetsInMulticast
        self.packetsOutMulticast = packetsOutMulticast
        self.bytesInMulticast = bytesInMulticast
        self.bytesOutMulticast = bytesOutMulticast
        self.packetsInUnicast = packetsInUnicast
        self.packetsOutUnicast = packetsOutUnicast
        self.bytesInUnicast = bytesInUnicast
        self.bytesOutUnicast = bytesOutUnicast
        self.packetsInBroadcast = packetsInBroadcast
        self.packetsOutBroadcast = packetsOutBroadcast
        self.bytesInBroadcast = bytesInBroadcast
        self.bytesOutBroadcast = bytesOutBroadcast
        self.packetsInDropped = packetsInDropped
        self.packetsOutDropped = packetsOutDropped
        self.packetsInException = packetsInException
        self.packetsOutException = packetsOutException
        self.bytesInFromPnic = bytesInFromPnic
        self.bytesOutToPnic = bytesOutToPnic
