# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""VAppPropertyInfo: data object type, extends DynamicData. Since 4.0."""

from __future__ import annotations

from typing import ClassVar

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F


class VAppPropertyInfo(DynamicData):
    """VAppPropertyInfo: data object extending DynamicData, since 4.0.

    Attributes:
        key: int, since 4.0.
        classId: string, optional, since 4.0.
        instanceId: string, optional, since 4.0.
        id: string, optional, since 4.0.
        category: string, optional, since 4.0.
        label: string, optional, since 4.0.
        type: string, optional, since 4.0.
        typeReference: string, optional, since 5.1.
        userConfigurable: boolean, optional, since 4.0.
        defaultValue: string, optional, since 4.0, secret (masked in repr).
        value: string, optional, since 4.0, secret (masked in repr).
        description: string, optional, since 4.0.
    """

    __slots__ = ("key", "classId", "instanceId", "id", "category", "label", "type", "typeReference", "userConfigurable", "defaultValue", "value", "description", )
    _wire_name_: ClassVar[str] = "VAppPropertyInfo"
    _since_: ClassVar[str] = "4.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("key", "int", 0, "4.0"),
        _F("classId", "string", 2, "4.0"),
        _F("instanceId", "string", 2, "4.0"),
        _F("id", "string", 2, "4.0"),
        _F("category", "string", 2, "4.0"),
        _F("label", "string", 2, "4.0"),
        _F("type", "string", 2, "4.0"),
        _F("typeReference", "string", 2, "5.1"),
        _F("userConfigurable", "boolean", 2, "4.0"),
        _F("defaultValue", "string", 6, "4.0"),
        _F("value", "string", 6, "4.0"),
        _F("description", "string", 2, "4.0"),
    )
    key: int
    classId: str | None
    instanceId: str | None
    id: str | None
    category: str | None
    label: str | None
    type: str | None
    typeReference: str | None
    userConfigurable: bool | None
    defaultValue: str | None
    value: str | None
    description: str | None

    def __init__(
        self,
        *,
        key: int,
        classId: str | None = None,
        instanceId: str | None = None,
        id: str | None = None,
        category: str | None = None,
        label: str | None = None,
        type: str | None = None,
        typeReference: str | None = None,
        userConfigurable: bool | None = None,
        defaultValue: str | None = None,
        value: str | None = None,
        description: str | None = None,
    ) -> None:
        self.key = key
        self.classId = classId
        self.instanceId = instanceId
        self.id = id
        self.category = category
        self.label = label
        self.type = type
        self.typeReference = typeReference
        self.userConfigurable = userConfigurable
        self.defaultValue = defaultValue
        self.value = value
        self.description = description
