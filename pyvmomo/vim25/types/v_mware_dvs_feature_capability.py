# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""VMwareDVSFeatureCapability: data object type, extends DVSFeatureCapability. Since 4.1."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dvs_feature_capability import DVSFeatureCapability
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .dvs_backup_restore_capability import DVSBackupRestoreCapability
    from .dvs_health_check_capability import DVSHealthCheckCapability
    from .dvs_network_resource_management_capability import DVSNetworkResourceManagementCapability
    from .dvs_rollback_capability import DVSRollbackCapability
    from .v_mware_dvs_vspan_capability import VMwareDVSVspanCapability
    from .v_mware_dvs_ipfix_capability import VMwareDvsIpfixCapability
    from .v_mware_dvs_lacp_capability import VMwareDvsLacpCapability
    from .v_mware_dvs_mtu_capability import VMwareDvsMtuCapability


class VMwareDVSFeatureCapability(DVSFeatureCapability):
    """VMwareDVSFeatureCapability: data object extending DVSFeatureCapability, since 4.1.

    Attributes:
        vspanSupported: boolean, optional, since 5.0.
        lldpSupported: boolean, optional, since 5.0.
        ipfixSupported: boolean, optional, since 5.0.
        ipfixCapability: VMwareDvsIpfixCapability, optional, since 6.0.
        multicastSnoopingSupported: boolean, optional, since 6.0.
        vspanCapability: VMwareDVSVspanCapability, optional, since 5.1.
        lacpCapability: VMwareDvsLacpCapability, optional, since 5.1.
        nsxSupported: boolean, optional, since 7.0.0.0.
        mtuCapability: VMwareDvsMtuCapability, optional, since 7.0.2.0.
    """

    __slots__ = ("vspanSupported", "lldpSupported", "ipfixSupported", "ipfixCapability", "multicastSnoopingSupported", "vspanCapability", "lacpCapability", "nsxSupported", "mtuCapability", )
    _wire_name_: ClassVar[str] = "VMwareDVSFeatureCapability"
    _since_: ClassVar[str] = "4.1"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("networkResourceManagementSupported", "boolean", 0, "4.1"),
        _F("vmDirectPathGen2Supported", "boolean", 0, "4.1"),
        _F("nicTeamingPolicy", "string", 3, "4.1"),
        _F("networkResourcePoolHighShareValue", "int", 2, "4.1"),
        _F("networkResourceManagementCapability", "DVSNetworkResourceManagementCapability", 2, "5.0"),
        _F("healthCheckCapability", "DVSHealthCheckCapability", 2, "5.1"),
        _F("rollbackCapability", "DVSRollbackCapability", 2, "5.1"),
        _F("backupRestoreCapability", "DVSBackupRestoreCapability", 2, "5.1"),
        _F("networkFilterSupported", "boolean", 2, "5.5"),
        _F("macLearningSupported", "boolean", 2, "6.7"),
        _F("vspanSupported", "boolean", 2, "5.0"),
        _F("lldpSupported", "boolean", 2, "5.0"),
        _F("ipfixSupported", "boolean", 2, "5.0"),
        _F("ipfixCapability", "VMwareDvsIpfixCapability", 2, "6.0"),
        _F("multicastSnoopingSupported", "boolean", 2, "6.0"),
        _F("vspanCapability", "VMwareDVSVspanCapability", 2, "5.1"),
        _F("lacpCapability", "VMwareDvsLacpCapability", 2, "5.1"),
        _F("nsxSupported", "boolean", 2, "7.0.0.0"),
        _F("mtuCapability", "VMwareDvsMtuCapability", 2, "7.0.2.0"),
    )
    vspanSupported: bool | None
    lldpSupported: bool | None
    ipfixSupported: bool | None
    ipfixCapability: VMwareDvsIpfixCapability | None
    multicastSnoopingSupported: bool | None
    vspanCapability: VMwareDVSVspanCapability | None
    lacpCapability: VMwareDvsLacpCapability | None
    nsxSupported: bool | None
    mtuCapability: VMwareDvsMtuCapability | None

    def __init__(
        self,
        *,
        networkResourceManagementSupported: bool,
        vmDirectPathGen2Supported: bool,
        nicTeamingPolicy: list[str] | None = None,
        networkResourcePoolHighShareValue: int | None = None,
        networkResourceManagementCapability: DVSNetworkResourceManagementCapability | None = None,
        healthCheckCapability: DVSHealthCheckCapability | None = None,
        rollbackCapability: DVSRollbackCapability | None = None,
        backupRestoreCapability: DVSBackupRestoreCapability | None = None,
        networkFilterSupported: bool | None = None,
        macLearningSupported: bool | None = None,
        vspanSupported: bool | None = None,
        lldpSupported: bool | None = None,
        ipfixSupported: bool | None = None,
        ipfixCapability: VMwareDvsIpfixCapability | None = None,
        multicastSnoopingSupported: bool | None = None,
        vspanCapability: VMwareDVSVspanCapability | None = None,
        lacpCapability: VMwareDvsLacpCapability | None = None,
        nsxSupported: bool | None = None,
        mtuCapability: VMwareDvsMtuCapability | None = None,
    ) -> None:
        self.networkResourceManagementSupported = networkResourceManagementSupported
        self.vmDirectPathGen2Supported = vmDirectPathGen2Supported
        self.nicTeamingPolicy: list[str] = [] if nicTeamingPolicy is None else nicTeamingPolicy
        self.networkResourcePoolHighShareValue = networkResourcePoolHighShareValue
        self.networkResourceManagementCapability = networkResourceManagementCapability
        self.healthCheckCapability = healthCheckCapability
        self.rollbackCapability = rollbackCapability
        self.backupRestoreCapability = backupRestoreCapability
        self.networkFilterSupported = networkFilterSupported
        self.macLearningSupported = macLearningSupported
        self.vspanSupported = vspanSupported
        self.lldpSupported = lldpSupported
        self.ipfixSupported = ipfixSupported
        self.ipfixCapability = ipfixCapability
        self.multicastSnoopingSupported = multicastSnoopingSupported
        self.vspanCapability = vspanCapability
        self.lacpCapability = lacpCapability
        self.nsxSupported = nsxSupported
        self.mtuCapability = mtuCapability
