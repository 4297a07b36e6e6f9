# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""NvdimmSummary: data object type, extends DynamicData. Since 6.7."""

from __future__ import annotations

from typing import ClassVar

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F


class NvdimmSummary(DynamicData):
    """NvdimmSummary: data object extending DynamicData, since 6.7.

    Attributes:
        numDimms: int, since 6.7.
        healthStatus: string, since 6.7.
        totalCapacity: long, since 6.7.
        persistentCapacity: long, since 6.7.
        blockCapacity: long, since 6.7.
        availableCapacity: long, since 6.7.
        numInterleavesets: int, since 6.7.
        numNamespaces: int, since 6.7.
    """

    __slots__ = ("numDimms", "healthStatus", "totalCapacity", "persistentCapacity", "blockCapacity", "availableCapacity", "numInterleavesets", "numNamespaces", )
    _wire_name_: ClassVar[str] = "NvdimmSummary"
    _since_: ClassVar[str] = "6.7"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("numDimms", "int", 0, "6.7"),
        _F("healthStatus", "string", 0, "6.7"),
        _F("totalCapacity", "long", 0, "6.7"),
        _F("persistentCapacity", "long", 0, "6.7"),
        _F("blockCapacity", "long", 0, "6.7"),
        _F("availableCapacity", "long", 0, "6.7"),
        _F("numInterleavesets", "int", 0, "6.7"),
        _F("numNamespaces", "int", 0, "6.7"),
    )
    numDimms: int
    healthStatus: str
    totalCapacity: int
    persistentCapacity: int
    blockCapacity: int
    availableCapacity: int
    numInterleavesets: int
    numNamespaces: int

    def __init__(
        self,
        *,
        numDimms: int,
        healthStatus: str,
        totalCapacity: int,
        persistentCapacity: int,
        blockCapacity: int,
        availableCapacity: int,
        numInterleavesets: int,
        numNamespaces: int,
    ) -> None:
        self.numDimms = numDimms
        self.healthStatus = healthStatus
        self.totalCapacity = totalCapacity
        self.persistentCapacity = persistentCapacity
        self.blockCapacity = blockCapacity
        self.availableCapacity = availableCapacity
        self.numInterleavesets = numInterleavesets
        self.numNamespaces = numNamespaces
