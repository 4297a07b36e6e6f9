# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""DvsVmVnicResourcePoolConfigSpec: data object type, extends DynamicData. Since 6.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .dvs_vm_vnic_resource_allocation import DvsVmVnicResourceAllocation


class DvsVmVnicResourcePoolConfigSpec(DynamicData):
    """DvsVmVnicResourcePoolConfigSpec: data object extending DynamicData, since 6.0.

    Attributes:
        operation: string, since 6.0.
        key: string, optional, since 6.0.
        configVersion: string, optional, since 6.0.
        allocationInfo: DvsVmVnicResourceAllocation, optional, since 6.0.
        name: string, optional, since 6.0.
        description: string, optional, since 6.0.
    """

    __slots__ = ("operation", "key", "configVersion", "allocationInfo", "name", "description", )
    _wire_name_: ClassVar[str] = "DvsVmVnicResourcePoolConfigSpec"
    _since_: ClassVar[str] = "6.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("operation", "string", 0, "6.0"),
        _F("key", "string", 2, "6.0"),
        _F("configVersion", "string", 2, "6.0"),
        _F("allocationInfo", "DvsVmVnicResourceAllocation", 2, "6.0"),
        _F("name", "string", 2, "6.0"),
        _F("description", "string", 2, "6.0"),
    )
    operation: str
    key: str | None
    configVersion: str | None
    allocationInfo: DvsVmVnicResourceAllocation | None
    name: str | None
    description: str | None

    def __init__(
        self,
        *,
        operation: str,
        key: str | None = None,
        configVersion: str | None = None,
        allocationInfo: DvsVmVnicResourceAllocation | None = None,
        name: str | None = None,
        description: str | None = None,
    ) -> None:
        self.operation = operation
        self.key = key
        self.configVersion = configVersion
        self.allocationInfo = allocationInfo
        self.name = name
        self.description = description
