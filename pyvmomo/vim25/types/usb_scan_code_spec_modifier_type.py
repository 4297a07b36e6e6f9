# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""UsbScanCodeSpecModifierType: data object type, extends DynamicData. Since 6.5."""

from __future__ import annotations

from typing import ClassVar

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F


class UsbScanCodeSpecModifierType(DynamicData):
    """UsbScanCodeSpecModifierType: data object extending DynamicData, since 6.5.

    Attributes:
        leftControl: boolean, optional, since 6.5.
        leftShift: boolean, optional, since 6.5.
        leftAlt: boolean, optional, since 6.5.
        leftGui: boolean, optional, since 6.5.
        rightControl: boolean, optional, since 6.5.
        rightShift: boolean, optional, since 6.5.
        rightAlt: boolean, optional, since 6.5.
        rightGui: boolean, optional, since 6.5.
    """

    __slots__ = ("leftControl", "leftShift", "leftAlt", "leftGui", "rightControl", "rightShift", "rightAlt", "rightGui", )
    _wire_name_: ClassVar[str] = "UsbScanCodeSpecModifierType"
    _since_: ClassVar[str] = "6.5"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("leftControl", "boolean", 2, "6.5"),
        _F("leftShift", "boolean", 2, "6.5"),
        _F("leftAlt", "boolean", 2, "6.5"),
        _F("leftGui", "boolean", 2, "6.5"),
        _F("rightControl", "boolean", 2, "6.5"),
        _F("rightShift", "boolean", 2, "6.5"),
        _F("rightAlt", "boolean", 2, "6.5"),
        _F("rightGui", "boolean", 2, "6.5"),
    )
    leftControl: bool | None
    leftShift: bool | None
    leftAlt: bool | None
    leftGui: bool | None
    rightControl: bool | None
    rightShift: bool | None
    rightAlt: bool | None
    rightGui: bool | None

    def __init__(
        self,
        *,
        leftControl: bool | None = None,
        leftShift: bool | None = None,
        leftAlt: bool | None = None,
        leftGui: bool | None = None,
        rightControl: bool | None = None,
        rightShift: bool | None = None,
        rightAlt: bool | None = None,
        rightGui: bool | None = None,
    ) -> None:
        self.leftControl = leftControl
        self.leftShift = leftShift
        self.leftAlt = leftAlt
        self.leftGui = leftGui
        self.rightControl = rightControl
        self.rightShift = rightShift
        self.rightAlt = rightAlt
        self.rightGui = rightGui
