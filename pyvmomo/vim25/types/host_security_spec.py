# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostSecuritySpec: data object type, extends DynamicData. Since 4.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .permission import Permission


class HostSecuritySpec(DynamicData):
    """HostSecuritySpec: data object extending DynamicData, since 4.0.

    Attributes:
        adminPassword: string, optional, since 4.0, secret (masked in repr).
        removePermission: list of Permission, since 4.1.
        addPermission: list of Permission, since 4.1.
    """

    __slots__ = ("adminPassword", "removePermission", "addPermission", )
    _wire_name_: ClassVar[str] = "HostSecuritySpec"
    _since_: ClassVar[str] = "4.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("adminPassword", "string", 6, "4.0"),
        _F("removePermission", "Permission", 3, "4.1"),
        _F("addPermission", "Permission", 3, "4.1"),
    )
    adminPassword: str | None
    removePermission: list[Permission]
    addPermission: list[Permission]

    def __init__(
        self,
        *,
        adminPassword: str | None = None,
        removePermission: list[Permission] | None = None,
        addPermission: list[Permission] | None = None,
    ) -> None:
        self.adminPassword = adminPassword
        self.removePermission = [] if removePermission is None else removePermission
        self.addPermission = [] if addPermission is None else addPermission
