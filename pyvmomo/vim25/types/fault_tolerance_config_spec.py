# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""FaultToleranceConfigSpec: data object type, extends DynamicData. Since 6.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .fault_tolerance_meta_spec import FaultToleranceMetaSpec
    from .fault_tolerance_vm_config_spec import FaultToleranceVMConfigSpec


class FaultToleranceConfigSpec(DynamicData):
    """FaultToleranceConfigSpec: data object extending DynamicData, since 6.0.

    Attributes:
        metaDataPath: FaultToleranceMetaSpec, optional, since 6.0.
        secondaryVmSpec: FaultToleranceVMConfigSpec, optional, since 6.0.
    """

    __slots__ = ("metaDataPath", "secondaryVmSpec", )
    _wire_name_: ClassVar[str] = "FaultToleranceConfigSpec"
    _since_: ClassVar[str] = "6.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("metaDataPath", "FaultToleranceMetaSpec", 2, "6.0"),
        _F("secondaryVmSpec", "FaultToleranceVMConfigSpec", 2, "6.0"),
    )
    metaDataPath: FaultToleranceMetaSpec | None
    secondaryVmSpec: FaultToleranceVMConfigSpec | None

    def __init__(
        self,
        *,
        metaDataPath: FaultToleranceMetaSpec | None = None,
        secondaryVmSpec: FaultToleranceVMConfigSpec | None = None,
    ) -> None:
        self.metaDataPath = metaDataPath
        self.secondaryVmSpec = secondaryVmSpec
