# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""DVPortConfigSpec: data object type, extends DynamicData. Since 4.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from collections.abc import Sequence
    from .dv_port_setting import DVPortSetting
    from ..managed.managed_entity import ManagedEntity


class DVPortConfigSpec(DynamicData):
    """DVPortConfigSpec: data object extending DynamicData, since 4.0.

    Attributes:
        operation: string, since 4.0.
        key: string, optional, since 4.0.
        name: string, optional, since 4.0.
        scope: list of references to ManagedEntity, since 4.0.
        description: string, optional, since 4.0.
        setting: DVPortSetting, optional, since 4.0.
        configVersion: string, optional, since 4.0.
    """

    __slots__ = ("operation", "key", "name", "scope", "description", "setting", "configVersion", )
    _wire_name_: ClassVar[str] = "DVPortConfigSpec"
    _since_: ClassVar[str] = "4.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("operation", "string", 0, "4.0"),
        _F("key", "string", 2, "4.0"),
        _F("name", "string", 2, "4.0"),
        _F("scope", "ManagedObjectReference", 3, "4.0", target="ManagedEntity"),
        _F("description", "string", 2, "4.0"),
        _F("setting", "DVPortSetting", 2, "4.0"),
        _F("configVersion", "string", 2, "4.0"),
    )
    operation: str
    key: str | None
    name: str | None
    scope: list[ManagedEntity]
    description: str | None
    setting: DVPortSetting | None
    configVersion: str | None

    def __init__(
        self,
        *,
        operation: str,
        key: str | None = None,
        name: str | None = None,
        scope: Sequence[ManagedEntity] | None = None,
        description: str | None = None,
        setting: DVPortSetting | None = None,
        configVersion: str | None = None,
    ) -> None:
        self.operation = operation
        self.key = key
        self.name = name
        self.scope = [] if scope is None else list(scope)
        self.description = description
        self.setting = setting
        self.configVersion = configVersion
