# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""EntityBackupConfig: data object type, extends DynamicData. Since 5.1."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from ..managed.managed_entity import ManagedEntity


class EntityBackupConfig(DynamicData):
    """EntityBackupConfig: data object extending DynamicData, since 5.1.

    Attributes:
        entityType: string, since 5.1.
        configBlob: base64Binary, since 5.1.
        key: string, optional, since 5.1.
        name: string, optional, since 5.1.
        container: reference to ManagedEntity, optional, since 5.1.
        configVersion: string, optional, since 5.1.
    """

    __slots__ = ("entityType", "configBlob", "key", "name", "container", "configVersion", )
    _wire_name_: ClassVar[str] = "EntityBackupConfig"
    _since_: ClassVar[str] = "5.1"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("entityType", "string", 0, "5.1"),
        _F("configBlob", "base64Binary", 0, "5.1"),
        _F("key", "string", 2, "5.1"),
        _F("name", "string", 2, "5.1"),
        _F("container", "ManagedObjectReference", 2, "5.1", target="ManagedEntity"),
        _F("configVersion", "string", 2, "5.1"),
    )
    entityType: str
    configBlob: bytes
    key: str | None
    name: str | None
    container: ManagedEntity | None
    configVersion: str | None

    def __init__(
        self,
        *,
        entityType: str,
        configBlob: bytes,
        key: str | None = None,
        name: str | None = None,
        container: ManagedEntity | None = None,
        configVersion: str | None = None,
    ) -> None:
        self.entityType = entityType
        self.configBlob = configBlob
        self.key = key
        self.name = name
        self.container = container
        self.configVersion = configVersion
