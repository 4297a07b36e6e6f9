# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""DVSFeatureCapability: data object type, extends DynamicData. Since 4.1."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .dvs_backup_restore_capability import DVSBackupRestoreCapability
    from .dvs_health_check_capability import DVSHealthCheckCapability
    from .dvs_network_resource_management_capability import DVSNetworkResourceManagementCapability
    from .dvs_rollback_capability import DVSRollbackCapability


class DVSFeatureCapability(DynamicData):
    """DVSFeatureCapability: data object extending DynamicData, since 4.1.

    Attributes:
        networkResourceManagementSupported: boolean, since 4.1.
        vmDirectPathGen2Supported: boolean, since 4.1.
        nicTeamingPolicy: list of string, since 4.1.
        networkResourcePoolHighShareValue: int, optional, since 4.1.
        networkResourceManagementCapability: DVSNetworkResourceManagementCapability, optional, since 5.0.
        healthCheckCapability: DVSHealthCheckCapability, optional, since 5.1.
        rollbackCapability: DVSRollbackCapability, optional, since 5.1.
        backupRestoreCapability: DVSBackupRestoreCapability, optional, since 5.1.
        networkFilterSupported: boolean, optional, since 5.5.
        macLearningSupported: boolean, optional, since 6.7.
    """

    __slots__ = ("networkResourceManagementSupported", "vmDirectPathGen2Supported", "nicTeamingPolicy", "networkResourcePoolHighShareValue", "networkResourceManagementCapability", "healthCheckCapability", "rollbackCapability", "backupRestoreCapability", "networkFilterSupported", "macLearningSupported", )
    _wire_name_: ClassVar[str] = "DVSFeatureCapability"
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
    )
    networkResourceManagementSupported: bool
    vmDirectPathGen2Supported: bool
    nicTeamingPolicy: list[str]
    networkResourcePoolHighShareValue: int | None
    networkResourceManagementCapability: DVSNetworkResourceManagementCapability | None
    healthCheckCapability: DVSHealthCheckCapability | None
    rollbackCapability: DVSRollbackCapability | None
    backupRestoreCapability: DVSBackupRestoreCapability | None
    networkFilterSupported: bool | None
    macLearningSupported: bool | None

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
    ) -> None:
        self.networkResourceManagementSupported = networkResourceManagementSupported
        self.vmDirectPathGen2Supported = vmDirectPathGen2Supported
        self.nicTeamingPolicy = [] if nicTeamingPolicy is None else nicTeamingPolicy
        self.networkResourcePoolHighShareValue = networkResourcePoolHighShareValue
        self.networkResourceManagementCapability = networkResourceManagementCapability
        self.healthCheckCapability = healthCheckCapability
        self.rollbackCapability = rollbackCapability
        self.backupRestoreCapability = backupRestoreCapability
        self.networkFilterSupported = networkFilterSupported
        self.macLearningSupported = macLearningSupported
