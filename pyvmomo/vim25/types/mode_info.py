# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""ModeInfo: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F


class ModeInfo(DynamicData):
    """ModeInfo: data object extending DynamicData, since 2.0.

    Attributes:
        browse: string, optional, since 2.0.
        read: string, since 2.0.
        modify: string, since 2.0.
        use: string, since 2.0.
        admin: string, optional, since 2.0.
        full: string, since 2.0.
    """

    __slots__ = ("browse", "read", "modify", "use", "admin", "full", )
    _wire_name_: ClassVar[str] = "ModeInfo"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("browse", "string", 2, "2.0"),
        _F("read", "string", 0, "2.0"),
        _F("modify", "string", 0, "2.0"),
        _F("use", "string", 0, "2.0"),
        _F("admin", "string", 2, "2.0"),
        _F("full", "string", 0, "2.0"),
    )
    browse: str | None
    read: str
    modify: str
    use: str
    admin: str | None
    full: str

    def __init__(
        self,
        *,
        read: str,
        modify: str,
        use: str,
        full: str,
        browse: str | None = None,
        admin: str | None = None,
    ) -> None:
        self.browse = browse
        self.read = read
        self.modify = modify
        self.use = use
        self.admin = admin
        self.full = full
