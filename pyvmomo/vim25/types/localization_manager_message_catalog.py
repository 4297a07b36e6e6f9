# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""LocalizationManagerMessageCatalog: data object type, extends DynamicData. Since 4.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from datetime import datetime


class LocalizationManagerMessageCatalog(DynamicData):
    """LocalizationManagerMessageCatalog: data object extending DynamicData, since 4.0.

    Attributes:
        moduleName: string, since 4.0.
        catalogName: string, since 4.0.
        locale: string, since 4.0.
        catalogUri: string, since 4.0.
        lastModified: dateTime, optional, since 4.0.
        md5sum: string, optional, since 4.0.
        version: string, optional, since 5.0.
    """

    __slots__ = ("moduleName", "catalogName", "locale", "catalogUri", "lastModified", "md5sum", "version", )
    _wire_name_: ClassVar[str] = "LocalizationManagerMessageCatalog"
    _since_: ClassVar[str] = "4.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("moduleName", "string", 0, "4.0"),
        _F("catalogName", "string", 0, "4.0"),
        _F("locale", "string", 0, "4.0"),
        _F("catalogUri", "string", 0, "4.0"),
        _F("lastModified", "dateTime", 2, "4.0"),
        _F("md5sum", "string", 2, "4.0"),
        _F("version", "string", 2, "5.0"),
    )
    moduleName: str
    catalogName: str
    locale: str
    catalogUri: str
    lastModified: datetime | None
    md5sum: str | None
    version: str | None

    def __init__(
        self,
        *,
        moduleName: str,
        catalogName: str,
        locale: str,
        catalogUri: str,
        lastModified: datetime | None = None,
        md5sum: str | None = None,
        version: str | None = None,
    ) -> None:
        self.moduleName = moduleName
        self.catalogName = catalogName
        self.locale = locale
        self.catalogUri = catalogUri
        self.lastModified = lastModified
        self.md5sum = md5sum
        self.version = version
