# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostHardwareInfo: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .host_bios_info import HostBIOSInfo
    from .host_cpu_id_info import HostCpuIdInfo
    from .host_cpu_info import HostCpuInfo
    from .host_cpu_package import HostCpuPackage
    from .host_cpu_power_management_info import HostCpuPowerManagementInfo
    from .host_memory_tier_info import HostMemoryTierInfo
    from .host_numa_info import HostNumaInfo
    from .host_pci_device import HostPciDevice
    from .host_persistent_memory_info import HostPersistentMemoryInfo
    from .host_reliable_memory_info import HostReliableMemoryInfo
    from .host_sev_info import HostSevInfo
    from .host_sgx_info import HostSgxInfo
    from .host_system_info import HostSystemInfo


class HostHardwareInfo(DynamicData):
    """HostHardwareInfo: data object extending DynamicData, since 2.0.

    Attributes:
        systemInfo: HostSystemInfo, since 2.0.
        cpuPowerManagementInfo: HostCpuPowerManagementInfo, optional, since 4.0.
        cpuInfo: HostCpuInfo, since 2.0.
        cpuPkg: list of HostCpuPackage, since 2.0.
        memorySize: long, since 2.0.
        numaInfo: HostNumaInfo, optional, since 2.0.
        smcPresent: boolean, optional, since 5.0.
        pciDevice: list of HostPciDevice, since 2.0.
        cpuFeature: list of HostCpuIdInfo, since 2.0.
        biosInfo: HostBIOSInfo, optional, since 2.5.
        reliableMemoryInfo: HostReliableMemoryInfo, optional, since 5.5.
        persistentMemoryInfo: HostPersistentMemoryInfo, optional, since 6.7.
        sgxInfo: HostSgxInfo, optional, since 7.0.0.0.
        sevInfo: HostSevInfo, optional, since 7.0.1.0.
        memoryTieringType: string, optional, since 7.0.3.0.
        memoryTierInfo: list of HostMemoryTierInfo, since 7.0.3.0.
    """

    __slots__ = ("systemInfo", "cpuPowerManagementInfo", "cpuInfo", "cpuPkg", "memorySize", "numaInfo", "smcPresent", "pciDevice", "cpuFeature", "biosInfo", "reliableMemoryInfo", "persistentMemoryInfo", "sgxInfo", "sevInfo", "memoryTieringType", "memoryTierInfo", )
    _wire_name_: ClassVar[str] = "HostHardwareInfo"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("systemInfo", "HostSystemInfo", 0, "2.0"),
        _F("cpuPowerManagementInfo", "HostCpuPowerManagementInfo", 2, "4.0"),
        _F("cpuInfo", "HostCpuInfo", 0, "2.0"),
        _F("cpuPkg", "HostCpuPackage", 1, "2.0"),
        _F("memorySize", "long", 0, "2.0"),
        _F("numaInfo", "HostNumaInfo", 2, "2.0"),
        _F("smcPresent", "boolean", 2, "5.0"),
        _F("pciDevice", "HostPciDevice", 3, "2.0"),
        _F("cpuFeature", "HostCpuIdInfo", 3, "2.0"),
        _F("biosInfo", "HostBIOSInfo", 2, "2.5"),
        _F("reliableMemoryInfo", "HostReliableMemoryInfo", 2, "5.5"),
        _F("persistentMemoryInfo", "HostPersistentMemoryInfo", 2, "6.7"),
        _F("sgxInfo", "HostSgxInfo", 2, "7.0.0.0"),
        _F("sevInfo", "HostSevInfo", 2, "7.0.1.0"),
        _F("memoryTieringType", "string", 2, "7.0.3.0"),
        _F("memoryTierInfo", "HostMemoryTierInfo", 3, "7.0.3.0"),
    )
    systemInfo: HostSystemInfo
    cpuPowerManagementInfo: HostCpuPowerManagementInfo | None
    cpuInfo: HostCpuInfo
    cpuPkg: list[HostCpuPackage]
    memorySize: int
    numaInfo: HostNumaInfo | None
    smcPresent: bool | None
    pciDevice: list[HostPciDevice]
    cpuFeature: list[HostCpuIdInfo]
    biosInfo: HostBIOSInfo | None
    reliableMemoryInfo: HostReliableMemoryInfo | None
    persistentMemoryInfo: HostPersistentMemoryInfo | None
    sgxInfo: HostSgxInfo | None
    sevInfo: HostSevInfo | None
    memoryTieringType: str | None
    memoryTierInfo: list[HostMemoryTierInfo]

    def __init__(
        self,
        *,
        systemInfo: HostSystemInfo,
        cpuInfo: HostCpuInfo,
        cpuPkg: list[HostCpuPackage],
        memorySize: int,
        cpuPowerManagementInfo: HostCpuPowerManagementInfo | None = None,
        numaInfo: HostNumaInfo | None = None,
        smcPresent: bool | None = None,
        pciDevice: list[HostPciDevice] | None = None,
        cpuFeature: list[HostCpuIdInfo] | None = None,
        biosInfo: HostBIOSInfo | None = None,
        reliableMemoryInfo: HostReliableMemoryInfo | None = None,
        persistentMemoryInfo: HostPersistentMemoryInfo | None = None,
        sgxInfo: HostSgxInfo | None = None,
        sevInfo: HostSevInfo | None = None,
        memoryTieringType: str | None = None,
        memoryTierInfo: list[HostMemoryTierInfo] | None = None,
    ) -> None:
        self.systemInfo = systemInfo
        self.cpuPowerManagementInfo = cpuPowerManagementInfo
        self.cpuInfo = cpuInfo
        self.cpuPkg = cpuPkg
        self.memorySize = memorySize
        self.numaInfo = numaInfo
        self.smcPresent = smcPresent
        self.pciDevice = [] if pciDevice is None else pciDevice
        self.cpuFeature = [] if cpuFeature is None else cpuFeature
        self.biosInfo = biosInfo
        self.reliableMemoryInfo = reliableMemoryInfo
        self.persistentMemoryInfo = persistentMemoryInfo
        self.sgxInfo = sgxInfo
        self.sevInfo = sevInfo
        self.memoryTieringType = memoryTieringType
        self.memoryTierInfo = [] if memoryTierInfo is None else memoryTierInfo
