# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""ClusterConfigSpecEx: data object type, extends ComputeResourceConfigSpec. Since 2.5."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .compute_resource_config_spec import ComputeResourceConfigSpec
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .cluster_crypto_config_info import ClusterCryptoConfigInfo
    from .cluster_das_config_info import ClusterDasConfigInfo
    from .cluster_das_vm_config_spec import ClusterDasVmConfigSpec
    from .cluster_dpm_config_info import ClusterDpmConfigInfo
    from .cluster_dpm_host_config_spec import ClusterDpmHostConfigSpec
    from .cluster_drs_config_info import ClusterDrsConfigInfo
    from .cluster_drs_vm_config_spec import ClusterDrsVmConfigSpec
    from .cluster_group_spec import ClusterGroupSpec
    from .cluster_infra_update_ha_config_info import ClusterInfraUpdateHaConfigInfo
    from .cluster_orchestration_info import ClusterOrchestrationInfo
    from .cluster_proactive_drs_config_info import ClusterProactiveDrsConfigInfo
    from .cluster_rule_spec import ClusterRuleSpec
    from .cluster_system_v_ms_config_spec import ClusterSystemVMsConfigSpec
    from .cluster_vm_orchestration_spec import ClusterVmOrchestrationSpec
    from .desired_software_spec import DesiredSoftwareSpec
    from .vsan_cluster_config_info import VsanClusterConfigInfo
    from .vsan_host_config_info import VsanHostConfigInfo


