# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostLicenseSpec: data object type, extends DynamicData. Since 4.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .license_source import LicenseSource


class HostLicenseSpec(DynamicData):
    """HostLicenseSpec: data object extending DynamicData, since 4.0.

    Attributes:
        source: LicenseSource, optional, since 4.0.
        editionKey: string, optional, since 4.0.
        disabledFeatureKey: list of string, since 4.0.
        enabledFeatureKey: list of string, since 4.0.
    """

    __slots__ = ("source", "editionKey", "disabledFeatureKey", "enabledFeatureKey", )
    _wire_name_: ClassVar[str] = "HostLicenseSpec"
    _since_: ClassVar[str] = "4.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("source", "LicenseSource", 2, "4.0"),
        _F("editionKey", "string", 2, "4.0"),
        _F("disabledFeatureKey", "string", 3, "4.0"),
        _F("enabledFeatureKey", "string", 3, "4.0"),
    )
    source: LicenseSource | None
    editionKey: str | None
    disabledFeatureKey: list[str]
    enabledFeatureKey: list[str]

    def __init__(
        self,
        *,
        source: LicenseSource | None = None,
        editionKey: str | None = None,
        disabledFeatureKey: list[str] | None = None,
        enabledFeatureKey: list[str] | None = None,
    ) -> None:
        self.source = source
        self.editionKey = editionKey
        self.disabledFeatureKey = [] if disabledFeatureKey is None else disabledFeatureKey
        self.enabledFeatureKey = [] if enabledFeatureKey is None else enabledFeatureKey
