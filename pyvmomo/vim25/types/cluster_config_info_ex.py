# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""ClusterConfigInfoEx: data object type, extends ComputeResourceConfigInfo. Since 2.5."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .compute_resource_config_info import ComputeResourceConfigInfo
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from collections.abc import Sequence
    from .cluster_crypto_config_info import ClusterCryptoConfigInfo
    from .cluster_das_config_info import ClusterDasConfigInfo
    from .cluster_das_vm_config_info import ClusterDasVmConfigInfo
    from .cluster_dpm_config_info import ClusterDpmConfigInfo
    from .cluster_dpm_host_config_info import ClusterDpmHostConfigInfo
    from .cluster_drs_config_info import ClusterDrsConfigInfo
    from .cluster_drs_vm_config_info import ClusterDrsVmConfigInfo
    from .cluster_group_info import ClusterGroupInfo
    from .cluster_infra_update_ha_config_info import ClusterInfraUpdateHaConfigInfo
    from .cluster_orchestration_info import ClusterOrchestrationInfo
    from .cluster_proactive_drs_config_info import ClusterProactiveDrsConfigInfo
    from .cluster_rule_info import ClusterRuleInfo
    from .cluster_system_v_ms_config_info import ClusterSystemVMsConfigInfo
    from .cluster_vm_orchestration_info import ClusterVmOrchestrationInfo
    from .vsan_cluster_config_info import VsanClusterConfigInfo
    from .vsan_host_config_info import VsanHostConfigInfo


