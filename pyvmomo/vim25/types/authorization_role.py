# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""AuthorizationRole: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .description import Description


class AuthorizationRole(DynamicData):
    """AuthorizationRole: data object extending DynamicData, since 2.0.

    Attributes:
        roleId: int, since 2.0.
        system: boolean, since 2.0.
        name: string, since 2.0.
        info: Description, since 2.0.
        privilege: list of string, since 2.0.
    """

    __slots__ = ("roleId", "system", "name", "info", "privilege", )
    _wire_name_: ClassVar[str] = "AuthorizationRole"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("roleId", "int", 0, "2.0"),
        _F("system", "boolean", 0, "2.0"),
        _F("name", "string", 0, "2.0"),
        _F("info", "Description", 0, "2.0"),
        _F("privilege", "string", 3, "2.0"),
    )
    roleId: int
    system: bool
    name: str
    info: Description
    privilege: list[str]

    def __init__(
        self,
        *,
        roleId: int,
        system: bool,
        name: str,
        info: Description,
        privilege: list[str] | None = None,
    ) -> None:
        self.roleId = roleId
        self.system = system
        self.name = name
        self.info = info
        self.privilege = [] if privilege is None else privilege
