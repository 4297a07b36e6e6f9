# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""SoftwarePackageCapability: data object type, extends DynamicData. Since 6.5."""

from __future__ import annotations

from typing import ClassVar

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F


class SoftwarePackageCapability(DynamicData):
    """SoftwarePackageCapability: data object extending DynamicData, since 6.5.

    Attributes:
        liveInstallAllowed: boolean, optional, since 6.5.
        liveRemoveAllowed: boolean, optional, since 6.5.
        statelessReady: boolean, optional, since 6.5.
        overlay: boolean, optional, since 6.5.
    """

    __slots__ = ("liveInstallAllowed", "liveRemoveAllowed", "statelessReady", "overlay", )
    _wire_name_: ClassVar[str] = "SoftwarePackageCapability"
    _since_: ClassVar[str] = "6.5"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("liveInstallAllowed", "boolean", 2, "6.5"),
        _F("liveRemoveAllowed", "boolean", 2, "6.5"),
        _F("statelessReady", "boolean", 2, "6.5"),
        _F("overlay", "boolean", 2, "6.5"),
    )
    liveInstallAllowed: bool | None
    liveRemoveAllowed: bool | None
    statelessReady: bool | None
    overlay: bool | None

    def __init__(
        self,
        *,
        liveInstallAllowed: bool | None = None,
        liveRemoveAllowed: bool | None = None,
        statelessReady: bool | None = None,
        overlay: bool | None = None,
    ) -> None:
        self.liveInstallAllowed = liveInstallAllowed
        self.liveRemoveAllowed = liveRemoveAllowed
        self.statelessReady = statelessReady
        self.overlay = overlay
