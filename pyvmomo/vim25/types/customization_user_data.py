# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""CustomizationUserData: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .customization_name import CustomizationName


class CustomizationUserData(DynamicData):
    """CustomizationUserData: data object extending DynamicData, since 2.0.

    Attributes:
        fullName: string, since 2.0.
        orgName: string, since 2.0.
        computerName: CustomizationName, since 2.0.
        productId: string, since 2.0.
    """

    __slots__ = ("fullName", "orgName", "computerName", "productId", )
    _wire_name_: ClassVar[str] = "CustomizationUserData"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("fullName", "string", 0, "2.0"),
        _F("orgName", "string", 0, "2.0"),
        _F("computerName", "CustomizationName", 0, "2.0"),
        _F("productId", "string", 0, "2.0"),
    )
    fullName: str
    orgName: str
    computerName: CustomizationName
    productId: str

    def __init__(
        self,
        *,
        fullName: str,
        orgName: str,
        computerName: CustomizationName,
        productId: str,
    ) -> None:
        self.fullName = fullName
        self.orgName = orgName
        self.computerName = computerName
        self.productId = productId
