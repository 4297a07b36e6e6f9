# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostDiskPartitionAttributes: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F


class HostDiskPartitionAttributes(DynamicData):
    """HostDiskPartitionAttributes: data object extending DynamicData, since 2.0.

    Attributes:
        partition: int, since 2.0.
        startSector: long, since 2.0.
        endSector: long, since 2.0.
        type: string, since 2.0.
        guid: string, optional, since 5.0.
        logical: boolean, since 2.0.
        attributes: byte, since 2.0.
        partitionAlignment: long, optional, since 5.0.
    """

    __slots__ = ("partition", "startSector", "endSector", "type", "guid", "logical", "attributes", "partitionAlignment", )
    _wire_name_: ClassVar[str] = "HostDiskPartitionAttributes"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("partition", "int", 0, "2.0"),
        _F("startSector", "long", 0, "2.0"),
        _F("endSector", "long", 0, "2.0"),
        _F("type", "string", 0, "2.0"),
        _F("guid", "string", 2, "5.0"),
        _F("logical", "boolean", 0, "2.0"),
        _F("attributes", "byte", 0, "2.0"),
        _F("partitionAlignment", "long", 2, "5.0"),
    )
    partition: int
    startSector: int
    endSector: int
    type: str
    guid: str | None
    logical: bool
    attributes: int
    partitionAlignment: int | None

    def __init__(
        self,
        *,
        partition: int,
        startSector: int,
        endSector: int,
        type: str,
        logical: bool,
        attributes: int,
        guid: str | None = None,
        partitionAlignment: int | None = None,
    ) -> None:
        self.partition = partition
        self.startSector = startSector
        self.endSector = endSector
        self.type = type
        self.guid = guid
        self.logical = logical
        self.attributes = attributes
        self.partitionAlignment = partitionAlignment
