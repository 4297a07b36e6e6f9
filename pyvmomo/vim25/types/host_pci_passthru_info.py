# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostPciPassthruInfo: data object type, extends DynamicData. Since 4.0."""

from __future__ import annotations

from typing import ClassVar

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F


class HostPciPassthruInfo(DynamicData):
    """HostPciPassthruInfo: data object extending DynamicData, since 4.0.

    Attributes:
        id: string, since 4.0.
        dependentDevice: string, since 4.0.
        passthruEnabled: boolean, since 4.0.
        passthruCapable: boolean, since 4.0.
        passthruActive: boolean, since 4.0.
        hardwareLabel: string, optional, since 7.0.2.0.
    """

    __slots__ = ("id", "dependentDevice", "passthruEnabled", "passthruCapable", "passthruActive", "hardwareLabel", )
    _wire_name_: ClassVar[str] = "HostPciPassthruInfo"
    _since_: ClassVar[str] = "4.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("id", "string", 0, "4.0"),
        _F("dependentDevice", "string", 0, "4.0"),
        _F("passthruEnabled", "boolean", 0, "4.0"),
        _F("passthruCapable", "boolean", 0, "4.0"),
        _F("passthruActive", "boolean", 0, "4.0"),
        _F("hardwareLabel", "string", 2, "7.0.2.0"),
    )
    id: str
    dependentDevice: str
    passthruEnabled: bool
    passthruCapable: bool
    passthruActive: bool
    hardwareLabel: str | None

    def __init__(
        self,
        *,
        id: str,
        dependentDevice: str,
        passthruEnabled: bool,
        passthruCapable: bool,
        passthruActive: bool,
        hardwareLabel: str | None = None,
    ) -> None:
        self.id = id
        self.dependentDevice = dependentDevice
        self.passthruEnabled = passthruEnabled
        self.passthruCapable = passthruCapable
        self.passthruActive = passthruActive
        self.hardwareLabel = hardwareLabel
