# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""CustomizationSpec: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .customization_adapter_mapping import CustomizationAdapterMapping
    from .customization_global_ip_settings import CustomizationGlobalIPSettings
    from .customization_identity_settings import CustomizationIdentitySettings
    from .customization_options import CustomizationOptions


class CustomizationSpec(DynamicData):
    """CustomizationSpec: data object extending DynamicData, since 2.0.

    Attributes:
        options: CustomizationOptions, optional, since 2.0.
        identity: CustomizationIdentitySettings, since 2.0.
        globalIPSettings: CustomizationGlobalIPSettings, since 2.0.
        nicSettingMap: list of CustomizationAdapterMapping, since 2.0.
        encryptionKey: list of byte, since 2.0.
    """

    __slots__ = ("options", "identity", "globalIPSettings", "nicSettingMap", "encryptionKey", )
    _wire_name_: ClassVar[str] = "CustomizationSpec"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("options", "CustomizationOptions", 2, "2.0"),
        _F("identity", "CustomizationIdentitySettings", 0, "2.0"),
        _F("globalIPSettings", "CustomizationGlobalIPSettings", 0, "2.0"),
        _F("nicSettingMap", "CustomizationAdapterMapping", 3, "2.0"),
        _F("encryptionKey", "byte", 3, "2.0"),
    )
    options: CustomizationOptions | None
    identity: CustomizationIdentitySettings
    globalIPSettings: CustomizationGlobalIPSettings
    nicSettingMap: list[CustomizationAdapterMapping]
    encryptionKey: list[int]

    def __init__(
        self,
        *,
        identity: CustomizationIdentitySettings,
        globalIPSettings: CustomizationGlobalIPSettings,
        options: CustomizationOptions | None = None,
        nicSettingMap: list[CustomizationAdapterMapping] | None = None,
        encryptionKey: list[int] | None = None,
    ) -> None:
        self.options = options
        self.identity = identity
        self.globalIPSettings = globalIPSettings
        self.nicSettingMap = [] if nicSettingMap is None else nicSettingMap
        self.encryptionKey = [] if encryptionKey is None else encryptionKey
