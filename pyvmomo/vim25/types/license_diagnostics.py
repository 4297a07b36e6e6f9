# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""LicenseDiagnostics: data object type, extends DynamicData. Since 2.5."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from datetime import datetime
    from pyvmomo._xsd import EnumValue
    from ..enums import LicenseManagerStateValue


class LicenseDiagnostics(DynamicData):
    """LicenseDiagnostics: data object extending DynamicData, since 2.5.

    Attributes:
        sourceLastChanged: dateTime, since 2.5.
        sourceLost: string, since 2.5.
        sourceLatency: float, since 2.5.
        licenseRequests: string, since 2.5.
        licenseRequestFailures: string, since 2.5.
        licenseFeatureUnknowns: string, since 2.5.
        opState: LicenseManagerState value (str), since 2.5.
        lastStatusUpdate: dateTime, since 2.5.
        opFailureMessage: string, since 2.5.
    """

    __slots__ = ("sourceLastChanged", "sourceLost", "sourceLatency", "licenseRequests", "licenseRequestFailures", "licenseFeatureUnknowns", "opState", "lastStatusUpdate", "opFailureMessage", )
    _wire_name_: ClassVar[str] = "LicenseDiagnostics"
    _since_: ClassVar[str] = "2.5"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("sourceLastChanged", "dateTime", 0, "2.5"),
        _F("sourceLost", "string", 0, "2.5"),
        _F("sourceLatency", "float", 0, "2.5"),
        _F("licenseRequests", "string", 0, "2.5"),
        _F("licenseRequestFailures", "string", 0, "2.5"),
        _F("licenseFeatureUnknowns", "string", 0, "2.5"),
        _F("opState", "LicenseManagerState", 0, "2.5"),
        _F("lastStatusUpdate", "dateTime", 0, "2.5"),
        _F("opFailureMessage", "string", 0, "2.5"),
    )
    sourceLastChanged: datetime
    sourceLost: str
    sourceLatency: float
    licenseRequests: str
    licenseRequestFailures: str
    licenseFeatureUnknowns: str
    opState: str
    lastStatusUpdate: datetime
    opFailureMessage: str

    def __init__(
        self,
        *,
        sourceLastChanged: datetime,
        sourceLost: str,
        sourceLatency: float,
        licenseRequests: str,
        licenseRequestFailures: str,
        licenseFeatureUnknowns: str,
        opState: LicenseManagerStateValue | EnumValue,
        lastStatusUpdate: datetime,
        opFailureMessage: str,
    ) -> None:
        self.sourceLastChanged = sourceLastChanged
        self.sourceLost = sourceLost
        self.sourceLatency = sourceLatency
        self.licenseRequests = licenseRequests
        self.licenseRequestFailures = licenseRequestFailures
        self.licenseFeatureUnknowns = licenseFeatureUnknowns
        self.opState = opState
        self.lastStatusUpdate = lastStatusUpdate
        self.opFailureMessage = opFailureMessage
