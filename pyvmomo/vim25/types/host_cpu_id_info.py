# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostCpuIdInfo: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F


class HostCpuIdInfo(DynamicData):
    """HostCpuIdInfo: data object extending DynamicData, since 2.0.

    Attributes:
        level: int, since 2.0.
        vendor: string, optional, since 2.0.
        eax: string, optional, since 2.0.
        ebx: string, optional, since 2.0.
        ecx: string, optional, since 2.0.
        edx: string, optional, since 2.0.
    """

    __slots__ = ("level", "vendor", "eax", "ebx", "ecx", "edx", )
    _wire_name_: ClassVar[str] = "HostCpuIdInfo"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("level", "int", 0, "2.0"),
        _F("vendor", "string", 2, "2.0"),
        _F("eax", "string", 2, "2.0"),
        _F("ebx", "string", 2, "2.0"),
        _F("ecx", "string", 2, "2.0"),
        _F("edx", "string", 2, "2.0"),
    )
    level: int
    vendor: str | None
    eax: str | None
    ebx: str | None
    ecx: str | None
    edx: str | None

    def __init__(
        self,
        *,
        level: int,
        vendor: str | None = None,
        eax: str | None = None,
        ebx: str | None = None,
        ecx: str | None = None,
        edx: str | None = None,
    ) -> None:
        self.level = level
        self.vendor = vendor
        self.eax = eax
        self.ebx = ebx
        self.ecx = ecx
        self.edx = edx
