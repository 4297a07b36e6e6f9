# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostLowLevelProvisioningManagerDiskLayoutSpec: data object type, extends DynamicData. Since 5.0."""

from __future__ import annotations

from typing import ClassVar

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F


class HostLowLevelProvisioningManagerDiskLayoutSpec(DynamicData):
    """HostLowLevelProvisioningManagerDiskLayoutSpec: data object extending DynamicData, since 5.0.

    Attributes:
        controllerType: string, since 5.0.
        busNumber: int, since 5.0.
        unitNumber: int, since 5.0.
        srcFilename: string, since 5.0.
        dstFilename: string, since 5.0.
    """

    __slots__ = ("controllerType", "busNumber", "unitNumber", "srcFilename", "dstFilename", )
    _wire_name_: ClassVar[str] = "HostLowLevelProvisioningManagerDiskLayoutSpec"
    _since_: ClassVar[str] = "5.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("controllerType", "string", 0, "5.0"),
        _F("busNumber", "int", 0, "5.0"),
        _F("unitNumber", "int", 0, "5.0"),
        _F("srcFilename", "string", 0, "5.0"),
        _F("dstFilename", "string", 0, "5.0"),
    )
    controllerType: str
    busNumber: int
    unitNumber: int
    srcFilename: str
    dstFilename: str

    def __init__(
        self,
        *,
        controllerType: str,
        busNumber: int,
        unitNumber: int,
        srcFilename: str,
        dstFilename: str,
    ) -> None:
        self.controllerType = controllerType
        self.busNumber = busNumber
        self.unitNumber = unitNumber
        self.srcFilename = srcFilename
        self.dstFilename = dstFilename
