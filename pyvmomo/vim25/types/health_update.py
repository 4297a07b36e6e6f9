# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HealthUpdate: data object type, extends DynamicData. Since 6.5."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from pyvmomo._xsd import EnumValue
    from ..enums import ManagedEntityStatusValue
    from ..managed.managed_entity import ManagedEntity


class HealthUpdate(DynamicData):
    """HealthUpdate: data object extending DynamicData, since 6.5.

    Attributes:
        entity: reference to ManagedEntity, since 6.5.
        healthUpdateInfoId: string, since 6.5.
        id: string, since 6.5.
        status: ManagedEntityStatus value (str), since 6.5.
        remediation: string, since 6.5.
    """

    __slots__ = ("entity", "healthUpdateInfoId", "id", "status", "remediation", )
    _wire_name_: ClassVar[str] = "HealthUpdate"
    _since_: ClassVar[str] = "6.5"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("entity", "ManagedObjectReference", 0, "6.5", target="ManagedEntity"),
        _F("healthUpdateInfoId", "string", 0, "6.5"),
        _F("id", "string", 0, "6.5"),
        _F("status", "ManagedEntityStatus", 0, "6.5"),
        _F("remediation", "string", 0, "6.5"),
    )
    entity: ManagedEntity
    healthUpdateInfoId: str
    id: str
    status: str
    remediation: str

    def __init__(
        self,
        *,
        entity: ManagedEntity,
        healthUpdateInfoId: str,
        id: str,
        status: ManagedEntityStatusValue | EnumValue,
        remediation: str,
    ) -> None:
        self.entity = entity
        self.healthUpdateInfoId = healthUpdateInfoId
        self.id = id
        self.status = status
        self.remediation = remediation
