# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""ExtExtendedProductInfo: data object type, extends DynamicData. Since 5.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from ..managed.managed_entity import ManagedEntity


class ExtExtendedProductInfo(DynamicData):
    """ExtExtendedProductInfo: data object extending DynamicData, since 5.0.

    Attributes:
        companyUrl: string, optional, since 5.0.
        productUrl: string, optional, since 5.0.
        managementUrl: string, optional, since 5.0.
        self_: wire name "self"; reference to ManagedEntity, optional, since 5.0.
    """

    __slots__ = ("companyUrl", "productUrl", "managementUrl", "self_", )
    _wire_name_: ClassVar[str] = "ExtExtendedProductInfo"
    _since_: ClassVar[str] = "5.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("companyUrl", "string", 2, "5.0"),
        _F("productUrl", "string", 2, "5.0"),
        _F("managementUrl", "string", 2, "5.0"),
        _F("self_", "ManagedObjectReference", 2, "5.0", wire="self", target="ManagedEntity"),
    )
    companyUrl: str | None
    productUrl: str | None
    managementUrl: str | None
    self_: ManagedEntity | None

    def __init__(
        self,
        *,
        companyUrl: str | None = None,
        productUrl: str | None = None,
        managementUrl: str | None = None,
        self_: ManagedEntity | None = None,
    ) -> None:
        self.companyUrl = companyUrl
        self.productUrl = productUrl
        self.managementUrl = managementUrl
        self.self_ = self_
