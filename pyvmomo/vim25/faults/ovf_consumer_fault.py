# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""OvfConsumerFault: fault type, extends OvfConsumerCallbackFault. Since 5.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .ovf_consumer_callback_fault import OvfConsumerCallbackFault
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from ..types.key_value import KeyValue
    from ..types.localizable_message import LocalizableMessage
    from ..types.localized_method_fault import LocalizedMethodFault


class OvfConsumerFault(OvfConsumerCallbackFault):
    """OvfConsumerFault: fault extending OvfConsumerCallbackFault, since 5.0.

    Attributes:
        errorKey: string, since 5.0.
        message: string, since 5.0.
        params: list of KeyValue, since 5.0.
    """

    _wire_name_: ClassVar[str] = "OvfConsumerFault"
    _since_: ClassVar[str] = "5.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("faultCause", "LocalizedMethodFault", 2, "4.0"),
        _F("faultMessage", "LocalizableMessage", 3, "4.0"),
        _F("extensionKey", "string", 0, "5.0"),
        _F("extensionName", "string", 0, "5.0"),
        _F("errorKey", "string", 0, "5.0"),
        _F("message", "string", 0, "5.0"),
        _F("params", "KeyValue", 3, "5.0"),
    )
    errorKey: str
    message: str
    params: list[KeyValue]

    def __init__(
        self,
        *,
        extensionKey: str,
        extensionName: str,
        errorKey: str,
        message: str,
        faultCause: LocalizedMethodFault | None = None,
        faultMessage: list[LocalizableMessage] | None = None,
        params: list[KeyValue] | None = None,
    ) -> None:
        self.faultCause = faultCause
        self.faultMessage: list[LocalizableMessage] = [] if faultMessage is None else faultMessage
        self.extensionKey = extensionKey
        self.extensionName = extensionName
        self.errorKey = errorKey
        self.message = message
        self.params = [] if params is None else params
