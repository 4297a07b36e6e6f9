# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""FileInfo: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from datetime import datetime


class FileInfo(DynamicData):
    """FileInfo: data object extending DynamicData, since 2.0.

    Attributes:
        path: string, since 2.0.
        friendlyName: string, optional, since 6.5.
        fileSize: long, optional, since 2.0.
        modification: dateTime, optional, since 2.0.
        owner: string, optional, since 4.0.
    """

    __slots__ = ("path", "friendlyName", "fileSize", "modification", "owner", )
    _wire_name_: ClassVar[str] = "FileInfo"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("path", "string", 0, "2.0"),
        _F("friendlyName", "string", 2, "6.5"),
        _F("fileSize", "long", 2, "2.0"),
        _F("modification", "dateTime", 2, "2.0"),
        _F("owner", "string", 2, "4.0"),
    )
    path: str
    friendlyName: str | None
    fileSize: int | None
    modification: datetime | None
    owner: str | None

    def __init__(
        self,
        *,
        path: str,
        friendlyName: str | None = None,
        fileSize: int | None = None,
        modification: datetime | None = None,
        owner: str | None = None,
    ) -> None:
        self.path = path
        self.friendlyName = friendlyName
        self.fileSize = fileSize
        self.modification = modification
        self.owner = owner
