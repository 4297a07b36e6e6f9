# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""VmDiskFileQueryFilter: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F


class VmDiskFileQueryFilter(DynamicData):
    """VmDiskFileQueryFilter: data object extending DynamicData, since 2.0.

    Attributes:
        diskType: list of string, since 2.0.
        matchHardwareVersion: list of int, since 2.0.
        controllerType: list of string, since 2.5.
        thin: boolean, optional, since 4.0.
        encrypted: boolean, optional, since 6.5.
    """

    __slots__ = ("diskType", "matchHardwareVersion", "controllerType", "thin", "encrypted", )
    _wire_name_: ClassVar[str] = "VmDiskFileQueryFilter"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("diskType", "string", 3, "2.0"),
        _F("matchHardwareVersion", "int", 3, "2.0"),
        _F("controllerType", "string", 3, "2.5"),
        _F("thin", "boolean", 2, "4.0"),
        _F("encrypted", "boolean", 2, "6.5"),
    )
    diskType: list[str]
    matchHardwareVersion: list[int]
    controllerType: list[str]
    thin: bool | None
    encrypted: bool | None

    def __init__(
        self,
        *,
        diskType: list[str] | None = None,
        matchHardwareVersion: list[int] | None = None,
        controllerType: list[str] | None = None,
        thin: bool | None = None,
        encrypted: bool | None = None,
    ) -> None:
        self.diskType = [] if diskType is None else diskType
        self.matchHardwareVersion = [] if matchHardwareVersion is None else matchHardwareVersion
        self.controllerType = [] if controllerType is None else controllerType
        self.thin = thin
        self.encrypted = encrypted
