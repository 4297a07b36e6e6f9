# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostActiveDirectoryInfo: data object type, extends HostDirectoryStoreInfo. Since 4.1."""

from __future__ import annotations

from typing import ClassVar

from .host_directory_store_info import HostDirectoryStoreInfo
from pyvmomo._base import Field as _F


class HostActiveDirectoryInfo(HostDirectoryStoreInfo):
    """HostActiveDirectoryInfo: data object extending HostDirectoryStoreInfo, since 4.1.

    Attributes:
        joinedDomain: string, optional, since 4.1.
        trustedDomain: list of string, since 4.1.
        domainMembershipStatus: string, optional, since 4.1.
        smartCardAuthenticationEnabled: boolean, optional, since 6.0.
    """

    __slots__ = ("joinedDomain", "trustedDomain", "domainMembershipStatus", "smartCardAuthenticationEnabled", )
    _wire_name_: ClassVar[str] = "HostActiveDirectoryInfo"
    _since_: ClassVar[str] = "4.1"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("enabled", "boolean", 0, "4.1"),
        _F("joinedDomain", "string", 2, "4.1"),
        _F("trustedDomain", "string", 3, "4.1"),
        _F("domainMembershipStatus", "string", 2, "4.1"),
        _F("smartCardAuthenticationEnabled", "boolean", 2, "6.0"),
    )
    joinedDomain: str | None
    trustedDomain: list[str]
    domainMembershipStatus: str | None
    smartCardAuthenticationEnabled: bool | None

    def __init__(
        self,
        *,
        enabled: bool,
        joinedDomain: str | None = None,
        trustedDomain: list[str] | None = None,
        domainMembershipStatus: str | None = None,
        smartCardAuthenticationEnabled: bool | None = None,
    ) -> None:
        self.enabled = enabled
        self.joinedDomain = joinedDomain
        self.trustedDomain = [] if trustedDomain is None else trustedDomain
        self.domainMembershipStatus = domainMembershipStatus
        self.smartCardAuthenticationEnabled = smartCardAuthenticationEnabled