class ClusterConfigSpecEx(ComputeResourceConfigSpec):
    """ClusterConfigSpecEx: data object extending ComputeResourceConfigSpec, since 2.5.

    Attributes:
        systemVMsConfig: ClusterSystemVMsConfigSpec, optional, since 7.0.3.0.
        dasConfig: ClusterDasConfigInfo, optional, since 2.5.
        dasVmConfigSpec: list of ClusterDasVmConfigSpec, since 2.5.
        drsConfig: ClusterDrsConfigInfo, optional, since 2.5.
        drsVmConfigSpec: list of ClusterDrsVmConfigSpec, since 2.5.
        rulesSpec: list of ClusterRuleSpec, since 2.5.
        orchestration: ClusterOrchestrationInfo, optional, since 6.5.
        vmOrchestrationSpec: list of ClusterVmOrchestrationSpec, since 6.5.
        dpmConfig: ClusterDpmConfigInfo, optional, since 2.5.
        dpmHostConfigSpec: list of ClusterDpmHostConfigSpec, since 2.5.
        vsanConfig: VsanClusterConfigInfo, optional, since 5.5.
        vsanHostConfigSpec: list of VsanHostConfigInfo, since 5.5.
        groupSpec: list of ClusterGroupSpec, since 4.1.
        infraUpdateHaConfig: ClusterInfraUpdateHaConfigInfo, optional, since 6.5.
        proactiveDrsConfig: ClusterProactiveDrsConfigInfo, optional, since 6.5.
        inHciWorkflow: boolean, optional, since 6.7.1.
        cryptoConfig: ClusterCryptoConfigInfo, optional, since 7.0.0.0.
    """

    __slots__ = ("systemVMsConfig", "dasConfig", "dasVmConfigSpec", "drsConfig", "drsVmConfigSpec", "rulesSpec", "orchestration", "vmOrchestrationSpec", "dpmConfig", "dpmHostConfigSpec", "vsanConfig", "vsanHostConfigSpec", "groupSpec", "infraUpdateHaConfig", "proactiveDrsConfig", "inHciWorkflow", "cryptoConfig", )
    _wire_name_: ClassVar[str] = "ClusterConfigSpecEx"
    _since_: ClassVar[str] = "2.5"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("vmSwapPlacement", "string", 2, "2.5"),
        _F("spbmEnabled", "boolean", 2, "5.0"),
        _F("defaultHardwareVersionKey", "string", 2, "5.1"),
        _F("desiredSoftwareSpec", "DesiredSoftwareSpec", 2, "7.0.0.0"),
        _F("maximumHardwareVersionKey", "string", 2, "7.0.2.0"),
        _F("systemVMsConfig", "ClusterSystemVMsConfigSpec", 2, "7.0.3.0"),
        _F("dasConfig", "ClusterDasConfigInfo", 2, "2.5"),
        _F("dasVmConfigSpec", "ClusterDasVmConfigSpec", 3, "2.5"),
        _F("drsConfig", "ClusterDrsConfigInfo", 2, "2.5"),
        _F("drsVmConfigSpec", "ClusterDrsVmConfigSpec", 3, "2.5"),
        _F("rulesSpec", "ClusterRuleSpec", 3, "2.5"),
        _F("orchestration", "ClusterOrchestrationInfo", 2, "6.5"),
        _F("vmOrchestrationSpec", "ClusterVmOrchestrationSpec", 3, "6.5"),
        _F("dpmConfig", "ClusterDpmConfigInfo", 2, "2.5"),
        _F("dpmHostConfigSpec", "ClusterDpmHostConfigSpec", 3, "2.5"),
        _F("vsanConfig", "VsanClusterConfigInfo", 2, "5.5"),
        _F("vsanHostConfigSpec", "VsanHostConfigInfo", 3, "5.5"),
        _F("groupSpec", "ClusterGroupSpec", 3, "4.1"),
        _F("infraUpdateHaConfig", "ClusterInfraUpdateHaConfigInfo", 2, "6.5"),
        _F("proactiveDrsConfig", "ClusterProactiveDrsConfigInfo", 2, "6.5"),
        _F("inHciWorkflow", "boolean", 2, "6.7.1"),
        _F("cryptoConfig", "ClusterCryptoConfigInfo", 2, "7.0.0.0"),
    )
    systemVMsConfig: ClusterSystemVMsConfigSpec | None
    dasConfig: ClusterDasConfigInfo | None
    dasVmConfigSpec: list[ClusterDasVmConfigSpec]
    drsConfig: ClusterDrsConfigInfo | None
    drsVmConfigSpec: list[ClusterDrsVmConfigSpec]
    rulesSpec: list[ClusterRuleSpec]
    orchestration: ClusterOrchestrationInfo | None
    vmOrchestrationSpec: list[ClusterVmOrchestrationSpec]
    dpmConfig: ClusterDpmConfigInfo | None
    dpmHostConfigSpec: list[ClusterDpmHostConfigSpec]
    vsanConfig: VsanClusterConfigInfo | None
    vsanHostConfigSpec: list[VsanHostConfigInfo]
    groupSpec: list[ClusterGroupSpec]
    infraUpdateHaConfig: ClusterInfraUpdateHaConfigInfo | None
    proactiveDrsConfig: ClusterProactiveDrsConfigInfo | None
    inHciWorkflow: bool | None
    cryptoConfig: ClusterCryptoConfigInfo | None

    def __init__(
        self,
        *,
        vmSwapPlacement: str | None = None,
        spbmEnabled: bool | None = None,
        defaultHardwareVersionKey: str | None = None,
        desiredSoftwareSpec: DesiredSoftwareSpec | None = None,
        maximumHardwareVersionKey: str | None = None,
        systemVMsConfig: ClusterSystemVMsConfigSpec | None = None,
        dasConfig: ClusterDasConfigInfo | None = None,
        dasVmConfigSpec: list[ClusterDasVmConfigSpec] | None = None,
        drsConfig: ClusterDrsConfigInfo | None = None,
        drsVmConfigSpec: list[ClusterDrsVmConfigSpec] | None = None,
        rulesSpec: list[ClusterRuleSpec] | None = None,
        orchestration: ClusterOrchestrationInfo | None = None,
        vmOrchestrationSpec: list[ClusterVmOrchestrationSpec] | None = None,
        dpmConfig: ClusterDpmConfigInfo | None = None,
        dpmHostConfigSpec: list[ClusterDpmHostConfigSpec] | None = None,
        vsanConfig: VsanClusterConfigInfo | None = None,
        vsanHostConfigSpec: list[VsanHostConfigInfo] | None = None,
        groupSpec: list[ClusterGroupSpec] | None = None,
        infraUpdateHaConfig: ClusterInfraUpdateHaConfigInfo | None = None,
        proactiveDrsConfig: ClusterProactiveDrsConfigInfo | None = None,
        inHciWorkflow: bool | None = None,
        cryptoConfig: ClusterCryptoConfigInfo | None = None,
    ) -> None:
        self.vmSwapPlacement = vmSwapPlacement
        self.spbmEnabled = spbmEnabled
        self.defaultHardwareVersionKey = defaultHardwareVersionKey
        self.desiredSoftwareSpec = desiredSoftwareSpec
        self.maximumHardwareVersionKey = maximumHardwareVersionKey
        self.systemVMsConfig = systemVMsConfig
        self.dasConfig = dasConfig
        self.dasVmConfigSpec = [] if dasVmConfigSpec is None else dasVmConfigSpec
        self.drsConfig = drsConfig
        self.drsVmConfigSpec = [] if drsVmConfigSpec is None else drsVmConfigSpec
        self.rulesSpec = [] if rulesSpec is None else rulesSpec
        self.orchestration = orchestration
        self.vmOrchestrationSpec = [] if vmOrchestrationSpec is None else vmOrchestrationSpec
        self.dpmConfig = dpmConfig
        self.dpmHostConfigSpec = [] if dpmHostConfigSpec is None else dpmHostConfigSpec
        self.vsanConfig = vsanConfig
        self.vsanHostConfigSpec = [] if vsanHostConfigSpec is None else vsanHostConfigSpec
        self.groupSpec = [] if groupSpec is None else groupSpec
        self.infraUpdateHaConfig = infraUpdateHaConfig
        self.proactiveDrsConfig = proactiveDrsConfig
        self.inHciWorkflow = inHciWorkflow
        self.cryptoConfig = cryptoConfig
