# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""LicenseFeatureInfo: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from datetime import datetime
    from pyvmomo._xsd import EnumValue
    from ..enums import LicenseFeatureInfoStateValue


class LicenseFeatureInfo(DynamicData):
    """LicenseFeatureInfo: data object extending DynamicData, since 2.0.

    Attributes:
        key: string, since 2.0.
        featureName: string, since 2.0.
        featureDescription: string, optional, since 2.5.
        state: LicenseFeatureInfoState value (str), optional, since 2.0.
        costUnit: string, since 2.0.
        sourceRestriction: string, optional, since 2.5.
        dependentKey: list of string, since 2.5.
        edition: boolean, optional, since 2.5.
        expiresOn: dateTime, optional, since 2.5.
    """

    __slots__ = ("key", "featureName", "featureDescription", "state", "costUnit", "sourceRestriction", "dependentKey", "edition", "expiresOn", )
    _wire_name_: ClassVar[str] = "LicenseFeatureInfo"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("key", "string", 0, "2.0"),
        _F("featureName", "string", 0, "2.0"),
        _F("featureDescription", "string", 2, "2.5"),
        _F("state", "LicenseFeatureInfoState", 2, "2.0"),
        _F("costUnit", "string", 0, "2.0"),
        _F("sourceRestriction", "string", 2, "2.5"),
        _F("dependentKey", "string", 3, "2.5"),
        _F("edition", "boolean", 2, "2.5"),
        _F("expiresOn", "dateTime", 2, "2.5"),
    )
    key: str
    featureName: str
    featureDescription: str | None
    state: str | None
    costUnit: str
    sourceRestriction: str | None
    dependentKey: list[str]
    edition: bool | None
    expiresOn: datetime | None

    def __init__(
        self,
        *,
        key: str,
        featureName: str,
        costUnit: str,
        featureDescription: str | None = None,
        state: LicenseFeatureInfoStateValue | EnumValue | None = None,
        sourceRestriction: str | None = None,
        dependentKey: list[str] | None = None,
        edition: bool | None = None,
        expiresOn: datetime | None = None,
    ) -> None:
        self.key = key
        self.featureName = featureName
        self.featureDescription = featureDescription
        self.state = state
        self.costUnit = costUnit
        self.sourceRestriction = sourceRestriction
        self.dependentKey = [] if dependentKey is None else dependentKey
        self.edition = edition
        self.expiresOn = expiresOn