class ClusterConfigInfoEx(ComputeResourceConfigInfo):
    """ClusterConfigInfoEx: data object extending ComputeResourceConfigInfo, since 2.5.

    Attributes:
        systemVMsConfig: ClusterSystemVMsConfigInfo, optional, since 7.0.3.0.
        dasConfig: ClusterDasConfigInfo, since 2.5.
        dasVmConfig: list of ClusterDasVmConfigInfo, since 2.5.
        drsConfig: ClusterDrsConfigInfo, since 2.5.
        drsVmConfig: list of ClusterDrsVmConfigInfo, since 2.5.
        rule: list of ClusterRuleInfo, since 2.5.
        orchestration: ClusterOrchestrationInfo, optional, since 6.5.
        vmOrchestration: list of ClusterVmOrchestrationInfo, since 6.5.
        dpmConfigInfo: ClusterDpmConfigInfo, optional, since 2.5.
        dpmHostConfig: list of ClusterDpmHostConfigInfo, since 2.5.
        vsanConfigInfo: VsanClusterConfigInfo, optional, since 5.5.
        vsanHostConfig: list of VsanHostConfigInfo, since 5.5.
        group: list of ClusterGroupInfo, since 4.1.
        infraUpdateHaConfig: ClusterInfraUpdateHaConfigInfo, optional, since 6.5.
        proactiveDrsConfig: ClusterProactiveDrsConfigInfo, optional, since 6.5.
        cryptoConfig: ClusterCryptoConfigInfo, optional, since 7.0.0.0.
    """

    __slots__ = ("systemVMsConfig", "dasConfig", "dasVmConfig", "drsConfig", "drsVmConfig", "rule", "orchestration", "vmOrchestration", "dpmConfigInfo", "dpmHostConfig", "vsanConfigInfo", "vsanHostConfig", "group", "infraUpdateHaConfig", "proactiveDrsConfig", "cryptoConfig", )
    _wire_name_: ClassVar[str] = "ClusterConfigInfoEx"
    _since_: ClassVar[str] = "2.5"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("vmSwapPlacement", "string", 0, "2.5"),
        _F("spbmEnabled", "boolean", 2, "5.0"),
        _F("defaultHardwareVersionKey", "string", 2, "5.1"),
        _F("maximumHardwareVersionKey", "string", 2, "7.0.2.0"),
        _F("systemVMsConfig", "ClusterSystemVMsConfigInfo", 2, "7.0.3.0"),
        _F("dasConfig", "ClusterDasConfigInfo", 0, "2.5"),
        _F("dasVmConfig", "ClusterDasVmConfigInfo", 3, "2.5"),
        _F("drsConfig", "ClusterDrsConfigInfo", 0, "2.5"),
        _F("drsVmConfig", "ClusterDrsVmConfigInfo", 3, "2.5"),
        _F("rule", "ClusterRuleInfo", 3, "2.5"),
        _F("orchestration", "ClusterOrchestrationInfo", 2, "6.5"),
        _F("vmOrchestration", "ClusterVmOrchestrationInfo", 3, "6.5"),
        _F("dpmConfigInfo", "ClusterDpmConfigInfo", 2, "2.5"),
        _F("dpmHostConfig", "ClusterDpmHostConfigInfo", 3, "2.5"),
        _F("vsanConfigInfo", "VsanClusterConfigInfo", 2, "5.5"),
        _F("vsanHostConfig", "VsanHostConfigInfo", 3, "5.5"),
        _F("group", "ClusterGroupInfo", 3, "4.1"),
        _F("infraUpdateHaConfig", "ClusterInfraUpdateHaConfigInfo", 2, "6.5"),
        _F("proactiveDrsConfig", "ClusterProactiveDrsConfigInfo", 2, "6.5"),
        _F("cryptoConfig", "ClusterCryptoConfigInfo", 2, "7.0.0.0"),
    )
    systemVMsConfig: ClusterSystemVMsConfigInfo | None
    dasConfig: ClusterDasConfigInfo
    dasVmConfig: list[ClusterDasVmConfigInfo]
    drsConfig: ClusterDrsConfigInfo
    drsVmConfig: list[ClusterDrsVmConfigInfo]
    rule: list[ClusterRuleInfo]
    orchestration: ClusterOrchestrationInfo | None
    vmOrchestration: list[ClusterVmOrchestrationInfo]
    dpmConfigInfo: ClusterDpmConfigInfo | None
    dpmHostConfig: list[ClusterDpmHostConfigInfo]
    vsanConfigInfo: VsanClusterConfigInfo | None
    vsanHostConfig: list[VsanHostConfigInfo]
    group: list[ClusterGroupInfo]
    infraUpdateHaConfig: ClusterInfraUpdateHaConfigInfo | None
    proactiveDrsConfig: ClusterProactiveDrsConfigInfo | None
    cryptoConfig: ClusterCryptoConfigInfo | None

    def __init__(
        self,
        *,
        vmSwapPlacement: str,
        dasConfig: ClusterDasConfigInfo,
        drsConfig: ClusterDrsConfigInfo,
        spbmEnabled: bool | None = None,
        defaultHardwareVersionKey: str | None = None,
        maximumHardwareVersionKey: str | None = None,
        systemVMsConfig: ClusterSystemVMsConfigInfo | None = None,
        dasVmConfig: list[ClusterDasVmConfigInfo] | None = None,
        drsVmConfig: list[ClusterDrsVmConfigInfo] | None = None,
        rule: Sequence[ClusterRuleInfo] | None = None,
        orchestration: ClusterOrchestrationInfo | None = None,
        vmOrchestration: list[ClusterVmOrchestrationInfo] | None = None,
        dpmConfigInfo: ClusterDpmConfigInfo | None = None,
        dpmHostConfig: list[ClusterDpmHostConfigInfo] | None = None,
        vsanConfigInfo: VsanClusterConfigInfo | None = None,
        vsanHostConfig: list[VsanHostConfigInfo] | None = None,
        group: Sequence[ClusterGroupInfo] | None = None,
        infraUpdateHaConfig: ClusterInfraUpdateHaConfigInfo | None = None,
        proactiveDrsConfig: ClusterProactiveDrsConfigInfo | None = None,
        cryptoConfig: ClusterCryptoConfigInfo | None = None,
    ) -> None:
        self.vmSwapPlacement = vmSwapPlacement
        self.spbmEnabled = spbmEnabled
        self.defaultHardwareVersionKey = defaultHardwareVersionKey
        self.maximumHardwareVersionKey = maximumHardwareVersionKey
        self.systemVMsConfig = systemVMsConfig
        self.dasConfig = dasConfig
        self.dasVmConfig = [] if dasVmConfig is None else dasVmConfig
        self.drsConfig = drsConfig
        self.drsVmConfig = [] if drsVmConfig is None else drsVmConfig
        self.rule = [] if rule is None else list(rule)
        self.orchestration = orchestration
        self.vmOrchestration = [] if vmOrchestration is None else vmOrchestration
        self.dpmConfigInfo = dpmConfigInfo
        self.dpmHostConfig = [] if dpmHostConfig is None else dpmHostConfig
        self.vsanConfigInfo = vsanConfigInfo
        self.vsanHostConfig = [] if vsanHostConfig is None else vsanHostConfig
        self.group = [] if group is None else list(group)
        self.infraUpdateHaConfig = infraUpdateHaConfig
        self.proactiveDrsConfig = proactiveDrsConfig
        self.cryptoConfig = cryptoConfig
