# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""Permission: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from ..managed.managed_entity import ManagedEntity


class Permission(DynamicData):
    """Permission: data object extending DynamicData, since 2.0.

    Attributes:
        entity: reference to ManagedEntity, optional, since 2.0.
        principal: string, since 2.0.
        group: boolean, since 2.0.
        roleId: int, since 2.0.
        propagate: boolean, since 2.0.
    """

    __slots__ = ("entity", "principal", "group", "roleId", "propagate", )
    _wire_name_: ClassVar[str] = "Permission"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("entity", "ManagedObjectReference", 2, "2.0", target="ManagedEntity"),
        _F("principal", "string", 0, "2.0"),
        _F("group", "boolean", 0, "2.0"),
        _F("roleId", "int", 0, "2.0"),
        _F("propagate", "boolean", 0, "2.0"),
    )
    entity: ManagedEntity | None
    principal: str
    group: bool
    roleId: int
    propagate: bool

    def __init__(
        self,
        *,
        principal: str,
        group: bool,
        roleId: int,
        propagate: bool,
        entity: ManagedEntity | None = None,
    ) -> None:
        self.entity = entity
        self.principal = principal
        self.group = group
        self.roleId = roleId
        self.propagate = propagate
