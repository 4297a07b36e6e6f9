# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""CustomizationLicenseFilePrintData: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from pyvmomo._xsd import EnumValue
    from ..enums import CustomizationLicenseDataModeValue


class CustomizationLicenseFilePrintData(DynamicData):
    """CustomizationLicenseFilePrintData: data object extending DynamicData, since 2.0.

    Attributes:
        autoMode: CustomizationLicenseDataMode value (str), since 2.0.
        autoUsers: int, optional, since 2.0.
    """

    __slots__ = ("autoMode", "autoUsers", )
    _wire_name_: ClassVar[str] = "CustomizationLicenseFilePrintData"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("autoMode", "CustomizationLicenseDataMode", 0, "2.0"),
        _F("autoUsers", "int", 2, "2.0"),
    )
    autoMode: str
    autoUsers: int | None

    def __init__(
        self,
        *,
        autoMode: CustomizationLicenseDataModeValue | EnumValue,
        autoUsers: int | None = None,
    ) -> None:
        self.autoMode = autoMode
        self.autoUsers = autoUsers
