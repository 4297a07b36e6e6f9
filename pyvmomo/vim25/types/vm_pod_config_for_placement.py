# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""VmPodConfigForPlacement: data object type, extends DynamicData. Since 5.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from collections.abc import Sequence
    from .cluster_rule_info import ClusterRuleInfo
    from .pod_disk_locator import PodDiskLocator
    from .storage_drs_vm_config_info import StorageDrsVmConfigInfo
    from ..managed.storage_pod import StoragePod


class VmPodConfigForPlacement(DynamicData):
    """VmPodConfigForPlacement: data object extending DynamicData, since 5.0.

    Attributes:
        storagePod: reference to StoragePod, since 5.0.
        disk: list of PodDiskLocator, since 5.0.
        vmConfig: StorageDrsVmConfigInfo, optional, since 5.0.
        interVmRule: list of ClusterRuleInfo, since 5.0.
    """

    __slots__ = ("storagePod", "disk", "vmConfig", "interVmRule", )
    _wire_name_: ClassVar[str] = "VmPodConfigForPlacement"
    _since_: ClassVar[str] = "5.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("storagePod", "ManagedObjectReference", 0, "5.0", target="StoragePod"),
        _F("disk", "PodDiskLocator", 3, "5.0"),
        _F("vmConfig", "StorageDrsVmConfigInfo", 2, "5.0"),
        _F("interVmRule", "ClusterRuleInfo", 3, "5.0"),
    )
    storagePod: StoragePod
    disk: list[PodDiskLocator]
    vmConfig: StorageDrsVmConfigInfo | None
    interVmRule: list[ClusterRuleInfo]

    def __init__(
        self,
        *,
        storagePod: StoragePod,
        disk: list[PodDiskLocator] | None = None,
        vmConfig: StorageDrsVmConfigInfo | None = None,
        interVmRule: Sequence[ClusterRuleInfo] | None = None,
    ) -> None:
        self.storagePod = storagePod
        self.disk = [] if disk is None else disk
        self.vmConfig = vmConfig
        self.interVmRule = [] if interVmRule is None else list(interVmRule)
