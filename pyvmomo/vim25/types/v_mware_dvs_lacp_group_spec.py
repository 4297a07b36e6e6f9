# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""VMwareDvsLacpGroupSpec: data object type, extends DynamicData. Since 5.5."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .v_mware_dvs_lacp_group_config import VMwareDvsLacpGroupConfig


class VMwareDvsLacpGroupSpec(DynamicData):
    """VMwareDvsLacpGroupSpec: data object extending DynamicData, since 5.5.

    Attributes:
        lacpGroupConfig: VMwareDvsLacpGroupConfig, since 5.5.
        operation: string, since 5.5.
    """

    __slots__ = ("lacpGroupConfig", "operation", )
    _wire_name_: ClassVar[str] = "VMwareDvsLacpGroupSpec"
    _since_: ClassVar[str] = "5.5"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("lacpGroupConfig", "VMwareDvsLacpGroupConfig", 0, "5.5"),
        _F("operation", "string", 0, "5.5"),
    )
    lacpGroupConfig: VMwareDvsLacpGroupConfig
    operation: str

    def __init__(
        self,
        *,
        lacpGroupConfig: VMwareDvsLacpGroupConfig,
        operation: str,
    ) -> None:
        self.lacpGroupConfig = lacpGroupConfig
        self.operation = operation
