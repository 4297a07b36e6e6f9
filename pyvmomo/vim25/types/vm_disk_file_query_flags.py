# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""VmDiskFileQueryFlags: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F


class VmDiskFileQueryFlags(DynamicData):
    """VmDiskFileQueryFlags: data object extending DynamicData, since 2.0.

    Attributes:
        diskType: boolean, since 2.0.
        capacityKb: boolean, since 2.0.
        hardwareVersion: boolean, since 2.0.
        controllerType: boolean, optional, since 2.5.
        diskExtents: boolean, optional, since 2.5.
        thin: boolean, optional, since 4.0.
        encryption: boolean, optional, since 6.5.
    """

    __slots__ = ("diskType", "capacityKb", "hardwareVersion", "controllerType", "diskExtents", "thin", "encryption", )
    _wire_name_: ClassVar[str] = "VmDiskFileQueryFlags"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("diskType", "boolean", 0, "2.0"),
        _F("capacityKb", "boolean", 0, "2.0"),
        _F("hardwareVersion", "boolean", 0, "2.0"),
        _F("controllerType", "boolean", 2, "2.5"),
        _F("diskExtents", "boolean", 2, "2.5"),
        _F("thin", "boolean", 2, "4.0"),
        _F("encryption", "boolean", 2, "6.5"),
    )
    diskType: bool
    capacityKb: bool
    hardwareVersion: bool
    controllerType: bool | None
    diskExtents: bool | None
    thin: bool | None
    encryption: bool | None

    def __init__(
        self,
        *,
        diskType: bool,
        capacityKb: bool,
        hardwareVersion: bool,
        controllerType: bool | None = None,
        diskExtents: bool | None = None,
        thin: bool | None = None,
        encryption: bool | None = None,
    ) -> None:
        self.diskType = diskType
        self.capacityKb = capacityKb
        self.hardwareVersion = hardwareVersion
        self.controllerType = controllerType
        self.diskExtents = diskExtents
        self.thin = thin
        self.encryption = encryption
