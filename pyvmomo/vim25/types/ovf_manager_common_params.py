# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""OvfManagerCommonParams: data object type, extends DynamicData. Since 4.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .key_value import KeyValue


class OvfManagerCommonParams(DynamicData):
    """OvfManagerCommonParams: data object extending DynamicData, since 4.0.

    Attributes:
        locale: string, since 4.0.
        deploymentOption: string, since 4.0.
        msgBundle: list of KeyValue, since 4.0.
        importOption: list of string, since 5.1.
    """

    __slots__ = ("locale", "deploymentOption", "msgBundle", "importOption", )
    _wire_name_: ClassVar[str] = "OvfManagerCommonParams"
    _since_: ClassVar[str] = "4.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("locale", "string", 0, "4.0"),
        _F("deploymentOption", "string", 0, "4.0"),
        _F("msgBundle", "KeyValue", 3, "4.0"),
        _F("importOption", "string", 3, "5.1"),
    )
    locale: str
    deploymentOption: str
    msgBundle: list[KeyValue]
    importOption: list[str]

    def __init__(
        self,
        *,
        locale: str,
        deploymentOption: str,
        msgBundle: list[KeyValue] | None = None,
        importOption: list[str] | None = None,
    ) -> None:
        self.locale = locale
        self.deploymentOption = deploymentOption
        self.msgBundle = [] if msgBundle is None else msgBundle
        self.importOption = [] if importOption is None else importOption
