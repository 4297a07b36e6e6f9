# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""ExtensionServerInfo: data object type, extends DynamicData. Since 2.5."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .description import Description


class ExtensionServerInfo(DynamicData):
    """ExtensionServerInfo: data object extending DynamicData, since 2.5.

    Attributes:
        url: string, since 2.5.
        description: Description, since 2.5.
        company: string, since 2.5.
        type: string, since 2.5.
        adminEmail: list of string, since 2.5.
        serverThumbprint: string, optional, since 4.1.
    """

    __slots__ = ("url", "description", "company", "type", "adminEmail", "serverThumbprint", )
    _wire_name_: ClassVar[str] = "ExtensionServerInfo"
    _since_: ClassVar[str] = "2.5"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("url", "string", 0, "2.5"),
        _F("description", "Description", 0, "2.5"),
        _F("company", "string", 0, "2.5"),
        _F("type", "string", 0, "2.5"),
        _F("adminEmail", "string", 1, "2.5"),
        _F("serverThumbprint", "string", 2, "4.1"),
    )
    url: str
    description: Description
    company: str
    type: str
    adminEmail: list[str]
    serverThumbprint: str | None

    def __init__(
        self,
        *,
        url: str,
        description: Description,
        company: str,
        type: str,
        adminEmail: list[str],
        serverThumbprint: str | None = None,
    ) -> None:
        self.url = url
        self.description = description
        self.company = company
        self.type = type
        self.adminEmail = adminEmail
        self.serverThumbprint = serverThumbprint
