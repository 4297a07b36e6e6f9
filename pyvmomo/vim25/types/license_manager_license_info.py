# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""LicenseManagerLicenseInfo: data object type, extends DynamicData. Since 4.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .key_any_value import KeyAnyValue
    from .key_value import KeyValue


class LicenseManagerLicenseInfo(DynamicData):
    """LicenseManagerLicenseInfo: data object extending DynamicData, since 4.0.

    Attributes:
        licenseKey: string, since 4.0.
        editionKey: string, since 4.0.
        name: string, since 4.0.
        total: int, since 4.0.
        used: int, optional, since 4.0.
        costUnit: string, since 4.0.
        properties: list of KeyAnyValue, since 4.0.
        labels: list of KeyValue, since 4.0.
    """

    __slots__ = ("licenseKey", "editionKey", "name", "total", "used", "costUnit", "properties", "labels", )
    _wire_name_: ClassVar[str] = "LicenseManagerLicenseInfo"
    _since_: ClassVar[str] = "4.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("licenseKey", "string", 0, "4.0"),
        _F("editionKey", "string", 0, "4.0"),
        _F("name", "string", 0, "4.0"),
        _F("total", "int", 0, "4.0"),
        _F("used", "int", 2, "4.0"),
        _F("costUnit", "string", 0, "4.0"),
        _F("properties", "KeyAnyValue", 3, "4.0"),
        _F("labels", "KeyValue", 3, "4.0"),
    )
    licenseKey: str
    editionKey: str
    name: str
    total: int
    used: int | None
    costUnit: str
    properties: list[KeyAnyValue]
    labels: list[KeyValue]

    def __init__(
        self,
        *,
        licenseKey: str,
        editionKey: str,
        name: str,
        total: int,
        costUnit: str,
        used: int | None = None,
        properties: list[KeyAnyValue] | None = None,
        labels: list[KeyValue] | None = None,
    ) -> None:
        self.licenseKey = licenseKey
        self.editionKey = editionKey
        self.name = name
        self.total = total
        self.used = used
        self.costUnit = costUnit
        self.properties = [] if properties is None else properties
        self.labels = [] if labels is None else labels
