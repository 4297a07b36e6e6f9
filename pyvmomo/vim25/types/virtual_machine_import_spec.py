# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""VirtualMachineImportSpec: data object type, extends ImportSpec. Since 4.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .import_spec import ImportSpec
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .ovf_consumer_ost_node import OvfConsumerOstNode
    from ..managed.resource_pool import ResourcePool
    from .v_app_entity_config_info import VAppEntityConfigInfo
    from .virtual_machine_config_spec import VirtualMachineConfigSpec


class VirtualMachineImportSpec(ImportSpec):
    """VirtualMachineImportSpec: data object extending ImportSpec, since 4.0.

    Attributes:
        configSpec: VirtualMachineConfigSpec, since 4.0.
        resPoolEntity: reference to ResourcePool, optional, since 4.1.
    """

    __slots__ = ("configSpec", "resPoolEntity", )
    _wire_name_: ClassVar[str] = "VirtualMachineImportSpec"
    _since_: ClassVar[str] = "4.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("entityConfig", "VAppEntityConfigInfo", 2, "4.0"),
        _F("instantiationOst", "OvfConsumerOstNode", 2, "5.0"),
        _F("configSpec", "VirtualMachineConfigSpec", 0, "4.0"),
        _F("resPoolEntity", "ManagedObjectReference", 2, "4.1", target="ResourcePool"),
    )
    configSpec: VirtualMachineConfigSpec
    resPoolEntity: ResourcePool | None

    def __init__(
        self,
        *,
        configSpec: VirtualMachineConfigSpec,
        entityConfig: VAppEntityConfigInfo | None = None,
        instantiationOst: OvfConsumerOstNode | None = None,
        resPoolEntity: ResourcePool | None = None,
    ) -> None:
        self.entityConfig = entityConfig
        self.instantiationOst = instantiationOst
        self.configSpec = configSpec
        self.resPoolEntity = resPoolEntity
