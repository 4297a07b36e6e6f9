# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""VsanHostConfigInfo: data object type, extends DynamicData. Since 5.5."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from ..managed.host_system import HostSystem
    from .vsan_host_config_info_cluster_info import VsanHostConfigInfoClusterInfo
    from .vsan_host_config_info_network_info import VsanHostConfigInfoNetworkInfo
    from .vsan_host_config_info_storage_info import VsanHostConfigInfoStorageInfo
    from .vsan_host_fault_domain_info import VsanHostFaultDomainInfo


class VsanHostConfigInfo(DynamicData):
    """VsanHostConfigInfo: data object extending DynamicData, since 5.5.

    Attributes:
        enabled: boolean, optional, since 5.5.
        hostSystem: reference to HostSystem, optional, since 5.5.
        clusterInfo: VsanHostConfigInfoClusterInfo, optional, since 5.5.
        storageInfo: VsanHostConfigInfoStorageInfo, optional, since 5.5.
        networkInfo: VsanHostConfigInfoNetworkInfo, optional, since 5.5.
        faultDomainInfo: VsanHostFaultDomainInfo, optional, since 6.0.
    """

    __slots__ = ("enabled", "hostSystem", "clusterInfo", "storageInfo", "networkInfo", "faultDomainInfo", )
    _wire_name_: ClassVar[str] = "VsanHostConfigInfo"
    _since_: ClassVar[str] = "5.5"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("enabled", "boolean", 2, "5.5"),
        _F("hostSystem", "ManagedObjectReference", 2, "5.5", target="HostSystem"),
        _F("clusterInfo", "VsanHostConfigInfoClusterInfo", 2, "5.5"),
        _F("storageInfo", "VsanHostConfigInfoStorageInfo", 2, "5.5"),
        _F("networkInfo", "VsanHostConfigInfoNetworkInfo", 2, "5.5"),
        _F("faultDomainInfo", "VsanHostFaultDomainInfo", 2, "6.0"),
    )
    enabled: bool | None
    hostSystem: HostSystem | None
    clusterInfo: VsanHostConfigInfoClusterInfo | None
    storageInfo: VsanHostConfigInfoStorageInfo | None
    networkInfo: VsanHostConfigInfoNetworkInfo | None
    faultDomainInfo: VsanHostFaultDomainInfo | None

    def __init__(
        self,
        *,
        enabled: bool | None = None,
        hostSystem: HostSystem | None = None,
        clusterInfo: VsanHostConfigInfoClusterInfo | None = None,
        storageInfo: VsanHostConfigInfoStorageInfo | None = None,
        networkInfo: VsanHostConfigInfoNetworkInfo | None = None,
        faultDomainInfo: VsanHostFaultDomainInfo | None = None,
    ) -> None:
        self.enabled = enabled
        self.hostSystem = hostSystem
        self.clusterInfo = clusterInfo
        self.storageInfo = storageInfo
        self.networkInfo = networkInfo
        self.faultDomainInfo = faultDomainInfo
