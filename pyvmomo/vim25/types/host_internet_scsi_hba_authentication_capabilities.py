# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostInternetScsiHbaAuthenticationCapabilities: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F


class HostInternetScsiHbaAuthenticationCapabilities(DynamicData):
    """HostInternetScsiHbaAuthenticationCapabilities: data object extending DynamicData, since 2.0.

    Attributes:
        chapAuthSettable: boolean, since 2.0.
        krb5AuthSettable: boolean, since 2.0.
        srpAuthSettable: boolean, since 2.0.
        spkmAuthSettable: boolean, since 2.0.
        mutualChapSettable: boolean, optional, since 4.0.
        targetChapSettable: boolean, optional, since 4.0.
        targetMutualChapSettable: boolean, optional, since 4.0.
    """

    __slots__ = ("chapAuthSettable", "krb5AuthSettable", "srpAuthSettable", "spkmAuthSettable", "mutualChapSettable", "targetChapSettable", "targetMutualChapSettable", )
    _wire_name_: ClassVar[str] = "HostInternetScsiHbaAuthenticationCapabilities"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("chapAuthSettable", "boolean", 0, "2.0"),
        _F("krb5AuthSettable", "boolean", 0, "2.0"),
        _F("srpAuthSettable", "boolean", 0, "2.0"),
        _F("spkmAuthSettable", "boolean", 0, "2.0"),
        _F("mutualChapSettable", "boolean", 2, "4.0"),
        _F("targetChapSettable", "boolean", 2, "4.0"),
        _F("targetMutualChapSettable", "boolean", 2, "4.0"),
    )
    chapAuthSettable: bool
    krb5AuthSettable: bool
    srpAuthSettable: bool
    spkmAuthSettable: bool
    mutualChapSettable: bool | None
    targetChapSettable: bool | None
    targetMutualChapSettable: bool | None

    def __init__(
        self,
        *,
        chapAuthSettable: bool,
        krb5AuthSettable: bool,
        srpAuthSettable: bool,
        spkmAuthSettable: bool,
        mutualChapSettable: bool | None = None,
        targetChapSettable: bool | None = None,
        targetMutualChapSettable: bool | None = None,
    ) -> None:
        self.chapAuthSettable = chapAuthSettable
        self.krb5AuthSettable = krb5AuthSettable
        self.srpAuthSettable = srpAuthSettable
        self.spkmAuthSettable = spkmAuthSettable
        self.mutualChapSettable = mutualChapSettable
        self.targetChapSettable = targetChapSettable
        self.targetMutualChapSettable = targetMutualChapSettable
