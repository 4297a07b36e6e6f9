# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""CustomFieldDef: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .privilege_policy_def import PrivilegePolicyDef


class CustomFieldDef(DynamicData):
    """CustomFieldDef: data object extending DynamicData, since 2.0.

    Attributes:
        key: int, since 2.0.
        name: string, since 2.0.
        type: string, since 2.0.
        managedObjectType: string, optional, since 2.5.
        fieldDefPrivileges: PrivilegePolicyDef, optional, since 2.5.
        fieldInstancePrivileges: PrivilegePolicyDef, optional, since 2.5.
    """

    __slots__ = ("key", "name", "type", "managedObjectType", "fieldDefPrivileges", "fieldInstancePrivileges", )
    _wire_name_: ClassVar[str] = "CustomFieldDef"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("key", "int", 0, "2.0"),
        _F("name", "string", 0, "2.0"),
        _F("type", "string", 0, "2.0"),
        _F("managedObjectType", "string", 2, "2.5"),
        _F("fieldDefPrivileges", "PrivilegePolicyDef", 2, "2.5"),
        _F("fieldInstancePrivileges", "PrivilegePolicyDef", 2, "2.5"),
    )
    key: int
    name: str
    type: str
    managedObjectType: str | None
    fieldDefPrivileges: PrivilegePolicyDef | None
    fieldInstancePrivileges: PrivilegePolicyDef | None

    def __init__(
        self,
        *,
        key: int,
        name: str,
        type: str,
        managedObjectType: str | None = None,
        fieldDefPrivileges: PrivilegePolicyDef | None = None,
        fieldInstancePrivileges: PrivilegePolicyDef | None = None,
    ) -> None:
        self.key = key
        self.name = name
        self.type = type
        self.managedObjectType = managedObjectType
        self.fieldDefPrivileges = fieldDefPrivileges
        self.fieldInstancePrivileges = fieldInstancePrivileges
