# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""DistributedVirtualSwitchProductSpec: data object type, extends DynamicData. Since 4.0."""

from __future__ import annotations

from typing import ClassVar

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F


class DistributedVirtualSwitchProductSpec(DynamicData):
    """DistributedVirtualSwitchProductSpec: data object extending DynamicData, since 4.0.

    Attributes:
        name: string, optional, since 4.0.
        vendor: string, optional, since 4.0.
        version: string, optional, since 4.0.
        build: string, optional, since 4.0.
        forwardingClass: string, optional, since 4.0.
        bundleId: string, optional, since 4.0.
        bundleUrl: string, optional, since 4.0.
    """

    __slots__ = ("name", "vendor", "version", "build", "forwardingClass", "bundleId", "bundleUrl", )
    _wire_name_: ClassVar[str] = "DistributedVirtualSwitchProductSpec"
    _since_: ClassVar[str] = "4.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("name", "string", 2, "4.0"),
        _F("vendor", "string", 2, "4.0"),
        _F("version", "string", 2, "4.0"),
        _F("build", "string", 2, "4.0"),
        _F("forwardingClass", "string", 2, "4.0"),
        _F("bundleId", "string", 2, "4.0"),
        _F("bundleUrl", "string", 2, "4.0"),
    )
    name: str | None
    vendor: str | None
    version: str | None
    build: str | None
    forwardingClass: str | None
    bundleId: str | None
    bundleUrl: str | None

    def __init__(
        self,
        *,
        name: str | None = None,
        vendor: str | None = None,
        version: str | None = None,
        build: str | None = None,
        forwardingClass: str | None = None,
        bundleId: str | None = None,
        bundleUrl: str | None = None,
    ) -> None:
        self.name = name
        self.vendor = vendor
        self.version = version
        self.build = build
        self.forwardingClass = forwardingClass
        self.bundleId = bundleId
        self.bundleUrl = bundleUrl
