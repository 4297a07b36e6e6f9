# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""CustomizationWinOptions: data object type, extends CustomizationOptions. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .customization_options import CustomizationOptions
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from pyvmomo._xsd import EnumValue
    from ..enums import CustomizationSysprepRebootOptionValue


class CustomizationWinOptions(CustomizationOptions):
    """CustomizationWinOptions: data object extending CustomizationOptions, since 2.0.

    Attributes:
        changeSID: boolean, since 2.0.
        deleteAccounts: boolean, since 2.0.
        reboot: CustomizationSysprepRebootOption value (str), optional, since 2.5.
    """

    __slots__ = ("changeSID", "deleteAccounts", "reboot", )
    _wire_name_: ClassVar[str] = "CustomizationWinOptions"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("changeSID", "boolean", 0, "2.0"),
        _F("deleteAccounts", "boolean", 0, "2.0"),
        _F("reboot", "CustomizationSysprepRebootOption", 2, "2.5"),
    )
    changeSID: bool
    deleteAccounts: bool
    reboot: str | None

    def __init__(
        self,
        *,
        changeSID: bool,
        deleteAccounts: bool,
        reboot: CustomizationSysprepRebootOptionValue | EnumValue | None = None,
    ) -> None:
        self.changeSID = changeSID
        self.deleteAccounts = deleteAccounts
        self.reboot = reboot
