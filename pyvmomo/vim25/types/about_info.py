# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""AboutInfo: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F


class AboutInfo(DynamicData):
    """AboutInfo: data object extending DynamicData, since 2.0.

    Attributes:
        name: string, since 2.0.
        fullName: string, since 2.0.
        vendor: string, since 2.0.
        version: string, since 2.0.
        patchLevel: string, optional, since 7.0.2.0.
        build: string, since 2.0.
        localeVersion: string, optional, since 2.0.
        localeBuild: string, optional, since 2.0.
        osType: string, since 2.0.
        productLineId: string, since 2.0.
        apiType: string, since 2.0.
        apiVersion: string, since 2.0.
        instanceUuid: string, optional, since 4.0.
        licenseProductName: string, optional, since 4.0.
        licenseProductVersion: string, optional, since 4.0.
    """

    __slots__ = ("name", "fullName", "vendor", "version", "patchLevel", "build", "localeVersion", "localeBuild", "osType", "productLineId", "apiType", "apiVersion", "instanceUuid", "licenseProductName", "licenseProductVersion", )
    _wire_name_: ClassVar[str] = "AboutInfo"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("name", "string", 0, "2.0"),
        _F("fullName", "string", 0, "2.0"),
        _F("vendor", "string", 0, "2.0"),
        _F("version", "string", 0, "2.0"),
        _F("patchLevel", "string", 2, "7.0.2.0"),
        _F("build", "string", 0, "2.0"),
        _F("localeVersion", "string", 2, "2.0"),
        _F("localeBuild", "string", 2, "2.0"),
        _F("osType", "string", 0, "2.0"),
        _F("productLineId", "string", 0, "2.0"),
        _F("apiType", "string", 0, "2.0"),
        _F("apiVersion", "string", 0, "2.0"),
        _F("instanceUuid", "string", 2, "4.0"),
        _F("licenseProductName", "string", 2, "4.0"),
        _F("licenseProductVersion", "string", 2, "4.0"),
    )
    name: str
    fullName: str
    vendor: str
    version: str
    patchLevel: str | None
    build: str
    localeVersion: str | None
    localeBuild: str | None
    osType: str
    productLineId: str
    apiType: str
    apiVersion: str
    instanceUuid: str | None
    licenseProductName: str | None
    licenseProductVersion: str | None

    def __init__(
        self,
        *,
        name: str,
        fullName: str,
        vendor: str,
        version: str,
        build: str,
        osType: str,
        productLineId: str,
        apiType: str,
        apiVersion: str,
        patchLevel: str | None = None,
        localeVersion: str | None = None,
        localeBuild: str | None = None,
        instanceUuid: str | None = None,
        licenseProductName: str | None = None,
        licenseProductVersion: str | None = None,
    ) -> None:
        self.name = name
        self.fullName = fullName
        self.vendor = vendor
        self.version = version
        self.patchLevel = patchLevel
        self.build = build
        self.localeVersion = localeVersion
        self.localeBuild = localeBuild
        self.osType = osType
        self.productLineId = productLineId
        self.apiType = apiType
        self.apiVersion = apiVersion
        self.instanceUuid = instanceUuid
        self.licenseProductName = licenseProductName
        self.licenseProductVersion = licenseProductVersion
