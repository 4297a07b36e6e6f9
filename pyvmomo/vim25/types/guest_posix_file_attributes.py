# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""GuestPosixFileAttributes: data object type, extends GuestFileAttributes. Since 5.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .guest_file_attributes import GuestFileAttributes
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from datetime import datetime


class GuestPosixFileAttributes(GuestFileAttributes):
    """GuestPosixFileAttributes: data object extending GuestFileAttributes, since 5.0.

    Attributes:
        ownerId: int, optional, since 5.0.
        groupId: int, optional, since 5.0.
        permissions: long, optional, since 5.0.
    """

    __slots__ = ("ownerId", "groupId", "permissions", )
    _wire_name_: ClassVar[str] = "GuestPosixFileAttributes"
    _since_: ClassVar[str] = "5.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("modificationTime", "dateTime", 2, "5.0"),
        _F("accessTime", "dateTime", 2, "5.0"),
        _F("symlinkTarget", "string", 2, "5.0"),
        _F("ownerId", "int", 2, "5.0"),
        _F("groupId", "int", 2, "5.0"),
        _F("permissions", "long", 2, "5.0"),
    )
    ownerId: int | None
    groupId: int | None
    permissions: int | None

    def __init__(
        self,
        *,
        modificationTime: datetime | None = None,
        accessTime: datetime | None = None,
        symlinkTarget: str | None = None,
        ownerId: int | None = None,
        groupId: int | None = None,
        permissions: int | None = None,
    ) -> None:
        self.modificationTime = modificationTime
        self.accessTime = accessTime
        self.symlinkTarget = symlinkTarget
        self.ownerId = ownerId
        self.groupId = groupId
        self.permissions = permissions
