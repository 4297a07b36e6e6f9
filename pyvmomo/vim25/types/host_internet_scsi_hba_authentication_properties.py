# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostInternetScsiHbaAuthenticationProperties: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F


class HostInternetScsiHbaAuthenticationProperties(DynamicData):
    """HostInternetScsiHbaAuthenticationProperties: data object extending DynamicData, since 2.0.

    Attributes:
        chapAuthEnabled: boolean, since 2.0.
        chapName: string, optional, since 2.0.
        chapSecret: string, optional, since 2.0, secret (masked in repr).
        chapAuthenticationType: string, optional, since 4.0.
        chapInherited: boolean, optional, since 4.0.
        mutualChapName: string, optional, since 4.0.
        mutualChapSecret: string, optional, since 4.0, secret (masked in repr).
        mutualChapAuthenticationType: string, optional, since 4.0.
        mutualChapInherited: boolean, optional, since 4.0.
    """

    __slots__ = ("chapAuthEnabled", "chapName", "chapSecret", "chapAuthenticationType", "chapInherited", "mutualChapName", "mutualChapSecret", "mutualChapAuthenticationType", "mutualChapInherited", )
    _wire_name_: ClassVar[str] = "HostInternetScsiHbaAuthenticationProperties"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("chapAuthEnabled", "boolean", 0, "2.0"),
        _F("chapName", "string", 2, "2.0"),
        _F("chapSecret", "string", 6, "2.0"),
        _F("chapAuthenticationType", "string", 2, "4.0"),
        _F("chapInherited", "boolean", 2, "4.0"),
        _F("mutualChapName", "string", 2, "4.0"),
        _F("mutualChapSecret", "string", 6, "4.0"),
        _F("mutualChapAuthenticationType", "string", 2, "4.0"),
        _F("mutualChapInherited", "boolean", 2, "4.0"),
    )
    chapAuthEnabled: bool
    chapName: str | None
    chapSecret: str | None
    chapAuthenticationType: str | None
    chapInherited: bool | None
    mutualChapName: str | None
    mutualChapSecret: str | None
    mutualChapAuthenticationType: str | None
    mutualChapInherited: bool | None

    def __init__(
        self,
        *,
        chapAuthEnabled: bool,
        chapName: str | None = None,
        chapSecret: str | None = None,
        chapAuthenticationType: str | None = None,
        chapInherited: bool | None = None,
        mutualChapName: str | None = None,
        mutualChapSecret: str | None = None,
        mutualChapAuthenticationType: str | None = None,
        mutualChapInherited: bool | None = None,
    ) -> None:
        self.chapAuthEnabled = chapAuthEnabled
        self.chapName = chapName
        self.chapSecret = chapSecret
        self.chapAuthenticationType = chapAuthenticationType
        self.chapInherited = chapInherited
        self.mutualChapName = mutualChapName
        self.mutualChapSecret = mutualChapSecret
        self.mutualChapAuthenticationType = mutualChapAuthenticationType
        self.mutualChapInherited = mutualChapInherited
