# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""ClusterDasVmConfigInfo: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from pyvmomo._xsd import EnumValue
    from ..enums import DasVmPriorityValue
    from .cluster_das_vm_settings import ClusterDasVmSettings
    from ..managed.virtual_machine import VirtualMachine


class ClusterDasVmConfigInfo(DynamicData):
    """ClusterDasVmConfigInfo: data object extending DynamicData, since 2.0.

    Attributes:
        key: reference to VirtualMachine, since 2.0.
        restartPriority: DasVmPriority value (str), optional, since 2.0.
        powerOffOnIsolation: boolean, optional, since 2.0.
        dasSettings: ClusterDasVmSettings, optional, since 2.5.
    """

    __slots__ = ("key", "restartPriority", "powerOffOnIsolation", "dasSettings", )
    _wire_name_: ClassVar[str] = "ClusterDasVmConfigInfo"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("key", "ManagedObjectReference", 0, "2.0", target="VirtualMachine"),
        _F("restartPriority", "DasVmPriority", 2, "2.0"),
        _F("powerOffOnIsolation", "boolean", 2, "2.0"),
        _F("dasSettings", "ClusterDasVmSettings", 2, "2.5"),
    )
    key: VirtualMachine
    restartPriority: str | None
    powerOffOnIsolation: bool | None
    dasSettings: ClusterDasVmSettings | None

    def __init__(
        self,
        *,
        key: VirtualMachine,
        restartPriority: DasVmPriorityValue | EnumValue | None = None,
        powerOffOnIsolation: bool | None = None,
        dasSettings: ClusterDasVmSettings | None = None,
    ) -> None:
        self.key = key
        self.restartPriority = restartPriority
        self.powerOffOnIsolation = powerOffOnIsolation
        self.dasSettings = dasSettings
