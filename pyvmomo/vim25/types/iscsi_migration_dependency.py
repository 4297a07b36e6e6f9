# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""IscsiMigrationDependency: data object type, extends DynamicData. Since 5.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .iscsi_dependency_entity import IscsiDependencyEntity
    from .iscsi_status import IscsiStatus


class IscsiMigrationDependency(DynamicData):
    """IscsiMigrationDependency: data object extending DynamicData, since 5.0.

    Attributes:
        migrationAllowed: boolean, since 5.0.
        disallowReason: IscsiStatus, optional, since 5.0.
        dependency: list of IscsiDependencyEntity, since 5.0.
    """

    __slots__ = ("migrationAllowed", "disallowReason", "dependency", )
    _wire_name_: ClassVar[str] = "IscsiMigrationDependency"
    _since_: ClassVar[str] = "5.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("migrationAllowed", "boolean", 0, "5.0"),
        _F("disallowReason", "IscsiStatus", 2, "5.0"),
        _F("dependency", "IscsiDependencyEntity", 3, "5.0"),
    )
    migrationAllowed: bool
    disallowReason: IscsiStatus | None
    dependency: list[IscsiDependencyEntity]

    def __init__(
        self,
        *,
        migrationAllowed: bool,
        disallowReason: IscsiStatus | None = None,
        dependency: list[IscsiDependencyEntity] | None = None,
    ) -> None:
        self.migrationAllowed = migrationAllowed
        self.disallowReason = disallowReason
        self.dependency = [] if dependency is None else dependency
