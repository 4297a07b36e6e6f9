# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""VMwareDVSVspanCapability: data object type, extends DynamicData. Since 5.1."""

from __future__ import annotations

from typing import ClassVar

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F


class VMwareDVSVspanCapability(DynamicData):
    """VMwareDVSVspanCapability: data object extending DynamicData, since 5.1.

    Attributes:
        mixedDestSupported: boolean, since 5.1.
        dvportSupported: boolean, since 5.1.
        remoteSourceSupported: boolean, since 5.1.
        remoteDestSupported: boolean, since 5.1.
        encapRemoteSourceSupported: boolean, since 5.1.
        erspanProtocolSupported: boolean, optional, since 6.5.
        mirrorNetstackSupported: boolean, optional, since 6.7.
    """

    __slots__ = ("mixedDestSupported", "dvportSupported", "remoteSourceSupported", "remoteDestSupported", "encapRemoteSourceSupported", "erspanProtocolSupported", "mirrorNetstackSupported", )
    _wire_name_: ClassVar[str] = "VMwareDVSVspanCapability"
    _since_: ClassVar[str] = "5.1"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("mixedDestSupported", "boolean", 0, "5.1"),
        _F("dvportSupported", "boolean", 0, "5.1"),
        _F("remoteSourceSupported", "boolean", 0, "5.1"),
        _F("remoteDestSupported", "boolean", 0, "5.1"),
        _F("encapRemoteSourceSupported", "boolean", 0, "5.1"),
        _F("erspanProtocolSupported", "boolean", 2, "6.5"),
        _F("mirrorNetstackSupported", "boolean", 2, "6.7"),
    )
    mixedDestSupported: bool
    dvportSupported: bool
    remoteSourceSupported: bool
    remoteDestSupported: bool
    encapRemoteSourceSupported: bool
    erspanProtocolSupported: bool | None
    mirrorNetstackSupported: bool | None

    def __init__(
        self,
        *,
        mixedDestSupported: bool,
        dvportSupported: bool,
        remoteSourceSupported: bool,
        remoteDestSupported: bool,
        encapRemoteSourceSupported: bool,
        erspanProtocolSupported: bool | None = None,
        mirrorNetstackSupported: bool | None = None,
    ) -> None:
        self.mixedDestSupported = mixedDestSupported
        self.dvportSupported = dvportSupported
        self.remoteSourceSupported = remoteSourceSupported
        self.remoteDestSupported = remoteDestSupported
        self.encapRemoteSourceSupported = encapRemoteSourceSupported
        self.erspanProtocolSupported = erspanProtocolSupported
        self.mirrorNetstackSupported = mirrorNetstackSupported
