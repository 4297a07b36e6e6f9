# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""ConflictingConfigurationConfig: data object type, extends DynamicData. Since 5.5."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from ..managed.managed_entity import ManagedEntity


class ConflictingConfigurationConfig(DynamicData):
    """ConflictingConfigurationConfig: data object extending DynamicData, since 5.5.

    Attributes:
        entity: reference to ManagedEntity, optional, since 5.5.
        propertyPath: string, since 5.5.
    """

    __slots__ = ("entity", "propertyPath", )
    _wire_name_: ClassVar[str] = "ConflictingConfigurationConfig"
    _since_: ClassVar[str] = "5.5"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("entity", "ManagedObjectReference", 2, "5.5", target="ManagedEntity"),
        _F("propertyPath", "string", 0, "5.5"),
    )
    entity: ManagedEntity | None
    propertyPath: str

    def __init__(
        self,
        *,
        propertyPath: str,
        entity: ManagedEntity | None = None,
    ) -> None:
        self.entity = entity
        self.propertyPath = propertyPath
