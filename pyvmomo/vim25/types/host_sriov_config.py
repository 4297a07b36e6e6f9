# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostSriovConfig: data object type, extends HostPciPassthruConfig. Since 5.5."""

from __future__ import annotations

from typing import ClassVar

from .host_pci_passthru_config import HostPciPassthruConfig
from pyvmomo._base import Field as _F


class HostSriovConfig(HostPciPassthruConfig):
    """HostSriovConfig: data object extending HostPciPassthruConfig, since 5.5.

    Attributes:
        sriovEnabled: boolean, since 5.5.
        numVirtualFunction: int, since 5.5.
    """

    __slots__ = ("sriovEnabled", "numVirtualFunction", )
    _wire_name_: ClassVar[str] = "HostSriovConfig"
    _since_: ClassVar[str] = "5.5"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("id", "string", 0, "4.0"),
        _F("passthruEnabled", "boolean", 0, "4.0"),
        _F("applyNow", "boolean", 2, "7.0.0.0"),
        _F("hardwareLabel", "string", 2, "7.0.2.0"),
        _F("sriovEnabled", "boolean", 0, "5.5"),
        _F("numVirtualFunction", "int", 0, "5.5"),
    )
    sriovEnabled: bool
    numVirtualFunction: int

    def __init__(
        self,
        *,
        id: str,
        passthruEnabled: bool,
        sriovEnabled: bool,
        numVirtualFunction: int,
        applyNow: bool | None = None,
        hardwareLabel: str | None = None,
    ) -> None:
        self.id = id
        self.passthruEnabled = passthruEnabled
        self.applyNow = applyNow
        self.hardwareLabel = hardwareLabel
        self.sriovEnabled = sriovEnabled
        self.numVirtualFunction = numVirtualFunction
