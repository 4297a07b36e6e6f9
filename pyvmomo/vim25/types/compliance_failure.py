# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""ComplianceFailure: data object type, extends DynamicData. Since 4.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .compliance_failure_compliance_failure_values import ComplianceFailureComplianceFailureValues
    from .localizable_message import LocalizableMessage


class ComplianceFailure(DynamicData):
    """ComplianceFailure: data object extending DynamicData, since 4.0.

    Attributes:
        failureType: string, since 4.0.
        message: LocalizableMessage, since 4.0.
        expressionName: string, optional, since 4.0.
        failureValues: list of ComplianceFailureComplianceFailureValues, since 6.5.
    """

    __slots__ = ("failureType", "message", "expressionName", "failureValues", )
    _wire_name_: ClassVar[str] = "ComplianceFailure"
    _since_: ClassVar[str] = "4.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("failureType", "string", 0, "4.0"),
        _F("message", "LocalizableMessage", 0, "4.0"),
        _F("expressionName", "string", 2, "4.0"),
        _F("failureValues", "ComplianceFailureComplianceFailureValues", 3, "6.5"),
    )
    failureType: str
    message: LocalizableMessage
    expressionName: str | None
    failureValues: list[ComplianceFailureComplianceFailureValues]

    def __init__(
        self,
        *,
        failureType: str,
        message: LocalizableMessage,
        expressionName: str | None = None,
        failureValues: list[ComplianceFailureComplianceFailureValues] | None = None,
    ) -> None:
        self.failureType = failureType
        self.message = message
        self.expressionName = expressionName
        self.failureValues = [] if failureValues is None else failureValues
