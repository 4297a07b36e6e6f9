# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""VAppProductInfo: data object type, extends DynamicData. Since 4.0."""

from __future__ import annotations

from typing import ClassVar

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F


class VAppProductInfo(DynamicData):
    """VAppProductInfo: data object extending DynamicData, since 4.0.

    Attributes:
        key: int, since 4.0.
        classId: string, optional, since 4.0.
        instanceId: string, optional, since 4.0.
        name: string, optional, since 4.0.
        vendor: string, optional, since 4.0.
        version: string, optional, since 4.0.
        fullVersion: string, optional, since 4.0.
        vendorUrl: string, optional, since 4.0.
        productUrl: string, optional, since 4.0.
        appUrl: string, optional, since 4.0.
    """

    __slots__ = ("key", "classId", "instanceId", "name", "vendor", "version", "fullVersion", "vendorUrl", "productUrl", "appUrl", )
    _wire_name_: ClassVar[str] = "VAppProductInfo"
    _since_: ClassVar[str] = "4.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("key", "int", 0, "4.0"),
        _F("classId", "string", 2, "4.0"),
        _F("instanceId", "string", 2, "4.0"),
        _F("name", "string", 2, "4.0"),
        _F("vendor", "string", 2, "4.0"),
        _F("version", "string", 2, "4.0"),
        _F("fullVersion", "string", 2, "4.0"),
        _F("vendorUrl", "string", 2, "4.0"),
        _F("productUrl", "string", 2, "4.0"),
        _F("appUrl", "string", 2, "4.0"),
    )
    key: int
    classId: str | None
    instanceId: str | None
    name: str | None
    vendor: str | None
    version: str | None
    fullVersion: str | None
    vendorUrl: str | None
    productUrl: str | None
    appUrl: str | None

    def __init__(
        self,
        *,
        key: int,
        classId: str | None = None,
        instanceId: str | None = None,
        name: str | None = None,
        vendor: str | None = None,
        version: str | None = None,
        fullVersion: str | None = None,
        vendorUrl: str | None = None,
        productUrl: str | None = None,
        appUrl: str | None = None,
    ) -> None:
        self.key = key
        self.classId = classId
        self.instanceId = instanceId
        self.name = name
        self.vendor = vendor
        self.version = version
        self.fullVersion = fullVersion
        self.vendorUrl = vendorUrl
        self.productUrl = productUrl
        self.appUrl = appUrl
