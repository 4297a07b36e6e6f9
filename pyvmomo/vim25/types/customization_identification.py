# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""CustomizationIdentification: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .customization_password import CustomizationPassword


class CustomizationIdentification(DynamicData):
    """CustomizationIdentification: data object extending DynamicData, since 2.0.

    Attributes:
        joinWorkgroup: string, optional, since 2.0.
        joinDomain: string, optional, since 2.0.
        domainAdmin: string, optional, since 2.0.
        domainAdminPassword: CustomizationPassword, optional, since 2.0.
    """

    __slots__ = ("joinWorkgroup", "joinDomain", "domainAdmin", "domainAdminPassword", )
    _wire_name_: ClassVar[str] = "CustomizationIdentification"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("joinWorkgroup", "string", 2, "2.0"),
        _F("joinDomain", "string", 2, "2.0"),
        _F("domainAdmin", "string", 2, "2.0"),
        _F("domainAdminPassword", "CustomizationPassword", 2, "2.0"),
    )
    joinWorkgroup: str | None
    joinDomain: str | None
    domainAdmin: str | None
    domainAdminPassword: CustomizationPassword | None

    def __init__(
        self,
        *,
        joinWorkgroup: str | None = None,
        joinDomain: str | None = None,
        domainAdmin: str | None = None,
        domainAdminPassword: CustomizationPassword | None = None,
    ) -> None:
        self.joinWorkgroup = joinWorkgroup
        self.joinDomain = joinDomain
        self.domainAdmin = domainAdmin
        self.domainAdminPassword = domainAdminPassword
