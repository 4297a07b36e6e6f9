# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""Every vim25 enum as a namespace of ``str`` constants (open: unknown values stay plain strings).

Each enum ``X`` has a ``Literal`` alias ``XValue`` of its known values: parameters
and constructor arguments take it (or an explicit ``pyvmomo.EnumValue`` for a
value newer than these bindings), so a misspelt value is a type error, while
values read from a server stay ``str``.
"""

from __future__ import annotations

from typing import ClassVar, Final, Literal, TypeAlias

from pyvmomo._base import OpenEnum


class ActionParameter(OpenEnum):
    """ActionParameter: an open enumeration of 9 values, since 2.0."""

    targetName: Final = "targetName"
    alarmName: Final = "alarmName"
    oldStatus: Final = "oldStatus"
    newStatus: Final = "newStatus"
    triggeringSummary: Final = "triggeringSummary"
    declaringSummary: Final = "declaringSummary"
    eventDescription: Final = "eventDescription"
    target: Final = "target"
    alarm: Final = "alarm"
    _values_: ClassVar[tuple[str, ...]] = ("targetName", "alarmName", "oldStatus", "newStatus", "triggeringSummary", "declaringSummary", "eventDescription", "target", "alarm", )


ActionParameterValue: TypeAlias = Literal["targetName", "alarmName", "oldStatus", "newStatus", "triggeringSummary", "declaringSummary", "eventDescription", "target", "alarm"]
"""The values of ActionParameter these bindings know, for parameters; pass a newer one as ``EnumValue(text, "ActionParameter")``."""


class ActionType(OpenEnum):
    """ActionType: an open enumeration of 8 values, since 2.5."""

    MigrationV1: Final = "MigrationV1"
    VmPowerV1: Final = "VmPowerV1"
    HostPowerV1: Final = "HostPowerV1"
    HostMaintenanceV1: Final = "HostMaintenanceV1"
    StorageMigrationV1: Final = "StorageMigrationV1"
    StoragePlacementV1: Final = "StoragePlacementV1"
    PlacementV1: Final = "PlacementV1"
    HostInfraUpdateHaV1: Final = "HostInfraUpdateHaV1"
    _values_: ClassVar[tuple[str, ...]] = ("MigrationV1", "VmPowerV1", "HostPowerV1", "HostMaintenanceV1", "StorageMigrationV1", "StoragePlacementV1", "PlacementV1", "HostInfraUpdateHaV1", )


ActionTypeValue: TypeAlias = Literal["MigrationV1", "VmPowerV1", "HostPowerV1", "HostMaintenanceV1", "StorageMigrationV1", "StoragePlacementV1", "PlacementV1", "HostInfraUpdateHaV1"]
"""The values of ActionType these bindings know, for parameters; pass a newer one as ``EnumValue(text, "ActionType")``."""


class AffinityType(OpenEnum):
    """AffinityType: an open enumeration of 2 values, since 2.0."""

    memory: Final = "memory"
    cpu: Final = "cpu"
    _values_: ClassVar[tuple[str, ...]] = ("memory", "cpu", )


AffinityTypeValue: TypeAlias = Literal["memory", "cpu"]
"""The values of AffinityType these bindings know, for parameters; pass a newer one as ``EnumValue(text, "AffinityType")``."""


class AgentInstallFailedReason(OpenEnum):
    """AgentInstallFailedReason: an open enumeration of 9 values, since 4.0."""

    NotEnoughSpaceOnDevice: Final = "NotEnoughSpaceOnDevice"
    PrepareToUpgradeFailed: Final = "PrepareToUpgradeFailed"
    AgentNotRunning: Final = "AgentNotRunning"
    AgentNotReachable: Final = "AgentNotReachable"
    InstallTimedout: Final = "InstallTimedout"
    SignatureVerificationFailed: Final = "SignatureVerificationFailed"
    AgentUploadFailed: Final = "AgentUploadFailed"
    AgentUploadTimedout: Final = "AgentUploadTimedout"
    UnknownInstallerError: Final = "UnknownInstallerError"
    _values_: ClassVar[tuple[str, ...]] = ("NotEnoughSpaceOnDevice", "PrepareToUpgradeFailed", "AgentNotRunning", "AgentNotReachable", "InstallTimedout", "SignatureVerificationFailed", "AgentUploadFailed", "AgentUploadTimedout", "UnknownInstallerError", )


AgentInstallFailedReasonValue: TypeAlias = Literal["NotEnoughSpaceOnDevice", "PrepareToUpgradeFailed", "AgentNotRunning", "AgentNotReachable", "InstallTimedout", "SignatureVerificationFailed", "AgentUploadFailed", "AgentUploadTimedout", "UnknownInstallerError"]
"""The values of AgentInstallFailedReason these bindings know, for parameters; pass a newer one as ``EnumValue(text, "AgentInstallFailedReason")``."""


class AlarmFilterSpecAlarmTypeByEntity(OpenEnum):
    """AlarmFilterSpecAlarmTypeByEntity: an open enumeration of 3 values, since 6.7."""

    entityTypeAll: Final = "entityTypeAll"
    entityTypeHost: Final = "entityTypeHost"
    entityTypeVm: Final = "entityTypeVm"
    _values_: ClassVar[tuple[str, ...]] = ("entityTypeAll", "entityTypeHost", "entityTypeVm", )


AlarmFilterSpecAlarmTypeByEntityValue: TypeAlias = Literal["entityTypeAll", "entityTypeHost", "entityTypeVm"]
"""The values of AlarmFilterSpecAlarmTypeByEntity these bindings know, for parameters; pass a newer one as ``EnumValue(text, "AlarmFilterSpecAlarmTypeByEntity")``."""


class AlarmFilterSpecAlarmTypeByTrigger(OpenEnum):
    """AlarmFilterSpecAlarmTypeByTrigger: an open enumeration of 3 values, since 6.7."""

    triggerTypeAll: Final = "triggerTypeAll"
    triggerTypeEvent: Final = "triggerTypeEvent"
    triggerTypeMetric: Final = "triggerTypeMetric"
    _values_: ClassVar[tuple[str, ...]] = ("triggerTypeAll", "triggerTypeEvent", "triggerTypeMetric", )


AlarmFilterSpecAlarmTypeByTriggerValue: TypeAlias = Literal["triggerTypeAll", "triggerTypeEvent", "triggerTypeMetric"]
"""The values of AlarmFilterSpecAlarmTypeByTrigger these bindings know, for parameters; pass a newer one as ``EnumValue(text, "AlarmFilterSpecAlarmTypeByTrigger")``."""


class AnswerFileValidationInfoStatus(OpenEnum):
    """AnswerFileValidationInfoStatus: an open enumeration of 3 values, since 6.7."""

    success: Final = "success"
    failed: Final = "failed"
    failed_defaults: Final = "failed_defaults"
    _values_: ClassVar[tuple[str, ...]] = ("success", "failed", "failed_defaults", )


AnswerFileValidationInfoStatusValue: TypeAlias = Literal["success", "failed", "failed_defaults"]
"""The values of AnswerFileValidationInfoStatus these bindings know, for parameters; pass a newer one as ``EnumValue(text, "AnswerFileValidationInfoStatus")``."""


class ApplyHostProfileConfigurationResultStatus(OpenEnum):
    """ApplyHostProfileConfigurationResultStatus: an open enumeration of 8 values, since 6.5."""

    success: Final = "success"
    failed: Final = "failed"
    reboot_failed: Final = "reboot_failed"
    stateless_reboot_failed: Final = "stateless_reboot_failed"
    check_compliance_failed: Final = "check_compliance_failed"
    state_not_satisfied: Final = "state_not_satisfied"
    exit_maintenancemode_failed: Final = "exit_maintenancemode_failed"
    canceled: Final = "canceled"
    _values_: ClassVar[tuple[str, ...]] = ("success", "failed", "reboot_failed", "stateless_reboot_failed", "check_compliance_failed", "state_not_satisfied", "exit_maintenancemode_failed", "canceled", )


ApplyHostProfileConfigurationResultStatusValue: TypeAlias = Literal["success", "failed", "reboot_failed", "stateless_reboot_failed", "check_compliance_failed", "state_not_satisfied", "exit_maintenancemode_failed", "canceled"]
"""The values of ApplyHostProfileConfigurationResultStatus these bindings know, for parameters; pass a newer one as ``EnumValue(text, "ApplyHostProfileConfigurationResultStatus")``."""


class ArrayUpdateOperation(OpenEnum):
    """ArrayUpdateOperation: an open enumeration of 3 values, since 2.0."""

    add: Final = "add"
    remove: Final = "remove"
    edit: Final = "edit"
    _values_: ClassVar[tuple[str, ...]] = ("add", "remove", "edit", )


ArrayUpdateOperationValue: TypeAlias = Literal["add", "remove", "edit"]
"""The values of ArrayUpdateOperation these bindings know, for parameters; pass a newer one as ``EnumValue(text, "ArrayUpdateOperation")``."""


class AutoStartAction(OpenEnum):
    """AutoStartAction: an open enumeration of 6 values, since 2.0."""

    none: Final = "none"
    systemDefault: Final = "systemDefault"
    powerOn: Final = "powerOn"
    powerOff: Final = "powerOff"
    guestShutdown: Final = "guestShutdown"
    suspend: Final = "suspend"
    _values_: ClassVar[tuple[str, ...]] = ("none", "systemDefault", "powerOn", "powerOff", "guestShutdown", "suspend", )


AutoStartActionValue: TypeAlias = Literal["none", "systemDefault", "powerOn", "powerOff", "guestShutdown", "suspend"]
"""The values of AutoStartAction these bindings know, for parameters; pass a newer one as ``EnumValue(text, "AutoStartAction")``."""


class AutoStartWaitHeartbeatSetting(OpenEnum):
    """AutoStartWaitHeartbeatSetting: an open enumeration of 3 values, since 2.0."""

    yes: Final = "yes"
    no: Final = "no"
    systemDefault: Final = "systemDefault"
    _values_: ClassVar[tuple[str, ...]] = ("yes", "no", "systemDefault", )


AutoStartWaitHeartbeatSettingValue: TypeAlias = Literal["yes", "no", "systemDefault"]
"""The values of AutoStartWaitHeartbeatSetting these bindings know, for parameters; pass a newer one as ``EnumValue(text, "AutoStartWaitHeartbeatSetting")``."""


class BaseConfigInfoDiskFileBackingInfoProvisioningType(OpenEnum):
    """BaseConfigInfoDiskFileBackingInfoProvisioningType: an open enumeration of 3 values, since 6.5."""

    thin: Final = "thin"
    eagerZeroedThick: Final = "eagerZeroedThick"
    lazyZeroedThick: Final = "lazyZeroedThick"
    _values_: ClassVar[tuple[str, ...]] = ("thin", "eagerZeroedThick", "lazyZeroedThick", )


BaseConfigInfoDiskFileBackingInfoProvisioningTypeValue: TypeAlias = Literal["thin", "eagerZeroedThick", "lazyZeroedThick"]
"""The values of BaseConfigInfoDiskFileBackingInfoProvisioningType these bindings know, for parameters; pass a newer one as ``EnumValue(text, "BaseConfigInfoDiskFileBackingInfoProvisioningType")``."""


class BatchResultResult(OpenEnum):
    """BatchResultResult: an open enumeration of 2 values, since 6.0."""

    success: Final = "success"
    fail: Final = "fail"
    _values_: ClassVar[tuple[str, ...]] = ("success", "fail", )


BatchResultResultValue: TypeAlias = Literal["success", "fail"]
"""The values of BatchResultResult these bindings know, for parameters; pass a newer one as ``EnumValue(text, "BatchResultResult")``."""


class CannotEnableVmcpForClusterReason(OpenEnum):
    """CannotEnableVmcpForClusterReason: an open enumeration of 1 values, since 6.0."""

    APDTimeoutDisabled: Final = "APDTimeoutDisabled"
    _values_: ClassVar[tuple[str, ...]] = ("APDTimeoutDisabled", )


CannotEnableVmcpForClusterReasonValue: TypeAlias = Literal["APDTimeoutDisabled"]
"""The values of CannotEnableVmcpForClusterReason these bindings know, for parameters; pass a newer one as ``EnumValue(text, "CannotEnableVmcpForClusterReason")``."""


class CannotMoveFaultToleranceVmMoveType(OpenEnum):
    """CannotMoveFaultToleranceVmMoveType: an open enumeration of 2 values, since 4.0."""

    resourcePool: Final = "resourcePool"
    cluster: Final = "cluster"
    _values_: ClassVar[tuple[str, ...]] = ("resourcePool", "cluster", )


CannotMoveFaultToleranceVmMoveTypeValue: TypeAlias = Literal["resourcePool", "cluster"]
"""The values of CannotMoveFaultToleranceVmMoveType these bindings know, for parameters; pass a newer one as ``EnumValue(text, "CannotMoveFaultToleranceVmMoveType")``."""


class CannotPowerOffVmInClusterOperation(OpenEnum):
    """CannotPowerOffVmInClusterOperation: an open enumeration of 4 values, since 5.0."""

    suspend: Final = "suspend"
    powerOff: Final = "powerOff"
    guestShutdown: Final = "guestShutdown"
    guestSuspend: Final = "guestSuspend"
    _values_: ClassVar[tuple[str, ...]] = ("suspend", "powerOff", "guestShutdown", "guestSuspend", )


CannotPowerOffVmInClusterOperationValue: TypeAlias = Literal["suspend", "powerOff", "guestShutdown", "guestSuspend"]
"""The values of CannotPowerOffVmInClusterOperation these bindings know, for parameters; pass a newer one as ``EnumValue(text, "CannotPowerOffVmInClusterOperation")``."""


class CannotUseNetworkReason(OpenEnum):
    """CannotUseNetworkReason: an open enumeration of 6 values, since 5.5."""

    NetworkReservationNotSupported: Final = "NetworkReservationNotSupported"
    MismatchedNetworkPolicies: Final = "MismatchedNetworkPolicies"
    MismatchedDvsVersionOrVendor: Final = "MismatchedDvsVersionOrVendor"
    VMotionToUnsupportedNetworkType: Final = "VMotionToUnsupportedNetworkType"
    NetworkUnderMaintenance: Final = "NetworkUnderMaintenance"
    MismatchedEnsMode: Final = "MismatchedEnsMode"
    _values_: ClassVar[tuple[str, ...]] = ("NetworkReservationNotSupported", "MismatchedNetworkPolicies", "MismatchedDvsVersionOrVendor", "VMotionToUnsupportedNetworkType", "NetworkUnderMaintenance", "MismatchedEnsMode", )


CannotUseNetworkReasonValue: TypeAlias = Literal["NetworkReservationNotSupported", "MismatchedNetworkPolicies", "MismatchedDvsVersionOrVendor", "VMotionToUnsupportedNetworkType", "NetworkUnderMaintenance", "MismatchedEnsMode"]
"""The values of CannotUseNetworkReason these bindings know, for parameters; pass a newer one as ``EnumValue(text, "CannotUseNetworkReason")``."""


class CheckTestType(OpenEnum):
    """CheckTestType: an open enumeration of 5 values, since 4.0."""

    sourceTests: Final = "sourceTests"
    hostTests: Final = "hostTests"
    resourcePoolTests: Final = "resourcePoolTests"
    datastoreTests: Final = "datastoreTests"
    networkTests: Final = "networkTests"
    _values_: ClassVar[tuple[str, ...]] = ("sourceTests", "hostTests", "resourcePoolTests", "datastoreTests", "networkTests", )


CheckTestTypeValue: TypeAlias = Literal["sourceTests", "hostTests", "resourcePoolTests", "datastoreTests", "networkTests"]
"""The values of CheckTestType these bindings know, for parameters; pass a newer one as ``EnumValue(text, "CheckTestType")``."""


class ClusterComputeResourceHCIWorkflowState(OpenEnum):
    """ClusterComputeResourceHCIWorkflowState: an open enumeration of 3 values, since 6.7.1."""

    in_progress: Final = "in_progress"
    done: Final = "done"
    invalid: Final = "invalid"
    _values_: ClassVar[tuple[str, ...]] = ("in_progress", "done", "invalid", )


ClusterComputeResourceHCIWorkflowStateValue: TypeAlias = Literal["in_progress", "done", "invalid"]
"""The values of ClusterComputeResourceHCIWorkflowState these bindings know, for parameters; pass a newer one as ``EnumValue(text, "ClusterComputeResourceHCIWorkflowState")``."""


class ClusterComputeResourceVcsHealthStatus(OpenEnum):
    """ClusterComputeResourceVcsHealthStatus: an open enumeration of 3 values, since 7.0.1.1."""

    healthy: Final = "healthy"
    degraded: Final = "degraded"
    nonhealthy: Final = "nonhealthy"
    _values_: ClassVar[tuple[str, ...]] = ("healthy", "degraded", "nonhealthy", )


ClusterComputeResourceVcsHealthStatusValue: TypeAlias = Literal["healthy", "degraded", "nonhealthy"]
"""The values of ClusterComputeResourceVcsHealthStatus these bindings know, for parameters; pass a newer one as ``EnumValue(text, "ClusterComputeResourceVcsHealthStatus")``."""


class ClusterCryptoConfigInfoCryptoMode(OpenEnum):
    """ClusterCryptoConfigInfoCryptoMode: an open enumeration of 2 values, since 7.0.0.0."""

    onDemand: Final = "onDemand"
    forceEnable: Final = "forceEnable"
    _values_: ClassVar[tuple[str, ...]] = ("onDemand", "forceEnable", )


ClusterCryptoConfigInfoCryptoModeValue: TypeAlias = Literal["onDemand", "forceEnable"]
"""The values of ClusterCryptoConfigInfoCryptoMode these bindings know, for parameters; pass a newer one as ``EnumValue(text, "ClusterCryptoConfigInfoCryptoMode")``."""


class ClusterDasAamNodeStateDasState(OpenEnum):
    """ClusterDasAamNodeStateDasState: an open enumeration of 8 values, since 4.0."""

    uninitialized: Final = "uninitialized"
    initialized: Final = "initialized"
    configuring: Final = "configuring"
    unconfiguring: Final = "unconfiguring"
    running: Final = "running"
    error: Final = "error"
    agentShutdown: Final = "agentShutdown"
    nodeFailed: Final = "nodeFailed"
    _values_: ClassVar[tuple[str, ...]] = ("uninitialized", "initialized", "configuring", "unconfiguring", "running", "error", "agentShutdown", "nodeFailed", )


ClusterDasAamNodeStateDasStateValue: TypeAlias = Literal["uninitialized", "initialized", "configuring", "unconfiguring", "running", "error", "agentShutdown", "nodeFailed"]
"""The values of ClusterDasAamNodeStateDasState these bindings know, for parameters; pass a newer one as ``EnumValue(text, "ClusterDasAamNodeStateDasState")``."""


class ClusterDasConfigInfoHBDatastoreCandidate(OpenEnum):
    """ClusterDasConfigInfoHBDatastoreCandidate: an open enumeration of 3 values, since 5.0."""

    userSelectedDs: Final = "userSelectedDs"
    allFeasibleDs: Final = "allFeasibleDs"
    allFeasibleDsWithUserPreference: Final = "allFeasibleDsWithUserPreference"
    _values_: ClassVar[tuple[str, ...]] = ("userSelectedDs", "allFeasibleDs", "allFeasibleDsWithUserPreference", )


ClusterDasConfigInfoHBDatastoreCandidateValue: TypeAlias = Literal["userSelectedDs", "allFeasibleDs", "allFeasibleDsWithUserPreference"]
"""The values of ClusterDasConfigInfoHBDatastoreCandidate these bindings know, for parameters; pass a newer one as ``EnumValue(text, "ClusterDasConfigInfoHBDatastoreCandidate")``."""


class ClusterDasConfigInfoServiceState(OpenEnum):
    """ClusterDasConfigInfoServiceState: an open enumeration of 2 values, since 4.0."""

    disabled: Final = "disabled"
    enabled: Final = "enabled"
    _values_: ClassVar[tuple[str, ...]] = ("disabled", "enabled", )


ClusterDasConfigInfoServiceStateValue: TypeAlias = Literal["disabled", "enabled"]
"""The values of ClusterDasConfigInfoServiceState these bindings know, for parameters; pass a newer one as ``EnumValue(text, "ClusterDasConfigInfoServiceState")``."""


class ClusterDasConfigInfoVmMonitoringState(OpenEnum):
    """ClusterDasConfigInfoVmMonitoringState: an open enumeration of 3 values, since 4.1."""

    vmMonitoringDisabled: Final = "vmMonitoringDisabled"
    vmMonitoringOnly: Final = "vmMonitoringOnly"
    vmAndAppMonitoring: Final = "vmAndAppMonitoring"
    _values_: ClassVar[tuple[str, ...]] = ("vmMonitoringDisabled", "vmMonitoringOnly", "vmAndAppMonitoring", )


ClusterDasConfigInfoVmMonitoringStateValue: TypeAlias = Literal["vmMonitoringDisabled", "vmMonitoringOnly", "vmAndAppMonitoring"]
"""The values of ClusterDasConfigInfoVmMonitoringState these bindings know, for parameters; pass a newer one as ``EnumValue(text, "ClusterDasConfigInfoVmMonitoringState")``."""


class ClusterDasFdmAvailabilityState(OpenEnum):
    """ClusterDasFdmAvailabilityState: an open enumeration of 10 values, since 5.0."""

    uninitialized: Final = "uninitialized"
    election: Final = "election"
    master: Final = "master"
    connectedToMaster: Final = "connectedToMaster"
    networkPartitionedFromMaster: Final = "networkPartitionedFromMaster"
    networkIsolated: Final = "networkIsolated"
    hostDown: Final = "hostDown"
    initializationError: Final = "initializationError"
    uninitializationError: Final = "uninitializationError"
    fdmUnreachable: Final = "fdmUnreachable"
    _values_: ClassVar[tuple[str, ...]] = ("uninitialized", "election", "master", "connectedToMaster", "networkPartitionedFromMaster", "networkIsolated", "hostDown", "initializationError", "uninitializationError", "fdmUnreachable", )


ClusterDasFdmAvailabilityStateValue: TypeAlias = Literal["uninitialized", "election", "master", "connectedToMaster", "networkPartitionedFromMaster", "networkIsolated", "hostDown", "initializationError", "uninitializationError", "fdmUnreachable"]
"""The values of ClusterDasFdmAvailabilityState these bindings know, for parameters; pass a newer one as ``EnumValue(text, "ClusterDasFdmAvailabilityState")``."""


class ClusterDasVmSettingsIsolationResponse(OpenEnum):
    """ClusterDasVmSettingsIsolationResponse: an open enumeration of 4 values, since 2.5."""

    none: Final = "none"
    powerOff: Final = "powerOff"
    shutdown: Final = "shutdown"
    clusterIsolationResponse: Final = "clusterIsolationResponse"
    _values_: ClassVar[tuple[str, ...]] = ("none", "powerOff", "shutdown", "clusterIsolationResponse", )


ClusterDasVmSettingsIsolationResponseValue: TypeAlias = Literal["none", "powerOff", "shutdown", "clusterIsolationResponse"]
"""The values of ClusterDasVmSettingsIsolationResponse these bindings know, for parameters; pass a newer one as ``EnumValue(text, "ClusterDasVmSettingsIsolationResponse")``."""


class ClusterDasVmSettingsRestartPriority(OpenEnum):
    """ClusterDasVmSettingsRestartPriority: an open enumeration of 7 values, since 2.5."""

    disabled: Final = "disabled"
    lowest: Final = "lowest"
    low: Final = "low"
    medium: Final = "medium"
    high: Final = "high"
    highest: Final = "highest"
    clusterRestartPriority: Final = "clusterRestartPriority"
    _values_: ClassVar[tuple[str, ...]] = ("disabled", "lowest", "low", "medium", "high", "highest", "clusterRestartPriority", )


ClusterDasVmSettingsRestartPriorityValue: TypeAlias = Literal["disabled", "lowest", "low", "medium", "high", "highest", "clusterRestartPriority"]
"""The values of ClusterDasVmSettingsRestartPriority these bindings know, for parameters; pass a newer one as ``EnumValue(text, "ClusterDasVmSettingsRestartPriority")``."""


class ClusterHostInfraUpdateHaModeActionOperationType(OpenEnum):
    """ClusterHostInfraUpdateHaModeActionOperationType: an open enumeration of 3 values, since 6.5."""

    enterQuarantine: Final = "enterQuarantine"
    exitQuarantine: Final = "exitQuarantine"
    enterMaintenance: Final = "enterMaintenance"
    _values_: ClassVar[tuple[str, ...]] = ("enterQuarantine", "exitQuarantine", "enterMaintenance", )


ClusterHostInfraUpdateHaModeActionOperationTypeValue: TypeAlias = Literal["enterQuarantine", "exitQuarantine", "enterMaintenance"]
"""The values of ClusterHostInfraUpdateHaModeActionOperationType these bindings know, for parameters; pass a newer one as ``EnumValue(text, "ClusterHostInfraUpdateHaModeActionOperationType")``."""


class ClusterInfraUpdateHaConfigInfoBehaviorType(OpenEnum):
    """ClusterInfraUpdateHaConfigInfoBehaviorType: an open enumeration of 2 values, since 6.5."""

    Manual: Final = "Manual"
    Automated: Final = "Automated"
    _values_: ClassVar[tuple[str, ...]] = ("Manual", "Automated", )


ClusterInfraUpdateHaConfigInfoBehaviorTypeValue: TypeAlias = Literal["Manual", "Automated"]
"""The values of ClusterInfraUpdateHaConfigInfoBehaviorType these bindings know, for parameters; pass a newer one as ``EnumValue(text, "ClusterInfraUpdateHaConfigInfoBehaviorType")``."""


class ClusterInfraUpdateHaConfigInfoRemediationType(OpenEnum):
    """ClusterInfraUpdateHaConfigInfoRemediationType: an open enumeration of 2 values, since 6.5."""

    QuarantineMode: Final = "QuarantineMode"
    MaintenanceMode: Final = "MaintenanceMode"
    _values_: ClassVar[tuple[str, ...]] = ("QuarantineMode", "MaintenanceMode", )


ClusterInfraUpdateHaConfigInfoRemediationTypeValue: TypeAlias = Literal["QuarantineMode", "MaintenanceMode"]
"""The values of ClusterInfraUpdateHaConfigInfoRemediationType these bindings know, for parameters; pass a newer one as ``EnumValue(text, "ClusterInfraUpdateHaConfigInfoRemediationType")``."""


class ClusterPowerOnVmOption(OpenEnum):
    """ClusterPowerOnVmOption: an open enumeration of 2 values, since 4.1."""

    OverrideAutomationLevel: Final = "OverrideAutomationLevel"
    ReserveResources: Final = "ReserveResources"
    _values_: ClassVar[tuple[str, ...]] = ("OverrideAutomationLevel", "ReserveResources", )


ClusterPowerOnVmOptionValue: TypeAlias = Literal["OverrideAutomationLevel", "ReserveResources"]
"""The values of ClusterPowerOnVmOption these bindings know, for parameters; pass a newer one as ``EnumValue(text, "ClusterPowerOnVmOption")``."""


class ClusterProfileServiceType(OpenEnum):
    """ClusterProfileServiceType: an open enumeration of 4 values, since 4.0."""

    DRS: Final = "DRS"
    HA: Final = "HA"
    DPM: Final = "DPM"
    FT: Final = "FT"
    _values_: ClassVar[tuple[str, ...]] = ("DRS", "HA", "DPM", "FT", )


ClusterProfileServiceTypeValue: TypeAlias = Literal["DRS", "HA", "DPM", "FT"]
"""The values of ClusterProfileServiceType these bindings know, for parameters; pass a newer one as ``EnumValue(text, "ClusterProfileServiceType")``."""


class ClusterVmComponentProtectionSettingsStorageVmReaction(OpenEnum):
    """ClusterVmComponentProtectionSettingsStorageVmReaction: an open enumeration of 5 values, since 6.0."""

    disabled: Final = "disabled"
    warning: Final = "warning"
    restartConservative: Final = "restartConservative"
    restartAggressive: Final = "restartAggressive"
    clusterDefault: Final = "clusterDefault"
    _values_: ClassVar[tuple[str, ...]] = ("disabled", "warning", "restartConservative", "restartAggressive", "clusterDefault", )


ClusterVmComponentProtectionSettingsStorageVmReactionValue: TypeAlias = Literal["disabled", "warning", "restartConservative", "restartAggressive", "clusterDefault"]
"""The values of ClusterVmComponentProtectionSettingsStorageVmReaction these bindings know, for parameters; pass a newer one as ``EnumValue(text, "ClusterVmComponentProtectionSettingsStorageVmReaction")``."""


class ClusterVmComponentProtectionSettingsVmReactionOnAPDCleared(OpenEnum):
    """ClusterVmComponentProtectionSettingsVmReactionOnAPDCleared: an open enumeration of 3 values, since 6.0."""

    none: Final = "none"
    reset: Final = "reset"
    useClusterDefault: Final = "useClusterDefault"
    _values_: ClassVar[tuple[str, ...]] = ("none", "reset", "useClusterDefault", )


ClusterVmComponentProtectionSettingsVmReactionOnAPDClearedValue: TypeAlias = Literal["none", "reset", "useClusterDefault"]
"""The values of ClusterVmComponentProtectionSettingsVmReactionOnAPDCleared these bindings know, for parameters; pass a newer one as ``EnumValue(text, "ClusterVmComponentProtectionSettingsVmReactionOnAPDCleared")``."""


class ClusterVmReadinessReadyCondition(OpenEnum):
    """ClusterVmReadinessReadyCondition: an open enumeration of 5 values, since 6.5."""

    none: Final = "none"
    poweredOn: Final = "poweredOn"
    guestHbStatusGreen: Final = "guestHbStatusGreen"
    appHbStatusGreen: Final = "appHbStatusGreen"
    useClusterDefault: Final = "useClusterDefault"
    _values_: ClassVar[tuple[str, ...]] = ("none", "poweredOn", "guestHbStatusGreen", "appHbStatusGreen", "useClusterDefault", )


ClusterVmReadinessReadyConditionValue: TypeAlias = Literal["none", "poweredOn", "guestHbStatusGreen", "appHbStatusGreen", "useClusterDefault"]
"""The values of ClusterVmReadinessReadyCondition these bindings know, for parameters; pass a newer one as ``EnumValue(text, "ClusterVmReadinessReadyCondition")``."""


class ComplianceResultStatus(OpenEnum):
    """ComplianceResultStatus: an open enumeration of 4 values, since 4.0."""

    compliant: Final = "compliant"
    nonCompliant: Final = "nonCompliant"
    unknown: Final = "unknown"
    running: Final = "running"
    _values_: ClassVar[tuple[str, ...]] = ("compliant", "nonCompliant", "unknown", "running", )


ComplianceResultStatusValue: TypeAlias = Literal["compliant", "nonCompliant", "unknown", "running"]
"""The values of ComplianceResultStatus these bindings know, for parameters; pass a newer one as ``EnumValue(text, "ComplianceResultStatus")``."""


class ComputeResourceHostSPBMLicenseInfoHostSPBMLicenseState(OpenEnum):
    """ComputeResourceHostSPBMLicenseInfoHostSPBMLicenseState: an open enumeration of 3 values, since 5.0."""

    licensed: Final = "licensed"
    unlicensed: Final = "unlicensed"
    unknown: Final = "unknown"
    _values_: ClassVar[tuple[str, ...]] = ("licensed", "unlicensed", "unknown", )


ComputeResourceHostSPBMLicenseInfoHostSPBMLicenseStateValue: TypeAlias = Literal["licensed", "unlicensed", "unknown"]
"""The values of ComputeResourceHostSPBMLicenseInfoHostSPBMLicenseState these bindings know, for parameters; pass a newer one as ``EnumValue(text, "ComputeResourceHostSPBMLicenseInfoHostSPBMLicenseState")``."""


class ConfigSpecOperation(OpenEnum):
    """ConfigSpecOperation: an open enumeration of 3 values, since 4.0."""

    add: Final = "add"
    edit: Final = "edit"
    remove: Final = "remove"
    _values_: ClassVar[tuple[str, ...]] = ("add", "edit", "remove", )


ConfigSpecOperationValue: TypeAlias = Literal["add", "edit", "remove"]
"""The values of ConfigSpecOperation these bindings know, for parameters; pass a newer one as ``EnumValue(text, "ConfigSpecOperation")``."""


class CryptoManagerKmipCryptoKeyStatusKeyUnavailableReason(OpenEnum):
    """CryptoManagerKmipCryptoKeyStatusKeyUnavailableReason: an open enumeration of 6 values, since 6.7.2."""

    KeyStateMissingInCache: Final = "KeyStateMissingInCache"
    KeyStateClusterInvalid: Final = "KeyStateClusterInvalid"
    KeyStateClusterUnreachable: Final = "KeyStateClusterUnreachable"
    KeyStateMissingInKMS: Final = "KeyStateMissingInKMS"
    KeyStateNotActiveOrEnabled: Final = "KeyStateNotActiveOrEnabled"
    KeyStateManagedByTrustAuthority: Final = "KeyStateManagedByTrustAuthority"
    _values_: ClassVar[tuple[str, ...]] = ("KeyStateMissingInCache", "KeyStateClusterInvalid", "KeyStateClusterUnreachable", "KeyStateMissingInKMS", "KeyStateNotActiveOrEnabled", "KeyStateManagedByTrustAuthority", )


CryptoManagerKmipCryptoKeyStatusKeyUnavailableReasonValue: TypeAlias = Literal["KeyStateMissingInCache", "KeyStateClusterInvalid", "KeyStateClusterUnreachable", "KeyStateMissingInKMS", "KeyStateNotActiveOrEnabled", "KeyStateManagedByTrustAuthority"]
"""The values of CryptoManagerKmipCryptoKeyStatusKeyUnavailableReason these bindings know, for parameters; pass a newer one as ``EnumValue(text, "CryptoManagerKmipCryptoKeyStatusKeyUnavailableReason")``."""


class CustomizationFailedReasonCode(OpenEnum):
    """CustomizationFailedReasonCode: an open enumeration of 4 values, since 7.0.0.0."""

    userDefinedScriptDisabled: Final = "userDefinedScriptDisabled"
    customizationDisabled: Final = "customizationDisabled"
    rawDataIsNotSupported: Final = "rawDataIsNotSupported"
    wrongMetadataFormat: Final = "wrongMetadataFormat"
    _values_: ClassVar[tuple[str, ...]] = ("userDefinedScriptDisabled", "customizationDisabled", "rawDataIsNotSupported", "wrongMetadataFormat", )


CustomizationFailedReasonCodeValue: TypeAlias = Literal["userDefinedScriptDisabled", "customizationDisabled", "rawDataIsNotSupported", "wrongMetadataFormat"]
"""The values of CustomizationFailedReasonCode these bindings know, for parameters; pass a newer one as ``EnumValue(text, "CustomizationFailedReasonCode")``."""


class CustomizationLicenseDataMode(OpenEnum):
    """CustomizationLicenseDataMode: an open enumeration of 2 values, since 2.0."""

    perServer: Final = "perServer"
    perSeat: Final = "perSeat"
    _values_: ClassVar[tuple[str, ...]] = ("perServer", "perSeat", )


CustomizationLicenseDataModeValue: TypeAlias = Literal["perServer", "perSeat"]
"""The values of CustomizationLicenseDataMode these bindings know, for parameters; pass a newer one as ``EnumValue(text, "CustomizationLicenseDataMode")``."""


class CustomizationNetBIOSMode(OpenEnum):
    """CustomizationNetBIOSMode: an open enumeration of 3 values, since 2.0."""

    enableNetBIOSViaDhcp: Final = "enableNetBIOSViaDhcp"
    enableNetBIOS: Final = "enableNetBIOS"
    disableNetBIOS: Final = "disableNetBIOS"
    _values_: ClassVar[tuple[str, ...]] = ("enableNetBIOSViaDhcp", "enableNetBIOS", "disableNetBIOS", )


CustomizationNetBIOSModeValue: TypeAlias = Literal["enableNetBIOSViaDhcp", "enableNetBIOS", "disableNetBIOS"]
"""The values of CustomizationNetBIOSMode these bindings know, for parameters; pass a newer one as ``EnumValue(text, "CustomizationNetBIOSMode")``."""


class CustomizationSysprepRebootOption(OpenEnum):
    """CustomizationSysprepRebootOption: an open enumeration of 3 values, since 2.5."""

    reboot: Final = "reboot"
    noreboot: Final = "noreboot"
    shutdown: Final = "shutdown"
    _values_: ClassVar[tuple[str, ...]] = ("reboot", "noreboot", "shutdown", )


CustomizationSysprepRebootOptionValue: TypeAlias = Literal["reboot", "noreboot", "shutdown"]
"""The values of CustomizationSysprepRebootOption these bindings know, for parameters; pass a newer one as ``EnumValue(text, "CustomizationSysprepRebootOption")``."""


class DVPortStatusVmDirectPathGen2InactiveReasonNetwork(OpenEnum):
    """DVPortStatusVmDirectPathGen2InactiveReasonNetwork: an open enumeration of 4 values, since 4.1."""

    portNptIncompatibleDvs: Final = "portNptIncompatibleDvs"
    portNptNoCompatibleNics: Final = "portNptNoCompatibleNics"
    portNptNoVirtualFunctionsAvailable: Final = "portNptNoVirtualFunctionsAvailable"
    portNptDisabledForPort: Final = "portNptDisabledForPort"
    _values_: ClassVar[tuple[str, ...]] = ("portNptIncompatibleDvs", "portNptNoCompatibleNics", "portNptNoVirtualFunctionsAvailable", "portNptDisabledForPort", )


DVPortStatusVmDirectPathGen2InactiveReasonNetworkValue: TypeAlias = Literal["portNptIncompatibleDvs", "portNptNoCompatibleNics", "portNptNoVirtualFunctionsAvailable", "portNptDisabledForPort"]
"""The values of DVPortStatusVmDirectPathGen2InactiveReasonNetwork these bindings know, for parameters; pass a newer one as ``EnumValue(text, "DVPortStatusVmDirectPathGen2InactiveReasonNetwork")``."""


class DVPortStatusVmDirectPathGen2InactiveReasonOther(OpenEnum):
    """DVPortStatusVmDirectPathGen2InactiveReasonOther: an open enumeration of 2 values, since 4.1."""

    portNptIncompatibleHost: Final = "portNptIncompatibleHost"
    portNptIncompatibleConnectee: Final = "portNptIncompatibleConnectee"
    _values_: ClassVar[tuple[str, ...]] = ("portNptIncompatibleHost", "portNptIncompatibleConnectee", )


DVPortStatusVmDirectPathGen2InactiveReasonOtherValue: TypeAlias = Literal["portNptIncompatibleHost", "portNptIncompatibleConnectee"]
"""The values of DVPortStatusVmDirectPathGen2InactiveReasonOther these bindings know, for parameters; pass a newer one as ``EnumValue(text, "DVPortStatusVmDirectPathGen2InactiveReasonOther")``."""


class DVSMacLimitPolicyType(OpenEnum):
    """DVSMacLimitPolicyType: an open enumeration of 2 values, since 6.7."""

    allow: Final = "allow"
    drop: Final = "drop"
    _values_: ClassVar[tuple[str, ...]] = ("allow", "drop", )


DVSMacLimitPolicyTypeValue: TypeAlias = Literal["allow", "drop"]
"""The values of DVSMacLimitPolicyType these bindings know, for parameters; pass a newer one as ``EnumValue(text, "DVSMacLimitPolicyType")``."""


class DasConfigFaultDasConfigFaultReason(OpenEnum):
    """DasConfigFaultDasConfigFaultReason: an open enumeration of 11 values, since 4.0."""

    HostNetworkMisconfiguration: Final = "HostNetworkMisconfiguration"
    HostMisconfiguration: Final = "HostMisconfiguration"
    InsufficientPrivileges: Final = "InsufficientPrivileges"
    NoPrimaryAgentAvailable: Final = "NoPrimaryAgentAvailable"
    Other: Final = "Other"
    NoDatastoresConfigured: Final = "NoDatastoresConfigured"
    CreateConfigVvolFailed: Final = "CreateConfigVvolFailed"
    VSanNotSupportedOnHost: Final = "VSanNotSupportedOnHost"
    DasNetworkMisconfiguration: Final = "DasNetworkMisconfiguration"
    SetDesiredImageSpecFailed: Final = "SetDesiredImageSpecFailed"
    ApplyHAVibsOnClusterFailed: Final = "ApplyHAVibsOnClusterFailed"
    _values_: ClassVar[tuple[str, ...]] = ("HostNetworkMisconfiguration", "HostMisconfiguration", "InsufficientPrivileges", "NoPrimaryAgentAvailable", "Other", "NoDatastoresConfigured", "CreateConfigVvolFailed", "VSanNotSupportedOnHost", "DasNetworkMisconfiguration", "SetDesiredImageSpecFailed", "ApplyHAVibsOnClusterFailed", )


DasConfigFaultDasConfigFaultReasonValue: TypeAlias = Literal["HostNetworkMisconfiguration", "HostMisconfiguration", "InsufficientPrivileges", "NoPrimaryAgentAvailable", "Other", "NoDatastoresConfigured", "CreateConfigVvolFailed", "VSanNotSupportedOnHost", "DasNetworkMisconfiguration", "SetDesiredImageSpecFailed", "ApplyHAVibsOnClusterFailed"]
"""The values of DasConfigFaultDasConfigFaultReason these bindings know, for parameters; pass a newer one as ``EnumValue(text, "DasConfigFaultDasConfigFaultReason")``."""


class DasVmPriority(OpenEnum):
    """DasVmPriority: an open enumeration of 4 values, since 2.0."""

    disabled: Final = "disabled"
    low: Final = "low"
    medium: Final = "medium"
    high: Final = "high"
    _values_: ClassVar[tuple[str, ...]] = ("disabled", "low", "medium", "high", )


DasVmPriorityValue: TypeAlias = Literal["disabled", "low", "medium", "high"]
"""The values of DasVmPriority these bindings know, for parameters; pass a newer one as ``EnumValue(text, "DasVmPriority")``."""


class DatastoreAccessible(OpenEnum):
    """DatastoreAccessible: an open enumeration of 2 values, since 4.0. Renamed: True_ is "True", False_ is "False"."""

    True_: Final = "True"
    False_: Final = "False"
    _values_: ClassVar[tuple[str, ...]] = ("True", "False", )


DatastoreAccessibleValue: TypeAlias = Literal["True", "False"]
"""The values of DatastoreAccessible these bindings know, for parameters; pass a newer one as ``EnumValue(text, "DatastoreAccessible")``."""


class DatastoreSummaryMaintenanceModeState(OpenEnum):
    """DatastoreSummaryMaintenanceModeState: an open enumeration of 3 values, since 5.0."""

    normal: Final = "normal"
    enteringMaintenance: Final = "enteringMaintenance"
    inMaintenance: Final = "inMaintenance"
    _values_: ClassVar[tuple[str, ...]] = ("normal", "enteringMaintenance", "inMaintenance", )


DatastoreSummaryMaintenanceModeStateValue: TypeAlias = Literal["normal", "enteringMaintenance", "inMaintenance"]
"""The values of DatastoreSummaryMaintenanceModeState these bindings know, for parameters; pass a newer one as ``EnumValue(text, "DatastoreSummaryMaintenanceModeState")``."""


class DayOfWeek(OpenEnum):
    """DayOfWeek: an open enumeration of 7 values, since 2.0."""

    sunday: Final = "sunday"
    monday: Final = "monday"
    tuesday: Final = "tuesday"
    wednesday: Final = "wednesday"
    thursday: Final = "thursday"
    friday: Final = "friday"
    saturday: Final = "saturday"
    _values_: ClassVar[tuple[str, ...]] = ("sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", )


DayOfWeekValue: TypeAlias = Literal["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"]
"""The values of DayOfWeek these bindings know, for parameters; pass a newer one as ``EnumValue(text, "DayOfWeek")``."""


class DeviceNotSupportedReason(OpenEnum):
    """DeviceNotSupportedReason: an open enumeration of 2 values, since 2.5."""

    host: Final = "host"
    guest: Final = "guest"
    _values_: ClassVar[tuple[str, ...]] = ("host", "guest", )


DeviceNotSupportedReasonValue: TypeAlias = Literal["host", "guest"]
"""The values of DeviceNotSupportedReason these bindings know, for parameters; pass a newer one as ``EnumValue(text, "DeviceNotSupportedReason")``."""


class DiagnosticManagerLogCreator(OpenEnum):
    """DiagnosticManagerLogCreator: an open enumeration of 7 values, since 2.0."""

    vpxd: Final = "vpxd"
    vpxa: Final = "vpxa"
    hostd: Final = "hostd"
    serverd: Final = "serverd"
    install: Final = "install"
    vpxClient: Final = "vpxClient"
    recordLog: Final = "recordLog"
    _values_: ClassVar[tuple[str, ...]] = ("vpxd", "vpxa", "hostd", "serverd", "install", "vpxClient", "recordLog", )


DiagnosticManagerLogCreatorValue: TypeAlias = Literal["vpxd", "vpxa", "hostd", "serverd", "install", "vpxClient", "recordLog"]
"""The values of DiagnosticManagerLogCreator these bindings know, for parameters; pass a newer one as ``EnumValue(text, "DiagnosticManagerLogCreator")``."""


class DiagnosticManagerLogFormat(OpenEnum):
    """DiagnosticManagerLogFormat: an open enumeration of 1 values, since 2.0."""

    plain: Final = "plain"
    _values_: ClassVar[tuple[str, ...]] = ("plain", )


DiagnosticManagerLogFormatValue: TypeAlias = Literal["plain"]
"""The values of DiagnosticManagerLogFormat these bindings know, for parameters; pass a newer one as ``EnumValue(text, "DiagnosticManagerLogFormat")``."""


class DiagnosticPartitionStorageType(OpenEnum):
    """DiagnosticPartitionStorageType: an open enumeration of 2 values, since 2.0."""

    directAttached: Final = "directAttached"
    networkAttached: Final = "networkAttached"
    _values_: ClassVar[tuple[str, ...]] = ("directAttached", "networkAttached", )


DiagnosticPartitionStorageTypeValue: TypeAlias = Literal["directAttached", "networkAttached"]
"""The values of DiagnosticPartitionStorageType these bindings know, for parameters; pass a newer one as ``EnumValue(text, "DiagnosticPartitionStorageType")``."""


class DiagnosticPartitionType(OpenEnum):
    """DiagnosticPartitionType: an open enumeration of 2 values, since 2.0."""

    singleHost: Final = "singleHost"
    multiHost: Final = "multiHost"
    _values_: ClassVar[tuple[str, ...]] = ("singleHost", "multiHost", )


DiagnosticPartitionTypeValue: TypeAlias = Literal["singleHost", "multiHost"]
"""The values of DiagnosticPartitionType these bindings know, for parameters; pass a newer one as ``EnumValue(text, "DiagnosticPartitionType")``."""


class DisallowedChangeByServiceDisallowedChange(OpenEnum):
    """DisallowedChangeByServiceDisallowedChange: an open enumeration of 1 values, since 5.0."""

    hotExtendDisk: Final = "hotExtendDisk"
    _values_: ClassVar[tuple[str, ...]] = ("hotExtendDisk", )


DisallowedChangeByServiceDisallowedChangeValue: TypeAlias = Literal["hotExtendDisk"]
"""The values of DisallowedChangeByServiceDisallowedChange these bindings know, for parameters; pass a newer one as ``EnumValue(text, "DisallowedChangeByServiceDisallowedChange")``."""


class DistributedVirtualPortgroupBackingType(OpenEnum):
    """DistributedVirtualPortgroupBackingType: an open enumeration of 2 values, since 7.0.0.0."""

    standard: Final = "standard"
    nsx: Final = "nsx"
    _values_: ClassVar[tuple[str, ...]] = ("standard", "nsx", )


DistributedVirtualPortgroupBackingTypeValue: TypeAlias = Literal["standard", "nsx"]
"""The values of DistributedVirtualPortgroupBackingType these bindings know, for parameters; pass a newer one as ``EnumValue(text, "DistributedVirtualPortgroupBackingType")``."""


class DistributedVirtualPortgroupMetaTagName(OpenEnum):
    """DistributedVirtualPortgroupMetaTagName: an open enumeration of 3 values, since 4.0."""

    dvsName: Final = "dvsName"
    portgroupName: Final = "portgroupName"
    portIndex: Final = "portIndex"
    _values_: ClassVar[tuple[str, ...]] = ("dvsName", "portgroupName", "portIndex", )


DistributedVirtualPortgroupMetaTagNameValue: TypeAlias = Literal["dvsName", "portgroupName", "portIndex"]
"""The values of DistributedVirtualPortgroupMetaTagName these bindings know, for parameters; pass a newer one as ``EnumValue(text, "DistributedVirtualPortgroupMetaTagName")``."""


class DistributedVirtualPortgroupPortgroupType(OpenEnum):
    """DistributedVirtualPortgroupPortgroupType: an open enumeration of 3 values, since 4.0."""

    earlyBinding: Final = "earlyBinding"
    lateBinding: Final = "lateBinding"
    ephemeral: Final = "ephemeral"
    _values_: ClassVar[tuple[str, ...]] = ("earlyBinding", "lateBinding", "ephemeral", )


DistributedVirtualPortgroupPortgroupTypeValue: TypeAlias = Literal["earlyBinding", "lateBinding", "ephemeral"]
"""The values of DistributedVirtualPortgroupPortgroupType these bindings know, for parameters; pass a newer one as ``EnumValue(text, "DistributedVirtualPortgroupPortgroupType")``."""


class DistributedVirtualSwitchHostInfrastructureTrafficClass(OpenEnum):
    """DistributedVirtualSwitchHostInfrastructureTrafficClass: an open enumeration of 11 values, since 5.5."""

    management: Final = "management"
    faultTolerance: Final = "faultTolerance"
    vmotion: Final = "vmotion"
    virtualMachine: Final = "virtualMachine"
    iSCSI: Final = "iSCSI"
    nfs: Final = "nfs"
    hbr: Final = "hbr"
    vsan: Final = "vsan"
    vdp: Final = "vdp"
    backupNfc: Final = "backupNfc"
    nvmetcp: Final = "nvmetcp"
    _values_: ClassVar[tuple[str, ...]] = ("management", "faultTolerance", "vmotion", "virtualMachine", "iSCSI", "nfs", "hbr", "vsan", "vdp", "backupNfc", "nvmetcp", )


DistributedVirtualSwitchHostInfrastructureTrafficClassValue: TypeAlias = Literal["management", "faultTolerance", "vmotion", "virtualMachine", "iSCSI", "nfs", "hbr", "vsan", "vdp", "backupNfc", "nvmetcp"]
"""The values of DistributedVirtualSwitchHostInfrastructureTrafficClass these bindings know, for parameters; pass a newer one as ``EnumValue(text, "DistributedVirtualSwitchHostInfrastructureTrafficClass")``."""


class DistributedVirtualSwitchHostMemberHostComponentState(OpenEnum):
    """DistributedVirtualSwitchHostMemberHostComponentState: an open enumeration of 6 values, since 4.0."""

    up: Final = "up"
    pending: Final = "pending"
    outOfSync: Final = "outOfSync"
    warning: Final = "warning"
    disconnected: Final = "disconnected"
    down: Final = "down"
    _values_: ClassVar[tuple[str, ...]] = ("up", "pending", "outOfSync", "warning", "disconnected", "down", )


DistributedVirtualSwitchHostMemberHostComponentStateValue: TypeAlias = Literal["up", "pending", "outOfSync", "warning", "disconnected", "down"]
"""The values of DistributedVirtualSwitchHostMemberHostComponentState these bindings know, for parameters; pass a newer one as ``EnumValue(text, "DistributedVirtualSwitchHostMemberHostComponentState")``."""


class DistributedVirtualSwitchHostMemberTransportZoneType(OpenEnum):
    """DistributedVirtualSwitchHostMemberTransportZoneType: an open enumeration of 2 values, since 7.0.0.0."""

    vlan: Final = "vlan"
    overlay: Final = "overlay"
    _values_: ClassVar[tuple[str, ...]] = ("vlan", "overlay", )


DistributedVirtualSwitchHostMemberTransportZoneTypeValue: TypeAlias = Literal["vlan", "overlay"]
"""The values of DistributedVirtualSwitchHostMemberTransportZoneType these bindings know, for parameters; pass a newer one as ``EnumValue(text, "DistributedVirtualSwitchHostMemberTransportZoneType")``."""


class DistributedVirtualSwitchNetworkResourceControlVersion(OpenEnum):
    """DistributedVirtualSwitchNetworkResourceControlVersion: an open enumeration of 2 values, since 6.0."""

    version2: Final = "version2"
    version3: Final = "version3"
    _values_: ClassVar[tuple[str, ...]] = ("version2", "version3", )


DistributedVirtualSwitchNetworkResourceControlVersionValue: TypeAlias = Literal["version2", "version3"]
"""The values of DistributedVirtualSwitchNetworkResourceControlVersion these bindings know, for parameters; pass a newer one as ``EnumValue(text, "DistributedVirtualSwitchNetworkResourceControlVersion")``."""


class DistributedVirtualSwitchNicTeamingPolicyMode(OpenEnum):
    """DistributedVirtualSwitchNicTeamingPolicyMode: an open enumeration of 5 values, since 4.1."""

    loadbalance_ip: Final = "loadbalance_ip"
    loadbalance_srcmac: Final = "loadbalance_srcmac"
    loadbalance_srcid: Final = "loadbalance_srcid"
    failover_explicit: Final = "failover_explicit"
    loadbalance_loadbased: Final = "loadbalance_loadbased"
    _values_: ClassVar[tuple[str, ...]] = ("loadbalance_ip", "loadbalance_srcmac", "loadbalance_srcid", "failover_explicit", "loadbalance_loadbased", )


DistributedVirtualSwitchNicTeamingPolicyModeValue: TypeAlias = Literal["loadbalance_ip", "loadbalance_srcmac", "loadbalance_srcid", "failover_explicit", "loadbalance_loadbased"]
"""The values of DistributedVirtualSwitchNicTeamingPolicyMode these bindings know, for parameters; pass a newer one as ``EnumValue(text, "DistributedVirtualSwitchNicTeamingPolicyMode")``."""


class DistributedVirtualSwitchPortConnecteeConnecteeType(OpenEnum):
    """DistributedVirtualSwitchPortConnecteeConnecteeType: an open enumeration of 4 values, since 4.0."""

    pnic: Final = "pnic"
    vmVnic: Final = "vmVnic"
    hostConsoleVnic: Final = "hostConsoleVnic"
    hostVmkVnic: Final = "hostVmkVnic"
    _values_: ClassVar[tuple[str, ...]] = ("pnic", "vmVnic", "hostConsoleVnic", "hostVmkVnic", )


DistributedVirtualSwitchPortConnecteeConnecteeTypeValue: TypeAlias = Literal["pnic", "vmVnic", "hostConsoleVnic", "hostVmkVnic"]
"""The values of DistributedVirtualSwitchPortConnecteeConnecteeType these bindings know, for parameters; pass a newer one as ``EnumValue(text, "DistributedVirtualSwitchPortConnecteeConnecteeType")``."""


class DistributedVirtualSwitchProductSpecOperationType(OpenEnum):
    """DistributedVirtualSwitchProductSpecOperationType: an open enumeration of 5 values, since 4.0."""

    preInstall: Final = "preInstall"
    upgrade: Final = "upgrade"
    notifyAvailableUpgrade: Final = "notifyAvailableUpgrade"
    proceedWithUpgrade: Final = "proceedWithUpgrade"
    updateBundleInfo: Final = "updateBundleInfo"
    _values_: ClassVar[tuple[str, ...]] = ("preInstall", "upgrade", "notifyAvailableUpgrade", "proceedWithUpgrade", "updateBundleInfo", )


DistributedVirtualSwitchProductSpecOperationTypeValue: TypeAlias = Literal["preInstall", "upgrade", "notifyAvailableUpgrade", "proceedWithUpgrade", "updateBundleInfo"]
"""The values of DistributedVirtualSwitchProductSpecOperationType these bindings know, for parameters; pass a newer one as ``EnumValue(text, "DistributedVirtualSwitchProductSpecOperationType")``."""


class DpmBehavior(OpenEnum):
    """DpmBehavior: an open enumeration of 2 values, since 2.5."""

    manual: Final = "manual"
    automated: Final = "automated"
    _values_: ClassVar[tuple[str, ...]] = ("manual", "automated", )


DpmBehaviorValue: TypeAlias = Literal["manual", "automated"]
"""The values of DpmBehavior these bindings know, for parameters; pass a newer one as ``EnumValue(text, "DpmBehavior")``."""


class DrsBehavior(OpenEnum):
    """DrsBehavior: an open enumeration of 3 values, since 2.0."""

    manual: Final = "manual"
    partiallyAutomated: Final = "partiallyAutomated"
    fullyAutomated: Final = "fullyAutomated"
    _values_: ClassVar[tuple[str, ...]] = ("manual", "partiallyAutomated", "fullyAutomated", )


DrsBehaviorValue: TypeAlias = Literal["manual", "partiallyAutomated", "fullyAutomated"]
"""The values of DrsBehavior these bindings know, for parameters; pass a newer one as ``EnumValue(text, "DrsBehavior")``."""


class DrsInjectorWorkloadCorrelationState(OpenEnum):
    """DrsInjectorWorkloadCorrelationState: an open enumeration of 2 values, since 5.1."""

    Correlated: Final = "Correlated"
    Uncorrelated: Final = "Uncorrelated"
    _values_: ClassVar[tuple[str, ...]] = ("Correlated", "Uncorrelated", )


DrsInjectorWorkloadCorrelationStateValue: TypeAlias = Literal["Correlated", "Uncorrelated"]
"""The values of DrsInjectorWorkloadCorrelationState these bindings know, for parameters; pass a newer one as ``EnumValue(text, "DrsInjectorWorkloadCorrelationState")``."""


class DrsRecommendationReasonCode(OpenEnum):
    """DrsRecommendationReasonCode: an open enumeration of 5 values, since 2.0."""

    fairnessCpuAvg: Final = "fairnessCpuAvg"
    fairnessMemAvg: Final = "fairnessMemAvg"
    jointAffin: Final = "jointAffin"
    antiAffin: Final = "antiAffin"
    hostMaint: Final = "hostMaint"
    _values_: ClassVar[tuple[str, ...]] = ("fairnessCpuAvg", "fairnessMemAvg", "jointAffin", "antiAffin", "hostMaint", )


DrsRecommendationReasonCodeValue: TypeAlias = Literal["fairnessCpuAvg", "fairnessMemAvg", "jointAffin", "antiAffin", "hostMaint"]
"""The values of DrsRecommendationReasonCode these bindings know, for parameters; pass a newer one as ``EnumValue(text, "DrsRecommendationReasonCode")``."""


class DvsEventPortBlockState(OpenEnum):
    """DvsEventPortBlockState: an open enumeration of 4 values, since 6.5."""

    unset: Final = "unset"
    blocked: Final = "blocked"
    unblocked: Final = "unblocked"
    unknown: Final = "unknown"
    _values_: ClassVar[tuple[str, ...]] = ("unset", "blocked", "unblocked", "unknown", )


DvsEventPortBlockStateValue: TypeAlias = Literal["unset", "blocked", "unblocked", "unknown"]
"""The values of DvsEventPortBlockState these bindings know, for parameters; pass a newer one as ``EnumValue(text, "DvsEventPortBlockState")``."""


class DvsFilterOnFailure(OpenEnum):
    """DvsFilterOnFailure: an open enumeration of 2 values, since 5.5."""

    failOpen: Final = "failOpen"
    failClosed: Final = "failClosed"
    _values_: ClassVar[tuple[str, ...]] = ("failOpen", "failClosed", )


DvsFilterOnFailureValue: TypeAlias = Literal["failOpen", "failClosed"]
"""The values of DvsFilterOnFailure these bindings know, for parameters; pass a newer one as ``EnumValue(text, "DvsFilterOnFailure")``."""


class DvsNetworkRuleDirectionType(OpenEnum):
    """DvsNetworkRuleDirectionType: an open enumeration of 3 values, since 5.5."""

    incomingPackets: Final = "incomingPackets"
    outgoingPackets: Final = "outgoingPackets"
    both: Final = "both"
    _values_: ClassVar[tuple[str, ...]] = ("incomingPackets", "outgoingPackets", "both", )


DvsNetworkRuleDirectionTypeValue: TypeAlias = Literal["incomingPackets", "outgoingPackets", "both"]
"""The values of DvsNetworkRuleDirectionType these bindings know, for parameters; pass a newer one as ``EnumValue(text, "DvsNetworkRuleDirectionType")``."""


class EntityImportType(OpenEnum):
    """EntityImportType: an open enumeration of 3 values, since 5.1."""

    createEntityWithNewIdentifier: Final = "createEntityWithNewIdentifier"
    createEntityWithOriginalIdentifier: Final = "createEntityWithOriginalIdentifier"
    applyToEntitySpecified: Final = "applyToEntitySpecified"
    _values_: ClassVar[tuple[str, ...]] = ("createEntityWithNewIdentifier", "createEntityWithOriginalIdentifier", "applyToEntitySpecified", )


EntityImportTypeValue: TypeAlias = Literal["createEntityWithNewIdentifier", "createEntityWithOriginalIdentifier", "applyToEntitySpecified"]
"""The values of EntityImportType these bindings know, for parameters; pass a newer one as ``EnumValue(text, "EntityImportType")``."""


class EntityType(OpenEnum):
    """EntityType: an open enumeration of 2 values, since 5.1."""

    distributedVirtualSwitch: Final = "distributedVirtualSwitch"
    distributedVirtualPortgroup: Final = "distributedVirtualPortgroup"
    _values_: ClassVar[tuple[str, ...]] = ("distributedVirtualSwitch", "distributedVirtualPortgroup", )


EntityTypeValue: TypeAlias = Literal["distributedVirtualSwitch", "distributedVirtualPortgroup"]
"""The values of EntityType these bindings know, for parameters; pass a newer one as ``EnumValue(text, "EntityType")``."""


class EventAlarmExpressionComparisonOperator(OpenEnum):
    """EventAlarmExpressionComparisonOperator: an open enumeration of 6 values, since 4.0."""

    equals: Final = "equals"
    notEqualTo: Final = "notEqualTo"
    startsWith: Final = "startsWith"
    doesNotStartWith: Final = "doesNotStartWith"
    endsWith: Final = "endsWith"
    doesNotEndWith: Final = "doesNotEndWith"
    _values_: ClassVar[tuple[str, ...]] = ("equals", "notEqualTo", "startsWith", "doesNotStartWith", "endsWith", "doesNotEndWith", )


EventAlarmExpressionComparisonOperatorValue: TypeAlias = Literal["equals", "notEqualTo", "startsWith", "doesNotStartWith", "endsWith", "doesNotEndWith"]
"""The values of EventAlarmExpressionComparisonOperator these bindings know, for parameters; pass a newer one as ``EnumValue(text, "EventAlarmExpressionComparisonOperator")``."""


class EventCategory(OpenEnum):
    """EventCategory: an open enumeration of 4 values, since 2.0."""

    info: Final = "info"
    warning: Final = "warning"
    error: Final = "error"
    user: Final = "user"
    _values_: ClassVar[tuple[str, ...]] = ("info", "warning", "error", "user", )


EventCategoryValue: TypeAlias = Literal["info", "warning", "error", "user"]
"""The values of EventCategory these bindings know, for parameters; pass a newer one as ``EnumValue(text, "EventCategory")``."""


class EventEventSeverity(OpenEnum):
    """EventEventSeverity: an open enumeration of 4 values, since 4.0."""

    error: Final = "error"
    warning: Final = "warning"
    info: Final = "info"
    user: Final = "user"
    _values_: ClassVar[tuple[str, ...]] = ("error", "warning", "info", "user", )


EventEventSeverityValue: TypeAlias = Literal["error", "warning", "info", "user"]
"""The values of EventEventSeverity these bindings know, for parameters; pass a newer one as ``EnumValue(text, "EventEventSeverity")``."""


class EventFilterSpecRecursionOption(OpenEnum):
    """EventFilterSpecRecursionOption: an open enumeration of 3 values, since 2.0. Renamed: self_ is "self"."""

    self_: Final = "self"
    children: Final = "children"
    all: Final = "all"
    _values_: ClassVar[tuple[str, ...]] = ("self", "children", "all", )


EventFilterSpecRecursionOptionValue: TypeAlias = Literal["self", "children", "all"]
"""The values of EventFilterSpecRecursionOption these bindings know, for parameters; pass a newer one as ``EnumValue(text, "EventFilterSpecRecursionOption")``."""


class FibreChannelPortType(OpenEnum):
    """FibreChannelPortType: an open enumeration of 4 values, since 2.0."""

    fabric: Final = "fabric"
    loop: Final = "loop"
    pointToPoint: Final = "pointToPoint"
    unknown: Final = "unknown"
    _values_: ClassVar[tuple[str, ...]] = ("fabric", "loop", "pointToPoint", "unknown", )


FibreChannelPortTypeValue: TypeAlias = Literal["fabric", "loop", "pointToPoint", "unknown"]
"""The values of FibreChannelPortType these bindings know, for parameters; pass a newer one as ``EnumValue(text, "FibreChannelPortType")``."""


class FileSystemMountInfoVStorageSupportStatus(OpenEnum):
    """FileSystemMountInfoVStorageSupportStatus: an open enumeration of 3 values, since 4.1."""

    vStorageSupported: Final = "vStorageSupported"
    vStorageUnsupported: Final = "vStorageUnsupported"
    vStorageUnknown: Final = "vStorageUnknown"
    _values_: ClassVar[tuple[str, ...]] = ("vStorageSupported", "vStorageUnsupported", "vStorageUnknown", )


FileSystemMountInfoVStorageSupportStatusValue: TypeAlias = Literal["vStorageSupported", "vStorageUnsupported", "vStorageUnknown"]
"""The values of FileSystemMountInfoVStorageSupportStatus these bindings know, for parameters; pass a newer one as ``EnumValue(text, "FileSystemMountInfoVStorageSupportStatus")``."""


class FolderDesiredHostState(OpenEnum):
    """FolderDesiredHostState: an open enumeration of 2 values, since 6.7.1."""

    maintenance: Final = "maintenance"
    non_maintenance: Final = "non_maintenance"
    _values_: ClassVar[tuple[str, ...]] = ("maintenance", "non_maintenance", )


FolderDesiredHostStateValue: TypeAlias = Literal["maintenance", "non_maintenance"]
"""The values of FolderDesiredHostState these bindings know, for parameters; pass a newer one as ``EnumValue(text, "FolderDesiredHostState")``."""


class FtIssuesOnHostHostSelectionType(OpenEnum):
    """FtIssuesOnHostHostSelectionType: an open enumeration of 3 values, since 4.0."""

    user: Final = "user"
    vc: Final = "vc"
    drs: Final = "drs"
    _values_: ClassVar[tuple[str, ...]] = ("user", "vc", "drs", )


FtIssuesOnHostHostSelectionTypeValue: TypeAlias = Literal["user", "vc", "drs"]
"""The values of FtIssuesOnHostHostSelectionType these bindings know, for parameters; pass a newer one as ``EnumValue(text, "FtIssuesOnHostHostSelectionType")``."""


class GuestFileType(OpenEnum):
    """GuestFileType: an open enumeration of 3 values, since 5.0."""

    file: Final = "file"
    directory: Final = "directory"
    symlink: Final = "symlink"
    _values_: ClassVar[tuple[str, ...]] = ("file", "directory", "symlink", )


GuestFileTypeValue: TypeAlias = Literal["file", "directory", "symlink"]
"""The values of GuestFileType these bindings know, for parameters; pass a newer one as ``EnumValue(text, "GuestFileType")``."""


class GuestInfoAppStateType(OpenEnum):
    """GuestInfoAppStateType: an open enumeration of 3 values, since 5.5."""

    none: Final = "none"
    appStateOk: Final = "appStateOk"
    appStateNeedReset: Final = "appStateNeedReset"
    _values_: ClassVar[tuple[str, ...]] = ("none", "appStateOk", "appStateNeedReset", )


GuestInfoAppStateTypeValue: TypeAlias = Literal["none", "appStateOk", "appStateNeedReset"]
"""The values of GuestInfoAppStateType these bindings know, for parameters; pass a newer one as ``EnumValue(text, "GuestInfoAppStateType")``."""


class GuestInfoCustomizationStatus(OpenEnum):
    """GuestInfoCustomizationStatus: an open enumeration of 5 values, since 7.0.2.0."""

    TOOLSDEPLOYPKG_IDLE: Final = "TOOLSDEPLOYPKG_IDLE"
    TOOLSDEPLOYPKG_PENDING: Final = "TOOLSDEPLOYPKG_PENDING"
    TOOLSDEPLOYPKG_RUNNING: Final = "TOOLSDEPLOYPKG_RUNNING"
    TOOLSDEPLOYPKG_SUCCEEDED: Final = "TOOLSDEPLOYPKG_SUCCEEDED"
    TOOLSDEPLOYPKG_FAILED: Final = "TOOLSDEPLOYPKG_FAILED"
    _values_: ClassVar[tuple[str, ...]] = ("TOOLSDEPLOYPKG_IDLE", "TOOLSDEPLOYPKG_PENDING", "TOOLSDEPLOYPKG_RUNNING", "TOOLSDEPLOYPKG_SUCCEEDED", "TOOLSDEPLOYPKG_FAILED", )


GuestInfoCustomizationStatusValue: TypeAlias = Literal["TOOLSDEPLOYPKG_IDLE", "TOOLSDEPLOYPKG_PENDING", "TOOLSDEPLOYPKG_RUNNING", "TOOLSDEPLOYPKG_SUCCEEDED", "TOOLSDEPLOYPKG_FAILED"]
"""The values of GuestInfoCustomizationStatus these bindings know, for parameters; pass a newer one as ``EnumValue(text, "GuestInfoCustomizationStatus")``."""


class GuestOsDescriptorFirmwareType(OpenEnum):
    """GuestOsDescriptorFirmwareType: an open enumeration of 2 values, since 5.0."""

    bios: Final = "bios"
    efi: Final = "efi"
    _values_: ClassVar[tuple[str, ...]] = ("bios", "efi", )


GuestOsDescriptorFirmwareTypeValue: TypeAlias = Literal["bios", "efi"]
"""The values of GuestOsDescriptorFirmwareType these bindings know, for parameters; pass a newer one as ``EnumValue(text, "GuestOsDescriptorFirmwareType")``."""


class GuestOsDescriptorSupportLevel(OpenEnum):
    """GuestOsDescriptorSupportLevel: an open enumeration of 7 values, since 5.0."""

    experimental: Final = "experimental"
    legacy: Final = "legacy"
    terminated: Final = "terminated"
    supported: Final = "supported"
    unsupported: Final = "unsupported"
    deprecated: Final = "deprecated"
    techPreview: Final = "techPreview"
    _values_: ClassVar[tuple[str, ...]] = ("experimental", "legacy", "terminated", "supported", "unsupported", "deprecated", "techPreview", )


GuestOsDescriptorSupportLevelValue: TypeAlias = Literal["experimental", "legacy", "terminated", "supported", "unsupported", "deprecated", "techPreview"]
"""The values of GuestOsDescriptorSupportLevel these bindings know, for parameters; pass a newer one as ``EnumValue(text, "GuestOsDescriptorSupportLevel")``."""


class GuestRegKeyWowSpec(OpenEnum):
    """GuestRegKeyWowSpec: an open enumeration of 3 values, since 6.0."""

    WOWNative: Final = "WOWNative"
    WOW32: Final = "WOW32"
    WOW64: Final = "WOW64"
    _values_: ClassVar[tuple[str, ...]] = ("WOWNative", "WOW32", "WOW64", )


GuestRegKeyWowSpecValue: TypeAlias = Literal["WOWNative", "WOW32", "WOW64"]
"""The values of GuestRegKeyWowSpec these bindings know, for parameters; pass a newer one as ``EnumValue(text, "GuestRegKeyWowSpec")``."""


class HealthUpdateInfoComponentType(OpenEnum):
    """HealthUpdateInfoComponentType: an open enumeration of 5 values, since 6.5."""

    Memory: Final = "Memory"
    Power: Final = "Power"
    Fan: Final = "Fan"
    Network: Final = "Network"
    Storage: Final = "Storage"
    _values_: ClassVar[tuple[str, ...]] = ("Memory", "Power", "Fan", "Network", "Storage", )


HealthUpdateInfoComponentTypeValue: TypeAlias = Literal["Memory", "Power", "Fan", "Network", "Storage"]
"""The values of HealthUpdateInfoComponentType these bindings know, for parameters; pass a newer one as ``EnumValue(text, "HealthUpdateInfoComponentType")``."""


class HostAccessMode(OpenEnum):
    """HostAccessMode: an open enumeration of 5 values, since 6.0."""

    accessNone: Final = "accessNone"
    accessAdmin: Final = "accessAdmin"
    accessNoAccess: Final = "accessNoAccess"
    accessReadOnly: Final = "accessReadOnly"
    accessOther: Final = "accessOther"
    _values_: ClassVar[tuple[str, ...]] = ("accessNone", "accessAdmin", "accessNoAccess", "accessReadOnly", "accessOther", )


HostAccessModeValue: TypeAlias = Literal["accessNone", "accessAdmin", "accessNoAccess", "accessReadOnly", "accessOther"]
"""The values of HostAccessMode these bindings know, for parameters; pass a newer one as ``EnumValue(text, "HostAccessMode")``."""


class HostActiveDirectoryAuthenticationCertificateDigest(OpenEnum):
    """HostActiveDirectoryAuthenticationCertificateDigest: an open enumeration of 1 values, since 6.0."""

    SHA1: Final = "SHA1"
    _values_: ClassVar[tuple[str, ...]] = ("SHA1", )


HostActiveDirectoryAuthenticationCertificateDigestValue: TypeAlias = Literal["SHA1"]
"""The values of HostActiveDirectoryAuthenticationCertificateDigest these bindings know, for parameters; pass a newer one as ``EnumValue(text, "HostActiveDirectoryAuthenticationCertificateDigest")``."""


class HostActiveDirectoryInfoDomainMembershipStatus(OpenEnum):
    """HostActiveDirectoryInfoDomainMembershipStatus: an open enumeration of 7 values, since 4.1."""

    unknown: Final = "unknown"
    ok: Final = "ok"
    noServers: Final = "noServers"
    clientTrustBroken: Final = "clientTrustBroken"
    serverTrustBroken: Final = "serverTrustBroken"
    inconsistentTrust: Final = "inconsistentTrust"
    otherProblem: Final = "otherProblem"
    _values_: ClassVar[tuple[str, ...]] = ("unknown", "ok", "noServers", "clientTrustBroken", "serverTrustBroken", "inconsistentTrust", "otherProblem", )


HostActiveDirectoryInfoDomainMembershipStatusValue: TypeAlias = Literal["unknown", "ok", "noServers", "clientTrustBroken", "serverTrustBroken", "inconsistentTrust", "otherProblem"]
"""The values of HostActiveDirectoryInfoDomainMembershipStatus these bindings know, for parameters; pass a newer one as ``EnumValue(text, "HostActiveDirectoryInfoDomainMembershipStatus")``."""


class HostCapabilityFtUnsupportedReason(OpenEnum):
    """HostCapabilityFtUnsupportedReason: an open enumeration of 9 values, since 4.1."""

    vMotionNotLicensed: Final = "vMotionNotLicensed"
    missingVMotionNic: Final = "missingVMotionNic"
    missingFTLoggingNic: Final = "missingFTLoggingNic"
    ftNotLicensed: Final = "ftNotLicensed"
    haAgentIssue: Final = "haAgentIssue"
    unsupportedProduct: Final = "unsupportedProduct"
    cpuHvUnsupported: Final = "cpuHvUnsupported"
    cpuHwmmuUnsupported: Final = "cpuHwmmuUnsupported"
    cpuHvDisabled: Final = "cpuHvDisabled"
    _values_: ClassVar[tuple[str, ...]] = ("vMotionNotLicensed", "missingVMotionNic", "missingFTLoggingNic", "ftNotLicensed", "haAgentIssue", "unsupportedProduct", "cpuHvUnsupported", "cpuHwmmuUnsupported", "cpuHvDisabled", )


HostCapabilityFtUnsupportedReasonValue: TypeAlias = Literal["vMotionNotLicensed", "missingVMotionNic", "missingFTLoggingNic", "ftNotLicensed", "haAgentIssue", "unsupportedProduct", "cpuHvUnsupported", "cpuHwmmuUnsupported", "cpuHvDisabled"]
"""The values of HostCapabilityFtUnsupportedReason these bindings know, for parameters; pass a newer one as ``EnumValue(text, "HostCapabilityFtUnsupportedReason")``."""


class HostCapabilityUnmapMethodSupported(OpenEnum):
    """HostCapabilityUnmapMethodSupported: an open enumeration of 3 values, since 6.7."""

    priority: Final = "priority"
    fixed: Final = "fixed"
    dynamic: Final = "dynamic"
    _values_: ClassVar[tuple[str, ...]] = ("priority", "fixed", "dynamic", )


HostCapabilityUnmapMethodSupportedValue: TypeAlias = Literal["priority", "fixed", "dynamic"]
"""The values of HostCapabilityUnmapMethodSupported these bindings know, for parameters; pass a newer one as ``EnumValue(text, "HostCapabilityUnmapMethodSupported")``."""


class HostCapabilityVmDirectPathGen2UnsupportedReason(OpenEnum):
    """HostCapabilityVmDirectPathGen2UnsupportedReason: an open enumeration of 3 values, since 4.1."""

    hostNptIncompatibleProduct: Final = "hostNptIncompatibleProduct"
    hostNptIncompatibleHardware: Final = "hostNptIncompatibleHardware"
    hostNptDisabled: Final = "hostNptDisabled"
    _values_: ClassVar[tuple[str, ...]] = ("hostNptIncompatibleProduct", "hostNptIncompatibleHardware", "hostNptDisabled", )


HostCapabilityVmDirectPathGen2UnsupportedReasonValue: TypeAlias = Literal["hostNptIncompatibleProduct", "hostNptIncompatibleHardware", "hostNptDisabled"]
"""The values of HostCapabilityVmDirectPathGen2UnsupportedReason these bindings know, for parameters; pass a newer one as ``EnumValue(text, "HostCapabilityVmDirectPathGen2UnsupportedReason")``."""


class HostCertificateManagerCertificateInfoCertificateStatus(OpenEnum):
    """HostCertificateManagerCertificateInfoCertificateStatus: an open enumeration of 6 values, since 6.0."""

    unknown: Final = "unknown"
    expired: Final = "expired"
    expiring: Final = "expiring"
    expiringShortly: Final = "expiringShortly"
    expirationImminent: Final = "expirationImminent"
    good: Final = "good"
    _values_: ClassVar[tuple[str, ...]] = ("unknown", "expired", "expiring", "expiringShortly", "expirationImminent", "good", )


HostCertificateManagerCertificateInfoCertificateStatusValue: TypeAlias = Literal["unknown", "expired", "expiring", "expiringShortly", "expirationImminent", "good"]
"""The values of HostCertificateManagerCertificateInfoCertificateStatus these bindings know, for parameters; pass a newer one as ``EnumValue(text, "HostCertificateManagerCertificateInfoCertificateStatus")``."""


class HostConfigChangeMode(OpenEnum):
    """HostConfigChangeMode: an open enumeration of 2 values, since 2.0."""

    modify: Final = "modify"
    replace: Final = "replace"
    _values_: ClassVar[tuple[str, ...]] = ("modify", "replace", )


HostConfigChangeModeValue: TypeAlias = Literal["modify", "replace"]
"""The values of HostConfigChangeMode these bindings know, for parameters; pass a newer one as ``EnumValue(text, "HostConfigChangeMode")``."""


class HostConfigChangeOperation(OpenEnum):
    """HostConfigChangeOperation: an open enumeration of 4 values, since 2.0."""

    add: Final = "add"
    remove: Final = "remove"
    edit: Final = "edit"
    ignore: Final = "ignore"
    _values_: ClassVar[tuple[str, ...]] = ("add", "remove", "edit", "ignore", )


HostConfigChangeOperationValue: TypeAlias = Literal["add", "remove", "edit", "ignore"]
"""The values of HostConfigChangeOperation these bindings know, for parameters; pass a newer one as ``EnumValue(text, "HostConfigChangeOperation")``."""


class HostCpuPackageVendor(OpenEnum):
    """HostCpuPackageVendor: an open enumeration of 4 values, since 2.0."""

    unknown: Final = "unknown"
    intel: Final = "intel"
    amd: Final = "amd"
    hygon: Final = "hygon"
    _values_: ClassVar[tuple[str, ...]] = ("unknown", "intel", "amd", "hygon", )


HostCpuPackageVendorValue: TypeAlias = Literal["unknown", "intel", "amd", "hygon"]
"""The values of HostCpuPackageVendor these bindings know, for parameters; pass a newer one as ``EnumValue(text, "HostCpuPackageVendor")``."""


class HostCpuPowerManagementInfoPolicyType(OpenEnum):
    """HostCpuPowerManagementInfoPolicyType: an open enumeration of 3 values, since 4.0."""

    off: Final = "off"
    staticPolicy: Final = "staticPolicy"
    dynamicPolicy: Final = "dynamicPolicy"
    _values_: ClassVar[tuple[str, ...]] = ("off", "staticPolicy", "dynamicPolicy", )


HostCpuPowerManagementInfoPolicyTypeValue: TypeAlias = Literal["off", "staticPolicy", "dynamicPolicy"]
"""The values of HostCpuPowerManagementInfoPolicyType these bindings know, for parameters; pass a newer one as ``EnumValue(text, "HostCpuPowerManagementInfoPolicyType")``."""


class HostCryptoState(OpenEnum):
    """HostCryptoState: an open enumeration of 4 values, since 6.5."""

    incapable: Final = "incapable"
    prepared: Final = "prepared"
    safe: Final = "safe"
    pendingIncapable: Final = "pendingIncapable"
    _values_: ClassVar[tuple[str, ...]] = ("incapable", "prepared", "safe", "pendingIncapable", )


HostCryptoStateValue: TypeAlias = Literal["incapable", "prepared", "safe", "pendingIncapable"]
"""The values of HostCryptoState these bindings know, for parameters; pass a newer one as ``EnumValue(text, "HostCryptoState")``."""


class HostDasErrorEventHostDasErrorReason(OpenEnum):
    """HostDasErrorEventHostDasErrorReason: an open enumeration of 8 values, since 4.0."""

    configFailed: Final = "configFailed"
    timeout: Final = "timeout"
    communicationInitFailed: Final = "communicationInitFailed"
    healthCheckScriptFailed: Final = "healthCheckScriptFailed"
    agentFailed: Final = "agentFailed"
    agentShutdown: Final = "agentShutdown"
    isolationAddressUnpingable: Final = "isolationAddressUnpingable"
    other: Final = "other"
    _values_: ClassVar[tuple[str, ...]] = ("configFailed", "timeout", "communicationInitFailed", "healthCheckScriptFailed", "agentFailed", "agentShutdown", "isolationAddressUnpingable", "other", )


HostDasErrorEventHostDasErrorReasonValue: TypeAlias = Literal["configFailed", "timeout", "communicationInitFailed", "healthCheckScriptFailed", "agentFailed", "agentShutdown", "isolationAddressUnpingable", "other"]
"""The values of HostDasErrorEventHostDasErrorReason these bindings know, for parameters; pass a newer one as ``EnumValue(text, "HostDasErrorEventHostDasErrorReason")``."""


class HostDateTimeInfoProtocol(OpenEnum):
    """HostDateTimeInfoProtocol: an open enumeration of 2 values, since 7.0.0.0."""

    ntp: Final = "ntp"
    ptp: Final = "ptp"
    _values_: ClassVar[tuple[str, ...]] = ("ntp", "ptp", )


HostDateTimeInfoProtocolValue: TypeAlias = Literal["ntp", "ptp"]
"""The values of HostDateTimeInfoProtocol these bindings know, for parameters; pass a newer one as ``EnumValue(text, "HostDateTimeInfoProtocol")``."""


class HostDigestInfoDigestMethodType(OpenEnum):
    """HostDigestInfoDigestMethodType: an open enumeration of 6 values, since 4.0."""

    SHA1: Final = "SHA1"
    MD5: Final = "MD5"
    SHA256: Final = "SHA256"
    SHA384: Final = "SHA384"
    SHA512: Final = "SHA512"
    SM3_256: Final = "SM3_256"
    _values_: ClassVar[tuple[str, ...]] = ("SHA1", "MD5", "SHA256", "SHA384", "SHA512", "SM3_256", )


HostDigestInfoDigestMethodTypeValue: TypeAlias = Literal["SHA1", "MD5", "SHA256", "SHA384", "SHA512", "SM3_256"]
"""The values of HostDigestInfoDigestMethodType these bindings know, for parameters; pass a newer one as ``EnumValue(text, "HostDigestInfoDigestMethodType")``."""


class HostDigestVerificationSetting(OpenEnum):
    """HostDigestVerificationSetting: an open enumeration of 4 values, since 7.0.3.0."""

    digestDisabled: Final = "digestDisabled"
    headerOnly: Final = "headerOnly"
    dataOnly: Final = "dataOnly"
    headerAndData: Final = "headerAndData"
    _values_: ClassVar[tuple[str, ...]] = ("digestDisabled", "headerOnly", "dataOnly", "headerAndData", )


HostDigestVerificationSettingValue: TypeAlias = Literal["digestDisabled", "headerOnly", "dataOnly", "headerAndData"]
"""The values of HostDigestVerificationSetting these bindings know, for parameters; pass a newer one as ``EnumValue(text, "HostDigestVerificationSetting")``."""


class HostDisconnectedEventReasonCode(OpenEnum):
    """HostDisconnectedEventReasonCode: an open enumeration of 9 values, since 4.0."""

    sslThumbprintVerifyFailed: Final = "sslThumbprintVerifyFailed"
    licenseExpired: Final = "licenseExpired"
    agentUpgrade: Final = "agentUpgrade"
    userRequest: Final = "userRequest"
    insufficientLicenses: Final = "insufficientLicenses"
    agentOutOfDate: Final = "agentOutOfDate"
    passwordDecryptFailure: Final = "passwordDecryptFailure"
    unknown: Final = "unknown"
    vcVRAMCapacityExceeded: Final = "vcVRAMCapacityExceeded"
    _values_: ClassVar[tuple[str, ...]] = ("sslThumbprintVerifyFailed", "licenseExpired", "agentUpgrade", "userRequest", "insufficientLicenses", "agentOutOfDate", "passwordDecryptFailure", "unknown", "vcVRAMCapacityExceeded", )


HostDisconnectedEventReasonCodeValue: TypeAlias = Literal["sslThumbprintVerifyFailed", "licenseExpired", "agentUpgrade", "userRequest", "insufficientLicenses", "agentOutOfDate", "passwordDecryptFailure", "unknown", "vcVRAMCapacityExceeded"]
"""The values of HostDisconnectedEventReasonCode these bindings know, for parameters; pass a newer one as ``EnumValue(text, "HostDisconnectedEventReasonCode")``."""


class HostDiskPartitionInfoPartitionFormat(OpenEnum):
    """HostDiskPartitionInfoPartitionFormat: an open enumeration of 3 values, since 5.0."""

    gpt: Final = "gpt"
    mbr: Final = "mbr"
    unknown: Final = "unknown"
    _values_: ClassVar[tuple[str, ...]] = ("gpt", "mbr", "unknown", )


HostDiskPartitionInfoPartitionFormatValue: TypeAlias = Literal["gpt", "mbr", "unknown"]
"""The values of HostDiskPartitionInfoPartitionFormat these bindings know, for parameters; pass a newer one as ``EnumValue(text, "HostDiskPartitionInfoPartitionFormat")``."""


class HostDiskPartitionInfoType(OpenEnum):
    """HostDiskPartitionInfoType: an open enumeration of 8 values, since 2.0."""

    none: Final = "none"
    vmfs: Final = "vmfs"
    linuxNative: Final = "linuxNative"
    linuxSwap: Final = "linuxSwap"
    extended: Final = "extended"
    ntfs: Final = "ntfs"
    vmkDiagnostic: Final = "vmkDiagnostic"
    vffs: Final = "vffs"
    _values_: ClassVar[tuple[str, ...]] = ("none", "vmfs", "linuxNative", "linuxSwap", "extended", "ntfs", "vmkDiagnostic", "vffs", )


HostDiskPartitionInfoTypeValue: TypeAlias = Literal["none", "vmfs", "linuxNative", "linuxSwap", "extended", "ntfs", "vmkDiagnostic", "vffs"]
"""The values of HostDiskPartitionInfoType these bindings know, for parameters; pass a newer one as ``EnumValue(text, "HostDiskPartitionInfoType")``."""


class HostFeatureVersionKey(OpenEnum):
    """HostFeatureVersionKey: an open enumeration of 1 values, since 4.1."""

    faultTolerance: Final = "faultTolerance"
    _values_: ClassVar[tuple[str, ...]] = ("faultTolerance", )


HostFeatureVersionKeyValue: TypeAlias = Literal["faultTolerance"]
"""The values of HostFeatureVersionKey these bindings know, for parameters; pass a newer one as ``EnumValue(text, "HostFeatureVersionKey")``."""


class HostFileSystemVolumeFileSystemType(OpenEnum):
    """HostFileSystemVolumeFileSystemType: an open enumeration of 10 values, since 6.0."""

    VMFS: Final = "VMFS"
    NFS: Final = "NFS"
    NFS41: Final = "NFS41"
    CIFS: Final = "CIFS"
    vsan: Final = "vsan"
    VFFS: Final = "VFFS"
    VVOL: Final = "VVOL"
    PMEM: Final = "PMEM"
    vsanD: Final = "vsanD"
    OTHER: Final = "OTHER"
    _values_: ClassVar[tuple[str, ...]] = ("VMFS", "NFS", "NFS41", "CIFS", "vsan", "VFFS", "VVOL", "PMEM", "vsanD", "OTHER", )


HostFileSystemVolumeFileSystemTypeValue: TypeAlias = Literal["VMFS", "NFS", "NFS41", "CIFS", "vsan", "VFFS", "VVOL", "PMEM", "vsanD", "OTHER"]
"""The values of HostFileSystemVolumeFileSystemType these bindings know, for parameters; pass a newer one as ``EnumValue(text, "HostFileSystemVolumeFileSystemType")``."""


class HostFirewallRuleDirection(OpenEnum):
    """HostFirewallRuleDirection: an open enumeration of 2 values, since 2.0."""

    inbound: Final = "inbound"
    outbound: Final = "outbound"
    _values_: ClassVar[tuple[str, ...]] = ("inbound", "outbound", )


HostFirewallRuleDirectionValue: TypeAlias = Literal["inbound", "outbound"]
"""The values of HostFirewallRuleDirection these bindings know, for parameters; pass a newer one as ``EnumValue(text, "HostFirewallRuleDirection")``."""


class HostFirewallRulePortType(OpenEnum):
    """HostFirewallRulePortType: an open enumeration of 2 values, since 5.0."""

    src: Final = "src"
    dst: Final = "dst"
    _values_: ClassVar[tuple[str, ...]] = ("src", "dst", )


HostFirewallRulePortTypeValue: TypeAlias = Literal["src", "dst"]
"""The values of HostFirewallRulePortType these bindings know, for parameters; pass a newer one as ``EnumValue(text, "HostFirewallRulePortType")``."""


class HostFirewallRuleProtocol(OpenEnum):
    """HostFirewallRuleProtocol: an open enumeration of 2 values, since 2.0."""

    tcp: Final = "tcp"
    udp: Final = "udp"
    _values_: ClassVar[tuple[str, ...]] = ("tcp", "udp", )


HostFirewallRuleProtocolValue: TypeAlias = Literal["tcp", "udp"]
"""The values of HostFirewallRuleProtocol these bindings know, for parameters; pass a newer one as ``EnumValue(text, "HostFirewallRuleProtocol")``."""


class HostFruFruType(OpenEnum):
    """HostFruFruType: an open enumeration of 3 values, since 2.0."""

    undefined: Final = "undefined"
    board: Final = "board"
    product: Final = "product"
    _values_: ClassVar[tuple[str, ...]] = ("undefined", "board", "product", )


HostFruFruTypeValue: TypeAlias = Literal["undefined", "board", "product"]
"""The values of HostFruFruType these bindings know, for parameters; pass a newer one as ``EnumValue(text, "HostFruFruType")``."""


class HostGraphicsConfigGraphicsType(OpenEnum):
    """HostGraphicsConfigGraphicsType: an open enumeration of 2 values, since 6.5."""

    shared: Final = "shared"
    sharedDirect: Final = "sharedDirect"
    _values_: ClassVar[tuple[str, ...]] = ("shared", "sharedDirect", )


HostGraphicsConfigGraphicsTypeValue: TypeAlias = Literal["shared", "sharedDirect"]
"""The values of HostGraphicsConfigGraphicsType these bindings know, for parameters; pass a newer one as ``EnumValue(text, "HostGraphicsConfigGraphicsType")``."""


class HostGraphicsConfigSharedPassthruAssignmentPolicy(OpenEnum):
    """HostGraphicsConfigSharedPassthruAssignmentPolicy: an open enumeration of 2 values, since 6.5."""

    performance: Final = "performance"
    consolidation: Final = "consolidation"
    _values_: ClassVar[tuple[str, ...]] = ("performance", "consolidation", )


HostGraphicsConfigSharedPassthruAssignmentPolicyValue: TypeAlias = Literal["performance", "consolidation"]
"""The values of HostGraphicsConfigSharedPassthruAssignmentPolicy these bindings know, for parameters; pass a newer one as ``EnumValue(text, "HostGraphicsConfigSharedPassthruAssignmentPolicy")``."""


class HostGraphicsInfoGraphicsType(OpenEnum):
    """HostGraphicsInfoGraphicsType: an open enumeration of 4 values, since 5.5."""

    basic: Final = "basic"
    shared: Final = "shared"
    direct: Final = "direct"
    sharedDirect: Final = "sharedDirect"
    _values_: ClassVar[tuple[str, ...]] = ("basic", "shared", "direct", "sharedDirect", )


HostGraphicsInfoGraphicsTypeValue: TypeAlias = Literal["basic", "shared", "direct", "sharedDirect"]
"""The values of HostGraphicsInfoGraphicsType these bindings know, for parameters; pass a newer one as ``EnumValue(text, "HostGraphicsInfoGraphicsType")``."""


class HostHardwareElementStatus(OpenEnum):
    """HostHardwareElementStatus: an open enumeration of 4 values, since 2.5."""

    Unknown: Final = "Unknown"
    Green: Final = "Green"
    Yellow: Final = "Yellow"
    Red: Final = "Red"
    _values_: ClassVar[tuple[str, ...]] = ("Unknown", "Green", "Yellow", "Red", )


HostHardwareElementStatusValue: TypeAlias = Literal["Unknown", "Green", "Yellow", "Red"]
"""The values of HostHardwareElementStatus these bindings know, for parameters; pass a newer one as ``EnumValue(text, "HostHardwareElementStatus")``."""


class HostHasComponentFailureHostComponentType(OpenEnum):
    """HostHasComponentFailureHostComponentType: an open enumeration of 1 values, since 6.0."""

    Datastore: Final = "Datastore"
    _values_: ClassVar[tuple[str, ...]] = ("Datastore", )


HostHasComponentFailureHostComponentTypeValue: TypeAlias = Literal["Datastore"]
"""The values of HostHasComponentFailureHostComponentType these bindings know, for parameters; pass a newer one as ``EnumValue(text, "HostHasComponentFailureHostComponentType")``."""


class HostImageAcceptanceLevel(OpenEnum):
    """HostImageAcceptanceLevel: an open enumeration of 4 values, since 5.0."""

    vmware_certified: Final = "vmware_certified"
    vmware_accepted: Final = "vmware_accepted"
    partner: Final = "partner"
    community: Final = "community"
    _values_: ClassVar[tuple[str, ...]] = ("vmware_certified", "vmware_accepted", "partner", "community", )


HostImageAcceptanceLevelValue: TypeAlias = Literal["vmware_certified", "vmware_accepted", "partner", "community"]
"""The values of HostImageAcceptanceLevel these bindings know, for parameters; pass a newer one as ``EnumValue(text, "HostImageAcceptanceLevel")``."""


class HostIncompatibleForFaultToleranceReason(OpenEnum):
    """HostIncompatibleForFaultToleranceReason: an open enumeration of 2 values, since 4.0."""

    product: Final = "product"
    processor: Final = "processor"
    _values_: ClassVar[tuple[str, ...]] = ("product", "processor", )


HostIncompatibleForFaultToleranceReasonValue: TypeAlias = Literal["product", "processor"]
"""The values of HostIncompatibleForFaultToleranceReason these bindings know, for parameters; pass a newer one as ``EnumValue(text, "HostIncompatibleForFaultToleranceReason")``."""


class HostIncompatibleForRecordReplayReason(OpenEnum):
    """HostIncompatibleForRecordReplayReason: an open enumeration of 2 values, since 4.0."""

    product: Final = "product"
    processor: Final = "processor"
    _values_: ClassVar[tuple[str, ...]] = ("product", "processor", )


HostIncompatibleForRecordReplayReasonValue: TypeAlias = Literal["product", "processor"]
"""The values of HostIncompatibleForRecordReplayReason these bindings know, for parameters; pass a newer one as ``EnumValue(text, "HostIncompatibleForRecordReplayReason")``."""


class HostInternetScsiHbaChapAuthenticationType(OpenEnum):
    """HostInternetScsiHbaChapAuthenticationType: an open enumeration of 4 values, since 4.0."""

    chapProhibited: Final = "chapProhibited"
    chapDiscouraged: Final = "chapDiscouraged"
    chapPreferred: Final = "chapPreferred"
    chapRequired: Final = "chapRequired"
    _values_: ClassVar[tuple[str, ...]] = ("chapProhibited", "chapDiscouraged", "chapPreferred", "chapRequired", )


HostInternetScsiHbaChapAuthenticationTypeValue: TypeAlias = Literal["chapProhibited", "chapDiscouraged", "chapPreferred", "chapRequired"]
"""The values of HostInternetScsiHbaChapAuthenticationType these bindings know, for parameters; pass a newer one as ``EnumValue(text, "HostInternetScsiHbaChapAuthenticationType")``."""


class HostInternetScsiHbaDigestType(OpenEnum):
    """HostInternetScsiHbaDigestType: an open enumeration of 4 values, since 4.0."""

    digestProhibited: Final = "digestProhibited"
    digestDiscouraged: Final = "digestDiscouraged"
    digestPreferred: Final = "digestPreferred"
    digestRequired: Final = "digestRequired"
    _values_: ClassVar[tuple[str, ...]] = ("digestProhibited", "digestDiscouraged", "digestPreferred", "digestRequired", )


HostInternetScsiHbaDigestTypeValue: TypeAlias = Literal["digestProhibited", "digestDiscouraged", "digestPreferred", "digestRequired"]
"""The values of HostInternetScsiHbaDigestType these bindings know, for parameters; pass a newer one as ``EnumValue(text, "HostInternetScsiHbaDigestType")``."""


class HostInternetScsiHbaIscsiIpv6AddressAddressConfigurationType(OpenEnum):
    """HostInternetScsiHbaIscsiIpv6AddressAddressConfigurationType: an open enumeration of 4 values, since 6.0."""

    DHCP: Final = "DHCP"
    AutoConfigured: Final = "AutoConfigured"
    Static: Final = "Static"
    Other: Final = "Other"
    _values_: ClassVar[tuple[str, ...]] = ("DHCP", "AutoConfigured", "Static", "Other", )


HostInternetScsiHbaIscsiIpv6AddressAddressConfigurationTypeValue: TypeAlias = Literal["DHCP", "AutoConfigured", "Static", "Other"]
"""The values of HostInternetScsiHbaIscsiIpv6AddressAddressConfigurationType these bindings know, for parameters; pass a newer one as ``EnumValue(text, "HostInternetScsiHbaIscsiIpv6AddressAddressConfigurationType")``."""


class HostInternetScsiHbaIscsiIpv6AddressIPv6AddressOperation(OpenEnum):
    """HostInternetScsiHbaIscsiIpv6AddressIPv6AddressOperation: an open enumeration of 2 values, since 6.0."""

    add: Final = "add"
    remove: Final = "remove"
    _values_: ClassVar[tuple[str, ...]] = ("add", "remove", )


HostInternetScsiHbaIscsiIpv6AddressIPv6AddressOperationValue: TypeAlias = Literal["add", "remove"]
"""The values of HostInternetScsiHbaIscsiIpv6AddressIPv6AddressOperation these bindings know, for parameters; pass a newer one as ``EnumValue(text, "HostInternetScsiHbaIscsiIpv6AddressIPv6AddressOperation")``."""


class HostInternetScsiHbaNetworkBindingSupportType(OpenEnum):
    """HostInternetScsiHbaNetworkBindingSupportType: an open enumeration of 3 values, since 5.0."""

    notsupported: Final = "notsupported"
    optional: Final = "optional"
    required: Final = "required"
    _values_: ClassVar[tuple[str, ...]] = ("notsupported", "optional", "required", )


HostInternetScsiHbaNetworkBindingSupportTypeValue: TypeAlias = Literal["notsupported", "optional", "required"]
"""The values of HostInternetScsiHbaNetworkBindingSupportType these bindings know, for parameters; pass a newer one as ``EnumValue(text, "HostInternetScsiHbaNetworkBindingSupportType")``."""


class HostInternetScsiHbaStaticTargetTargetDiscoveryMethod(OpenEnum):
    """HostInternetScsiHbaStaticTargetTargetDiscoveryMethod: an open enumeration of 5 values, since 5.1."""

    staticMethod: Final = "staticMethod"
    sendTargetMethod: Final = "sendTargetMethod"
    slpMethod: Final = "slpMethod"
    isnsMethod: Final = "isnsMethod"
    unknownMethod: Final = "unknownMethod"
    _values_: ClassVar[tuple[str, ...]] = ("staticMethod", "sendTargetMethod", "slpMethod", "isnsMethod", "unknownMethod", )


HostInternetScsiHbaStaticTargetTargetDiscoveryMethodValue: TypeAlias = Literal["staticMethod", "sendTargetMethod", "slpMethod", "isnsMethod", "unknownMethod"]
"""The values of HostInternetScsiHbaStaticTargetTargetDiscoveryMethod these bindings know, for parameters; pass a newer one as ``EnumValue(text, "HostInternetScsiHbaStaticTargetTargetDiscoveryMethod")``."""


class HostIpConfigIpV6AddressConfigType(OpenEnum):
    """HostIpConfigIpV6AddressConfigType: an open enumeration of 5 values, since 4.0."""

    other: Final = "other"
    manual: Final = "manual"
    dhcp: Final = "dhcp"
    linklayer: Final = "linklayer"
    random: Final = "random"
    _values_: ClassVar[tuple[str, ...]] = ("other", "manual", "dhcp", "linklayer", "random", )


HostIpConfigIpV6AddressConfigTypeValue: TypeAlias = Literal["other", "manual", "dhcp", "linklayer", "random"]
"""The values of HostIpConfigIpV6AddressConfigType these bindings know, for parameters; pass a newer one as ``EnumValue(text, "HostIpConfigIpV6AddressConfigType")``."""


class HostIpConfigIpV6AddressStatus(OpenEnum):
    """HostIpConfigIpV6AddressStatus: an open enumeration of 7 values, since 4.0."""

    preferred: Final = "preferred"
    deprecated: Final = "deprecated"
    invalid: Final = "invalid"
    inaccessible: Final = "inaccessible"
    unknown: Final = "unknown"
    tentative: Final = "tentative"
    duplicate: Final = "duplicate"
    _values_: ClassVar[tuple[str, ...]] = ("preferred", "deprecated", "invalid", "inaccessible", "unknown", "tentative", "duplicate", )


HostIpConfigIpV6AddressStatusValue: TypeAlias = Literal["preferred", "deprecated", "invalid", "inaccessible", "unknown", "tentative", "duplicate"]
"""The values of HostIpConfigIpV6AddressStatus these bindings know, for parameters; pass a newer one as ``EnumValue(text, "HostIpConfigIpV6AddressStatus")``."""


class HostLicensableResourceKey(OpenEnum):
    """HostLicensableResourceKey: an open enumeration of 6 values, since 5.0."""

    numCpuPackages: Final = "numCpuPackages"
    numCpuCores: Final = "numCpuCores"
    memorySize: Final = "memorySize"
    memoryForVms: Final = "memoryForVms"
    numVmsStarted: Final = "numVmsStarted"
    numVmsStarting: Final = "numVmsStarting"
    _values_: ClassVar[tuple[str, ...]] = ("numCpuPackages", "numCpuCores", "memorySize", "memoryForVms", "numVmsStarted", "numVmsStarting", )


HostLicensableResourceKeyValue: TypeAlias = Literal["numCpuPackages", "numCpuCores", "memorySize", "memoryForVms", "numVmsStarted", "numVmsStarting"]
"""The values of HostLicensableResourceKey these bindings know, for parameters; pass a newer one as ``EnumValue(text, "HostLicensableResourceKey")``."""


class HostLockdownMode(OpenEnum):
    """HostLockdownMode: an open enumeration of 3 values, since 6.0."""

    lockdownDisabled: Final = "lockdownDisabled"
    lockdownNormal: Final = "lockdownNormal"
    lockdownStrict: Final = "lockdownStrict"
    _values_: ClassVar[tuple[str, ...]] = ("lockdownDisabled", "lockdownNormal", "lockdownStrict", )


HostLockdownModeValue: TypeAlias = Literal["lockdownDisabled", "lockdownNormal", "lockdownStrict"]
"""The values of HostLockdownMode these bindings know, for parameters; pass a newer one as ``EnumValue(text, "HostLockdownMode")``."""


class HostLowLevelProvisioningManagerFileType(OpenEnum):
    """HostLowLevelProvisioningManagerFileType: an open enumeration of 3 values, since 6.0."""

    File: Final = "File"
    VirtualDisk: Final = "VirtualDisk"
    Directory: Final = "Directory"
    _values_: ClassVar[tuple[str, ...]] = ("File", "VirtualDisk", "Directory", )


HostLowLevelProvisioningManagerFileTypeValue: TypeAlias = Literal["File", "VirtualDisk", "Directory"]
"""The values of HostLowLevelProvisioningManagerFileType these bindings know, for parameters; pass a newer one as ``EnumValue(text, "HostLowLevelProvisioningManagerFileType")``."""


class HostLowLevelProvisioningManagerReloadTarget(OpenEnum):
    """HostLowLevelProvisioningManagerReloadTarget: an open enumeration of 2 values, since 4.0."""

    currentConfig: Final = "currentConfig"
    snapshotConfig: Final = "snapshotConfig"
    _values_: ClassVar[tuple[str, ...]] = ("currentConfig", "snapshotConfig", )


HostLowLevelProvisioningManagerReloadTargetValue: TypeAlias = Literal["currentConfig", "snapshotConfig"]
"""The values of HostLowLevelProvisioningManagerReloadTarget these bindings know, for parameters; pass a newer one as ``EnumValue(text, "HostLowLevelProvisioningManagerReloadTarget")``."""


class HostMaintenanceSpecPurpose(OpenEnum):
    """HostMaintenanceSpecPurpose: an open enumeration of 1 values, since 7.0.0.0."""

    hostUpgrade: Final = "hostUpgrade"
    _values_: ClassVar[tuple[str, ...]] = ("hostUpgrade", )


HostMaintenanceSpecPurposeValue: TypeAlias = Literal["hostUpgrade"]
"""The values of HostMaintenanceSpecPurpose these bindings know, for parameters; pass a newer one as ``EnumValue(text, "HostMaintenanceSpecPurpose")``."""


class HostMemoryTierFlags(OpenEnum):
    """HostMemoryTierFlags: an open enumeration of 3 values, since 7.0.3.0."""

    memoryTier: Final = "memoryTier"
    persistentTier: Final = "persistentTier"
    cachingTier: Final = "cachingTier"
    _values_: ClassVar[tuple[str, ...]] = ("memoryTier", "persistentTier", "cachingTier", )


HostMemoryTierFlagsValue: TypeAlias = Literal["memoryTier", "persistentTier", "cachingTier"]
"""The values of HostMemoryTierFlags these bindings know, for parameters; pass a newer one as ``EnumValue(text, "HostMemoryTierFlags")``."""


class HostMemoryTierType(OpenEnum):
    """HostMemoryTierType: an open enumeration of 2 values, since 7.0.3.0."""

    DRAM: Final = "DRAM"
    PMem: Final = "PMem"
    _values_: ClassVar[tuple[str, ...]] = ("DRAM", "PMem", )


HostMemoryTierTypeValue: TypeAlias = Literal["DRAM", "PMem"]
"""The values of HostMemoryTierType these bindings know, for parameters; pass a newer one as ``EnumValue(text, "HostMemoryTierType")``."""


class HostMemoryTieringType(OpenEnum):
    """HostMemoryTieringType: an open enumeration of 2 values, since 7.0.3.0."""

    noTiering: Final = "noTiering"
    hardwareTiering: Final = "hardwareTiering"
    _values_: ClassVar[tuple[str, ...]] = ("noTiering", "hardwareTiering", )


HostMemoryTieringTypeValue: TypeAlias = Literal["noTiering", "hardwareTiering"]
"""The values of HostMemoryTieringType these bindings know, for parameters; pass a newer one as ``EnumValue(text, "HostMemoryTieringType")``."""


class HostMountInfoInaccessibleReason(OpenEnum):
    """HostMountInfoInaccessibleReason: an open enumeration of 3 values, since 5.1."""

    AllPathsDown_Start: Final = "AllPathsDown_Start"
    AllPathsDown_Timeout: Final = "AllPathsDown_Timeout"
    PermanentDeviceLoss: Final = "PermanentDeviceLoss"
    _values_: ClassVar[tuple[str, ...]] = ("AllPathsDown_Start", "AllPathsDown_Timeout", "PermanentDeviceLoss", )


HostMountInfoInaccessibleReasonValue: TypeAlias = Literal["AllPathsDown_Start", "AllPathsDown_Timeout", "PermanentDeviceLoss"]
"""The values of HostMountInfoInaccessibleReason these bindings know, for parameters; pass a newer one as ``EnumValue(text, "HostMountInfoInaccessibleReason")``."""


class HostMountMode(OpenEnum):
    """HostMountMode: an open enumeration of 2 values, since 2.0."""

    readWrite: Final = "readWrite"
    readOnly: Final = "readOnly"
    _values_: ClassVar[tuple[str, ...]] = ("readWrite", "readOnly", )


HostMountModeValue: TypeAlias = Literal["readWrite", "readOnly"]
"""The values of HostMountMode these bindings know, for parameters; pass a newer one as ``EnumValue(text, "HostMountMode")``."""


class HostNasVolumeSecurityType(OpenEnum):
    """HostNasVolumeSecurityType: an open enumeration of 3 values, since 6.0."""

    AUTH_SYS: Final = "AUTH_SYS"
    SEC_KRB5: Final = "SEC_KRB5"
    SEC_KRB5I: Final = "SEC_KRB5I"
    _values_: ClassVar[tuple[str, ...]] = ("AUTH_SYS", "SEC_KRB5", "SEC_KRB5I", )


HostNasVolumeSecurityTypeValue: TypeAlias = Literal["AUTH_SYS", "SEC_KRB5", "SEC_KRB5I"]
"""The values of HostNasVolumeSecurityType these bindings know, for parameters; pass a newer one as ``EnumValue(text, "HostNasVolumeSecurityType")``."""


class HostNetStackInstanceCongestionControlAlgorithmType(OpenEnum):
    """HostNetStackInstanceCongestionControlAlgorithmType: an open enumeration of 2 values, since 5.5."""

    newreno: Final = "newreno"
    cubic: Final = "cubic"
    _values_: ClassVar[tuple[str, ...]] = ("newreno", "cubic", )


HostNetStackInstanceCongestionControlAlgorithmTypeValue: TypeAlias = Literal["newreno", "cubic"]
"""The values of HostNetStackInstanceCongestionControlAlgorithmType these bindings know, for parameters; pass a newer one as ``EnumValue(text, "HostNetStackInstanceCongestionControlAlgorithmType")``."""


class HostNetStackInstanceSystemStackKey(OpenEnum):
    """HostNetStackInstanceSystemStackKey: an open enumeration of 3 values, since 5.5."""

    defaultTcpipStack: Final = "defaultTcpipStack"
    vmotion: Final = "vmotion"
    vSphereProvisioning: Final = "vSphereProvisioning"
    _values_: ClassVar[tuple[str, ...]] = ("defaultTcpipStack", "vmotion", "vSphereProvisioning", )


HostNetStackInstanceSystemStackKeyValue: TypeAlias = Literal["defaultTcpipStack", "vmotion", "vSphereProvisioning"]
"""The values of HostNetStackInstanceSystemStackKey these bindings know, for parameters; pass a newer one as ``EnumValue(text, "HostNetStackInstanceSystemStackKey")``."""


class HostNumericSensorHealthState(OpenEnum):
    """HostNumericSensorHealthState: an open enumeration of 4 values, since 2.5."""

    unknown: Final = "unknown"
    green: Final = "green"
    yellow: Final = "yellow"
    red: Final = "red"
    _values_: ClassVar[tuple[str, ...]] = ("unknown", "green", "yellow", "red", )


HostNumericSensorHealthStateValue: TypeAlias = Literal["unknown", "green", "yellow", "red"]
"""The values of HostNumericSensorHealthState these bindings know, for parameters; pass a newer one as ``EnumValue(text, "HostNumericSensorHealthState")``."""


class HostNumericSensorType(OpenEnum):
    """HostNumericSensorType: an open enumeration of 13 values, since 2.5."""

    fan: Final = "fan"
    power: Final = "power"
    temperature: Final = "temperature"
    voltage: Final = "voltage"
    other: Final = "other"
    processor: Final = "processor"
    memory: Final = "memory"
    storage: Final = "storage"
    systemBoard: Final = "systemBoard"
    battery: Final = "battery"
    bios: Final = "bios"
    cable: Final = "cable"
    watchdog: Final = "watchdog"
    _values_: ClassVar[tuple[str, ...]] = ("fan", "power", "temperature", "voltage", "other", "processor", "memory", "storage", "systemBoard", "battery", "bios", "cable", "watchdog", )


HostNumericSensorTypeValue: TypeAlias = Literal["fan", "power", "temperature", "voltage", "other", "processor", "memory", "storage", "systemBoard", "battery", "bios", "cable", "watchdog"]
"""The values of HostNumericSensorType these bindings know, for parameters; pass a newer one as ``EnumValue(text, "HostNumericSensorType")``."""


class HostNvmeDiscoveryLogSubsystemType(OpenEnum):
    """HostNvmeDiscoveryLogSubsystemType: an open enumeration of 2 values, since 2.0."""

    discovery: Final = "discovery"
    nvm: Final = "nvm"
    _values_: ClassVar[tuple[str, ...]] = ("discovery", "nvm", )


HostNvmeDiscoveryLogSubsystemTypeValue: TypeAlias = Literal["discovery", "nvm"]
"""The values of HostNvmeDiscoveryLogSubsystemType these bindings know, for parameters; pass a newer one as ``EnumValue(text, "HostNvmeDiscoveryLogSubsystemType")``."""


class HostNvmeDiscoveryLogTransportRequirements(OpenEnum):
    """HostNvmeDiscoveryLogTransportRequirements: an open enumeration of 3 values, since 2.0."""

    secureChannelRequired: Final = "secureChannelRequired"
    secureChannelNotRequired: Final = "secureChannelNotRequired"
    requirementsNotSpecified: Final = "requirementsNotSpecified"
    _values_: ClassVar[tuple[str, ...]] = ("secureChannelRequired", "secureChannelNotRequired", "requirementsNotSpecified", )


HostNvmeDiscoveryLogTransportRequirementsValue: TypeAlias = Literal["secureChannelRequired", "secureChannelNotRequired", "requirementsNotSpecified"]
"""The values of HostNvmeDiscoveryLogTransportRequirements these bindings know, for parameters; pass a newer one as ``EnumValue(text, "HostNvmeDiscoveryLogTransportRequirements")``."""


class HostNvmeTransportParametersNvmeAddressFamily(OpenEnum):
    """HostNvmeTransportParametersNvmeAddressFamily: an open enumeration of 6 values, since 7.0.0.0."""

    ipv4: Final = "ipv4"
    ipv6: Final = "ipv6"
    infiniBand: Final = "infiniBand"
    fc: Final = "fc"
    loopback: Final = "loopback"
    unknown: Final = "unknown"
    _values_: ClassVar[tuple[str, ...]] = ("ipv4", "ipv6", "infiniBand", "fc", "loopback", "unknown", )


HostNvmeTransportParametersNvmeAddressFamilyValue: TypeAlias = Literal["ipv4", "ipv6", "infiniBand", "fc", "loopback", "unknown"]
"""The values of HostNvmeTransportParametersNvmeAddressFamily these bindings know, for parameters; pass a newer one as ``EnumValue(text, "HostNvmeTransportParametersNvmeAddressFamily")``."""


class HostNvmeTransportType(OpenEnum):
    """HostNvmeTransportType: an open enumeration of 6 values, since 7.0.0.0."""

    pcie: Final = "pcie"
    fibreChannel: Final = "fibreChannel"
    rdma: Final = "rdma"
    tcp: Final = "tcp"
    loopback: Final = "loopback"
    unsupported: Final = "unsupported"
    _values_: ClassVar[tuple[str, ...]] = ("pcie", "fibreChannel", "rdma", "tcp", "loopback", "unsupported", )


HostNvmeTransportTypeValue: TypeAlias = Literal["pcie", "fibreChannel", "rdma", "tcp", "loopback", "unsupported"]
"""The values of HostNvmeTransportType these bindings know, for parameters; pass a newer one as ``EnumValue(text, "HostNvmeTransportType")``."""


class HostOpaqueSwitchOpaqueSwitchState(OpenEnum):
    """HostOpaqueSwitchOpaqueSwitchState: an open enumeration of 4 values, since 6.0."""

    up: Final = "up"
    warning: Final = "warning"
    down: Final = "down"
    maintenance: Final = "maintenance"
    _values_: ClassVar[tuple[str, ...]] = ("up", "warning", "down", "maintenance", )


HostOpaqueSwitchOpaqueSwitchStateValue: TypeAlias = Literal["up", "warning", "down", "maintenance"]
"""The values of HostOpaqueSwitchOpaqueSwitchState these bindings know, for parameters; pass a newer one as ``EnumValue(text, "HostOpaqueSwitchOpaqueSwitchState")``."""


class HostPatchManagerInstallState(OpenEnum):
    """HostPatchManagerInstallState: an open enumeration of 2 values, since 2.0."""

    hostRestarted: Final = "hostRestarted"
    imageActive: Final = "imageActive"
    _values_: ClassVar[tuple[str, ...]] = ("hostRestarted", "imageActive", )


HostPatchManagerInstallStateValue: TypeAlias = Literal["hostRestarted", "imageActive"]
"""The values of HostPatchManagerInstallState these bindings know, for parameters; pass a newer one as ``EnumValue(text, "HostPatchManagerInstallState")``."""


class HostPatchManagerIntegrityStatus(OpenEnum):
    """HostPatchManagerIntegrityStatus: an open enumeration of 7 values, since 2.0."""

    validated: Final = "validated"
    keyNotFound: Final = "keyNotFound"
    keyRevoked: Final = "keyRevoked"
    keyExpired: Final = "keyExpired"
    digestMismatch: Final = "digestMismatch"
    notEnoughSignatures: Final = "notEnoughSignatures"
    validationError: Final = "validationError"
    _values_: ClassVar[tuple[str, ...]] = ("validated", "keyNotFound", "keyRevoked", "keyExpired", "digestMismatch", "notEnoughSignatures", "validationError", )


HostPatchManagerIntegrityStatusValue: TypeAlias = Literal["validated", "keyNotFound", "keyRevoked", "keyExpired", "digestMismatch", "notEnoughSignatures", "validationError"]
"""The values of HostPatchManagerIntegrityStatus these bindings know, for parameters; pass a newer one as ``EnumValue(text, "HostPatchManagerIntegrityStatus")``."""


class HostPatchManagerReason(OpenEnum):
    """HostPatchManagerReason: an open enumeration of 6 values, since 2.0."""

    obsoleted: Final = "obsoleted"
    missingPatch: Final = "missingPatch"
    missingLib: Final = "missingLib"
    hasDependentPatch: Final = "hasDependentPatch"
    conflictPatch: Final = "conflictPatch"
    conflictLib: Final = "conflictLib"
    _values_: ClassVar[tuple[str, ...]] = ("obsoleted", "missingPatch", "missingLib", "hasDependentPatch", "conflictPatch", "conflictLib", )


HostPatchManagerReasonValue: TypeAlias = Literal["obsoleted", "missingPatch", "missingLib", "hasDependentPatch", "conflictPatch", "conflictLib"]
"""The values of HostPatchManagerReason these bindings know, for parameters; pass a newer one as ``EnumValue(text, "HostPatchManagerReason")``."""


class HostPowerOperationType(OpenEnum):
    """HostPowerOperationType: an open enumeration of 2 values, since 2.5."""

    powerOn: Final = "powerOn"
    powerOff: Final = "powerOff"
    _values_: ClassVar[tuple[str, ...]] = ("powerOn", "powerOff", )


HostPowerOperationTypeValue: TypeAlias = Literal["powerOn", "powerOff"]
"""The values of HostPowerOperationType these bindings know, for parameters; pass a newer one as ``EnumValue(text, "HostPowerOperationType")``."""


class HostProfileManagerAnswerFileStatus(OpenEnum):
    """HostProfileManagerAnswerFileStatus: an open enumeration of 3 values, since 5.0."""

    valid: Final = "valid"
    invalid: Final = "invalid"
    unknown: Final = "unknown"
    _values_: ClassVar[tuple[str, ...]] = ("valid", "invalid", "unknown", )


HostProfileManagerAnswerFileStatusValue: TypeAlias = Literal["valid", "invalid", "unknown"]
"""The values of HostProfileManagerAnswerFileStatus these bindings know, for parameters; pass a newer one as ``EnumValue(text, "HostProfileManagerAnswerFileStatus")``."""


class HostProfileManagerCompositionResultResultElementStatus(OpenEnum):
    """HostProfileManagerCompositionResultResultElementStatus: an open enumeration of 2 values, since 6.5."""

    success: Final = "success"
    error: Final = "error"
    _values_: ClassVar[tuple[str, ...]] = ("success", "error", )


HostProfileManagerCompositionResultResultElementStatusValue: TypeAlias = Literal["success", "error"]
"""The values of HostProfileManagerCompositionResultResultElementStatus these bindings know, for parameters; pass a newer one as ``EnumValue(text, "HostProfileManagerCompositionResultResultElementStatus")``."""


class HostProfileManagerCompositionValidationResultResultElementStatus(OpenEnum):
    """HostProfileManagerCompositionValidationResultResultElementStatus: an open enumeration of 2 values, since 6.5."""

    success: Final = "success"
    error: Final = "error"
    _values_: ClassVar[tuple[str, ...]] = ("success", "error", )


HostProfileManagerCompositionValidationResultResultElementStatusValue: TypeAlias = Literal["success", "error"]
"""The values of HostProfileManagerCompositionValidationResultResultElementStatus these bindings know, for parameters; pass a newer one as ``EnumValue(text, "HostProfileManagerCompositionValidationResultResultElementStatus")``."""


class HostProfileManagerTaskListRequirement(OpenEnum):
    """HostProfileManagerTaskListRequirement: an open enumeration of 2 values, since 6.0."""

    maintenanceModeRequired: Final = "maintenanceModeRequired"
    rebootRequired: Final = "rebootRequired"
    _values_: ClassVar[tuple[str, ...]] = ("maintenanceModeRequired", "rebootRequired", )


HostProfileManagerTaskListRequirementValue: TypeAlias = Literal["maintenanceModeRequired", "rebootRequired"]
"""The values of HostProfileManagerTaskListRequirement these bindings know, for parameters; pass a newer one as ``EnumValue(text, "HostProfileManagerTaskListRequirement")``."""


class HostProfileValidationFailureInfoUpdateType(OpenEnum):
    """HostProfileValidationFailureInfoUpdateType: an open enumeration of 4 values, since 6.7."""

    HostBased: Final = "HostBased"
    Import: Final = "Import"
    Edit: Final = "Edit"
    Compose: Final = "Compose"
    _values_: ClassVar[tuple[str, ...]] = ("HostBased", "Import", "Edit", "Compose", )


HostProfileValidationFailureInfoUpdateTypeValue: TypeAlias = Literal["HostBased", "Import", "Edit", "Compose"]
"""The values of HostProfileValidationFailureInfoUpdateType these bindings know, for parameters; pass a newer one as ``EnumValue(text, "HostProfileValidationFailureInfoUpdateType")``."""


class HostProfileValidationState(OpenEnum):
    """HostProfileValidationState: an open enumeration of 3 values, since 6.7."""

    Ready: Final = "Ready"
    Running: Final = "Running"
    Failed: Final = "Failed"
    _values_: ClassVar[tuple[str, ...]] = ("Ready", "Running", "Failed", )


HostProfileValidationStateValue: TypeAlias = Literal["Ready", "Running", "Failed"]
"""The values of HostProfileValidationState these bindings know, for parameters; pass a newer one as ``EnumValue(text, "HostProfileValidationState")``."""


class HostProtocolEndpointPEType(OpenEnum):
    """HostProtocolEndpointPEType: an open enumeration of 2 values, since 6.0."""

    block: Final = "block"
    nas: Final = "nas"
    _values_: ClassVar[tuple[str, ...]] = ("block", "nas", )


HostProtocolEndpointPETypeValue: TypeAlias = Literal["block", "nas"]
"""The values of HostProtocolEndpointPEType these bindings know, for parameters; pass a newer one as ``EnumValue(text, "HostProtocolEndpointPEType")``."""


class HostProtocolEndpointProtocolEndpointType(OpenEnum):
    """HostProtocolEndpointProtocolEndpointType: an open enumeration of 3 values, since 6.5."""

    scsi: Final = "scsi"
    nfs: Final = "nfs"
    nfs4x: Final = "nfs4x"
    _values_: ClassVar[tuple[str, ...]] = ("scsi", "nfs", "nfs4x", )


HostProtocolEndpointProtocolEndpointTypeValue: TypeAlias = Literal["scsi", "nfs", "nfs4x"]
"""The values of HostProtocolEndpointProtocolEndpointType these bindings know, for parameters; pass a newer one as ``EnumValue(text, "HostProtocolEndpointProtocolEndpointType")``."""


class HostPtpConfigDeviceType(OpenEnum):
    """HostPtpConfigDeviceType: an open enumeration of 3 values, since 7.0.3.0."""

    none: Final = "none"
    virtualNic: Final = "virtualNic"
    pciPassthruNic: Final = "pciPassthruNic"
    _values_: ClassVar[tuple[str, ...]] = ("none", "virtualNic", "pciPassthruNic", )


HostPtpConfigDeviceTypeValue: TypeAlias = Literal["none", "virtualNic", "pciPassthruNic"]
"""The values of HostPtpConfigDeviceType these bindings know, for parameters; pass a newer one as ``EnumValue(text, "HostPtpConfigDeviceType")``."""


class HostQualifiedNameType(OpenEnum):
    """HostQualifiedNameType: an open enumeration of 1 values, since 7.0.3.0."""

    nvmeQualifiedName: Final = "nvmeQualifiedName"
    _values_: ClassVar[tuple[str, ...]] = ("nvmeQualifiedName", )


HostQualifiedNameTypeValue: TypeAlias = Literal["nvmeQualifiedName"]
"""The values of HostQualifiedNameType these bindings know, for parameters; pass a newer one as ``EnumValue(text, "HostQualifiedNameType")``."""


class HostRdmaDeviceConnectionState(OpenEnum):
    """HostRdmaDeviceConnectionState: an open enumeration of 6 values, since 7.0.0.0."""

    unknown: Final = "unknown"
    down: Final = "down"
    init: Final = "init"
    armed: Final = "armed"
    active: Final = "active"
    activeDefer: Final = "activeDefer"
    _values_: ClassVar[tuple[str, ...]] = ("unknown", "down", "init", "armed", "active", "activeDefer", )


HostRdmaDeviceConnectionStateValue: TypeAlias = Literal["unknown", "down", "init", "armed", "active", "activeDefer"]
"""The values of HostRdmaDeviceConnectionState these bindings know, for parameters; pass a newer one as ``EnumValue(text, "HostRdmaDeviceConnectionState")``."""


class HostReplayUnsupportedReason(OpenEnum):
    """HostReplayUnsupportedReason: an open enumeration of 6 values, since 4.0."""

    incompatibleProduct: Final = "incompatibleProduct"
    incompatibleCpu: Final = "incompatibleCpu"
    hvDisabled: Final = "hvDisabled"
    cpuidLimitSet: Final = "cpuidLimitSet"
    oldBIOS: Final = "oldBIOS"
    unknown: Final = "unknown"
    _values_: ClassVar[tuple[str, ...]] = ("incompatibleProduct", "incompatibleCpu", "hvDisabled", "cpuidLimitSet", "oldBIOS", "unknown", )


HostReplayUnsupportedReasonValue: TypeAlias = Literal["incompatibleProduct", "incompatibleCpu", "hvDisabled", "cpuidLimitSet", "oldBIOS", "unknown"]
"""The values of HostReplayUnsupportedReason these bindings know, for parameters; pass a newer one as ``EnumValue(text, "HostReplayUnsupportedReason")``."""


class HostRuntimeInfoNetStackInstanceRuntimeInfoState(OpenEnum):
    """HostRuntimeInfoNetStackInstanceRuntimeInfoState: an open enumeration of 4 values, since 5.5."""

    inactive: Final = "inactive"
    active: Final = "active"
    deactivating: Final = "deactivating"
    activating: Final = "activating"
    _values_: ClassVar[tuple[str, ...]] = ("inactive", "active", "deactivating", "activating", )


HostRuntimeInfoNetStackInstanceRuntimeInfoStateValue: TypeAlias = Literal["inactive", "active", "deactivating", "activating"]
"""The values of HostRuntimeInfoNetStackInstanceRuntimeInfoState these bindings know, for parameters; pass a newer one as ``EnumValue(text, "HostRuntimeInfoNetStackInstanceRuntimeInfoState")``."""


class HostRuntimeInfoStateEncryptionInfoProtectionMode(OpenEnum):
    """HostRuntimeInfoStateEncryptionInfoProtectionMode: an open enumeration of 2 values, since 7.0.3.0."""

    none: Final = "none"
    tpm: Final = "tpm"
    _values_: ClassVar[tuple[str, ...]] = ("none", "tpm", )


HostRuntimeInfoStateEncryptionInfoProtectionModeValue: TypeAlias = Literal["none", "tpm"]
"""The values of HostRuntimeInfoStateEncryptionInfoProtectionMode these bindings know, for parameters; pass a newer one as ``EnumValue(text, "HostRuntimeInfoStateEncryptionInfoProtectionMode")``."""


class HostRuntimeInfoStatelessNvdsMigrationState(OpenEnum):
    """HostRuntimeInfoStatelessNvdsMigrationState: an open enumeration of 3 values, since 7.0.2.0."""

    ready: Final = "ready"
    notNeeded: Final = "notNeeded"
    unknown: Final = "unknown"
    _values_: ClassVar[tuple[str, ...]] = ("ready", "notNeeded", "unknown", )


HostRuntimeInfoStatelessNvdsMigrationStateValue: TypeAlias = Literal["ready", "notNeeded", "unknown"]
"""The values of HostRuntimeInfoStatelessNvdsMigrationState these bindings know, for parameters; pass a newer one as ``EnumValue(text, "HostRuntimeInfoStatelessNvdsMigrationState")``."""


class HostServicePolicy(OpenEnum):
    """HostServicePolicy: an open enumeration of 3 values, since 2.0."""

    on: Final = "on"
    automatic: Final = "automatic"
    off: Final = "off"
    _values_: ClassVar[tuple[str, ...]] = ("on", "automatic", "off", )


HostServicePolicyValue: TypeAlias = Literal["on", "automatic", "off"]
"""The values of HostServicePolicy these bindings know, for parameters; pass a newer one as ``EnumValue(text, "HostServicePolicy")``."""


class HostSevInfoSevState(OpenEnum):
    """HostSevInfoSevState: an open enumeration of 3 values, since 7.0.1.0."""

    uninitialized: Final = "uninitialized"
    initialized: Final = "initialized"
    working: Final = "working"
    _values_: ClassVar[tuple[str, ...]] = ("uninitialized", "initialized", "working", )


HostSevInfoSevStateValue: TypeAlias = Literal["uninitialized", "initialized", "working"]
"""The values of HostSevInfoSevState these bindings know, for parameters; pass a newer one as ``EnumValue(text, "HostSevInfoSevState")``."""


class HostSgxInfoFlcModes(OpenEnum):
    """HostSgxInfoFlcModes: an open enumeration of 3 values, since 7.0.0.0."""

    off: Final = "off"
    locked: Final = "locked"
    unlocked: Final = "unlocked"
    _values_: ClassVar[tuple[str, ...]] = ("off", "locked", "unlocked", )


HostSgxInfoFlcModesValue: TypeAlias = Literal["off", "locked", "unlocked"]
"""The values of HostSgxInfoFlcModes these bindings know, for parameters; pass a newer one as ``EnumValue(text, "HostSgxInfoFlcModes")``."""


class HostSgxInfoSgxStates(OpenEnum):
    """HostSgxInfoSgxStates: an open enumeration of 8 values, since 7.0.0.0."""

    notPresent: Final = "notPresent"
    disabledBIOS: Final = "disabledBIOS"
    disabledCFW101: Final = "disabledCFW101"
    disabledCPUMismatch: Final = "disabledCPUMismatch"
    disabledNoFLC: Final = "disabledNoFLC"
    disabledNUMAUnsup: Final = "disabledNUMAUnsup"
    disabledMaxEPCRegs: Final = "disabledMaxEPCRegs"
    enabled: Final = "enabled"
    _values_: ClassVar[tuple[str, ...]] = ("notPresent", "disabledBIOS", "disabledCFW101", "disabledCPUMismatch", "disabledNoFLC", "disabledNUMAUnsup", "disabledMaxEPCRegs", "enabled", )


HostSgxInfoSgxStatesValue: TypeAlias = Literal["notPresent", "disabledBIOS", "disabledCFW101", "disabledCPUMismatch", "disabledNoFLC", "disabledNUMAUnsup", "disabledMaxEPCRegs", "enabled"]
"""The values of HostSgxInfoSgxStates these bindings know, for parameters; pass a newer one as ``EnumValue(text, "HostSgxInfoSgxStates")``."""


class HostSnmpAgentCapability(OpenEnum):
    """HostSnmpAgentCapability: an open enumeration of 3 values, since 4.0."""

    COMPLETE: Final = "COMPLETE"
    DIAGNOSTICS: Final = "DIAGNOSTICS"
    CONFIGURATION: Final = "CONFIGURATION"
    _values_: ClassVar[tuple[str, ...]] = ("COMPLETE", "DIAGNOSTICS", "CONFIGURATION", )


HostSnmpAgentCapabilityValue: TypeAlias = Literal["COMPLETE", "DIAGNOSTICS", "CONFIGURATION"]
"""The values of HostSnmpAgentCapability these bindings know, for parameters; pass a newer one as ``EnumValue(text, "HostSnmpAgentCapability")``."""


class HostStandbyMode(OpenEnum):
    """HostStandbyMode: an open enumeration of 4 values, since 4.1. Renamed: in_ is "in"."""

    entering: Final = "entering"
    exiting: Final = "exiting"
    in_: Final = "in"
    none: Final = "none"
    _values_: ClassVar[tuple[str, ...]] = ("entering", "exiting", "in", "none", )


HostStandbyModeValue: TypeAlias = Literal["entering", "exiting", "in", "none"]
"""The values of HostStandbyMode these bindings know, for parameters; pass a newer one as ``EnumValue(text, "HostStandbyMode")``."""


class HostStorageProtocol(OpenEnum):
    """HostStorageProtocol: an open enumeration of 2 values, since 7.0.0.0."""

    scsi: Final = "scsi"
    nvme: Final = "nvme"
    _values_: ClassVar[tuple[str, ...]] = ("scsi", "nvme", )


HostStorageProtocolValue: TypeAlias = Literal["scsi", "nvme"]
"""The values of HostStorageProtocol these bindings know, for parameters; pass a newer one as ``EnumValue(text, "HostStorageProtocol")``."""


class HostSystemConnectionState(OpenEnum):
    """HostSystemConnectionState: an open enumeration of 3 values, since 2.0."""

    connected: Final = "connected"
    notResponding: Final = "notResponding"
    disconnected: Final = "disconnected"
    _values_: ClassVar[tuple[str, ...]] = ("connected", "notResponding", "disconnected", )


HostSystemConnectionStateValue: TypeAlias = Literal["connected", "notResponding", "disconnected"]
"""The values of HostSystemConnectionState these bindings know, for parameters; pass a newer one as ``EnumValue(text, "HostSystemConnectionState")``."""


class HostSystemIdentificationInfoIdentifier(OpenEnum):
    """HostSystemIdentificationInfoIdentifier: an open enumeration of 5 values, since 2.5."""

    AssetTag: Final = "AssetTag"
    ServiceTag: Final = "ServiceTag"
    OemSpecificString: Final = "OemSpecificString"
    EnclosureSerialNumberTag: Final = "EnclosureSerialNumberTag"
    SerialNumberTag: Final = "SerialNumberTag"
    _values_: ClassVar[tuple[str, ...]] = ("AssetTag", "ServiceTag", "OemSpecificString", "EnclosureSerialNumberTag", "SerialNumberTag", )


HostSystemIdentificationInfoIdentifierValue: TypeAlias = Literal["AssetTag", "ServiceTag", "OemSpecificString", "EnclosureSerialNumberTag", "SerialNumberTag"]
"""The values of HostSystemIdentificationInfoIdentifier these bindings know, for parameters; pass a newer one as ``EnumValue(text, "HostSystemIdentificationInfoIdentifier")``."""


class HostSystemPowerState(OpenEnum):
    """HostSystemPowerState: an open enumeration of 4 values, since 2.5."""

    poweredOn: Final = "poweredOn"
    poweredOff: Final = "poweredOff"
    standBy: Final = "standBy"
    unknown: Final = "unknown"
    _values_: ClassVar[tuple[str, ...]] = ("poweredOn", "poweredOff", "standBy", "unknown", )


HostSystemPowerStateValue: TypeAlias = Literal["poweredOn", "poweredOff", "standBy", "unknown"]
"""The values of HostSystemPowerState these bindings know, for parameters; pass a newer one as ``EnumValue(text, "HostSystemPowerState")``."""


class HostSystemRemediationStateState(OpenEnum):
    """HostSystemRemediationStateState: an open enumeration of 6 values, since 6.7."""

    remediationReady: Final = "remediationReady"
    precheckRemediationRunning: Final = "precheckRemediationRunning"
    precheckRemediationComplete: Final = "precheckRemediationComplete"
    precheckRemediationFailed: Final = "precheckRemediationFailed"
    remediationRunning: Final = "remediationRunning"
    remediationFailed: Final = "remediationFailed"
    _values_: ClassVar[tuple[str, ...]] = ("remediationReady", "precheckRemediationRunning", "precheckRemediationComplete", "precheckRemediationFailed", "remediationRunning", "remediationFailed", )


HostSystemRemediationStateStateValue: TypeAlias = Literal["remediationReady", "precheckRemediationRunning", "precheckRemediationComplete", "precheckRemediationFailed", "remediationRunning", "remediationFailed"]
"""The values of HostSystemRemediationStateState these bindings know, for parameters; pass a newer one as ``EnumValue(text, "HostSystemRemediationStateState")``."""


class HostTpmAttestationInfoAcceptanceStatus(OpenEnum):
    """HostTpmAttestationInfoAcceptanceStatus: an open enumeration of 2 values, since 6.7."""

    notAccepted: Final = "notAccepted"
    accepted: Final = "accepted"
    _values_: ClassVar[tuple[str, ...]] = ("notAccepted", "accepted", )


HostTpmAttestationInfoAcceptanceStatusValue: TypeAlias = Literal["notAccepted", "accepted"]
"""The values of HostTpmAttestationInfoAcceptanceStatus these bindings know, for parameters; pass a newer one as ``EnumValue(text, "HostTpmAttestationInfoAcceptanceStatus")``."""


class HostTrustAuthorityAttestationInfoAttestationStatus(OpenEnum):
    """HostTrustAuthorityAttestationInfoAttestationStatus: an open enumeration of 3 values, since 7.0.1.0."""

    attested: Final = "attested"
    notAttested: Final = "notAttested"
    unknown: Final = "unknown"
    _values_: ClassVar[tuple[str, ...]] = ("attested", "notAttested", "unknown", )


HostTrustAuthorityAttestationInfoAttestationStatusValue: TypeAlias = Literal["attested", "notAttested", "unknown"]
"""The values of HostTrustAuthorityAttestationInfoAttestationStatus these bindings know, for parameters; pass a newer one as ``EnumValue(text, "HostTrustAuthorityAttestationInfoAttestationStatus")``."""


class HostUnresolvedVmfsExtentUnresolvedReason(OpenEnum):
    """HostUnresolvedVmfsExtentUnresolvedReason: an open enumeration of 2 values, since 4.0."""

    diskIdMismatch: Final = "diskIdMismatch"
    uuidConflict: Final = "uuidConflict"
    _values_: ClassVar[tuple[str, ...]] = ("diskIdMismatch", "uuidConflict", )


HostUnresolvedVmfsExtentUnresolvedReasonValue: TypeAlias = Literal["diskIdMismatch", "uuidConflict"]
"""The values of HostUnresolvedVmfsExtentUnresolvedReason these bindings know, for parameters; pass a newer one as ``EnumValue(text, "HostUnresolvedVmfsExtentUnresolvedReason")``."""


class HostUnresolvedVmfsResolutionSpecVmfsUuidResolution(OpenEnum):
    """HostUnresolvedVmfsResolutionSpecVmfsUuidResolution: an open enumeration of 2 values, since 4.0."""

    resignature: Final = "resignature"
    forceMount: Final = "forceMount"
    _values_: ClassVar[tuple[str, ...]] = ("resignature", "forceMount", )


HostUnresolvedVmfsResolutionSpecVmfsUuidResolutionValue: TypeAlias = Literal["resignature", "forceMount"]
"""The values of HostUnresolvedVmfsResolutionSpecVmfsUuidResolution these bindings know, for parameters; pass a newer one as ``EnumValue(text, "HostUnresolvedVmfsResolutionSpecVmfsUuidResolution")``."""


class HostVirtualNicManagerNicType(OpenEnum):
    """HostVirtualNicManagerNicType: an open enumeration of 12 values, since 4.0."""

    vmotion: Final = "vmotion"
    faultToleranceLogging: Final = "faultToleranceLogging"
    vSphereReplication: Final = "vSphereReplication"
    vSphereReplicationNFC: Final = "vSphereReplicationNFC"
    management: Final = "management"
    vsan: Final = "vsan"
    vSphereProvisioning: Final = "vSphereProvisioning"
    vsanWitness: Final = "vsanWitness"
    vSphereBackupNFC: Final = "vSphereBackupNFC"
    ptp: Final = "ptp"
    nvmeTcp: Final = "nvmeTcp"
    nvmeRdma: Final = "nvmeRdma"
    _values_: ClassVar[tuple[str, ...]] = ("vmotion", "faultToleranceLogging", "vSphereReplication", "vSphereReplicationNFC", "management", "vsan", "vSphereProvisioning", "vsanWitness", "vSphereBackupNFC", "ptp", "nvmeTcp", "nvmeRdma", )


HostVirtualNicManagerNicTypeValue: TypeAlias = Literal["vmotion", "faultToleranceLogging", "vSphereReplication", "vSphereReplicationNFC", "management", "vsan", "vSphereProvisioning", "vsanWitness", "vSphereBackupNFC", "ptp", "nvmeTcp", "nvmeRdma"]
"""The values of HostVirtualNicManagerNicType these bindings know, for parameters; pass a newer one as ``EnumValue(text, "HostVirtualNicManagerNicType")``."""


class HostVmciAccessManagerMode(OpenEnum):
    """HostVmciAccessManagerMode: an open enumeration of 3 values, since 5.0."""

    grant: Final = "grant"
    replace: Final = "replace"
    revoke: Final = "revoke"
    _values_: ClassVar[tuple[str, ...]] = ("grant", "replace", "revoke", )


HostVmciAccessManagerModeValue: TypeAlias = Literal["grant", "replace", "revoke"]
"""The values of HostVmciAccessManagerMode these bindings know, for parameters; pass a newer one as ``EnumValue(text, "HostVmciAccessManagerMode")``."""


class HostVmfsVolumeUnmapBandwidthPolicy(OpenEnum):
    """HostVmfsVolumeUnmapBandwidthPolicy: an open enumeration of 2 values, since 6.7."""

    fixed: Final = "fixed"
    dynamic: Final = "dynamic"
    _values_: ClassVar[tuple[str, ...]] = ("fixed", "dynamic", )


HostVmfsVolumeUnmapBandwidthPolicyValue: TypeAlias = Literal["fixed", "dynamic"]
"""The values of HostVmfsVolumeUnmapBandwidthPolicy these bindings know, for parameters; pass a newer one as ``EnumValue(text, "HostVmfsVolumeUnmapBandwidthPolicy")``."""


class HostVmfsVolumeUnmapPriority(OpenEnum):
    """HostVmfsVolumeUnmapPriority: an open enumeration of 2 values, since 6.5."""

    none: Final = "none"
    low: Final = "low"
    _values_: ClassVar[tuple[str, ...]] = ("none", "low", )


HostVmfsVolumeUnmapPriorityValue: TypeAlias = Literal["none", "low"]
"""The values of HostVmfsVolumeUnmapPriority these bindings know, for parameters; pass a newer one as ``EnumValue(text, "HostVmfsVolumeUnmapPriority")``."""


class HttpNfcLeaseManifestEntryChecksumType(OpenEnum):
    """HttpNfcLeaseManifestEntryChecksumType: an open enumeration of 2 values, since 6.7."""

    sha1: Final = "sha1"
    sha256: Final = "sha256"
    _values_: ClassVar[tuple[str, ...]] = ("sha1", "sha256", )


HttpNfcLeaseManifestEntryChecksumTypeValue: TypeAlias = Literal["sha1", "sha256"]
"""The values of HttpNfcLeaseManifestEntryChecksumType these bindings know, for parameters; pass a newer one as ``EnumValue(text, "HttpNfcLeaseManifestEntryChecksumType")``."""


class HttpNfcLeaseMode(OpenEnum):
    """HttpNfcLeaseMode: an open enumeration of 2 values, since 6.7."""

    pushOrGet: Final = "pushOrGet"
    pull: Final = "pull"
    _values_: ClassVar[tuple[str, ...]] = ("pushOrGet", "pull", )


HttpNfcLeaseModeValue: TypeAlias = Literal["pushOrGet", "pull"]
"""The values of HttpNfcLeaseMode these bindings know, for parameters; pass a newer one as ``EnumValue(text, "HttpNfcLeaseMode")``."""


class HttpNfcLeaseState(OpenEnum):
    """HttpNfcLeaseState: an open enumeration of 4 values, since 4.0."""

    initializing: Final = "initializing"
    ready: Final = "ready"
    done: Final = "done"
    error: Final = "error"
    _values_: ClassVar[tuple[str, ...]] = ("initializing", "ready", "done", "error", )


HttpNfcLeaseStateValue: TypeAlias = Literal["initializing", "ready", "done", "error"]
"""The values of HttpNfcLeaseState these bindings know, for parameters; pass a newer one as ``EnumValue(text, "HttpNfcLeaseState")``."""


class IncompatibleHostForVmReplicationIncompatibleReason(OpenEnum):
    """IncompatibleHostForVmReplicationIncompatibleReason: an open enumeration of 2 values, since 6.0."""

    rpo: Final = "rpo"
    netCompression: Final = "netCompression"
    _values_: ClassVar[tuple[str, ...]] = ("rpo", "netCompression", )


IncompatibleHostForVmReplicationIncompatibleReasonValue: TypeAlias = Literal["rpo", "netCompression"]
"""The values of IncompatibleHostForVmReplicationIncompatibleReason these bindings know, for parameters; pass a newer one as ``EnumValue(text, "IncompatibleHostForVmReplicationIncompatibleReason")``."""


class InternetScsiSnsDiscoveryMethod(OpenEnum):
    """InternetScsiSnsDiscoveryMethod: an open enumeration of 3 values, since 2.0."""

    isnsStatic: Final = "isnsStatic"
    isnsDhcp: Final = "isnsDhcp"
    isnsSlp: Final = "isnsSlp"
    _values_: ClassVar[tuple[str, ...]] = ("isnsStatic", "isnsDhcp", "isnsSlp", )


InternetScsiSnsDiscoveryMethodValue: TypeAlias = Literal["isnsStatic", "isnsDhcp", "isnsSlp"]
"""The values of InternetScsiSnsDiscoveryMethod these bindings know, for parameters; pass a newer one as ``EnumValue(text, "InternetScsiSnsDiscoveryMethod")``."""


class InvalidDasConfigArgumentEntryForInvalidArgument(OpenEnum):
    """InvalidDasConfigArgumentEntryForInvalidArgument: an open enumeration of 3 values, since 5.1."""

    admissionControl: Final = "admissionControl"
    userHeartbeatDs: Final = "userHeartbeatDs"
    vmConfig: Final = "vmConfig"
    _values_: ClassVar[tuple[str, ...]] = ("admissionControl", "userHeartbeatDs", "vmConfig", )


InvalidDasConfigArgumentEntryForInvalidArgumentValue: TypeAlias = Literal["admissionControl", "userHeartbeatDs", "vmConfig"]
"""The values of InvalidDasConfigArgumentEntryForInvalidArgument these bindings know, for parameters; pass a newer one as ``EnumValue(text, "InvalidDasConfigArgumentEntryForInvalidArgument")``."""


class InvalidProfileReferenceHostReason(OpenEnum):
    """InvalidProfileReferenceHostReason: an open enumeration of 2 values, since 5.0."""

    incompatibleVersion: Final = "incompatibleVersion"
    missingReferenceHost: Final = "missingReferenceHost"
    _values_: ClassVar[tuple[str, ...]] = ("incompatibleVersion", "missingReferenceHost", )


InvalidProfileReferenceHostReasonValue: TypeAlias = Literal["incompatibleVersion", "missingReferenceHost"]
"""The values of InvalidProfileReferenceHostReason these bindings know, for parameters; pass a newer one as ``EnumValue(text, "InvalidProfileReferenceHostReason")``."""


class IoFilterOperation(OpenEnum):
    """IoFilterOperation: an open enumeration of 3 values, since 6.0."""

    install: Final = "install"
    uninstall: Final = "uninstall"
    upgrade: Final = "upgrade"
    _values_: ClassVar[tuple[str, ...]] = ("install", "uninstall", "upgrade", )


IoFilterOperationValue: TypeAlias = Literal["install", "uninstall", "upgrade"]
"""The values of IoFilterOperation these bindings know, for parameters; pass a newer one as ``EnumValue(text, "IoFilterOperation")``."""


class IoFilterType(OpenEnum):
    """IoFilterType: an open enumeration of 8 values, since 6.5."""

    cache: Final = "cache"
    replication: Final = "replication"
    encryption: Final = "encryption"
    compression: Final = "compression"
    inspection: Final = "inspection"
    datastoreIoControl: Final = "datastoreIoControl"
    dataProvider: Final = "dataProvider"
    dataCapture: Final = "dataCapture"
    _values_: ClassVar[tuple[str, ...]] = ("cache", "replication", "encryption", "compression", "inspection", "datastoreIoControl", "dataProvider", "dataCapture", )


IoFilterTypeValue: TypeAlias = Literal["cache", "replication", "encryption", "compression", "inspection", "datastoreIoControl", "dataProvider", "dataCapture"]
"""The values of IoFilterType these bindings know, for parameters; pass a newer one as ``EnumValue(text, "IoFilterType")``."""


class IscsiPortInfoPathStatus(OpenEnum):
    """IscsiPortInfoPathStatus: an open enumeration of 4 values, since 5.0."""

    notUsed: Final = "notUsed"
    active: Final = "active"
    standBy: Final = "standBy"
    lastActive: Final = "lastActive"
    _values_: ClassVar[tuple[str, ...]] = ("notUsed", "active", "standBy", "lastActive", )


IscsiPortInfoPathStatusValue: TypeAlias = Literal["notUsed", "active", "standBy", "lastActive"]
"""The values of IscsiPortInfoPathStatus these bindings know, for parameters; pass a newer one as ``EnumValue(text, "IscsiPortInfoPathStatus")``."""


class KmipClusterInfoKmsManagementType(OpenEnum):
    """KmipClusterInfoKmsManagementType: an open enumeration of 4 values, since 7.0.0.0."""

    unknown: Final = "unknown"
    vCenter: Final = "vCenter"
    trustAuthority: Final = "trustAuthority"
    nativeProvider: Final = "nativeProvider"
    _values_: ClassVar[tuple[str, ...]] = ("unknown", "vCenter", "trustAuthority", "nativeProvider", )


KmipClusterInfoKmsManagementTypeValue: TypeAlias = Literal["unknown", "vCenter", "trustAuthority", "nativeProvider"]
"""The values of KmipClusterInfoKmsManagementType these bindings know, for parameters; pass a newer one as ``EnumValue(text, "KmipClusterInfoKmsManagementType")``."""


class LatencySensitivitySensitivityLevel(OpenEnum):
    """LatencySensitivitySensitivityLevel: an open enumeration of 5 values, since 5.1."""

    low: Final = "low"
    normal: Final = "normal"
    medium: Final = "medium"
    high: Final = "high"
    custom: Final = "custom"
    _values_: ClassVar[tuple[str, ...]] = ("low", "normal", "medium", "high", "custom", )


LatencySensitivitySensitivityLevelValue: TypeAlias = Literal["low", "normal", "medium", "high", "custom"]
"""The values of LatencySensitivitySensitivityLevel these bindings know, for parameters; pass a newer one as ``EnumValue(text, "LatencySensitivitySensitivityLevel")``."""


class LicenseAssignmentFailedReason(OpenEnum):
    """LicenseAssignmentFailedReason: an open enumeration of 4 values, since 4.0."""

    keyEntityMismatch: Final = "keyEntityMismatch"
    downgradeDisallowed: Final = "downgradeDisallowed"
    inventoryNotManageableByVirtualCenter: Final = "inventoryNotManageableByVirtualCenter"
    hostsUnmanageableByVirtualCenterWithoutLicenseServer: Final = "hostsUnmanageableByVirtualCenterWithoutLicenseServer"
    _values_: ClassVar[tuple[str, ...]] = ("keyEntityMismatch", "downgradeDisallowed", "inventoryNotManageableByVirtualCenter", "hostsUnmanageableByVirtualCenterWithoutLicenseServer", )


LicenseAssignmentFailedReasonValue: TypeAlias = Literal["keyEntityMismatch", "downgradeDisallowed", "inventoryNotManageableByVirtualCenter", "hostsUnmanageableByVirtualCenterWithoutLicenseServer"]
"""The values of LicenseAssignmentFailedReason these bindings know, for parameters; pass a newer one as ``EnumValue(text, "LicenseAssignmentFailedReason")``."""


class LicenseFeatureInfoSourceRestriction(OpenEnum):
    """LicenseFeatureInfoSourceRestriction: an open enumeration of 3 values, since 2.5."""

    unrestricted: Final = "unrestricted"
    served: Final = "served"
    file: Final = "file"
    _values_: ClassVar[tuple[str, ...]] = ("unrestricted", "served", "file", )


LicenseFeatureInfoSourceRestrictionValue: TypeAlias = Literal["unrestricted", "served", "file"]
"""The values of LicenseFeatureInfoSourceRestriction these bindings know, for parameters; pass a newer one as ``EnumValue(text, "LicenseFeatureInfoSourceRestriction")``."""


class LicenseFeatureInfoState(OpenEnum):
    """LicenseFeatureInfoState: an open enumeration of 3 values, since 2.0."""

    enabled: Final = "enabled"
    disabled: Final = "disabled"
    optional: Final = "optional"
    _values_: ClassVar[tuple[str, ...]] = ("enabled", "disabled", "optional", )


LicenseFeatureInfoStateValue: TypeAlias = Literal["enabled", "disabled", "optional"]
"""The values of LicenseFeatureInfoState these bindings know, for parameters; pass a newer one as ``EnumValue(text, "LicenseFeatureInfoState")``."""


class LicenseFeatureInfoUnit(OpenEnum):
    """LicenseFeatureInfoUnit: an open enumeration of 5 values, since 2.0."""

    host: Final = "host"
    cpuCore: Final = "cpuCore"
    cpuPackage: Final = "cpuPackage"
    server: Final = "server"
    vm: Final = "vm"
    _values_: ClassVar[tuple[str, ...]] = ("host", "cpuCore", "cpuPackage", "server", "vm", )


LicenseFeatureInfoUnitValue: TypeAlias = Literal["host", "cpuCore", "cpuPackage", "server", "vm"]
"""The values of LicenseFeatureInfoUnit these bindings know, for parameters; pass a newer one as ``EnumValue(text, "LicenseFeatureInfoUnit")``."""


class LicenseManagerLicenseKey(OpenEnum):
    """LicenseManagerLicenseKey: an open enumeration of 17 values, since 2.0."""

    esxFull: Final = "esxFull"
    esxVmtn: Final = "esxVmtn"
    esxExpress: Final = "esxExpress"
    san: Final = "san"
    iscsi: Final = "iscsi"
    nas: Final = "nas"
    vsmp: Final = "vsmp"
    backup: Final = "backup"
    vc: Final = "vc"
    vcExpress: Final = "vcExpress"
    esxHost: Final = "esxHost"
    gsxHost: Final = "gsxHost"
    serverHost: Final = "serverHost"
    drsPower: Final = "drsPower"
    vmotion: Final = "vmotion"
    drs: Final = "drs"
    das: Final = "das"
    _values_: ClassVar[tuple[str, ...]] = ("esxFull", "esxVmtn", "esxExpress", "san", "iscsi", "nas", "vsmp", "backup", "vc", "vcExpress", "esxHost", "gsxHost", "serverHost", "drsPower", "vmotion", "drs", "das", )


LicenseManagerLicenseKeyValue: TypeAlias = Literal["esxFull", "esxVmtn", "esxExpress", "san", "iscsi", "nas", "vsmp", "backup", "vc", "vcExpress", "esxHost", "gsxHost", "serverHost", "drsPower", "vmotion", "drs", "das"]
"""The values of LicenseManagerLicenseKey these bindings know, for parameters; pass a newer one as ``EnumValue(text, "LicenseManagerLicenseKey")``."""


class LicenseManagerState(OpenEnum):
    """LicenseManagerState: an open enumeration of 4 values, since 2.5."""

    initializing: Final = "initializing"
    normal: Final = "normal"
    marginal: Final = "marginal"
    fault: Final = "fault"
    _values_: ClassVar[tuple[str, ...]] = ("initializing", "normal", "marginal", "fault", )


LicenseManagerStateValue: TypeAlias = Literal["initializing", "normal", "marginal", "fault"]
"""The values of LicenseManagerState these bindings know, for parameters; pass a newer one as ``EnumValue(text, "LicenseManagerState")``."""


class LicenseReservationInfoState(OpenEnum):
    """LicenseReservationInfoState: an open enumeration of 4 values, since 2.0."""

    notUsed: Final = "notUsed"
    noLicense: Final = "noLicense"
    unlicensedUse: Final = "unlicensedUse"
    licensed: Final = "licensed"
    _values_: ClassVar[tuple[str, ...]] = ("notUsed", "noLicense", "unlicensedUse", "licensed", )


LicenseReservationInfoStateValue: TypeAlias = Literal["notUsed", "noLicense", "unlicensedUse", "licensed"]
"""The values of LicenseReservationInfoState these bindings know, for parameters; pass a newer one as ``EnumValue(text, "LicenseReservationInfoState")``."""


class LinkDiscoveryProtocolConfigOperationType(OpenEnum):
    """LinkDiscoveryProtocolConfigOperationType: an open enumeration of 4 values, since 4.0."""

    none: Final = "none"
    listen: Final = "listen"
    advertise: Final = "advertise"
    both: Final = "both"
    _values_: ClassVar[tuple[str, ...]] = ("none", "listen", "advertise", "both", )


LinkDiscoveryProtocolConfigOperationTypeValue: TypeAlias = Literal["none", "listen", "advertise", "both"]
"""The values of LinkDiscoveryProtocolConfigOperationType these bindings know, for parameters; pass a newer one as ``EnumValue(text, "LinkDiscoveryProtocolConfigOperationType")``."""


class LinkDiscoveryProtocolConfigProtocolType(OpenEnum):
    """LinkDiscoveryProtocolConfigProtocolType: an open enumeration of 2 values, since 4.0."""

    cdp: Final = "cdp"
    lldp: Final = "lldp"
    _values_: ClassVar[tuple[str, ...]] = ("cdp", "lldp", )


LinkDiscoveryProtocolConfigProtocolTypeValue: TypeAlias = Literal["cdp", "lldp"]
"""The values of LinkDiscoveryProtocolConfigProtocolType these bindings know, for parameters; pass a newer one as ``EnumValue(text, "LinkDiscoveryProtocolConfigProtocolType")``."""


class ManagedEntityStatus(OpenEnum):
    """ManagedEntityStatus: an open enumeration of 4 values, since 2.0."""

    gray: Final = "gray"
    green: Final = "green"
    yellow: Final = "yellow"
    red: Final = "red"
    _values_: ClassVar[tuple[str, ...]] = ("gray", "green", "yellow", "red", )


ManagedEntityStatusValue: TypeAlias = Literal["gray", "green", "yellow", "red"]
"""The values of ManagedEntityStatus these bindings know, for parameters; pass a newer one as ``EnumValue(text, "ManagedEntityStatus")``."""


class MetricAlarmOperator(OpenEnum):
    """MetricAlarmOperator: an open enumeration of 2 values, since 2.0."""

    isAbove: Final = "isAbove"
    isBelow: Final = "isBelow"
    _values_: ClassVar[tuple[str, ...]] = ("isAbove", "isBelow", )


MetricAlarmOperatorValue: TypeAlias = Literal["isAbove", "isBelow"]
"""The values of MetricAlarmOperator these bindings know, for parameters; pass a newer one as ``EnumValue(text, "MetricAlarmOperator")``."""


class MultipathState(OpenEnum):
    """MultipathState: an open enumeration of 5 values, since 2.0."""

    standby: Final = "standby"
    active: Final = "active"
    disabled: Final = "disabled"
    dead: Final = "dead"
    unknown: Final = "unknown"
    _values_: ClassVar[tuple[str, ...]] = ("standby", "active", "disabled", "dead", "unknown", )


MultipathStateValue: TypeAlias = Literal["standby", "active", "disabled", "dead", "unknown"]
"""The values of MultipathState these bindings know, for parameters; pass a newer one as ``EnumValue(text, "MultipathState")``."""


class NetBIOSConfigInfoMode(OpenEnum):
    """NetBIOSConfigInfoMode: an open enumeration of 4 values, since 4.1."""

    unknown: Final = "unknown"
    enabled: Final = "enabled"
    disabled: Final = "disabled"
    enabledViaDHCP: Final = "enabledViaDHCP"
    _values_: ClassVar[tuple[str, ...]] = ("unknown", "enabled", "disabled", "enabledViaDHCP", )


NetBIOSConfigInfoModeValue: TypeAlias = Literal["unknown", "enabled", "disabled", "enabledViaDHCP"]
"""The values of NetBIOSConfigInfoMode these bindings know, for parameters; pass a newer one as ``EnumValue(text, "NetBIOSConfigInfoMode")``."""


class NetIpConfigInfoIpAddressOrigin(OpenEnum):
    """NetIpConfigInfoIpAddressOrigin: an open enumeration of 5 values, since 4.1."""

    other: Final = "other"
    manual: Final = "manual"
    dhcp: Final = "dhcp"
    linklayer: Final = "linklayer"
    random: Final = "random"
    _values_: ClassVar[tuple[str, ...]] = ("other", "manual", "dhcp", "linklayer", "random", )


NetIpConfigInfoIpAddressOriginValue: TypeAlias = Literal["other", "manual", "dhcp", "linklayer", "random"]
"""The values of NetIpConfigInfoIpAddressOrigin these bindings know, for parameters; pass a newer one as ``EnumValue(text, "NetIpConfigInfoIpAddressOrigin")``."""


class NetIpConfigInfoIpAddressStatus(OpenEnum):
    """NetIpConfigInfoIpAddressStatus: an open enumeration of 7 values, since 4.1."""

    preferred: Final = "preferred"
    deprecated: Final = "deprecated"
    invalid: Final = "invalid"
    inaccessible: Final = "inaccessible"
    unknown: Final = "unknown"
    tentative: Final = "tentative"
    duplicate: Final = "duplicate"
    _values_: ClassVar[tuple[str, ...]] = ("preferred", "deprecated", "invalid", "inaccessible", "unknown", "tentative", "duplicate", )


NetIpConfigInfoIpAddressStatusValue: TypeAlias = Literal["preferred", "deprecated", "invalid", "inaccessible", "unknown", "tentative", "duplicate"]
"""The values of NetIpConfigInfoIpAddressStatus these bindings know, for parameters; pass a newer one as ``EnumValue(text, "NetIpConfigInfoIpAddressStatus")``."""


class NetIpStackInfoEntryType(OpenEnum):
    """NetIpStackInfoEntryType: an open enumeration of 4 values, since 4.1."""

    other: Final = "other"
    invalid: Final = "invalid"
    dynamic: Final = "dynamic"
    manual: Final = "manual"
    _values_: ClassVar[tuple[str, ...]] = ("other", "invalid", "dynamic", "manual", )


NetIpStackInfoEntryTypeValue: TypeAlias = Literal["other", "invalid", "dynamic", "manual"]
"""The values of NetIpStackInfoEntryType these bindings know, for parameters; pass a newer one as ``EnumValue(text, "NetIpStackInfoEntryType")``."""


class NetIpStackInfoPreference(OpenEnum):
    """NetIpStackInfoPreference: an open enumeration of 4 values, since 4.1."""

    reserved: Final = "reserved"
    low: Final = "low"
    medium: Final = "medium"
    high: Final = "high"
    _values_: ClassVar[tuple[str, ...]] = ("reserved", "low", "medium", "high", )


NetIpStackInfoPreferenceValue: TypeAlias = Literal["reserved", "low", "medium", "high"]
"""The values of NetIpStackInfoPreference these bindings know, for parameters; pass a newer one as ``EnumValue(text, "NetIpStackInfoPreference")``."""


class NotSupportedDeviceForFTDeviceType(OpenEnum):
    """NotSupportedDeviceForFTDeviceType: an open enumeration of 2 values, since 4.1."""

    virtualVmxnet3: Final = "virtualVmxnet3"
    paraVirtualSCSIController: Final = "paraVirtualSCSIController"
    _values_: ClassVar[tuple[str, ...]] = ("virtualVmxnet3", "paraVirtualSCSIController", )


NotSupportedDeviceForFTDeviceTypeValue: TypeAlias = Literal["virtualVmxnet3", "paraVirtualSCSIController"]
"""The values of NotSupportedDeviceForFTDeviceType these bindings know, for parameters; pass a newer one as ``EnumValue(text, "NotSupportedDeviceForFTDeviceType")``."""


class NumVirtualCpusIncompatibleReason(OpenEnum):
    """NumVirtualCpusIncompatibleReason: an open enumeration of 2 values, since 4.0."""

    recordReplay: Final = "recordReplay"
    faultTolerance: Final = "faultTolerance"
    _values_: ClassVar[tuple[str, ...]] = ("recordReplay", "faultTolerance", )


NumVirtualCpusIncompatibleReasonValue: TypeAlias = Literal["recordReplay", "faultTolerance"]
"""The values of NumVirtualCpusIncompatibleReason these bindings know, for parameters; pass a newer one as ``EnumValue(text, "NumVirtualCpusIncompatibleReason")``."""


class NvdimmInterleaveSetState(OpenEnum):
    """NvdimmInterleaveSetState: an open enumeration of 2 values, since 6.7."""

    invalid: Final = "invalid"
    active: Final = "active"
    _values_: ClassVar[tuple[str, ...]] = ("invalid", "active", )


NvdimmInterleaveSetStateValue: TypeAlias = Literal["invalid", "active"]
"""The values of NvdimmInterleaveSetState these bindings know, for parameters; pass a newer one as ``EnumValue(text, "NvdimmInterleaveSetState")``."""


class NvdimmNamespaceDetailsHealthStatus(OpenEnum):
    """NvdimmNamespaceDetailsHealthStatus: an open enumeration of 5 values, since 6.7.1."""

    normal: Final = "normal"
    missing: Final = "missing"
    labelMissing: Final = "labelMissing"
    interleaveBroken: Final = "interleaveBroken"
    labelInconsistent: Final = "labelInconsistent"
    _values_: ClassVar[tuple[str, ...]] = ("normal", "missing", "labelMissing", "interleaveBroken", "labelInconsistent", )


NvdimmNamespaceDetailsHealthStatusValue: TypeAlias = Literal["normal", "missing", "labelMissing", "interleaveBroken", "labelInconsistent"]
"""The values of NvdimmNamespaceDetailsHealthStatus these bindings know, for parameters; pass a newer one as ``EnumValue(text, "NvdimmNamespaceDetailsHealthStatus")``."""


class NvdimmNamespaceDetailsState(OpenEnum):
    """NvdimmNamespaceDetailsState: an open enumeration of 3 values, since 6.7.1."""

    invalid: Final = "invalid"
    notInUse: Final = "notInUse"
    inUse: Final = "inUse"
    _values_: ClassVar[tuple[str, ...]] = ("invalid", "notInUse", "inUse", )


NvdimmNamespaceDetailsStateValue: TypeAlias = Literal["invalid", "notInUse", "inUse"]
"""The values of NvdimmNamespaceDetailsState these bindings know, for parameters; pass a newer one as ``EnumValue(text, "NvdimmNamespaceDetailsState")``."""


class NvdimmNamespaceHealthStatus(OpenEnum):
    """NvdimmNamespaceHealthStatus: an open enumeration of 7 values, since 6.7."""

    normal: Final = "normal"
    missing: Final = "missing"
    labelMissing: Final = "labelMissing"
    interleaveBroken: Final = "interleaveBroken"
    labelInconsistent: Final = "labelInconsistent"
    bttCorrupt: Final = "bttCorrupt"
    badBlockSize: Final = "badBlockSize"
    _values_: ClassVar[tuple[str, ...]] = ("normal", "missing", "labelMissing", "interleaveBroken", "labelInconsistent", "bttCorrupt", "badBlockSize", )


NvdimmNamespaceHealthStatusValue: TypeAlias = Literal["normal", "missing", "labelMissing", "interleaveBroken", "labelInconsistent", "bttCorrupt", "badBlockSize"]
"""The values of NvdimmNamespaceHealthStatus these bindings know, for parameters; pass a newer one as ``EnumValue(text, "NvdimmNamespaceHealthStatus")``."""


class NvdimmNamespaceState(OpenEnum):
    """NvdimmNamespaceState: an open enumeration of 3 values, since 6.7."""

    invalid: Final = "invalid"
    notInUse: Final = "notInUse"
    inUse: Final = "inUse"
    _values_: ClassVar[tuple[str, ...]] = ("invalid", "notInUse", "inUse", )


NvdimmNamespaceStateValue: TypeAlias = Literal["invalid", "notInUse", "inUse"]
"""The values of NvdimmNamespaceState these bindings know, for parameters; pass a newer one as ``EnumValue(text, "NvdimmNamespaceState")``."""


class NvdimmNamespaceType(OpenEnum):
    """NvdimmNamespaceType: an open enumeration of 2 values, since 6.7."""

    blockNamespace: Final = "blockNamespace"
    persistentNamespace: Final = "persistentNamespace"
    _values_: ClassVar[tuple[str, ...]] = ("blockNamespace", "persistentNamespace", )


NvdimmNamespaceTypeValue: TypeAlias = Literal["blockNamespace", "persistentNamespace"]
"""The values of NvdimmNamespaceType these bindings know, for parameters; pass a newer one as ``EnumValue(text, "NvdimmNamespaceType")``."""


class NvdimmNvdimmHealthInfoState(OpenEnum):
    """NvdimmNvdimmHealthInfoState: an open enumeration of 2 values, since 6.7."""

    normal: Final = "normal"
    error: Final = "error"
    _values_: ClassVar[tuple[str, ...]] = ("normal", "error", )


NvdimmNvdimmHealthInfoStateValue: TypeAlias = Literal["normal", "error"]
"""The values of NvdimmNvdimmHealthInfoState these bindings know, for parameters; pass a newer one as ``EnumValue(text, "NvdimmNvdimmHealthInfoState")``."""


class NvdimmRangeType(OpenEnum):
    """NvdimmRangeType: an open enumeration of 8 values, since 6.7."""

    volatileRange: Final = "volatileRange"
    persistentRange: Final = "persistentRange"
    controlRange: Final = "controlRange"
    blockRange: Final = "blockRange"
    volatileVirtualDiskRange: Final = "volatileVirtualDiskRange"
    volatileVirtualCDRange: Final = "volatileVirtualCDRange"
    persistentVirtualDiskRange: Final = "persistentVirtualDiskRange"
    persistentVirtualCDRange: Final = "persistentVirtualCDRange"
    _values_: ClassVar[tuple[str, ...]] = ("volatileRange", "persistentRange", "controlRange", "blockRange", "volatileVirtualDiskRange", "volatileVirtualCDRange", "persistentVirtualDiskRange", "persistentVirtualCDRange", )


NvdimmRangeTypeValue: TypeAlias = Literal["volatileRange", "persistentRange", "controlRange", "blockRange", "volatileVirtualDiskRange", "volatileVirtualCDRange", "persistentVirtualDiskRange", "persistentVirtualCDRange"]
"""The values of NvdimmRangeType these bindings know, for parameters; pass a newer one as ``EnumValue(text, "NvdimmRangeType")``."""


class ObjectUpdateKind(OpenEnum):
    """ObjectUpdateKind: an open enumeration of 3 values, since 2.0."""

    modify: Final = "modify"
    enter: Final = "enter"
    leave: Final = "leave"
    _values_: ClassVar[tuple[str, ...]] = ("modify", "enter", "leave", )


ObjectUpdateKindValue: TypeAlias = Literal["modify", "enter", "leave"]
"""The values of ObjectUpdateKind these bindings know, for parameters; pass a newer one as ``EnumValue(text, "ObjectUpdateKind")``."""


class OvfConsumerOstNodeType(OpenEnum):
    """OvfConsumerOstNodeType: an open enumeration of 3 values, since 5.0."""

    envelope: Final = "envelope"
    virtualSystem: Final = "virtualSystem"
    virtualSystemCollection: Final = "virtualSystemCollection"
    _values_: ClassVar[tuple[str, ...]] = ("envelope", "virtualSystem", "virtualSystemCollection", )


OvfConsumerOstNodeTypeValue: TypeAlias = Literal["envelope", "virtualSystem", "virtualSystemCollection"]
"""The values of OvfConsumerOstNodeType these bindings know, for parameters; pass a newer one as ``EnumValue(text, "OvfConsumerOstNodeType")``."""


class OvfCreateImportSpecParamsDiskProvisioningType(OpenEnum):
    """OvfCreateImportSpecParamsDiskProvisioningType: an open enumeration of 10 values, since 4.1."""

    monolithicSparse: Final = "monolithicSparse"
    monolithicFlat: Final = "monolithicFlat"
    twoGbMaxExtentSparse: Final = "twoGbMaxExtentSparse"
    twoGbMaxExtentFlat: Final = "twoGbMaxExtentFlat"
    thin: Final = "thin"
    thick: Final = "thick"
    seSparse: Final = "seSparse"
    eagerZeroedThick: Final = "eagerZeroedThick"
    sparse: Final = "sparse"
    flat: Final = "flat"
    _values_: ClassVar[tuple[str, ...]] = ("monolithicSparse", "monolithicFlat", "twoGbMaxExtentSparse", "twoGbMaxExtentFlat", "thin", "thick", "seSparse", "eagerZeroedThick", "sparse", "flat", )


OvfCreateImportSpecParamsDiskProvisioningTypeValue: TypeAlias = Literal["monolithicSparse", "monolithicFlat", "twoGbMaxExtentSparse", "twoGbMaxExtentFlat", "thin", "thick", "seSparse", "eagerZeroedThick", "sparse", "flat"]
"""The values of OvfCreateImportSpecParamsDiskProvisioningType these bindings know, for parameters; pass a newer one as ``EnumValue(text, "OvfCreateImportSpecParamsDiskProvisioningType")``."""


class PerfFormat(OpenEnum):
    """PerfFormat: an open enumeration of 2 values, since 2.0."""

    normal: Final = "normal"
    csv: Final = "csv"
    _values_: ClassVar[tuple[str, ...]] = ("normal", "csv", )


PerfFormatValue: TypeAlias = Literal["normal", "csv"]
"""The values of PerfFormat these bindings know, for parameters; pass a newer one as ``EnumValue(text, "PerfFormat")``."""


class PerfStatsType(OpenEnum):
    """PerfStatsType: an open enumeration of 3 values, since 2.0."""

    absolute: Final = "absolute"
    delta: Final = "delta"
    rate: Final = "rate"
    _values_: ClassVar[tuple[str, ...]] = ("absolute", "delta", "rate", )


PerfStatsTypeValue: TypeAlias = Literal["absolute", "delta", "rate"]
"""The values of PerfStatsType these bindings know, for parameters; pass a newer one as ``EnumValue(text, "PerfStatsType")``."""


class PerfSummaryType(OpenEnum):
    """PerfSummaryType: an open enumeration of 6 values, since 2.0."""

    average: Final = "average"
    maximum: Final = "maximum"
    minimum: Final = "minimum"
    latest: Final = "latest"
    summation: Final = "summation"
    none: Final = "none"
    _values_: ClassVar[tuple[str, ...]] = ("average", "maximum", "minimum", "latest", "summation", "none", )


PerfSummaryTypeValue: TypeAlias = Literal["average", "maximum", "minimum", "latest", "summation", "none"]
"""The values of PerfSummaryType these bindings know, for parameters; pass a newer one as ``EnumValue(text, "PerfSummaryType")``."""


class PerformanceManagerUnit(OpenEnum):
    """PerformanceManagerUnit: an open enumeration of 14 values, since 2.0."""

    percent: Final = "percent"
    kiloBytes: Final = "kiloBytes"
    megaBytes: Final = "megaBytes"
    megaHertz: Final = "megaHertz"
    number: Final = "number"
    microsecond: Final = "microsecond"
    millisecond: Final = "millisecond"
    second: Final = "second"
    kiloBytesPerSecond: Final = "kiloBytesPerSecond"
    megaBytesPerSecond: Final = "megaBytesPerSecond"
    watt: Final = "watt"
    joule: Final = "joule"
    teraBytes: Final = "teraBytes"
    celsius: Final = "celsius"
    _values_: ClassVar[tuple[str, ...]] = ("percent", "kiloBytes", "megaBytes", "megaHertz", "number", "microsecond", "millisecond", "second", "kiloBytesPerSecond", "megaBytesPerSecond", "watt", "joule", "teraBytes", "celsius", )


PerformanceManagerUnitValue: TypeAlias = Literal["percent", "kiloBytes", "megaBytes", "megaHertz", "number", "microsecond", "millisecond", "second", "kiloBytesPerSecond", "megaBytesPerSecond", "watt", "joule", "teraBytes", "celsius"]
"""The values of PerformanceManagerUnit these bindings know, for parameters; pass a newer one as ``EnumValue(text, "PerformanceManagerUnit")``."""


class PhysicalNicResourcePoolSchedulerDisallowedReason(OpenEnum):
    """PhysicalNicResourcePoolSchedulerDisallowedReason: an open enumeration of 2 values, since 4.1."""

    userOptOut: Final = "userOptOut"
    hardwareUnsupported: Final = "hardwareUnsupported"
    _values_: ClassVar[tuple[str, ...]] = ("userOptOut", "hardwareUnsupported", )


PhysicalNicResourcePoolSchedulerDisallowedReasonValue: TypeAlias = Literal["userOptOut", "hardwareUnsupported"]
"""The values of PhysicalNicResourcePoolSchedulerDisallowedReason these bindings know, for parameters; pass a newer one as ``EnumValue(text, "PhysicalNicResourcePoolSchedulerDisallowedReason")``."""


class PhysicalNicVmDirectPathGen2SupportedMode(OpenEnum):
    """PhysicalNicVmDirectPathGen2SupportedMode: an open enumeration of 1 values, since 4.1."""

    upt: Final = "upt"
    _values_: ClassVar[tuple[str, ...]] = ("upt", )


PhysicalNicVmDirectPathGen2SupportedModeValue: TypeAlias = Literal["upt"]
"""The values of PhysicalNicVmDirectPathGen2SupportedMode these bindings know, for parameters; pass a newer one as ``EnumValue(text, "PhysicalNicVmDirectPathGen2SupportedMode")``."""


class PlacementAffinityRuleRuleScope(OpenEnum):
    """PlacementAffinityRuleRuleScope: an open enumeration of 4 values, since 6.0."""

    cluster: Final = "cluster"
    host: Final = "host"
    storagePod: Final = "storagePod"
    datastore: Final = "datastore"
    _values_: ClassVar[tuple[str, ...]] = ("cluster", "host", "storagePod", "datastore", )


PlacementAffinityRuleRuleScopeValue: TypeAlias = Literal["cluster", "host", "storagePod", "datastore"]
"""The values of PlacementAffinityRuleRuleScope these bindings know, for parameters; pass a newer one as ``EnumValue(text, "PlacementAffinityRuleRuleScope")``."""


class PlacementAffinityRuleRuleType(OpenEnum):
    """PlacementAffinityRuleRuleType: an open enumeration of 4 values, since 6.0."""

    affinity: Final = "affinity"
    antiAffinity: Final = "antiAffinity"
    softAffinity: Final = "softAffinity"
    softAntiAffinity: Final = "softAntiAffinity"
    _values_: ClassVar[tuple[str, ...]] = ("affinity", "antiAffinity", "softAffinity", "softAntiAffinity", )


PlacementAffinityRuleRuleTypeValue: TypeAlias = Literal["affinity", "antiAffinity", "softAffinity", "softAntiAffinity"]
"""The values of PlacementAffinityRuleRuleType these bindings know, for parameters; pass a newer one as ``EnumValue(text, "PlacementAffinityRuleRuleType")``."""


class PlacementSpecPlacementType(OpenEnum):
    """PlacementSpecPlacementType: an open enumeration of 4 values, since 6.0."""

    create: Final = "create"
    reconfigure: Final = "reconfigure"
    relocate: Final = "relocate"
    clone: Final = "clone"
    _values_: ClassVar[tuple[str, ...]] = ("create", "reconfigure", "relocate", "clone", )


PlacementSpecPlacementTypeValue: TypeAlias = Literal["create", "reconfigure", "relocate", "clone"]
"""The values of PlacementSpecPlacementType these bindings know, for parameters; pass a newer one as ``EnumValue(text, "PlacementSpecPlacementType")``."""


class PortGroupConnecteeType(OpenEnum):
    """PortGroupConnecteeType: an open enumeration of 4 values, since 2.0."""

    virtualMachine: Final = "virtualMachine"
    systemManagement: Final = "systemManagement"
    host: Final = "host"
    unknown: Final = "unknown"
    _values_: ClassVar[tuple[str, ...]] = ("virtualMachine", "systemManagement", "host", "unknown", )


PortGroupConnecteeTypeValue: TypeAlias = Literal["virtualMachine", "systemManagement", "host", "unknown"]
"""The values of PortGroupConnecteeType these bindings know, for parameters; pass a newer one as ``EnumValue(text, "PortGroupConnecteeType")``."""


class ProfileExecuteResultStatus(OpenEnum):
    """ProfileExecuteResultStatus: an open enumeration of 3 values, since 4.0."""

    success: Final = "success"
    needInput: Final = "needInput"
    error: Final = "error"
    _values_: ClassVar[tuple[str, ...]] = ("success", "needInput", "error", )


ProfileExecuteResultStatusValue: TypeAlias = Literal["success", "needInput", "error"]
"""The values of ProfileExecuteResultStatus these bindings know, for parameters; pass a newer one as ``EnumValue(text, "ProfileExecuteResultStatus")``."""


class ProfileNumericComparator(OpenEnum):
    """ProfileNumericComparator: an open enumeration of 6 values, since 4.0."""

    lessThan: Final = "lessThan"
    lessThanEqual: Final = "lessThanEqual"
    equal: Final = "equal"
    notEqual: Final = "notEqual"
    greaterThanEqual: Final = "greaterThanEqual"
    greaterThan: Final = "greaterThan"
    _values_: ClassVar[tuple[str, ...]] = ("lessThan", "lessThanEqual", "equal", "notEqual", "greaterThanEqual", "greaterThan", )


ProfileNumericComparatorValue: TypeAlias = Literal["lessThan", "lessThanEqual", "equal", "notEqual", "greaterThanEqual", "greaterThan"]
"""The values of ProfileNumericComparator these bindings know, for parameters; pass a newer one as ``EnumValue(text, "ProfileNumericComparator")``."""


class ProfileParameterMetadataRelationType(OpenEnum):
    """ProfileParameterMetadataRelationType: an open enumeration of 5 values, since 6.7."""

    dynamic_relation: Final = "dynamic_relation"
    extensible_relation: Final = "extensible_relation"
    localizable_relation: Final = "localizable_relation"
    static_relation: Final = "static_relation"
    validation_relation: Final = "validation_relation"
    _values_: ClassVar[tuple[str, ...]] = ("dynamic_relation", "extensible_relation", "localizable_relation", "static_relation", "validation_relation", )


ProfileParameterMetadataRelationTypeValue: TypeAlias = Literal["dynamic_relation", "extensible_relation", "localizable_relation", "static_relation", "validation_relation"]
"""The values of ProfileParameterMetadataRelationType these bindings know, for parameters; pass a newer one as ``EnumValue(text, "ProfileParameterMetadataRelationType")``."""


class PropertyChangeOp(OpenEnum):
    """PropertyChangeOp: an open enumeration of 4 values, since 2.0."""

    add: Final = "add"
    remove: Final = "remove"
    assign: Final = "assign"
    indirectRemove: Final = "indirectRemove"
    _values_: ClassVar[tuple[str, ...]] = ("add", "remove", "assign", "indirectRemove", )


PropertyChangeOpValue: TypeAlias = Literal["add", "remove", "assign", "indirectRemove"]
"""The values of PropertyChangeOp these bindings know, for parameters; pass a newer one as ``EnumValue(text, "PropertyChangeOp")``."""


class QuarantineModeFaultFaultType(OpenEnum):
    """QuarantineModeFaultFaultType: an open enumeration of 3 values, since 6.5."""

    NoCompatibleNonQuarantinedHost: Final = "NoCompatibleNonQuarantinedHost"
    CorrectionDisallowed: Final = "CorrectionDisallowed"
    CorrectionImpact: Final = "CorrectionImpact"
    _values_: ClassVar[tuple[str, ...]] = ("NoCompatibleNonQuarantinedHost", "CorrectionDisallowed", "CorrectionImpact", )


QuarantineModeFaultFaultTypeValue: TypeAlias = Literal["NoCompatibleNonQuarantinedHost", "CorrectionDisallowed", "CorrectionImpact"]
"""The values of QuarantineModeFaultFaultType these bindings know, for parameters; pass a newer one as ``EnumValue(text, "QuarantineModeFaultFaultType")``."""


class QuiesceMode(OpenEnum):
    """QuiesceMode: an open enumeration of 3 values, since 6.0."""

    application: Final = "application"
    filesystem: Final = "filesystem"
    none: Final = "none"
    _values_: ClassVar[tuple[str, ...]] = ("application", "filesystem", "none", )


QuiesceModeValue: TypeAlias = Literal["application", "filesystem", "none"]
"""The values of QuiesceMode these bindings know, for parameters; pass a newer one as ``EnumValue(text, "QuiesceMode")``."""


class RecommendationReasonCode(OpenEnum):
    """RecommendationReasonCode: an open enumeration of 34 values, since 2.5."""

    fairnessCpuAvg: Final = "fairnessCpuAvg"
    fairnessMemAvg: Final = "fairnessMemAvg"
    jointAffin: Final = "jointAffin"
    antiAffin: Final = "antiAffin"
    hostMaint: Final = "hostMaint"
    enterStandby: Final = "enterStandby"
    reservationCpu: Final = "reservationCpu"
    reservationMem: Final = "reservationMem"
    powerOnVm: Final = "powerOnVm"
    powerSaving: Final = "powerSaving"
    increaseCapacity: Final = "increaseCapacity"
    checkResource: Final = "checkResource"
    unreservedCapacity: Final = "unreservedCapacity"
    vmHostHardAffinity: Final = "vmHostHardAffinity"
    vmHostSoftAffinity: Final = "vmHostSoftAffinity"
    balanceDatastoreSpaceUsage: Final = "balanceDatastoreSpaceUsage"
    balanceDatastoreIOLoad: Final = "balanceDatastoreIOLoad"
    balanceDatastoreIOPSReservation: Final = "balanceDatastoreIOPSReservation"
    datastoreMaint: Final = "datastoreMaint"
    virtualDiskJointAffin: Final = "virtualDiskJointAffin"
    virtualDiskAntiAffin: Final = "virtualDiskAntiAffin"
    datastoreSpaceOutage: Final = "datastoreSpaceOutage"
    storagePlacement: Final = "storagePlacement"
    iolbDisabledInternal: Final = "iolbDisabledInternal"
    xvmotionPlacement: Final = "xvmotionPlacement"
    networkBandwidthReservation: Final = "networkBandwidthReservation"
    hostInDegradation: Final = "hostInDegradation"
    hostExitDegradation: Final = "hostExitDegradation"
    maxVmsConstraint: Final = "maxVmsConstraint"
    ftConstraints: Final = "ftConstraints"
    vmHostAffinityPolicy: Final = "vmHostAffinityPolicy"
    vmHostAntiAffinityPolicy: Final = "vmHostAntiAffinityPolicy"
    vmAntiAffinityPolicy: Final = "vmAntiAffinityPolicy"
    balanceVsanUsage: Final = "balanceVsanUsage"
    _values_: ClassVar[tuple[str, ...]] = ("fairnessCpuAvg", "fairnessMemAvg", "jointAffin", "antiAffin", "hostMaint", "enterStandby", "reservationCpu", "reservationMem", "powerOnVm", "powerSaving", "increaseCapacity", "checkResource", "unreservedCapacity", "vmHostHardAffinity", "vmHostSoftAffinity", "balanceDatastoreSpaceUsage", "balanceDatastoreIOLoad", "balanceDatastoreIOPSReservation", "datastoreMaint", "virtualDiskJointAffin", "virtualDiskAntiAffin", "datastoreSpaceOutage", "storagePlacement", "iolbDisabledInternal", "xvmotionPlacement", "networkBandwidthReservation", "hostInDegradation", "hostExitDegradation", "maxVmsConstraint", "ftConstraints", "vmHostAffinityPolicy", "vmHostAntiAffinityPolicy", "vmAntiAffinityPolicy", "balanceVsanUsage", )


RecommendationReasonCodeValue: TypeAlias = Literal["fairnessCpuAvg", "fairnessMemAvg", "jointAffin", "antiAffin", "hostMaint", "enterStandby", "reservationCpu", "reservationMem", "powerOnVm", "powerSaving", "increaseCapacity", "checkResource", "unreservedCapacity", "vmHostHardAffinity", "vmHostSoftAffinity", "balanceDatastoreSpaceUsage", "balanceDatastoreIOLoad", "balanceDatastoreIOPSReservation", "datastoreMaint", "virtualDiskJointAffin", "virtualDiskAntiAffin", "datastoreSpaceOutage", "storagePlacement", "iolbDisabledInternal", "xvmotionPlacement", "networkBandwidthReservation", "hostInDegradation", "hostExitDegradation", "maxVmsConstraint", "ftConstraints", "vmHostAffinityPolicy", "vmHostAntiAffinityPolicy", "vmAntiAffinityPolicy", "balanceVsanUsage"]
"""The values of RecommendationReasonCode these bindings know, for parameters; pass a newer one as ``EnumValue(text, "RecommendationReasonCode")``."""


class RecommendationType(OpenEnum):
    """RecommendationType: an open enumeration of 1 values, since 2.5."""

    V1: Final = "V1"
    _values_: ClassVar[tuple[str, ...]] = ("V1", )


RecommendationTypeValue: TypeAlias = Literal["V1"]
"""The values of RecommendationType these bindings know, for parameters; pass a newer one as ``EnumValue(text, "RecommendationType")``."""


class ReplicationDiskConfigFaultReasonForFault(OpenEnum):
    """ReplicationDiskConfigFaultReasonForFault: an open enumeration of 7 values, since 5.0."""

    diskNotFound: Final = "diskNotFound"
    diskTypeNotSupported: Final = "diskTypeNotSupported"
    invalidDiskKey: Final = "invalidDiskKey"
    invalidDiskReplicationId: Final = "invalidDiskReplicationId"
    duplicateDiskReplicationId: Final = "duplicateDiskReplicationId"
    invalidPersistentFilePath: Final = "invalidPersistentFilePath"
    reconfigureDiskReplicationIdNotAllowed: Final = "reconfigureDiskReplicationIdNotAllowed"
    _values_: ClassVar[tuple[str, ...]] = ("diskNotFound", "diskTypeNotSupported", "invalidDiskKey", "invalidDiskReplicationId", "duplicateDiskReplicationId", "invalidPersistentFilePath", "reconfigureDiskReplicationIdNotAllowed", )


ReplicationDiskConfigFaultReasonForFaultValue: TypeAlias = Literal["diskNotFound", "diskTypeNotSupported", "invalidDiskKey", "invalidDiskReplicationId", "duplicateDiskReplicationId", "invalidPersistentFilePath", "reconfigureDiskReplicationIdNotAllowed"]
"""The values of ReplicationDiskConfigFaultReasonForFault these bindings know, for parameters; pass a newer one as ``EnumValue(text, "ReplicationDiskConfigFaultReasonForFault")``."""


class ReplicationVmConfigFaultReasonForFault(OpenEnum):
    """ReplicationVmConfigFaultReasonForFault: an open enumeration of 17 values, since 5.0."""

    incompatibleHwVersion: Final = "incompatibleHwVersion"
    invalidVmReplicationId: Final = "invalidVmReplicationId"
    invalidGenerationNumber: Final = "invalidGenerationNumber"
    outOfBoundsRpoValue: Final = "outOfBoundsRpoValue"
    invalidDestinationIpAddress: Final = "invalidDestinationIpAddress"
    invalidDestinationPort: Final = "invalidDestinationPort"
    invalidExtraVmOptions: Final = "invalidExtraVmOptions"
    staleGenerationNumber: Final = "staleGenerationNumber"
    reconfigureVmReplicationIdNotAllowed: Final = "reconfigureVmReplicationIdNotAllowed"
    cannotRetrieveVmReplicationConfiguration: Final = "cannotRetrieveVmReplicationConfiguration"
    replicationAlreadyEnabled: Final = "replicationAlreadyEnabled"
    invalidPriorConfiguration: Final = "invalidPriorConfiguration"
    replicationNotEnabled: Final = "replicationNotEnabled"
    replicationConfigurationFailed: Final = "replicationConfigurationFailed"
    encryptedVm: Final = "encryptedVm"
    invalidThumbprint: Final = "invalidThumbprint"
    incompatibleDevice: Final = "incompatibleDevice"
    _values_: ClassVar[tuple[str, ...]] = ("incompatibleHwVersion", "invalidVmReplicationId", "invalidGenerationNumber", "outOfBoundsRpoValue", "invalidDestinationIpAddress", "invalidDestinationPort", "invalidExtraVmOptions", "staleGenerationNumber", "reconfigureVmReplicationIdNotAllowed", "cannotRetrieveVmReplicationConfiguration", "replicationAlreadyEnabled", "invalidPriorConfiguration", "replicationNotEnabled", "replicationConfigurationFailed", "encryptedVm", "invalidThumbprint", "incompatibleDevice", )


ReplicationVmConfigFaultReasonForFaultValue: TypeAlias = Literal["incompatibleHwVersion", "invalidVmReplicationId", "invalidGenerationNumber", "outOfBoundsRpoValue", "invalidDestinationIpAddress", "invalidDestinationPort", "invalidExtraVmOptions", "staleGenerationNumber", "reconfigureVmReplicationIdNotAllowed", "cannotRetrieveVmReplicationConfiguration", "replicationAlreadyEnabled", "invalidPriorConfiguration", "replicationNotEnabled", "replicationConfigurationFailed", "encryptedVm", "invalidThumbprint", "incompatibleDevice"]
"""The values of ReplicationVmConfigFaultReasonForFault these bindings know, for parameters; pass a newer one as ``EnumValue(text, "ReplicationVmConfigFaultReasonForFault")``."""


class ReplicationVmFaultReasonForFault(OpenEnum):
    """ReplicationVmFaultReasonForFault: an open enumeration of 9 values, since 5.0."""

    notConfigured: Final = "notConfigured"
    poweredOff: Final = "poweredOff"
    suspended: Final = "suspended"
    poweredOn: Final = "poweredOn"
    offlineReplicating: Final = "offlineReplicating"
    invalidState: Final = "invalidState"
    invalidInstanceId: Final = "invalidInstanceId"
    closeDiskError: Final = "closeDiskError"
    groupExist: Final = "groupExist"
    _values_: ClassVar[tuple[str, ...]] = ("notConfigured", "poweredOff", "suspended", "poweredOn", "offlineReplicating", "invalidState", "invalidInstanceId", "closeDiskError", "groupExist", )


ReplicationVmFaultReasonForFaultValue: TypeAlias = Literal["notConfigured", "poweredOff", "suspended", "poweredOn", "offlineReplicating", "invalidState", "invalidInstanceId", "closeDiskError", "groupExist"]
"""The values of ReplicationVmFaultReasonForFault these bindings know, for parameters; pass a newer one as ``EnumValue(text, "ReplicationVmFaultReasonForFault")``."""


class ReplicationVmInProgressFaultActivity(OpenEnum):
    """ReplicationVmInProgressFaultActivity: an open enumeration of 2 values, since 6.0."""

    fullSync: Final = "fullSync"
    delta: Final = "delta"
    _values_: ClassVar[tuple[str, ...]] = ("fullSync", "delta", )


ReplicationVmInProgressFaultActivityValue: TypeAlias = Literal["fullSync", "delta"]
"""The values of ReplicationVmInProgressFaultActivity these bindings know, for parameters; pass a newer one as ``EnumValue(text, "ReplicationVmInProgressFaultActivity")``."""


class ReplicationVmState(OpenEnum):
    """ReplicationVmState: an open enumeration of 6 values, since 5.0."""

    none: Final = "none"
    paused: Final = "paused"
    syncing: Final = "syncing"
    idle: Final = "idle"
    active: Final = "active"
    error: Final = "error"
    _values_: ClassVar[tuple[str, ...]] = ("none", "paused", "syncing", "idle", "active", "error", )


ReplicationVmStateValue: TypeAlias = Literal["none", "paused", "syncing", "idle", "active", "error"]
"""The values of ReplicationVmState these bindings know, for parameters; pass a newer one as ``EnumValue(text, "ReplicationVmState")``."""


class ResourceConfigSpecScaleSharesBehavior(OpenEnum):
    """ResourceConfigSpecScaleSharesBehavior: an open enumeration of 2 values, since 7.0.0.0."""

    disabled: Final = "disabled"
    scaleCpuAndMemoryShares: Final = "scaleCpuAndMemoryShares"
    _values_: ClassVar[tuple[str, ...]] = ("disabled", "scaleCpuAndMemoryShares", )


ResourceConfigSpecScaleSharesBehaviorValue: TypeAlias = Literal["disabled", "scaleCpuAndMemoryShares"]
"""The values of ResourceConfigSpecScaleSharesBehavior these bindings know, for parameters; pass a newer one as ``EnumValue(text, "ResourceConfigSpecScaleSharesBehavior")``."""


class ScheduledHardwareUpgradeInfoHardwareUpgradePolicy(OpenEnum):
    """ScheduledHardwareUpgradeInfoHardwareUpgradePolicy: an open enumeration of 3 values, since 5.1."""

    never: Final = "never"
    onSoftPowerOff: Final = "onSoftPowerOff"
    always: Final = "always"
    _values_: ClassVar[tuple[str, ...]] = ("never", "onSoftPowerOff", "always", )


ScheduledHardwareUpgradeInfoHardwareUpgradePolicyValue: TypeAlias = Literal["never", "onSoftPowerOff", "always"]
"""The values of ScheduledHardwareUpgradeInfoHardwareUpgradePolicy these bindings know, for parameters; pass a newer one as ``EnumValue(text, "ScheduledHardwareUpgradeInfoHardwareUpgradePolicy")``."""


class ScheduledHardwareUpgradeInfoHardwareUpgradeStatus(OpenEnum):
    """ScheduledHardwareUpgradeInfoHardwareUpgradeStatus: an open enumeration of 4 values, since 5.1."""

    none: Final = "none"
    pending: Final = "pending"
    success: Final = "success"
    failed: Final = "failed"
    _values_: ClassVar[tuple[str, ...]] = ("none", "pending", "success", "failed", )


ScheduledHardwareUpgradeInfoHardwareUpgradeStatusValue: TypeAlias = Literal["none", "pending", "success", "failed"]
"""The values of ScheduledHardwareUpgradeInfoHardwareUpgradeStatus these bindings know, for parameters; pass a newer one as ``EnumValue(text, "ScheduledHardwareUpgradeInfoHardwareUpgradeStatus")``."""


class ScsiDiskType(OpenEnum):
    """ScsiDiskType: an open enumeration of 5 values, since 6.5."""

    native512: Final = "native512"
    emulated512: Final = "emulated512"
    native4k: Final = "native4k"
    SoftwareEmulated4k: Final = "SoftwareEmulated4k"
    unknown: Final = "unknown"
    _values_: ClassVar[tuple[str, ...]] = ("native512", "emulated512", "native4k", "SoftwareEmulated4k", "unknown", )


ScsiDiskTypeValue: TypeAlias = Literal["native512", "emulated512", "native4k", "SoftwareEmulated4k", "unknown"]
"""The values of ScsiDiskType these bindings know, for parameters; pass a newer one as ``EnumValue(text, "ScsiDiskType")``."""


class ScsiLunDescriptorQuality(OpenEnum):
    """ScsiLunDescriptorQuality: an open enumeration of 4 values, since 4.0."""

    highQuality: Final = "highQuality"
    mediumQuality: Final = "mediumQuality"
    lowQuality: Final = "lowQuality"
    unknownQuality: Final = "unknownQuality"
    _values_: ClassVar[tuple[str, ...]] = ("highQuality", "mediumQuality", "lowQuality", "unknownQuality", )


ScsiLunDescriptorQualityValue: TypeAlias = Literal["highQuality", "mediumQuality", "lowQuality", "unknownQuality"]
"""The values of ScsiLunDescriptorQuality these bindings know, for parameters; pass a newer one as ``EnumValue(text, "ScsiLunDescriptorQuality")``."""


class ScsiLunState(OpenEnum):
    """ScsiLunState: an open enumeration of 8 values, since 2.0."""

    unknownState: Final = "unknownState"
    ok: Final = "ok"
    error: Final = "error"
    off: Final = "off"
    quiesced: Final = "quiesced"
    degraded: Final = "degraded"
    lostCommunication: Final = "lostCommunication"
    timeout: Final = "timeout"
    _values_: ClassVar[tuple[str, ...]] = ("unknownState", "ok", "error", "off", "quiesced", "degraded", "lostCommunication", "timeout", )


ScsiLunStateValue: TypeAlias = Literal["unknownState", "ok", "error", "off", "quiesced", "degraded", "lostCommunication", "timeout"]
"""The values of ScsiLunState these bindings know, for parameters; pass a newer one as ``EnumValue(text, "ScsiLunState")``."""


class ScsiLunType(OpenEnum):
    """ScsiLunType: an open enumeration of 13 values, since 2.0."""

    disk: Final = "disk"
    tape: Final = "tape"
    printer: Final = "printer"
    processor: Final = "processor"
    worm: Final = "worm"
    cdrom: Final = "cdrom"
    scanner: Final = "scanner"
    opticalDevice: Final = "opticalDevice"
    mediaChanger: Final = "mediaChanger"
    communications: Final = "communications"
    storageArrayController: Final = "storageArrayController"
    enclosure: Final = "enclosure"
    unknown: Final = "unknown"
    _values_: ClassVar[tuple[str, ...]] = ("disk", "tape", "printer", "processor", "worm", "cdrom", "scanner", "opticalDevice", "mediaChanger", "communications", "storageArrayController", "enclosure", "unknown", )


ScsiLunTypeValue: TypeAlias = Literal["disk", "tape", "printer", "processor", "worm", "cdrom", "scanner", "opticalDevice", "mediaChanger", "communications", "storageArrayController", "enclosure", "unknown"]
"""The values of ScsiLunType these bindings know, for parameters; pass a newer one as ``EnumValue(text, "ScsiLunType")``."""


class ScsiLunVStorageSupportStatus(OpenEnum):
    """ScsiLunVStorageSupportStatus: an open enumeration of 3 values, since 4.1."""

    vStorageSupported: Final = "vStorageSupported"
    vStorageUnsupported: Final = "vStorageUnsupported"
    vStorageUnknown: Final = "vStorageUnknown"
    _values_: ClassVar[tuple[str, ...]] = ("vStorageSupported", "vStorageUnsupported", "vStorageUnknown", )


ScsiLunVStorageSupportStatusValue: TypeAlias = Literal["vStorageSupported", "vStorageUnsupported", "vStorageUnknown"]
"""The values of ScsiLunVStorageSupportStatus these bindings know, for parameters; pass a newer one as ``EnumValue(text, "ScsiLunVStorageSupportStatus")``."""


class SessionManagerGenericServiceTicketTicketType(OpenEnum):
    """SessionManagerGenericServiceTicketTicketType: an open enumeration of 3 values, since 7.0.2.0."""

    HttpNfcServiceTicket: Final = "HttpNfcServiceTicket"
    HostServiceTicket: Final = "HostServiceTicket"
    VcServiceTicket: Final = "VcServiceTicket"
    _values_: ClassVar[tuple[str, ...]] = ("HttpNfcServiceTicket", "HostServiceTicket", "VcServiceTicket", )


SessionManagerGenericServiceTicketTicketTypeValue: TypeAlias = Literal["HttpNfcServiceTicket", "HostServiceTicket", "VcServiceTicket"]
"""The values of SessionManagerGenericServiceTicketTicketType these bindings know, for parameters; pass a newer one as ``EnumValue(text, "SessionManagerGenericServiceTicketTicketType")``."""


class SessionManagerHttpServiceRequestSpecMethod(OpenEnum):
    """SessionManagerHttpServiceRequestSpecMethod: an open enumeration of 8 values, since 5.0."""

    httpOptions: Final = "httpOptions"
    httpGet: Final = "httpGet"
    httpHead: Final = "httpHead"
    httpPost: Final = "httpPost"
    httpPut: Final = "httpPut"
    httpDelete: Final = "httpDelete"
    httpTrace: Final = "httpTrace"
    httpConnect: Final = "httpConnect"
    _values_: ClassVar[tuple[str, ...]] = ("httpOptions", "httpGet", "httpHead", "httpPost", "httpPut", "httpDelete", "httpTrace", "httpConnect", )


SessionManagerHttpServiceRequestSpecMethodValue: TypeAlias = Literal["httpOptions", "httpGet", "httpHead", "httpPost", "httpPut", "httpDelete", "httpTrace", "httpConnect"]
"""The values of SessionManagerHttpServiceRequestSpecMethod these bindings know, for parameters; pass a newer one as ``EnumValue(text, "SessionManagerHttpServiceRequestSpecMethod")``."""


class SharesLevel(OpenEnum):
    """SharesLevel: an open enumeration of 4 values, since 2.0."""

    low: Final = "low"
    normal: Final = "normal"
    high: Final = "high"
    custom: Final = "custom"
    _values_: ClassVar[tuple[str, ...]] = ("low", "normal", "high", "custom", )


SharesLevelValue: TypeAlias = Literal["low", "normal", "high", "custom"]
"""The values of SharesLevel these bindings know, for parameters; pass a newer one as ``EnumValue(text, "SharesLevel")``."""


class SimpleCommandEncoding(OpenEnum):
    """SimpleCommandEncoding: an open enumeration of 3 values, since 2.5."""

    CSV: Final = "CSV"
    HEX: Final = "HEX"
    STRING: Final = "STRING"
    _values_: ClassVar[tuple[str, ...]] = ("CSV", "HEX", "STRING", )


SimpleCommandEncodingValue: TypeAlias = Literal["CSV", "HEX", "STRING"]
"""The values of SimpleCommandEncoding these bindings know, for parameters; pass a newer one as ``EnumValue(text, "SimpleCommandEncoding")``."""


class SlpDiscoveryMethod(OpenEnum):
    """SlpDiscoveryMethod: an open enumeration of 4 values, since 2.0."""

    slpDhcp: Final = "slpDhcp"
    slpAutoUnicast: Final = "slpAutoUnicast"
    slpAutoMulticast: Final = "slpAutoMulticast"
    slpManual: Final = "slpManual"
    _values_: ClassVar[tuple[str, ...]] = ("slpDhcp", "slpAutoUnicast", "slpAutoMulticast", "slpManual", )


SlpDiscoveryMethodValue: TypeAlias = Literal["slpDhcp", "slpAutoUnicast", "slpAutoMulticast", "slpManual"]
"""The values of SlpDiscoveryMethod these bindings know, for parameters; pass a newer one as ``EnumValue(text, "SlpDiscoveryMethod")``."""


class SoftwarePackageConstraint(OpenEnum):
    """SoftwarePackageConstraint: an open enumeration of 5 values, since 6.5."""

    equals: Final = "equals"
    lessThan: Final = "lessThan"
    lessThanEqual: Final = "lessThanEqual"
    greaterThanEqual: Final = "greaterThanEqual"
    greaterThan: Final = "greaterThan"
    _values_: ClassVar[tuple[str, ...]] = ("equals", "lessThan", "lessThanEqual", "greaterThanEqual", "greaterThan", )


SoftwarePackageConstraintValue: TypeAlias = Literal["equals", "lessThan", "lessThanEqual", "greaterThanEqual", "greaterThan"]
"""The values of SoftwarePackageConstraint these bindings know, for parameters; pass a newer one as ``EnumValue(text, "SoftwarePackageConstraint")``."""


class SoftwarePackageVibType(OpenEnum):
    """SoftwarePackageVibType: an open enumeration of 3 values, since 6.5."""

    bootbank: Final = "bootbank"
    tools: Final = "tools"
    meta: Final = "meta"
    _values_: ClassVar[tuple[str, ...]] = ("bootbank", "tools", "meta", )


SoftwarePackageVibTypeValue: TypeAlias = Literal["bootbank", "tools", "meta"]
"""The values of SoftwarePackageVibType these bindings know, for parameters; pass a newer one as ``EnumValue(text, "SoftwarePackageVibType")``."""


class StateAlarmOperator(OpenEnum):
    """StateAlarmOperator: an open enumeration of 2 values, since 2.0."""

    isEqual: Final = "isEqual"
    isUnequal: Final = "isUnequal"
    _values_: ClassVar[tuple[str, ...]] = ("isEqual", "isUnequal", )


StateAlarmOperatorValue: TypeAlias = Literal["isEqual", "isUnequal"]
"""The values of StateAlarmOperator these bindings know, for parameters; pass a newer one as ``EnumValue(text, "StateAlarmOperator")``."""


class StorageDrsPodConfigInfoBehavior(OpenEnum):
    """StorageDrsPodConfigInfoBehavior: an open enumeration of 2 values, since 5.0."""

    manual: Final = "manual"
    automated: Final = "automated"
    _values_: ClassVar[tuple[str, ...]] = ("manual", "automated", )


StorageDrsPodConfigInfoBehaviorValue: TypeAlias = Literal["manual", "automated"]
"""The values of StorageDrsPodConfigInfoBehavior these bindings know, for parameters; pass a newer one as ``EnumValue(text, "StorageDrsPodConfigInfoBehavior")``."""


class StorageDrsSpaceLoadBalanceConfigSpaceThresholdMode(OpenEnum):
    """StorageDrsSpaceLoadBalanceConfigSpaceThresholdMode: an open enumeration of 2 values, since 6.0."""

    utilization: Final = "utilization"
    freeSpace: Final = "freeSpace"
    _values_: ClassVar[tuple[str, ...]] = ("utilization", "freeSpace", )


StorageDrsSpaceLoadBalanceConfigSpaceThresholdModeValue: TypeAlias = Literal["utilization", "freeSpace"]
"""The values of StorageDrsSpaceLoadBalanceConfigSpaceThresholdMode these bindings know, for parameters; pass a newer one as ``EnumValue(text, "StorageDrsSpaceLoadBalanceConfigSpaceThresholdMode")``."""


class StorageIORMThresholdMode(OpenEnum):
    """StorageIORMThresholdMode: an open enumeration of 2 values, since 5.1."""

    automatic: Final = "automatic"
    manual: Final = "manual"
    _values_: ClassVar[tuple[str, ...]] = ("automatic", "manual", )


StorageIORMThresholdModeValue: TypeAlias = Literal["automatic", "manual"]
"""The values of StorageIORMThresholdMode these bindings know, for parameters; pass a newer one as ``EnumValue(text, "StorageIORMThresholdMode")``."""


class StoragePlacementSpecPlacementType(OpenEnum):
    """StoragePlacementSpecPlacementType: an open enumeration of 4 values, since 5.0."""

    create: Final = "create"
    reconfigure: Final = "reconfigure"
    relocate: Final = "relocate"
    clone: Final = "clone"
    _values_: ClassVar[tuple[str, ...]] = ("create", "reconfigure", "relocate", "clone", )


StoragePlacementSpecPlacementTypeValue: TypeAlias = Literal["create", "reconfigure", "relocate", "clone"]
"""The values of StoragePlacementSpecPlacementType these bindings know, for parameters; pass a newer one as ``EnumValue(text, "StoragePlacementSpecPlacementType")``."""


class TaskFilterSpecRecursionOption(OpenEnum):
    """TaskFilterSpecRecursionOption: an open enumeration of 3 values, since 2.0. Renamed: self_ is "self"."""

    self_: Final = "self"
    children: Final = "children"
    all: Final = "all"
    _values_: ClassVar[tuple[str, ...]] = ("self", "children", "all", )


TaskFilterSpecRecursionOptionValue: TypeAlias = Literal["self", "children", "all"]
"""The values of TaskFilterSpecRecursionOption these bindings know, for parameters; pass a newer one as ``EnumValue(text, "TaskFilterSpecRecursionOption")``."""


class TaskFilterSpecTimeOption(OpenEnum):
    """TaskFilterSpecTimeOption: an open enumeration of 3 values, since 2.0."""

    queuedTime: Final = "queuedTime"
    startedTime: Final = "startedTime"
    completedTime: Final = "completedTime"
    _values_: ClassVar[tuple[str, ...]] = ("queuedTime", "startedTime", "completedTime", )


TaskFilterSpecTimeOptionValue: TypeAlias = Literal["queuedTime", "startedTime", "completedTime"]
"""The values of TaskFilterSpecTimeOption these bindings know, for parameters; pass a newer one as ``EnumValue(text, "TaskFilterSpecTimeOption")``."""


class TaskInfoState(OpenEnum):
    """TaskInfoState: an open enumeration of 4 values, since 2.0."""

    queued: Final = "queued"
    running: Final = "running"
    success: Final = "success"
    error: Final = "error"
    _values_: ClassVar[tuple[str, ...]] = ("queued", "running", "success", "error", )


TaskInfoStateValue: TypeAlias = Literal["queued", "running", "success", "error"]
"""The values of TaskInfoState these bindings know, for parameters; pass a newer one as ``EnumValue(text, "TaskInfoState")``."""


class ThirdPartyLicenseAssignmentFailedReason(OpenEnum):
    """ThirdPartyLicenseAssignmentFailedReason: an open enumeration of 2 values, since 5.0."""

    licenseAssignmentFailed: Final = "licenseAssignmentFailed"
    moduleNotInstalled: Final = "moduleNotInstalled"
    _values_: ClassVar[tuple[str, ...]] = ("licenseAssignmentFailed", "moduleNotInstalled", )


ThirdPartyLicenseAssignmentFailedReasonValue: TypeAlias = Literal["licenseAssignmentFailed", "moduleNotInstalled"]
"""The values of ThirdPartyLicenseAssignmentFailedReason these bindings know, for parameters; pass a newer one as ``EnumValue(text, "ThirdPartyLicenseAssignmentFailedReason")``."""


class UpgradePolicy(OpenEnum):
    """UpgradePolicy: an open enumeration of 2 values, since 2.5."""

    manual: Final = "manual"
    upgradeAtPowerCycle: Final = "upgradeAtPowerCycle"
    _values_: ClassVar[tuple[str, ...]] = ("manual", "upgradeAtPowerCycle", )


UpgradePolicyValue: TypeAlias = Literal["manual", "upgradeAtPowerCycle"]
"""The values of UpgradePolicy these bindings know, for parameters; pass a newer one as ``EnumValue(text, "UpgradePolicy")``."""


class VAppAutoStartAction(OpenEnum):
    """VAppAutoStartAction: an open enumeration of 5 values, since 4.0."""

    none: Final = "none"
    powerOn: Final = "powerOn"
    powerOff: Final = "powerOff"
    guestShutdown: Final = "guestShutdown"
    suspend: Final = "suspend"
    _values_: ClassVar[tuple[str, ...]] = ("none", "powerOn", "powerOff", "guestShutdown", "suspend", )


VAppAutoStartActionValue: TypeAlias = Literal["none", "powerOn", "powerOff", "guestShutdown", "suspend"]
"""The values of VAppAutoStartAction these bindings know, for parameters; pass a newer one as ``EnumValue(text, "VAppAutoStartAction")``."""


class VAppCloneSpecProvisioningType(OpenEnum):
    """VAppCloneSpecProvisioningType: an open enumeration of 3 values, since 4.1."""

    sameAsSource: Final = "sameAsSource"
    thin: Final = "thin"
    thick: Final = "thick"
    _values_: ClassVar[tuple[str, ...]] = ("sameAsSource", "thin", "thick", )


VAppCloneSpecProvisioningTypeValue: TypeAlias = Literal["sameAsSource", "thin", "thick"]
"""The values of VAppCloneSpecProvisioningType these bindings know, for parameters; pass a newer one as ``EnumValue(text, "VAppCloneSpecProvisioningType")``."""


class VAppIPAssignmentInfoAllocationSchemes(OpenEnum):
    """VAppIPAssignmentInfoAllocationSchemes: an open enumeration of 2 values, since 4.0."""

    dhcp: Final = "dhcp"
    ovfenv: Final = "ovfenv"
    _values_: ClassVar[tuple[str, ...]] = ("dhcp", "ovfenv", )


VAppIPAssignmentInfoAllocationSchemesValue: TypeAlias = Literal["dhcp", "ovfenv"]
"""The values of VAppIPAssignmentInfoAllocationSchemes these bindings know, for parameters; pass a newer one as ``EnumValue(text, "VAppIPAssignmentInfoAllocationSchemes")``."""


class VAppIPAssignmentInfoIpAllocationPolicy(OpenEnum):
    """VAppIPAssignmentInfoIpAllocationPolicy: an open enumeration of 4 values, since 4.0."""

    dhcpPolicy: Final = "dhcpPolicy"
    transientPolicy: Final = "transientPolicy"
    fixedPolicy: Final = "fixedPolicy"
    fixedAllocatedPolicy: Final = "fixedAllocatedPolicy"
    _values_: ClassVar[tuple[str, ...]] = ("dhcpPolicy", "transientPolicy", "fixedPolicy", "fixedAllocatedPolicy", )


VAppIPAssignmentInfoIpAllocationPolicyValue: TypeAlias = Literal["dhcpPolicy", "transientPolicy", "fixedPolicy", "fixedAllocatedPolicy"]
"""The values of VAppIPAssignmentInfoIpAllocationPolicy these bindings know, for parameters; pass a newer one as ``EnumValue(text, "VAppIPAssignmentInfoIpAllocationPolicy")``."""


class VAppIPAssignmentInfoProtocols(OpenEnum):
    """VAppIPAssignmentInfoProtocols: an open enumeration of 2 values, since 4.0."""

    IPv4: Final = "IPv4"
    IPv6: Final = "IPv6"
    _values_: ClassVar[tuple[str, ...]] = ("IPv4", "IPv6", )


VAppIPAssignmentInfoProtocolsValue: TypeAlias = Literal["IPv4", "IPv6"]
"""The values of VAppIPAssignmentInfoProtocols these bindings know, for parameters; pass a newer one as ``EnumValue(text, "VAppIPAssignmentInfoProtocols")``."""


class VFlashModuleNotSupportedReason(OpenEnum):
    """VFlashModuleNotSupportedReason: an open enumeration of 5 values, since 5.5."""

    CacheModeNotSupported: Final = "CacheModeNotSupported"
    CacheConsistencyTypeNotSupported: Final = "CacheConsistencyTypeNotSupported"
    CacheBlockSizeNotSupported: Final = "CacheBlockSizeNotSupported"
    CacheReservationNotSupported: Final = "CacheReservationNotSupported"
    DiskSizeNotSupported: Final = "DiskSizeNotSupported"
    _values_: ClassVar[tuple[str, ...]] = ("CacheModeNotSupported", "CacheConsistencyTypeNotSupported", "CacheBlockSizeNotSupported", "CacheReservationNotSupported", "DiskSizeNotSupported", )


VFlashModuleNotSupportedReasonValue: TypeAlias = Literal["CacheModeNotSupported", "CacheConsistencyTypeNotSupported", "CacheBlockSizeNotSupported", "CacheReservationNotSupported", "DiskSizeNotSupported"]
"""The values of VFlashModuleNotSupportedReason these bindings know, for parameters; pass a newer one as ``EnumValue(text, "VFlashModuleNotSupportedReason")``."""


class VMotionCompatibilityType(OpenEnum):
    """VMotionCompatibilityType: an open enumeration of 2 values, since 2.0."""

    cpu: Final = "cpu"
    software: Final = "software"
    _values_: ClassVar[tuple[str, ...]] = ("cpu", "software", )


VMotionCompatibilityTypeValue: TypeAlias = Literal["cpu", "software"]
"""The values of VMotionCompatibilityType these bindings know, for parameters; pass a newer one as ``EnumValue(text, "VMotionCompatibilityType")``."""


class VMwareDVSTeamingMatchStatus(OpenEnum):
    """VMwareDVSTeamingMatchStatus: an open enumeration of 4 values, since 5.1."""

    iphashMatch: Final = "iphashMatch"
    nonIphashMatch: Final = "nonIphashMatch"
    iphashMismatch: Final = "iphashMismatch"
    nonIphashMismatch: Final = "nonIphashMismatch"
    _values_: ClassVar[tuple[str, ...]] = ("iphashMatch", "nonIphashMatch", "iphashMismatch", "nonIphashMismatch", )


VMwareDVSTeamingMatchStatusValue: TypeAlias = Literal["iphashMatch", "nonIphashMatch", "iphashMismatch", "nonIphashMismatch"]
"""The values of VMwareDVSTeamingMatchStatus these bindings know, for parameters; pass a newer one as ``EnumValue(text, "VMwareDVSTeamingMatchStatus")``."""


class VMwareDVSVspanSessionEncapType(OpenEnum):
    """VMwareDVSVspanSessionEncapType: an open enumeration of 3 values, since 6.5."""

    gre: Final = "gre"
    erspan2: Final = "erspan2"
    erspan3: Final = "erspan3"
    _values_: ClassVar[tuple[str, ...]] = ("gre", "erspan2", "erspan3", )


VMwareDVSVspanSessionEncapTypeValue: TypeAlias = Literal["gre", "erspan2", "erspan3"]
"""The values of VMwareDVSVspanSessionEncapType these bindings know, for parameters; pass a newer one as ``EnumValue(text, "VMwareDVSVspanSessionEncapType")``."""


class VMwareDVSVspanSessionType(OpenEnum):
    """VMwareDVSVspanSessionType: an open enumeration of 5 values, since 5.1."""

    mixedDestMirror: Final = "mixedDestMirror"
    dvPortMirror: Final = "dvPortMirror"
    remoteMirrorSource: Final = "remoteMirrorSource"
    remoteMirrorDest: Final = "remoteMirrorDest"
    encapsulatedRemoteMirrorSource: Final = "encapsulatedRemoteMirrorSource"
    _values_: ClassVar[tuple[str, ...]] = ("mixedDestMirror", "dvPortMirror", "remoteMirrorSource", "remoteMirrorDest", "encapsulatedRemoteMirrorSource", )


VMwareDVSVspanSessionTypeValue: TypeAlias = Literal["mixedDestMirror", "dvPortMirror", "remoteMirrorSource", "remoteMirrorDest", "encapsulatedRemoteMirrorSource"]
"""The values of VMwareDVSVspanSessionType these bindings know, for parameters; pass a newer one as ``EnumValue(text, "VMwareDVSVspanSessionType")``."""


class VMwareDvsLacpApiVersion(OpenEnum):
    """VMwareDvsLacpApiVersion: an open enumeration of 2 values, since 5.5."""

    singleLag: Final = "singleLag"
    multipleLag: Final = "multipleLag"
    _values_: ClassVar[tuple[str, ...]] = ("singleLag", "multipleLag", )


VMwareDvsLacpApiVersionValue: TypeAlias = Literal["singleLag", "multipleLag"]
"""The values of VMwareDvsLacpApiVersion these bindings know, for parameters; pass a newer one as ``EnumValue(text, "VMwareDvsLacpApiVersion")``."""


class VMwareDvsLacpLoadBalanceAlgorithm(OpenEnum):
    """VMwareDvsLacpLoadBalanceAlgorithm: an open enumeration of 20 values, since 5.5."""

    srcMac: Final = "srcMac"
    destMac: Final = "destMac"
    srcDestMac: Final = "srcDestMac"
    destIpVlan: Final = "destIpVlan"
    srcIpVlan: Final = "srcIpVlan"
    srcDestIpVlan: Final = "srcDestIpVlan"
    destTcpUdpPort: Final = "destTcpUdpPort"
    srcTcpUdpPort: Final = "srcTcpUdpPort"
    srcDestTcpUdpPort: Final = "srcDestTcpUdpPort"
    destIpTcpUdpPort: Final = "destIpTcpUdpPort"
    srcIpTcpUdpPort: Final = "srcIpTcpUdpPort"
    srcDestIpTcpUdpPort: Final = "srcDestIpTcpUdpPort"
    destIpTcpUdpPortVlan: Final = "destIpTcpUdpPortVlan"
    srcIpTcpUdpPortVlan: Final = "srcIpTcpUdpPortVlan"
    srcDestIpTcpUdpPortVlan: Final = "srcDestIpTcpUdpPortVlan"
    destIp: Final = "destIp"
    srcIp: Final = "srcIp"
    srcDestIp: Final = "srcDestIp"
    vlan: Final = "vlan"
    srcPortId: Final = "srcPortId"
    _values_: ClassVar[tuple[str, ...]] = ("srcMac", "destMac", "srcDestMac", "destIpVlan", "srcIpVlan", "srcDestIpVlan", "destTcpUdpPort", "srcTcpUdpPort", "srcDestTcpUdpPort", "destIpTcpUdpPort", "srcIpTcpUdpPort", "srcDestIpTcpUdpPort", "destIpTcpUdpPortVlan", "srcIpTcpUdpPortVlan", "srcDestIpTcpUdpPortVlan", "destIp", "srcIp", "srcDestIp", "vlan", "srcPortId", )


VMwareDvsLacpLoadBalanceAlgorithmValue: TypeAlias = Literal["srcMac", "destMac", "srcDestMac", "destIpVlan", "srcIpVlan", "srcDestIpVlan", "destTcpUdpPort", "srcTcpUdpPort", "srcDestTcpUdpPort", "destIpTcpUdpPort", "srcIpTcpUdpPort", "srcDestIpTcpUdpPort", "destIpTcpUdpPortVlan", "srcIpTcpUdpPortVlan", "srcDestIpTcpUdpPortVlan", "destIp", "srcIp", "srcDestIp", "vlan", "srcPortId"]
"""The values of VMwareDvsLacpLoadBalanceAlgorithm these bindings know, for parameters; pass a newer one as ``EnumValue(text, "VMwareDvsLacpLoadBalanceAlgorithm")``."""


class VMwareDvsMulticastFilteringMode(OpenEnum):
    """VMwareDvsMulticastFilteringMode: an open enumeration of 2 values, since 6.0."""

    legacyFiltering: Final = "legacyFiltering"
    snooping: Final = "snooping"
    _values_: ClassVar[tuple[str, ...]] = ("legacyFiltering", "snooping", )


VMwareDvsMulticastFilteringModeValue: TypeAlias = Literal["legacyFiltering", "snooping"]
"""The values of VMwareDvsMulticastFilteringMode these bindings know, for parameters; pass a newer one as ``EnumValue(text, "VMwareDvsMulticastFilteringMode")``."""


class VMwareUplinkLacpMode(OpenEnum):
    """VMwareUplinkLacpMode: an open enumeration of 2 values, since 5.1."""

    active: Final = "active"
    passive: Final = "passive"
    _values_: ClassVar[tuple[str, ...]] = ("active", "passive", )


VMwareUplinkLacpModeValue: TypeAlias = Literal["active", "passive"]
"""The values of VMwareUplinkLacpMode these bindings know, for parameters; pass a newer one as ``EnumValue(text, "VMwareUplinkLacpMode")``."""


class VMwareUplinkLacpTimeoutMode(OpenEnum):
    """VMwareUplinkLacpTimeoutMode: an open enumeration of 2 values, since 7.0.2.0."""

    fast: Final = "fast"
    slow: Final = "slow"
    _values_: ClassVar[tuple[str, ...]] = ("fast", "slow", )


VMwareUplinkLacpTimeoutModeValue: TypeAlias = Literal["fast", "slow"]
"""The values of VMwareUplinkLacpTimeoutMode these bindings know, for parameters; pass a newer one as ``EnumValue(text, "VMwareUplinkLacpTimeoutMode")``."""


class VStorageObjectConsumptionType(OpenEnum):
    """VStorageObjectConsumptionType: an open enumeration of 1 values, since 6.5."""

    disk: Final = "disk"
    _values_: ClassVar[tuple[str, ...]] = ("disk", )


VStorageObjectConsumptionTypeValue: TypeAlias = Literal["disk"]
"""The values of VStorageObjectConsumptionType these bindings know, for parameters; pass a newer one as ``EnumValue(text, "VStorageObjectConsumptionType")``."""


class ValidateMigrationTestType(OpenEnum):
    """ValidateMigrationTestType: an open enumeration of 4 values, since 2.0."""

    sourceTests: Final = "sourceTests"
    compatibilityTests: Final = "compatibilityTests"
    diskAccessibilityTests: Final = "diskAccessibilityTests"
    resourceTests: Final = "resourceTests"
    _values_: ClassVar[tuple[str, ...]] = ("sourceTests", "compatibilityTests", "diskAccessibilityTests", "resourceTests", )


ValidateMigrationTestTypeValue: TypeAlias = Literal["sourceTests", "compatibilityTests", "diskAccessibilityTests", "resourceTests"]
"""The values of ValidateMigrationTestType these bindings know, for parameters; pass a newer one as ``EnumValue(text, "ValidateMigrationTestType")``."""


class VchaClusterMode(OpenEnum):
    """VchaClusterMode: an open enumeration of 3 values, since 6.5."""

    enabled: Final = "enabled"
    disabled: Final = "disabled"
    maintenance: Final = "maintenance"
    _values_: ClassVar[tuple[str, ...]] = ("enabled", "disabled", "maintenance", )


VchaClusterModeValue: TypeAlias = Literal["enabled", "disabled", "maintenance"]
"""The values of VchaClusterMode these bindings know, for parameters; pass a newer one as ``EnumValue(text, "VchaClusterMode")``."""


class VchaClusterState(OpenEnum):
    """VchaClusterState: an open enumeration of 3 values, since 6.5."""

    healthy: Final = "healthy"
    degraded: Final = "degraded"
    isolated: Final = "isolated"
    _values_: ClassVar[tuple[str, ...]] = ("healthy", "degraded", "isolated", )


VchaClusterStateValue: TypeAlias = Literal["healthy", "degraded", "isolated"]
"""The values of VchaClusterState these bindings know, for parameters; pass a newer one as ``EnumValue(text, "VchaClusterState")``."""


class VchaNodeRole(OpenEnum):
    """VchaNodeRole: an open enumeration of 3 values, since 6.5."""

    active: Final = "active"
    passive: Final = "passive"
    witness: Final = "witness"
    _values_: ClassVar[tuple[str, ...]] = ("active", "passive", "witness", )


VchaNodeRoleValue: TypeAlias = Literal["active", "passive", "witness"]
"""The values of VchaNodeRole these bindings know, for parameters; pass a newer one as ``EnumValue(text, "VchaNodeRole")``."""


class VchaNodeState(OpenEnum):
    """VchaNodeState: an open enumeration of 2 values, since 6.5."""

    up: Final = "up"
    down: Final = "down"
    _values_: ClassVar[tuple[str, ...]] = ("up", "down", )


VchaNodeStateValue: TypeAlias = Literal["up", "down"]
"""The values of VchaNodeState these bindings know, for parameters; pass a newer one as ``EnumValue(text, "VchaNodeState")``."""


class VchaState(OpenEnum):
    """VchaState: an open enumeration of 4 values, since 6.5."""

    configured: Final = "configured"
    notConfigured: Final = "notConfigured"
    invalid: Final = "invalid"
    prepared: Final = "prepared"
    _values_: ClassVar[tuple[str, ...]] = ("configured", "notConfigured", "invalid", "prepared", )


VchaStateValue: TypeAlias = Literal["configured", "notConfigured", "invalid", "prepared"]
"""The values of VchaState these bindings know, for parameters; pass a newer one as ``EnumValue(text, "VchaState")``."""


class VirtualAppVAppState(OpenEnum):
    """VirtualAppVAppState: an open enumeration of 4 values, since 4.0."""

    started: Final = "started"
    stopped: Final = "stopped"
    starting: Final = "starting"
    stopping: Final = "stopping"
    _values_: ClassVar[tuple[str, ...]] = ("started", "stopped", "starting", "stopping", )


VirtualAppVAppStateValue: TypeAlias = Literal["started", "stopped", "starting", "stopping"]
"""The values of VirtualAppVAppState these bindings know, for parameters; pass a newer one as ``EnumValue(text, "VirtualAppVAppState")``."""


class VirtualDeviceConfigSpecFileOperation(OpenEnum):
    """VirtualDeviceConfigSpecFileOperation: an open enumeration of 3 values, since 2.0."""

    create: Final = "create"
    destroy: Final = "destroy"
    replace: Final = "replace"
    _values_: ClassVar[tuple[str, ...]] = ("create", "destroy", "replace", )


VirtualDeviceConfigSpecFileOperationValue: TypeAlias = Literal["create", "destroy", "replace"]
"""The values of VirtualDeviceConfigSpecFileOperation these bindings know, for parameters; pass a newer one as ``EnumValue(text, "VirtualDeviceConfigSpecFileOperation")``."""


class VirtualDeviceConfigSpecOperation(OpenEnum):
    """VirtualDeviceConfigSpecOperation: an open enumeration of 3 values, since 2.0."""

    add: Final = "add"
    remove: Final = "remove"
    edit: Final = "edit"
    _values_: ClassVar[tuple[str, ...]] = ("add", "remove", "edit", )


VirtualDeviceConfigSpecOperationValue: TypeAlias = Literal["add", "remove", "edit"]
"""The values of VirtualDeviceConfigSpecOperation these bindings know, for parameters; pass a newer one as ``EnumValue(text, "VirtualDeviceConfigSpecOperation")``."""


class VirtualDeviceConnectInfoMigrateConnectOp(OpenEnum):
    """VirtualDeviceConnectInfoMigrateConnectOp: an open enumeration of 3 values, since 6.7."""

    connect: Final = "connect"
    disconnect: Final = "disconnect"
    unset: Final = "unset"
    _values_: ClassVar[tuple[str, ...]] = ("connect", "disconnect", "unset", )


VirtualDeviceConnectInfoMigrateConnectOpValue: TypeAlias = Literal["connect", "disconnect", "unset"]
"""The values of VirtualDeviceConnectInfoMigrateConnectOp these bindings know, for parameters; pass a newer one as ``EnumValue(text, "VirtualDeviceConnectInfoMigrateConnectOp")``."""


class VirtualDeviceConnectInfoStatus(OpenEnum):
    """VirtualDeviceConnectInfoStatus: an open enumeration of 4 values, since 4.0."""

    ok: Final = "ok"
    recoverableError: Final = "recoverableError"
    unrecoverableError: Final = "unrecoverableError"
    untried: Final = "untried"
    _values_: ClassVar[tuple[str, ...]] = ("ok", "recoverableError", "unrecoverableError", "untried", )


VirtualDeviceConnectInfoStatusValue: TypeAlias = Literal["ok", "recoverableError", "unrecoverableError", "untried"]
"""The values of VirtualDeviceConnectInfoStatus these bindings know, for parameters; pass a newer one as ``EnumValue(text, "VirtualDeviceConnectInfoStatus")``."""


class VirtualDeviceFileExtension(OpenEnum):
    """VirtualDeviceFileExtension: an open enumeration of 5 values, since 2.0."""

    iso: Final = "iso"
    flp: Final = "flp"
    vmdk: Final = "vmdk"
    dsk: Final = "dsk"
    rdm: Final = "rdm"
    _values_: ClassVar[tuple[str, ...]] = ("iso", "flp", "vmdk", "dsk", "rdm", )


VirtualDeviceFileExtensionValue: TypeAlias = Literal["iso", "flp", "vmdk", "dsk", "rdm"]
"""The values of VirtualDeviceFileExtension these bindings know, for parameters; pass a newer one as ``EnumValue(text, "VirtualDeviceFileExtension")``."""


class VirtualDeviceURIBackingOptionDirection(OpenEnum):
    """VirtualDeviceURIBackingOptionDirection: an open enumeration of 2 values, since 4.1."""

    server: Final = "server"
    client: Final = "client"
    _values_: ClassVar[tuple[str, ...]] = ("server", "client", )


VirtualDeviceURIBackingOptionDirectionValue: TypeAlias = Literal["server", "client"]
"""The values of VirtualDeviceURIBackingOptionDirection these bindings know, for parameters; pass a newer one as ``EnumValue(text, "VirtualDeviceURIBackingOptionDirection")``."""


class VirtualDiskAdapterType(OpenEnum):
    """VirtualDiskAdapterType: an open enumeration of 3 values, since 2.5."""

    ide: Final = "ide"
    busLogic: Final = "busLogic"
    lsiLogic: Final = "lsiLogic"
    _values_: ClassVar[tuple[str, ...]] = ("ide", "busLogic", "lsiLogic", )


VirtualDiskAdapterTypeValue: TypeAlias = Literal["ide", "busLogic", "lsiLogic"]
"""The values of VirtualDiskAdapterType these bindings know, for parameters; pass a newer one as ``EnumValue(text, "VirtualDiskAdapterType")``."""


class VirtualDiskCompatibilityMode(OpenEnum):
    """VirtualDiskCompatibilityMode: an open enumeration of 2 values, since 2.0."""

    virtualMode: Final = "virtualMode"
    physicalMode: Final = "physicalMode"
    _values_: ClassVar[tuple[str, ...]] = ("virtualMode", "physicalMode", )


VirtualDiskCompatibilityModeValue: TypeAlias = Literal["virtualMode", "physicalMode"]
"""The values of VirtualDiskCompatibilityMode these bindings know, for parameters; pass a newer one as ``EnumValue(text, "VirtualDiskCompatibilityMode")``."""


class VirtualDiskDeltaDiskFormat(OpenEnum):
    """VirtualDiskDeltaDiskFormat: an open enumeration of 3 values, since 5.0."""

    redoLogFormat: Final = "redoLogFormat"
    nativeFormat: Final = "nativeFormat"
    seSparseFormat: Final = "seSparseFormat"
    _values_: ClassVar[tuple[str, ...]] = ("redoLogFormat", "nativeFormat", "seSparseFormat", )


VirtualDiskDeltaDiskFormatValue: TypeAlias = Literal["redoLogFormat", "nativeFormat", "seSparseFormat"]
"""The values of VirtualDiskDeltaDiskFormat these bindings know, for parameters; pass a newer one as ``EnumValue(text, "VirtualDiskDeltaDiskFormat")``."""


class VirtualDiskDeltaDiskFormatVariant(OpenEnum):
    """VirtualDiskDeltaDiskFormatVariant: an open enumeration of 2 values, since 6.0."""

    vmfsSparseVariant: Final = "vmfsSparseVariant"
    vsanSparseVariant: Final = "vsanSparseVariant"
    _values_: ClassVar[tuple[str, ...]] = ("vmfsSparseVariant", "vsanSparseVariant", )


VirtualDiskDeltaDiskFormatVariantValue: TypeAlias = Literal["vmfsSparseVariant", "vsanSparseVariant"]
"""The values of VirtualDiskDeltaDiskFormatVariant these bindings know, for parameters; pass a newer one as ``EnumValue(text, "VirtualDiskDeltaDiskFormatVariant")``."""


class VirtualDiskMode(OpenEnum):
    """VirtualDiskMode: an open enumeration of 6 values, since 2.0."""

    persistent: Final = "persistent"
    nonpersistent: Final = "nonpersistent"
    undoable: Final = "undoable"
    independent_persistent: Final = "independent_persistent"
    independent_nonpersistent: Final = "independent_nonpersistent"
    append: Final = "append"
    _values_: ClassVar[tuple[str, ...]] = ("persistent", "nonpersistent", "undoable", "independent_persistent", "independent_nonpersistent", "append", )


VirtualDiskModeValue: TypeAlias = Literal["persistent", "nonpersistent", "undoable", "independent_persistent", "independent_nonpersistent", "append"]
"""The values of VirtualDiskMode these bindings know, for parameters; pass a newer one as ``EnumValue(text, "VirtualDiskMode")``."""


class VirtualDiskRuleSpecRuleType(OpenEnum):
    """VirtualDiskRuleSpecRuleType: an open enumeration of 3 values, since 6.7."""

    affinity: Final = "affinity"
    antiAffinity: Final = "antiAffinity"
    disabled: Final = "disabled"
    _values_: ClassVar[tuple[str, ...]] = ("affinity", "antiAffinity", "disabled", )


VirtualDiskRuleSpecRuleTypeValue: TypeAlias = Literal["affinity", "antiAffinity", "disabled"]
"""The values of VirtualDiskRuleSpecRuleType these bindings know, for parameters; pass a newer one as ``EnumValue(text, "VirtualDiskRuleSpecRuleType")``."""


class VirtualDiskSharing(OpenEnum):
    """VirtualDiskSharing: an open enumeration of 2 values, since 6.0."""

    sharingNone: Final = "sharingNone"
    sharingMultiWriter: Final = "sharingMultiWriter"
    _values_: ClassVar[tuple[str, ...]] = ("sharingNone", "sharingMultiWriter", )


VirtualDiskSharingValue: TypeAlias = Literal["sharingNone", "sharingMultiWriter"]
"""The values of VirtualDiskSharing these bindings know, for parameters; pass a newer one as ``EnumValue(text, "VirtualDiskSharing")``."""


class VirtualDiskType(OpenEnum):
    """VirtualDiskType: an open enumeration of 13 values, since 2.5."""

    preallocated: Final = "preallocated"
    thin: Final = "thin"
    seSparse: Final = "seSparse"
    rdm: Final = "rdm"
    rdmp: Final = "rdmp"
    raw: Final = "raw"
    delta: Final = "delta"
    sparse2Gb: Final = "sparse2Gb"
    thick2Gb: Final = "thick2Gb"
    eagerZeroedThick: Final = "eagerZeroedThick"
    sparseMonolithic: Final = "sparseMonolithic"
    flatMonolithic: Final = "flatMonolithic"
    thick: Final = "thick"
    _values_: ClassVar[tuple[str, ...]] = ("preallocated", "thin", "seSparse", "rdm", "rdmp", "raw", "delta", "sparse2Gb", "thick2Gb", "eagerZeroedThick", "sparseMonolithic", "flatMonolithic", "thick", )


VirtualDiskTypeValue: TypeAlias = Literal["preallocated", "thin", "seSparse", "rdm", "rdmp", "raw", "delta", "sparse2Gb", "thick2Gb", "eagerZeroedThick", "sparseMonolithic", "flatMonolithic", "thick"]
"""The values of VirtualDiskType these bindings know, for parameters; pass a newer one as ``EnumValue(text, "VirtualDiskType")``."""


class VirtualDiskVFlashCacheConfigInfoCacheConsistencyType(OpenEnum):
    """VirtualDiskVFlashCacheConfigInfoCacheConsistencyType: an open enumeration of 2 values, since 5.5."""

    strong: Final = "strong"
    weak: Final = "weak"
    _values_: ClassVar[tuple[str, ...]] = ("strong", "weak", )


VirtualDiskVFlashCacheConfigInfoCacheConsistencyTypeValue: TypeAlias = Literal["strong", "weak"]
"""The values of VirtualDiskVFlashCacheConfigInfoCacheConsistencyType these bindings know, for parameters; pass a newer one as ``EnumValue(text, "VirtualDiskVFlashCacheConfigInfoCacheConsistencyType")``."""


class VirtualDiskVFlashCacheConfigInfoCacheMode(OpenEnum):
    """VirtualDiskVFlashCacheConfigInfoCacheMode: an open enumeration of 2 values, since 5.5."""

    write_thru: Final = "write_thru"
    write_back: Final = "write_back"
    _values_: ClassVar[tuple[str, ...]] = ("write_thru", "write_back", )


VirtualDiskVFlashCacheConfigInfoCacheModeValue: TypeAlias = Literal["write_thru", "write_back"]
"""The values of VirtualDiskVFlashCacheConfigInfoCacheMode these bindings know, for parameters; pass a newer one as ``EnumValue(text, "VirtualDiskVFlashCacheConfigInfoCacheMode")``."""


class VirtualEthernetCardLegacyNetworkDeviceName(OpenEnum):
    """VirtualEthernetCardLegacyNetworkDeviceName: an open enumeration of 3 values, since 2.0."""

    bridged: Final = "bridged"
    nat: Final = "nat"
    hostonly: Final = "hostonly"
    _values_: ClassVar[tuple[str, ...]] = ("bridged", "nat", "hostonly", )


VirtualEthernetCardLegacyNetworkDeviceNameValue: TypeAlias = Literal["bridged", "nat", "hostonly"]
"""The values of VirtualEthernetCardLegacyNetworkDeviceName these bindings know, for parameters; pass a newer one as ``EnumValue(text, "VirtualEthernetCardLegacyNetworkDeviceName")``."""


class VirtualEthernetCardMacType(OpenEnum):
    """VirtualEthernetCardMacType: an open enumeration of 3 values, since 2.0."""

    manual: Final = "manual"
    generated: Final = "generated"
    assigned: Final = "assigned"
    _values_: ClassVar[tuple[str, ...]] = ("manual", "generated", "assigned", )


VirtualEthernetCardMacTypeValue: TypeAlias = Literal["manual", "generated", "assigned"]
"""The values of VirtualEthernetCardMacType these bindings know, for parameters; pass a newer one as ``EnumValue(text, "VirtualEthernetCardMacType")``."""


class VirtualMachineAppHeartbeatStatusType(OpenEnum):
    """VirtualMachineAppHeartbeatStatusType: an open enumeration of 3 values, since 4.1."""

    appStatusGray: Final = "appStatusGray"
    appStatusGreen: Final = "appStatusGreen"
    appStatusRed: Final = "appStatusRed"
    _values_: ClassVar[tuple[str, ...]] = ("appStatusGray", "appStatusGreen", "appStatusRed", )


VirtualMachineAppHeartbeatStatusTypeValue: TypeAlias = Literal["appStatusGray", "appStatusGreen", "appStatusRed"]
"""The values of VirtualMachineAppHeartbeatStatusType these bindings know, for parameters; pass a newer one as ``EnumValue(text, "VirtualMachineAppHeartbeatStatusType")``."""


class VirtualMachineBootOptionsNetworkBootProtocolType(OpenEnum):
    """VirtualMachineBootOptionsNetworkBootProtocolType: an open enumeration of 2 values, since 6.0."""

    ipv4: Final = "ipv4"
    ipv6: Final = "ipv6"
    _values_: ClassVar[tuple[str, ...]] = ("ipv4", "ipv6", )


VirtualMachineBootOptionsNetworkBootProtocolTypeValue: TypeAlias = Literal["ipv4", "ipv6"]
"""The values of VirtualMachineBootOptionsNetworkBootProtocolType these bindings know, for parameters; pass a newer one as ``EnumValue(text, "VirtualMachineBootOptionsNetworkBootProtocolType")``."""


class VirtualMachineConfigInfoNpivWwnType(OpenEnum):
    """VirtualMachineConfigInfoNpivWwnType: an open enumeration of 3 values, since 2.5."""

    vc: Final = "vc"
    host: Final = "host"
    external: Final = "external"
    _values_: ClassVar[tuple[str, ...]] = ("vc", "host", "external", )


VirtualMachineConfigInfoNpivWwnTypeValue: TypeAlias = Literal["vc", "host", "external"]
"""The values of VirtualMachineConfigInfoNpivWwnType these bindings know, for parameters; pass a newer one as ``EnumValue(text, "VirtualMachineConfigInfoNpivWwnType")``."""


class VirtualMachineConfigInfoSwapPlacementType(OpenEnum):
    """VirtualMachineConfigInfoSwapPlacementType: an open enumeration of 3 values, since 2.5."""

    inherit: Final = "inherit"
    vmDirectory: Final = "vmDirectory"
    hostLocal: Final = "hostLocal"
    _values_: ClassVar[tuple[str, ...]] = ("inherit", "vmDirectory", "hostLocal", )


VirtualMachineConfigInfoSwapPlacementTypeValue: TypeAlias = Literal["inherit", "vmDirectory", "hostLocal"]
"""The values of VirtualMachineConfigInfoSwapPlacementType these bindings know, for parameters; pass a newer one as ``EnumValue(text, "VirtualMachineConfigInfoSwapPlacementType")``."""


class VirtualMachineConfigSpecEncryptedFtModes(OpenEnum):
    """VirtualMachineConfigSpecEncryptedFtModes: an open enumeration of 3 values, since 7.0.2.0."""

    ftEncryptionDisabled: Final = "ftEncryptionDisabled"
    ftEncryptionOpportunistic: Final = "ftEncryptionOpportunistic"
    ftEncryptionRequired: Final = "ftEncryptionRequired"
    _values_: ClassVar[tuple[str, ...]] = ("ftEncryptionDisabled", "ftEncryptionOpportunistic", "ftEncryptionRequired", )


VirtualMachineConfigSpecEncryptedFtModesValue: TypeAlias = Literal["ftEncryptionDisabled", "ftEncryptionOpportunistic", "ftEncryptionRequired"]
"""The values of VirtualMachineConfigSpecEncryptedFtModes these bindings know, for parameters; pass a newer one as ``EnumValue(text, "VirtualMachineConfigSpecEncryptedFtModes")``."""


class VirtualMachineConfigSpecEncryptedVMotionModes(OpenEnum):
    """VirtualMachineConfigSpecEncryptedVMotionModes: an open enumeration of 3 values, since 6.5."""

    disabled: Final = "disabled"
    opportunistic: Final = "opportunistic"
    required: Final = "required"
    _values_: ClassVar[tuple[str, ...]] = ("disabled", "opportunistic", "required", )


VirtualMachineConfigSpecEncryptedVMotionModesValue: TypeAlias = Literal["disabled", "opportunistic", "required"]
"""The values of VirtualMachineConfigSpecEncryptedVMotionModes these bindings know, for parameters; pass a newer one as ``EnumValue(text, "VirtualMachineConfigSpecEncryptedVMotionModes")``."""


class VirtualMachineConfigSpecNpivWwnOp(OpenEnum):
    """VirtualMachineConfigSpecNpivWwnOp: an open enumeration of 4 values, since 2.5."""

    generate: Final = "generate"
    set: Final = "set"
    remove: Final = "remove"
    extend: Final = "extend"
    _values_: ClassVar[tuple[str, ...]] = ("generate", "set", "remove", "extend", )


VirtualMachineConfigSpecNpivWwnOpValue: TypeAlias = Literal["generate", "set", "remove", "extend"]
"""The values of VirtualMachineConfigSpecNpivWwnOp these bindings know, for parameters; pass a newer one as ``EnumValue(text, "VirtualMachineConfigSpecNpivWwnOp")``."""


class VirtualMachineConnectionState(OpenEnum):
    """VirtualMachineConnectionState: an open enumeration of 5 values, since 2.0."""

    connected: Final = "connected"
    disconnected: Final = "disconnected"
    orphaned: Final = "orphaned"
    inaccessible: Final = "inaccessible"
    invalid: Final = "invalid"
    _values_: ClassVar[tuple[str, ...]] = ("connected", "disconnected", "orphaned", "inaccessible", "invalid", )


VirtualMachineConnectionStateValue: TypeAlias = Literal["connected", "disconnected", "orphaned", "inaccessible", "invalid"]
"""The values of VirtualMachineConnectionState these bindings know, for parameters; pass a newer one as ``EnumValue(text, "VirtualMachineConnectionState")``."""


class VirtualMachineCryptoState(OpenEnum):
    """VirtualMachineCryptoState: an open enumeration of 2 values, since 6.7."""

    unlocked: Final = "unlocked"
    locked: Final = "locked"
    _values_: ClassVar[tuple[str, ...]] = ("unlocked", "locked", )


VirtualMachineCryptoStateValue: TypeAlias = Literal["unlocked", "locked"]
"""The values of VirtualMachineCryptoState these bindings know, for parameters; pass a newer one as ``EnumValue(text, "VirtualMachineCryptoState")``."""


class VirtualMachineDeviceRuntimeInfoVirtualEthernetCardRuntimeStateVmDirectPathGen2InactiveReasonOther(OpenEnum):
    """VirtualMachineDeviceRuntimeInfoVirtualEthernetCardRuntimeStateVmDirectPathGen2InactiveReasonOther: an open enumeration of 2 values, since 4.1."""

    vmNptIncompatibleHost: Final = "vmNptIncompatibleHost"
    vmNptIncompatibleNetwork: Final = "vmNptIncompatibleNetwork"
    _values_: ClassVar[tuple[str, ...]] = ("vmNptIncompatibleHost", "vmNptIncompatibleNetwork", )


VirtualMachineDeviceRuntimeInfoVirtualEthernetCardRuntimeStateVmDirectPathGen2InactiveReasonOtherValue: TypeAlias = Literal["vmNptIncompatibleHost", "vmNptIncompatibleNetwork"]
"""The values of VirtualMachineDeviceRuntimeInfoVirtualEthernetCardRuntimeStateVmDirectPathGen2InactiveReasonOther these bindings know, for parameters; pass a newer one as ``EnumValue(text, "VirtualMachineDeviceRuntimeInfoVirtualEthernetCardRuntimeStateVmDirectPathGen2InactiveReasonOther")``."""


class VirtualMachineDeviceRuntimeInfoVirtualEthernetCardRuntimeStateVmDirectPathGen2InactiveReasonVm(OpenEnum):
    """VirtualMachineDeviceRuntimeInfoVirtualEthernetCardRuntimeStateVmDirectPathGen2InactiveReasonVm: an open enumeration of 14 values, since 4.1."""

    vmNptIncompatibleGuest: Final = "vmNptIncompatibleGuest"
    vmNptIncompatibleGuestDriver: Final = "vmNptIncompatibleGuestDriver"
    vmNptIncompatibleAdapterType: Final = "vmNptIncompatibleAdapterType"
    vmNptDisabledOrDisconnectedAdapter: Final = "vmNptDisabledOrDisconnectedAdapter"
    vmNptIncompatibleAdapterFeatures: Final = "vmNptIncompatibleAdapterFeatures"
    vmNptIncompatibleBackingType: Final = "vmNptIncompatibleBackingType"
    vmNptInsufficientMemoryReservation: Final = "vmNptInsufficientMemoryReservation"
    vmNptFaultToleranceOrRecordReplayConfigured: Final = "vmNptFaultToleranceOrRecordReplayConfigured"
    vmNptConflictingIOChainConfigured: Final = "vmNptConflictingIOChainConfigured"
    vmNptMonitorBlocks: Final = "vmNptMonitorBlocks"
    vmNptConflictingOperationInProgress: Final = "vmNptConflictingOperationInProgress"
    vmNptRuntimeError: Final = "vmNptRuntimeError"
    vmNptOutOfIntrVector: Final = "vmNptOutOfIntrVector"
    vmNptVMCIActive: Final = "vmNptVMCIActive"
    _values_: ClassVar[tuple[str, ...]] = ("vmNptIncompatibleGuest", "vmNptIncompatibleGuestDriver", "vmNptIncompatibleAdapterType", "vmNptDisabledOrDisconnectedAdapter", "vmNptIncompatibleAdapterFeatures", "vmNptIncompatibleBackingType", "vmNptInsufficientMemoryReservation", "vmNptFaultToleranceOrRecordReplayConfigured", "vmNptConflictingIOChainConfigured", "vmNptMonitorBlocks", "vmNptConflictingOperationInProgress", "vmNptRuntimeError", "vmNptOutOfIntrVector", "vmNptVMCIActive", )


VirtualMachineDeviceRuntimeInfoVirtualEthernetCardRuntimeStateVmDirectPathGen2InactiveReasonVmValue: TypeAlias = Literal["vmNptIncompatibleGuest", "vmNptIncompatibleGuestDriver", "vmNptIncompatibleAdapterType", "vmNptDisabledOrDisconnectedAdapter", "vmNptIncompatibleAdapterFeatures", "vmNptIncompatibleBackingType", "vmNptInsufficientMemoryReservation", "vmNptFaultToleranceOrRecordReplayConfigured", "vmNptConflictingIOChainConfigured", "vmNptMonitorBlocks", "vmNptConflictingOperationInProgress", "vmNptRuntimeError", "vmNptOutOfIntrVector", "vmNptVMCIActive"]
"""The values of VirtualMachineDeviceRuntimeInfoVirtualEthernetCardRuntimeStateVmDirectPathGen2InactiveReasonVm these bindings know, for parameters; pass a newer one as ``EnumValue(text, "VirtualMachineDeviceRuntimeInfoVirtualEthernetCardRuntimeStateVmDirectPathGen2InactiveReasonVm")``."""


class VirtualMachineFaultToleranceState(OpenEnum):
    """VirtualMachineFaultToleranceState: an open enumeration of 6 values, since 4.0."""

    notConfigured: Final = "notConfigured"
    disabled: Final = "disabled"
    enabled: Final = "enabled"
    needSecondary: Final = "needSecondary"
    starting: Final = "starting"
    running: Final = "running"
    _values_: ClassVar[tuple[str, ...]] = ("notConfigured", "disabled", "enabled", "needSecondary", "starting", "running", )


VirtualMachineFaultToleranceStateValue: TypeAlias = Literal["notConfigured", "disabled", "enabled", "needSecondary", "starting", "running"]
"""The values of VirtualMachineFaultToleranceState these bindings know, for parameters; pass a newer one as ``EnumValue(text, "VirtualMachineFaultToleranceState")``."""


class VirtualMachineFaultToleranceType(OpenEnum):
    """VirtualMachineFaultToleranceType: an open enumeration of 3 values, since 6.0."""

    unset: Final = "unset"
    recordReplay: Final = "recordReplay"
    checkpointing: Final = "checkpointing"
    _values_: ClassVar[tuple[str, ...]] = ("unset", "recordReplay", "checkpointing", )


VirtualMachineFaultToleranceTypeValue: TypeAlias = Literal["unset", "recordReplay", "checkpointing"]
"""The values of VirtualMachineFaultToleranceType these bindings know, for parameters; pass a newer one as ``EnumValue(text, "VirtualMachineFaultToleranceType")``."""


class VirtualMachineFileLayoutExFileType(OpenEnum):
    """VirtualMachineFileLayoutExFileType: an open enumeration of 23 values, since 4.0."""

    config: Final = "config"
    extendedConfig: Final = "extendedConfig"
    diskDescriptor: Final = "diskDescriptor"
    diskExtent: Final = "diskExtent"
    digestDescriptor: Final = "digestDescriptor"
    digestExtent: Final = "digestExtent"
    diskReplicationState: Final = "diskReplicationState"
    log: Final = "log"
    stat: Final = "stat"
    namespaceData: Final = "namespaceData"
    nvram: Final = "nvram"
    snapshotData: Final = "snapshotData"
    snapshotMemory: Final = "snapshotMemory"
    snapshotList: Final = "snapshotList"
    snapshotManifestList: Final = "snapshotManifestList"
    suspend: Final = "suspend"
    suspendMemory: Final = "suspendMemory"
    swap: Final = "swap"
    uwswap: Final = "uwswap"
    core: Final = "core"
    screenshot: Final = "screenshot"
    ftMetadata: Final = "ftMetadata"
    guestCustomization: Final = "guestCustomization"
    _values_: ClassVar[tuple[str, ...]] = ("config", "extendedConfig", "diskDescriptor", "diskExtent", "digestDescriptor", "digestExtent", "diskReplicationState", "log", "stat", "namespaceData", "nvram", "snapshotData", "snapshotMemory", "snapshotList", "snapshotManifestList", "suspend", "suspendMemory", "swap", "uwswap", "core", "screenshot", "ftMetadata", "guestCustomization", )


VirtualMachineFileLayoutExFileTypeValue: TypeAlias = Literal["config", "extendedConfig", "diskDescriptor", "diskExtent", "digestDescriptor", "digestExtent", "diskReplicationState", "log", "stat", "namespaceData", "nvram", "snapshotData", "snapshotMemory", "snapshotList", "snapshotManifestList", "suspend", "suspendMemory", "swap", "uwswap", "core", "screenshot", "ftMetadata", "guestCustomization"]
"""The values of VirtualMachineFileLayoutExFileType these bindings know, for parameters; pass a newer one as ``EnumValue(text, "VirtualMachineFileLayoutExFileType")``."""


class VirtualMachineFlagInfoMonitorType(OpenEnum):
    """VirtualMachineFlagInfoMonitorType: an open enumeration of 3 values, since 2.5."""

    release: Final = "release"
    debug: Final = "debug"
    stats: Final = "stats"
    _values_: ClassVar[tuple[str, ...]] = ("release", "debug", "stats", )


VirtualMachineFlagInfoMonitorTypeValue: TypeAlias = Literal["release", "debug", "stats"]
"""The values of VirtualMachineFlagInfoMonitorType these bindings know, for parameters; pass a newer one as ``EnumValue(text, "VirtualMachineFlagInfoMonitorType")``."""


class VirtualMachineFlagInfoVirtualExecUsage(OpenEnum):
    """VirtualMachineFlagInfoVirtualExecUsage: an open enumeration of 3 values, since 4.0."""

    hvAuto: Final = "hvAuto"
    hvOn: Final = "hvOn"
    hvOff: Final = "hvOff"
    _values_: ClassVar[tuple[str, ...]] = ("hvAuto", "hvOn", "hvOff", )


VirtualMachineFlagInfoVirtualExecUsageValue: TypeAlias = Literal["hvAuto", "hvOn", "hvOff"]
"""The values of VirtualMachineFlagInfoVirtualExecUsage these bindings know, for parameters; pass a newer one as ``EnumValue(text, "VirtualMachineFlagInfoVirtualExecUsage")``."""


class VirtualMachineFlagInfoVirtualMmuUsage(OpenEnum):
    """VirtualMachineFlagInfoVirtualMmuUsage: an open enumeration of 3 values, since 2.5."""

    automatic: Final = "automatic"
    on: Final = "on"
    off: Final = "off"
    _values_: ClassVar[tuple[str, ...]] = ("automatic", "on", "off", )


VirtualMachineFlagInfoVirtualMmuUsageValue: TypeAlias = Literal["automatic", "on", "off"]
"""The values of VirtualMachineFlagInfoVirtualMmuUsage these bindings know, for parameters; pass a newer one as ``EnumValue(text, "VirtualMachineFlagInfoVirtualMmuUsage")``."""


class VirtualMachineForkConfigInfoChildType(OpenEnum):
    """VirtualMachineForkConfigInfoChildType: an open enumeration of 3 values, since 6.0."""

    none: Final = "none"
    persistent: Final = "persistent"
    nonpersistent: Final = "nonpersistent"
    _values_: ClassVar[tuple[str, ...]] = ("none", "persistent", "nonpersistent", )


VirtualMachineForkConfigInfoChildTypeValue: TypeAlias = Literal["none", "persistent", "nonpersistent"]
"""The values of VirtualMachineForkConfigInfoChildType these bindings know, for parameters; pass a newer one as ``EnumValue(text, "VirtualMachineForkConfigInfoChildType")``."""


class VirtualMachineGuestOsFamily(OpenEnum):
    """VirtualMachineGuestOsFamily: an open enumeration of 6 values, since 2.0."""

    windowsGuest: Final = "windowsGuest"
    linuxGuest: Final = "linuxGuest"
    netwareGuest: Final = "netwareGuest"
    solarisGuest: Final = "solarisGuest"
    darwinGuestFamily: Final = "darwinGuestFamily"
    otherGuestFamily: Final = "otherGuestFamily"
    _values_: ClassVar[tuple[str, ...]] = ("windowsGuest", "linuxGuest", "netwareGuest", "solarisGuest", "darwinGuestFamily", "otherGuestFamily", )


VirtualMachineGuestOsFamilyValue: TypeAlias = Literal["windowsGuest", "linuxGuest", "netwareGuest", "solarisGuest", "darwinGuestFamily", "otherGuestFamily"]
"""The values of VirtualMachineGuestOsFamily these bindings know, for parameters; pass a newer one as ``EnumValue(text, "VirtualMachineGuestOsFamily")``."""


class VirtualMachineGuestOsIdentifier(OpenEnum):
    """VirtualMachineGuestOsIdentifier: an open enumeration of 181 values, since 2.0."""

    dosGuest: Final = "dosGuest"
    win31Guest: Final = "win31Guest"
    win95Guest: Final = "win95Guest"
    win98Guest: Final = "win98Guest"
    winMeGuest: Final = "winMeGuest"
    winNTGuest: Final = "winNTGuest"
    win2000ProGuest: Final = "win2000ProGuest"
    win2000ServGuest: Final = "win2000ServGuest"
    win2000AdvServGuest: Final = "win2000AdvServGuest"
    winXPHomeGuest: Final = "winXPHomeGuest"
    winXPProGuest: Final = "winXPProGuest"
    winXPPro64Guest: Final = "winXPPro64Guest"
    winNetWebGuest: Final = "winNetWebGuest"
    winNetStandardGuest: Final = "winNetStandardGuest"
    winNetEnterpriseGuest: Final = "winNetEnterpriseGuest"
    winNetDatacenterGuest: Final = "winNetDatacenterGuest"
    winNetBusinessGuest: Final = "winNetBusinessGuest"
    winNetStandard64Guest: Final = "winNetStandard64Guest"
    winNetEnterprise64Guest: Final = "winNetEnterprise64Guest"
    winLonghornGuest: Final = "winLonghornGuest"
    winLonghorn64Guest: Final = "winLonghorn64Guest"
    winNetDatacenter64Guest: Final = "winNetDatacenter64Guest"
    winVistaGuest: Final = "winVistaGuest"
    winVista64Guest: Final = "winVista64Guest"
    windows7Guest: Final = "windows7Guest"
    windows7_64Guest: Final = "windows7_64Guest"
    windows7Server64Guest: Final = "windows7Server64Guest"
    windows8Guest: Final = "windows8Guest"
    windows8_64Guest: Final = "windows8_64Guest"
    windows8Server64Guest: Final = "windows8Server64Guest"
    windows9Guest: Final = "windows9Guest"
    windows9_64Guest: Final = "windows9_64Guest"
    windows9Server64Guest: Final = "windows9Server64Guest"
    windowsHyperVGuest: Final = "windowsHyperVGuest"
    windows2019srv_64Guest: Final = "windows2019srv_64Guest"
    windows2019srvNext_64Guest: Final = "windows2019srvNext_64Guest"
    freebsdGuest: Final = "freebsdGuest"
    freebsd64Guest: Final = "freebsd64Guest"
    freebsd11Guest: Final = "freebsd11Guest"
    freebsd11_64Guest: Final = "freebsd11_64Guest"
    freebsd12Guest: Final = "freebsd12Guest"
    freebsd12_64Guest: Final = "freebsd12_64Guest"
    freebsd13Guest: Final = "freebsd13Guest"
    freebsd13_64Guest: Final = "freebsd13_64Guest"
    redhatGuest: Final = "redhatGuest"
    rhel2Guest: Final = "rhel2Guest"
    rhel3Guest: Final = "rhel3Guest"
    rhel3_64Guest: Final = "rhel3_64Guest"
    rhel4Guest: Final = "rhel4Guest"
    rhel4_64Guest: Final = "rhel4_64Guest"
    rhel5Guest: Final = "rhel5Guest"
    rhel5_64Guest: Final = "rhel5_64Guest"
    rhel6Guest: Final = "rhel6Guest"
    rhel6_64Guest: Final = "rhel6_64Guest"
    rhel7Guest: Final = "rhel7Guest"
    rhel7_64Guest: Final = "rhel7_64Guest"
    rhel8_64Guest: Final = "rhel8_64Guest"
    rhel9_64Guest: Final = "rhel9_64Guest"
    centosGuest: Final = "centosGuest"
    centos64Guest: Final = "centos64Guest"
    centos6Guest: Final = "centos6Guest"
    centos6_64Guest: Final = "centos6_64Guest"
    centos7Guest: Final = "centos7Guest"
    centos7_64Guest: Final = "centos7_64Guest"
    centos8_64Guest: Final = "centos8_64Guest"
    centos9_64Guest: Final = "centos9_64Guest"
    oracleLinuxGuest: Final = "oracleLinuxGuest"
    oracleLinux64Guest: Final = "oracleLinux64Guest"
    oracleLinux6Guest: Final = "oracleLinux6Guest"
    oracleLinux6_64Guest: Final = "oracleLinux6_64Guest"
    oracleLinux7Guest: Final = "oracleLinux7Guest"
    oracleLinux7_64Guest: Final = "oracleLinux7_64Guest"
    oracleLinux8_64Guest: Final = "oracleLinux8_64Guest"
    oracleLinux9_64Guest: Final = "oracleLinux9_64Guest"
    suseGuest: Final = "suseGuest"
    suse64Guest: Final = "suse64Guest"
    slesGuest: Final = "slesGuest"
    sles64Guest: Final = "sles64Guest"
    sles10Guest: Final = "sles10Guest"
    sles10_64Guest: Final = "sles10_64Guest"
    sles11Guest: Final = "sles11Guest"
    sles11_64Guest: Final = "sles11_64Guest"
    sles12Guest: Final = "sles12Guest"
    sles12_64Guest: Final = "sles12_64Guest"
    sles15_64Guest: Final = "sles15_64Guest"
    sles16_64Guest: Final = "sles16_64Guest"
    nld9Guest: Final = "nld9Guest"
    oesGuest: Final = "oesGuest"
    sjdsGuest: Final = "sjdsGuest"
    mandrakeGuest: Final = "mandrakeGuest"
    mandrivaGuest: Final = "mandrivaGuest"
    mandriva64Guest: Final = "mandriva64Guest"
    turboLinuxGuest: Final = "turboLinuxGuest"
    turboLinux64Guest: Final = "turboLinux64Guest"
    ubuntuGuest: Final = "ubuntuGuest"
    ubuntu64Guest: Final = "ubuntu64Guest"
    debian4Guest: Final = "debian4Guest"
    debian4_64Guest: Final = "debian4_64Guest"
    debian5Guest: Final = "debian5Guest"
    debian5_64Guest: Final = "debian5_64Guest"
    debian6Guest: Final = "debian6Guest"
    debian6_64Guest: Final = "debian6_64Guest"
    debian7Guest: Final = "debian7Guest"
    debian7_64Guest: Final = "debian7_64Guest"
    debian8Guest: Final = "debian8Guest"
    debian8_64Guest: Final = "debian8_64Guest"
    debian9Guest: Final = "debian9Guest"
    debian9_64Guest: Final = "debian9_64Guest"
    debian10Guest: Final = "debian10Guest"
    debian10_64Guest: Final = "debian10_64Guest"
    debian11Guest: Final = "debian11Guest"
    debian11_64Guest: Final = "debian11_64Guest"
    asianux3Guest: Final = "asianux3Guest"
    asianux3_64Guest: Final = "asianux3_64Guest"
    asianux4Guest: Final = "asianux4Guest"
    asianux4_64Guest: Final = "asianux4_64Guest"
    asianux5_64Guest: Final = "asianux5_64Guest"
    asianux7_64Guest: Final = "asianux7_64Guest"
    asianux8_64Guest: Final = "asianux8_64Guest"
    asianux9_64Guest: Final = "asianux9_64Guest"
    opensuseGuest: Final = "opensuseGuest"
    opensuse64Guest: Final = "opensuse64Guest"
    fedoraGuest: Final = "fedoraGuest"
    fedora64Guest: Final = "fedora64Guest"
    coreos64Guest: Final = "coreos64Guest"
    vmwarePhoton64Guest: Final = "vmwarePhoton64Guest"
    other24xLinuxGuest: Final = "other24xLinuxGuest"
    other26xLinuxGuest: Final = "other26xLinuxGuest"
    otherLinuxGuest: Final = "otherLinuxGuest"
    other3xLinuxGuest: Final = "other3xLinuxGuest"
    other4xLinuxGuest: Final = "other4xLinuxGuest"
    other5xLinuxGuest: Final = "other5xLinuxGuest"
    genericLinuxGuest: Final = "genericLinuxGuest"
    other24xLinux64Guest: Final = "other24xLinux64Guest"
    other26xLinux64Guest: Final = "other26xLinux64Guest"
    other3xLinux64Guest: Final = "other3xLinux64Guest"
    other4xLinux64Guest: Final = "other4xLinux64Guest"
    other5xLinux64Guest: Final = "other5xLinux64Guest"
    otherLinux64Guest: Final = "otherLinux64Guest"
    solaris6Guest: Final = "solaris6Guest"
    solaris7Guest: Final = "solaris7Guest"
    solaris8Guest: Final = "solaris8Guest"
    solaris9Guest: Final = "solaris9Guest"
    solaris10Guest: Final = "solaris10Guest"
    solaris10_64Guest: Final = "solaris10_64Guest"
    solaris11_64Guest: Final = "solaris11_64Guest"
    os2Guest: Final = "os2Guest"
    eComStationGuest: Final = "eComStationGuest"
    eComStation2Guest: Final = "eComStation2Guest"
    netware4Guest: Final = "netware4Guest"
    netware5Guest: Final = "netware5Guest"
    netware6Guest: Final = "netware6Guest"
    openServer5Guest: Final = "openServer5Guest"
    openServer6Guest: Final = "openServer6Guest"
    unixWare7Guest: Final = "unixWare7Guest"
    darwinGuest: Final = "darwinGuest"
    darwin64Guest: Final = "darwin64Guest"
    darwin10Guest: Final = "darwin10Guest"
    darwin10_64Guest: Final = "darwin10_64Guest"
    darwin11Guest: Final = "darwin11Guest"
    darwin11_64Guest: Final = "darwin11_64Guest"
    darwin12_64Guest: Final = "darwin12_64Guest"
    darwin13_64Guest: Final = "darwin13_64Guest"
    darwin14_64Guest: Final = "darwin14_64Guest"
    darwin15_64Guest: Final = "darwin15_64Guest"
    darwin16_64Guest: Final = "darwin16_64Guest"
    darwin17_64Guest: Final = "darwin17_64Guest"
    darwin18_64Guest: Final = "darwin18_64Guest"
    darwin19_64Guest: Final = "darwin19_64Guest"
    darwin20_64Guest: Final = "darwin20_64Guest"
    darwin21_64Guest: Final = "darwin21_64Guest"
    vmkernelGuest: Final = "vmkernelGuest"
    vmkernel5Guest: Final = "vmkernel5Guest"
    vmkernel6Guest: Final = "vmkernel6Guest"
    vmkernel65Guest: Final = "vmkernel65Guest"
    vmkernel7Guest: Final = "vmkernel7Guest"
    amazonlinux2_64Guest: Final = "amazonlinux2_64Guest"
    amazonlinux3_64Guest: Final = "amazonlinux3_64Guest"
    crxPod1Guest: Final = "crxPod1Guest"
    otherGuest: Final = "otherGuest"
    otherGuest64: Final = "otherGuest64"
    _values_: ClassVar[tuple[str, ...]] = ("dosGuest", "win31Guest", "win95Guest", "win98Guest", "winMeGuest", "winNTGuest", "win2000ProGuest", "win2000ServGuest", "win2000AdvServGuest", "winXPHomeGuest", "winXPProGuest", "winXPPro64Guest", "winNetWebGuest", "winNetStandardGuest", "winNetEnterpriseGuest", "winNetDatacenterGuest", "winNetBusinessGuest", "winNetStandard64Guest", "winNetEnterprise64Guest", "winLonghornGuest", "winLonghorn64Guest", "winNetDatacenter64Guest", "winVistaGuest", "winVista64Guest", "windows7Guest", "windows7_64Guest", "windows7Server64Guest", "windows8Guest", "windows8_64Guest", "windows8Server64Guest", "windows9Guest", "windows9_64Guest", "windows9Server64Guest", "windowsHyperVGuest", "windows2019srv_64Guest", "windows2019srvNext_64Guest", "freebsdGuest", "freebsd64Guest", "freebsd11Guest", "freebsd11_64Guest", "freebsd12Guest", "freebsd12_64Guest", "freebsd13Guest", "freebsd13_64Guest", "redhatGuest", "rhel2Guest", "rhel3Guest", "rhel3_64Guest", "rhel4Guest", "rhel4_64Guest", "rhel5Guest", "rhel5_64Guest", "rhel6Guest", "rhel6_64Guest", "rhel7Guest", "rhel7_64Guest", "rhel8_64Guest", "rhel9_64Guest", "centosGuest", "centos64Guest", "centos6Guest", "centos6_64Guest", "centos7Guest", "centos7_64Guest", "centos8_64Guest", "centos9_64Guest", "oracleLinuxGuest", "oracleLinux64Guest", "oracleLinux6Guest", "oracleLinux6_64Guest", "oracleLinux7Guest", "oracleLinux7_64Guest", "oracleLinux8_64Guest", "oracleLinux9_64Guest", "suseGuest", "suse64Guest", "slesGuest", "sles64Guest", "sles10Guest", "sles10_64Guest", "sles11Guest", "sles11_64Guest", "sles12Guest", "sles12_64Guest", "sles15_64Guest", "sles16_64Guest", "nld9Guest", "oesGuest", "sjdsGuest", "mandrakeGuest", "mandrivaGuest", "mandriva64Guest", "turboLinuxGuest", "turboLinux64Guest", "ubuntuGuest", "ubuntu64Guest", "debian4Guest", "debian4_64Guest", "debian5Guest", "debian5_64Guest", "debian6Guest", "debian6_64Guest", "debian7Guest", "debian7_64Guest", "debian8Guest", "debian8_64Guest", "debian9Guest", "debian9_64Guest", "debian10Guest", "debian10_64Guest", "debian11Guest", "debian11_64Guest", "asianux3Guest", "asianux3_64Guest", "asianux4Guest", "asianux4_64Guest", "asianux5_64Guest", "asianux7_64Guest", "asianux8_64Guest", "asianux9_64Guest", "opensuseGuest", "opensuse64Guest", "fedoraGuest", "fedora64Guest", "coreos64Guest", "vmwarePhoton64Guest", "other24xLinuxGuest", "other26xLinuxGuest", "otherLinuxGuest", "other3xLinuxGuest", "other4xLinuxGuest", "other5xLinuxGuest", "genericLinuxGuest", "other24xLinux64Guest", "other26xLinux64Guest", "other3xLinux64Guest", "other4xLinux64Guest", "other5xLinux64Guest", "otherLinux64Guest", "solaris6Guest", "solaris7Guest", "solaris8Guest", "solaris9Guest", "solaris10Guest", "solaris10_64Guest", "solaris11_64Guest", "os2Guest", "eComStationGuest", "eComStation2Guest", "netware4Guest", "netware5Guest", "netware6Guest", "openServer5Guest", "openServer6Guest", "unixWare7Guest", "darwinGuest", "darwin64Guest", "darwin10Guest", "darwin10_64Guest", "darwin11Guest", "darwin11_64Guest", "darwin12_64Guest", "darwin13_64Guest", "darwin14_64Guest", "darwin15_64Guest", "darwin16_64Guest", "darwin17_64Guest", "darwin18_64Guest", "darwin19_64Guest", "darwin20_64Guest", "darwin21_64Guest", "vmkernelGuest", "vmkernel5Guest", "vmkernel6Guest", "vmkernel65Guest", "vmkernel7Guest", "amazonlinux2_64Guest", "amazonlinux3_64Guest", "crxPod1Guest", "otherGuest", "otherGuest64", )


VirtualMachineGuestOsIdentifierValue: TypeAlias = Literal["dosGuest", "win31Guest", "win95Guest", "win98Guest", "winMeGuest", "winNTGuest", "win2000ProGuest", "win2000ServGuest", "win2000AdvServGuest", "winXPHomeGuest", "winXPProGuest", "winXPPro64Guest", "winNetWebGuest", "winNetStandardGuest", "winNetEnterpriseGuest", "winNetDatacenterGuest", "winNetBusinessGuest", "winNetStandard64Guest", "winNetEnterprise64Guest", "winLonghornGuest", "winLonghorn64Guest", "winNetDatacenter64Guest", "winVistaGuest", "winVista64Guest", "windows7Guest", "windows7_64Guest", "windows7Server64Guest", "windows8Guest", "windows8_64Guest", "windows8Server64Guest", "windows9Guest", "windows9_64Guest", "windows9Server64Guest", "windowsHyperVGuest", "windows2019srv_64Guest", "windows2019srvNext_64Guest", "freebsdGuest", "freebsd64Guest", "freebsd11Guest", "freebsd11_64Guest", "freebsd12Guest", "freebsd12_64Guest", "freebsd13Guest", "freebsd13_64Guest", "redhatGuest", "rhel2Guest", "rhel3Guest", "rhel3_64Guest", "rhel4Guest", "rhel4_64Guest", "rhel5Guest", "rhel5_64Guest", "rhel6Guest", "rhel6_64Guest", "rhel7Guest", "rhel7_64Guest", "rhel8_64Guest", "rhel9_64Guest", "centosGuest", "centos64Guest", "centos6Guest", "centos6_64Guest", "centos7Guest", "centos7_64Guest", "centos8_64Guest", "centos9_64Guest", "oracleLinuxGuest", "oracleLinux64Guest", "oracleLinux6Guest", "oracleLinux6_64Guest", "oracleLinux7Guest", "oracleLinux7_64Guest", "oracleLinux8_64Guest", "oracleLinux9_64Guest", "suseGuest", "suse64Guest", "slesGuest", "sles64Guest", "sles10Guest", "sles10_64Guest", "sles11Guest", "sles11_64Guest", "sles12Guest", "sles12_64Guest", "sles15_64Guest", "sles16_64Guest", "nld9Guest", "oesGuest", "sjdsGuest", "mandrakeGuest", "mandrivaGuest", "mandriva64Guest", "turboLinuxGuest", "turboLinux64Guest", "ubuntuGuest", "ubuntu64Guest", "debian4Guest", "debian4_64Guest", "debian5Guest", "debian5_64Guest", "debian6Guest", "debian6_64Guest", "debian7Guest", "debian7_64Guest", "debian8Guest", "debian8_64Guest", "debian9Guest", "debian9_64Guest", "debian10Guest", "debian10_64Guest", "debian11Guest", "debian11_64Guest", "asianux3Guest", "asianux3_64Guest", "asianux4Guest", "asianux4_64Guest", "asianux5_64Guest", "asianux7_64Guest", "asianux8_64Guest", "asianux9_64Guest", "opensuseGuest", "opensuse64Guest", "fedoraGuest", "fedora64Guest", "coreos64Guest", "vmwarePhoton64Guest", "other24xLinuxGuest", "other26xLinuxGuest", "otherLinuxGuest", "other3xLinuxGuest", "other4xLinuxGuest", "other5xLinuxGuest", "genericLinuxGuest", "other24xLinux64Guest", "other26xLinux64Guest", "other3xLinux64Guest", "other4xLinux64Guest", "other5xLinux64Guest", "otherLinux64Guest", "solaris6Guest", "solaris7Guest", "solaris8Guest", "solaris9Guest", "solaris10Guest", "solaris10_64Guest", "solaris11_64Guest", "os2Guest", "eComStationGuest", "eComStation2Guest", "netware4Guest", "netware5Guest", "netware6Guest", "openServer5Guest", "openServer6Guest", "unixWare7Guest", "darwinGuest", "darwin64Guest", "darwin10Guest", "darwin10_64Guest", "darwin11Guest", "darwin11_64Guest", "darwin12_64Guest", "darwin13_64Guest", "darwin14_64Guest", "darwin15_64Guest", "darwin16_64Guest", "darwin17_64Guest", "darwin18_64Guest", "darwin19_64Guest", "darwin20_64Guest", "darwin21_64Guest", "vmkernelGuest", "vmkernel5Guest", "vmkernel6Guest", "vmkernel65Guest", "vmkernel7Guest", "amazonlinux2_64Guest", "amazonlinux3_64Guest", "crxPod1Guest", "otherGuest", "otherGuest64"]
"""The values of VirtualMachineGuestOsIdentifier these bindings know, for parameters; pass a newer one as ``EnumValue(text, "VirtualMachineGuestOsIdentifier")``."""


class VirtualMachineGuestState(OpenEnum):
    """VirtualMachineGuestState: an open enumeration of 6 values, since 2.0."""

    running: Final = "running"
    shuttingDown: Final = "shuttingDown"
    resetting: Final = "resetting"
    standby: Final = "standby"
    notRunning: Final = "notRunning"
    unknown: Final = "unknown"
    _values_: ClassVar[tuple[str, ...]] = ("running", "shuttingDown", "resetting", "standby", "notRunning", "unknown", )


VirtualMachineGuestStateValue: TypeAlias = Literal["running", "shuttingDown", "resetting", "standby", "notRunning", "unknown"]
"""The values of VirtualMachineGuestState these bindings know, for parameters; pass a newer one as ``EnumValue(text, "VirtualMachineGuestState")``."""


class VirtualMachineHtSharing(OpenEnum):
    """VirtualMachineHtSharing: an open enumeration of 3 values, since 2.0."""

    any: Final = "any"
    none: Final = "none"
    internal: Final = "internal"
    _values_: ClassVar[tuple[str, ...]] = ("any", "none", "internal", )


VirtualMachineHtSharingValue: TypeAlias = Literal["any", "none", "internal"]
"""The values of VirtualMachineHtSharing these bindings know, for parameters; pass a newer one as ``EnumValue(text, "VirtualMachineHtSharing")``."""


class VirtualMachineMemoryAllocationPolicy(OpenEnum):
    """VirtualMachineMemoryAllocationPolicy: an open enumeration of 3 values, since 2.5."""

    swapNone: Final = "swapNone"
    swapSome: Final = "swapSome"
    swapMost: Final = "swapMost"
    _values_: ClassVar[tuple[str, ...]] = ("swapNone", "swapSome", "swapMost", )


VirtualMachineMemoryAllocationPolicyValue: TypeAlias = Literal["swapNone", "swapSome", "swapMost"]
"""The values of VirtualMachineMemoryAllocationPolicy these bindings know, for parameters; pass a newer one as ``EnumValue(text, "VirtualMachineMemoryAllocationPolicy")``."""


class VirtualMachineMetadataManagerVmMetadataOp(OpenEnum):
    """VirtualMachineMetadataManagerVmMetadataOp: an open enumeration of 2 values, since 5.5."""

    Update: Final = "Update"
    Remove: Final = "Remove"
    _values_: ClassVar[tuple[str, ...]] = ("Update", "Remove", )


VirtualMachineMetadataManagerVmMetadataOpValue: TypeAlias = Literal["Update", "Remove"]
"""The values of VirtualMachineMetadataManagerVmMetadataOp these bindings know, for parameters; pass a newer one as ``EnumValue(text, "VirtualMachineMetadataManagerVmMetadataOp")``."""


class VirtualMachineMetadataManagerVmMetadataOwnerOwner(OpenEnum):
    """VirtualMachineMetadataManagerVmMetadataOwnerOwner: an open enumeration of 1 values, since 5.5."""

    ComVmwareVsphereHA: Final = "ComVmwareVsphereHA"
    _values_: ClassVar[tuple[str, ...]] = ("ComVmwareVsphereHA", )


VirtualMachineMetadataManagerVmMetadataOwnerOwnerValue: TypeAlias = Literal["ComVmwareVsphereHA"]
"""The values of VirtualMachineMetadataManagerVmMetadataOwnerOwner these bindings know, for parameters; pass a newer one as ``EnumValue(text, "VirtualMachineMetadataManagerVmMetadataOwnerOwner")``."""


class VirtualMachineMovePriority(OpenEnum):
    """VirtualMachineMovePriority: an open enumeration of 3 values, since 2.0."""

    lowPriority: Final = "lowPriority"
    highPriority: Final = "highPriority"
    defaultPriority: Final = "defaultPriority"
    _values_: ClassVar[tuple[str, ...]] = ("lowPriority", "highPriority", "defaultPriority", )


VirtualMachineMovePriorityValue: TypeAlias = Literal["lowPriority", "highPriority", "defaultPriority"]
"""The values of VirtualMachineMovePriority these bindings know, for parameters; pass a newer one as ``EnumValue(text, "VirtualMachineMovePriority")``."""


class VirtualMachineNeedSecondaryReason(OpenEnum):
    """VirtualMachineNeedSecondaryReason: an open enumeration of 7 values, since 4.0."""

    initializing: Final = "initializing"
    divergence: Final = "divergence"
    lostConnection: Final = "lostConnection"
    partialHardwareFailure: Final = "partialHardwareFailure"
    userAction: Final = "userAction"
    checkpointError: Final = "checkpointError"
    other: Final = "other"
    _values_: ClassVar[tuple[str, ...]] = ("initializing", "divergence", "lostConnection", "partialHardwareFailure", "userAction", "checkpointError", "other", )


VirtualMachineNeedSecondaryReasonValue: TypeAlias = Literal["initializing", "divergence", "lostConnection", "partialHardwareFailure", "userAction", "checkpointError", "other"]
"""The values of VirtualMachineNeedSecondaryReason these bindings know, for parameters; pass a newer one as ``EnumValue(text, "VirtualMachineNeedSecondaryReason")``."""


class VirtualMachinePowerOffBehavior(OpenEnum):
    """VirtualMachinePowerOffBehavior: an open enumeration of 4 values, since 2.5."""

    powerOff: Final = "powerOff"
    revert: Final = "revert"
    prompt: Final = "prompt"
    take: Final = "take"
    _values_: ClassVar[tuple[str, ...]] = ("powerOff", "revert", "prompt", "take", )


VirtualMachinePowerOffBehaviorValue: TypeAlias = Literal["powerOff", "revert", "prompt", "take"]
"""The values of VirtualMachinePowerOffBehavior these bindings know, for parameters; pass a newer one as ``EnumValue(text, "VirtualMachinePowerOffBehavior")``."""


class VirtualMachinePowerOpType(OpenEnum):
    """VirtualMachinePowerOpType: an open enumeration of 3 values, since 2.0."""

    soft: Final = "soft"
    hard: Final = "hard"
    preset: Final = "preset"
    _values_: ClassVar[tuple[str, ...]] = ("soft", "hard", "preset", )


VirtualMachinePowerOpTypeValue: TypeAlias = Literal["soft", "hard", "preset"]
"""The values of VirtualMachinePowerOpType these bindings know, for parameters; pass a newer one as ``EnumValue(text, "VirtualMachinePowerOpType")``."""


class VirtualMachinePowerState(OpenEnum):
    """VirtualMachinePowerState: an open enumeration of 3 values, since 2.0."""

    poweredOff: Final = "poweredOff"
    poweredOn: Final = "poweredOn"
    suspended: Final = "suspended"
    _values_: ClassVar[tuple[str, ...]] = ("poweredOff", "poweredOn", "suspended", )


VirtualMachinePowerStateValue: TypeAlias = Literal["poweredOff", "poweredOn", "suspended"]
"""The values of VirtualMachinePowerState these bindings know, for parameters; pass a newer one as ``EnumValue(text, "VirtualMachinePowerState")``."""


class VirtualMachineRecordReplayState(OpenEnum):
    """VirtualMachineRecordReplayState: an open enumeration of 3 values, since 4.0."""

    recording: Final = "recording"
    replaying: Final = "replaying"
    inactive: Final = "inactive"
    _values_: ClassVar[tuple[str, ...]] = ("recording", "replaying", "inactive", )


VirtualMachineRecordReplayStateValue: TypeAlias = Literal["recording", "replaying", "inactive"]
"""The values of VirtualMachineRecordReplayState these bindings know, for parameters; pass a newer one as ``EnumValue(text, "VirtualMachineRecordReplayState")``."""


class VirtualMachineRelocateDiskMoveOptions(OpenEnum):
    """VirtualMachineRelocateDiskMoveOptions: an open enumeration of 5 values, since 4.0."""

    moveAllDiskBackingsAndAllowSharing: Final = "moveAllDiskBackingsAndAllowSharing"
    moveAllDiskBackingsAndDisallowSharing: Final = "moveAllDiskBackingsAndDisallowSharing"
    moveChildMostDiskBacking: Final = "moveChildMostDiskBacking"
    createNewChildDiskBacking: Final = "createNewChildDiskBacking"
    moveAllDiskBackingsAndConsolidate: Final = "moveAllDiskBackingsAndConsolidate"
    _values_: ClassVar[tuple[str, ...]] = ("moveAllDiskBackingsAndAllowSharing", "moveAllDiskBackingsAndDisallowSharing", "moveChildMostDiskBacking", "createNewChildDiskBacking", "moveAllDiskBackingsAndConsolidate", )


VirtualMachineRelocateDiskMoveOptionsValue: TypeAlias = Literal["moveAllDiskBackingsAndAllowSharing", "moveAllDiskBackingsAndDisallowSharing", "moveChildMostDiskBacking", "createNewChildDiskBacking", "moveAllDiskBackingsAndConsolidate"]
"""The values of VirtualMachineRelocateDiskMoveOptions these bindings know, for parameters; pass a newer one as ``EnumValue(text, "VirtualMachineRelocateDiskMoveOptions")``."""


class VirtualMachineRelocateTransformation(OpenEnum):
    """VirtualMachineRelocateTransformation: an open enumeration of 2 values, since 2.0."""

    flat: Final = "flat"
    sparse: Final = "sparse"
    _values_: ClassVar[tuple[str, ...]] = ("flat", "sparse", )


VirtualMachineRelocateTransformationValue: TypeAlias = Literal["flat", "sparse"]
"""The values of VirtualMachineRelocateTransformation these bindings know, for parameters; pass a newer one as ``EnumValue(text, "VirtualMachineRelocateTransformation")``."""


class VirtualMachineScsiPassthroughType(OpenEnum):
    """VirtualMachineScsiPassthroughType: an open enumeration of 12 values, since 2.0."""

    disk: Final = "disk"
    tape: Final = "tape"
    printer: Final = "printer"
    processor: Final = "processor"
    worm: Final = "worm"
    cdrom: Final = "cdrom"
    scanner: Final = "scanner"
    optical: Final = "optical"
    media: Final = "media"
    com: Final = "com"
    raid: Final = "raid"
    unknown: Final = "unknown"
    _values_: ClassVar[tuple[str, ...]] = ("disk", "tape", "printer", "processor", "worm", "cdrom", "scanner", "optical", "media", "com", "raid", "unknown", )


VirtualMachineScsiPassthroughTypeValue: TypeAlias = Literal["disk", "tape", "printer", "processor", "worm", "cdrom", "scanner", "optical", "media", "com", "raid", "unknown"]
"""The values of VirtualMachineScsiPassthroughType these bindings know, for parameters; pass a newer one as ``EnumValue(text, "VirtualMachineScsiPassthroughType")``."""


class VirtualMachineSgxInfoFlcModes(OpenEnum):
    """VirtualMachineSgxInfoFlcModes: an open enumeration of 2 values, since 7.0.0.0."""

    locked: Final = "locked"
    unlocked: Final = "unlocked"
    _values_: ClassVar[tuple[str, ...]] = ("locked", "unlocked", )


VirtualMachineSgxInfoFlcModesValue: TypeAlias = Literal["locked", "unlocked"]
"""The values of VirtualMachineSgxInfoFlcModes these bindings know, for parameters; pass a newer one as ``EnumValue(text, "VirtualMachineSgxInfoFlcModes")``."""


class VirtualMachineStandbyActionType(OpenEnum):
    """VirtualMachineStandbyActionType: an open enumeration of 2 values, since 2.0."""

    checkpoint: Final = "checkpoint"
    powerOnSuspend: Final = "powerOnSuspend"
    _values_: ClassVar[tuple[str, ...]] = ("checkpoint", "powerOnSuspend", )


VirtualMachineStandbyActionTypeValue: TypeAlias = Literal["checkpoint", "powerOnSuspend"]
"""The values of VirtualMachineStandbyActionType these bindings know, for parameters; pass a newer one as ``EnumValue(text, "VirtualMachineStandbyActionType")``."""


class VirtualMachineTargetInfoConfigurationTag(OpenEnum):
    """VirtualMachineTargetInfoConfigurationTag: an open enumeration of 2 values, since 2.0."""

    compliant: Final = "compliant"
    clusterWide: Final = "clusterWide"
    _values_: ClassVar[tuple[str, ...]] = ("compliant", "clusterWide", )


VirtualMachineTargetInfoConfigurationTagValue: TypeAlias = Literal["compliant", "clusterWide"]
"""The values of VirtualMachineTargetInfoConfigurationTag these bindings know, for parameters; pass a newer one as ``EnumValue(text, "VirtualMachineTargetInfoConfigurationTag")``."""


class VirtualMachineTicketType(OpenEnum):
    """VirtualMachineTicketType: an open enumeration of 6 values, since 4.1."""

    mks: Final = "mks"
    device: Final = "device"
    guestControl: Final = "guestControl"
    webmks: Final = "webmks"
    guestIntegrity: Final = "guestIntegrity"
    webRemoteDevice: Final = "webRemoteDevice"
    _values_: ClassVar[tuple[str, ...]] = ("mks", "device", "guestControl", "webmks", "guestIntegrity", "webRemoteDevice", )


VirtualMachineTicketTypeValue: TypeAlias = Literal["mks", "device", "guestControl", "webmks", "guestIntegrity", "webRemoteDevice"]
"""The values of VirtualMachineTicketType these bindings know, for parameters; pass a newer one as ``EnumValue(text, "VirtualMachineTicketType")``."""


class VirtualMachineToolsInstallType(OpenEnum):
    """VirtualMachineToolsInstallType: an open enumeration of 5 values, since 6.5."""

    guestToolsTypeUnknown: Final = "guestToolsTypeUnknown"
    guestToolsTypeMSI: Final = "guestToolsTypeMSI"
    guestToolsTypeTar: Final = "guestToolsTypeTar"
    guestToolsTypeOSP: Final = "guestToolsTypeOSP"
    guestToolsTypeOpenVMTools: Final = "guestToolsTypeOpenVMTools"
    _values_: ClassVar[tuple[str, ...]] = ("guestToolsTypeUnknown", "guestToolsTypeMSI", "guestToolsTypeTar", "guestToolsTypeOSP", "guestToolsTypeOpenVMTools", )


VirtualMachineToolsInstallTypeValue: TypeAlias = Literal["guestToolsTypeUnknown", "guestToolsTypeMSI", "guestToolsTypeTar", "guestToolsTypeOSP", "guestToolsTypeOpenVMTools"]
"""The values of VirtualMachineToolsInstallType these bindings know, for parameters; pass a newer one as ``EnumValue(text, "VirtualMachineToolsInstallType")``."""


class VirtualMachineToolsRunningStatus(OpenEnum):
    """VirtualMachineToolsRunningStatus: an open enumeration of 3 values, since 4.0."""

    guestToolsNotRunning: Final = "guestToolsNotRunning"
    guestToolsRunning: Final = "guestToolsRunning"
    guestToolsExecutingScripts: Final = "guestToolsExecutingScripts"
    _values_: ClassVar[tuple[str, ...]] = ("guestToolsNotRunning", "guestToolsRunning", "guestToolsExecutingScripts", )


VirtualMachineToolsRunningStatusValue: TypeAlias = Literal["guestToolsNotRunning", "guestToolsRunning", "guestToolsExecutingScripts"]
"""The values of VirtualMachineToolsRunningStatus these bindings know, for parameters; pass a newer one as ``EnumValue(text, "VirtualMachineToolsRunningStatus")``."""


class VirtualMachineToolsStatus(OpenEnum):
    """VirtualMachineToolsStatus: an open enumeration of 4 values, since 2.0."""

    toolsNotInstalled: Final = "toolsNotInstalled"
    toolsNotRunning: Final = "toolsNotRunning"
    toolsOld: Final = "toolsOld"
    toolsOk: Final = "toolsOk"
    _values_: ClassVar[tuple[str, ...]] = ("toolsNotInstalled", "toolsNotRunning", "toolsOld", "toolsOk", )


VirtualMachineToolsStatusValue: TypeAlias = Literal["toolsNotInstalled", "toolsNotRunning", "toolsOld", "toolsOk"]
"""The values of VirtualMachineToolsStatus these bindings know, for parameters; pass a newer one as ``EnumValue(text, "VirtualMachineToolsStatus")``."""


class VirtualMachineToolsVersionStatus(OpenEnum):
    """VirtualMachineToolsVersionStatus: an open enumeration of 9 values, since 4.0."""

    guestToolsNotInstalled: Final = "guestToolsNotInstalled"
    guestToolsNeedUpgrade: Final = "guestToolsNeedUpgrade"
    guestToolsCurrent: Final = "guestToolsCurrent"
    guestToolsUnmanaged: Final = "guestToolsUnmanaged"
    guestToolsTooOld: Final = "guestToolsTooOld"
    guestToolsSupportedOld: Final = "guestToolsSupportedOld"
    guestToolsSupportedNew: Final = "guestToolsSupportedNew"
    guestToolsTooNew: Final = "guestToolsTooNew"
    guestToolsBlacklisted: Final = "guestToolsBlacklisted"
    _values_: ClassVar[tuple[str, ...]] = ("guestToolsNotInstalled", "guestToolsNeedUpgrade", "guestToolsCurrent", "guestToolsUnmanaged", "guestToolsTooOld", "guestToolsSupportedOld", "guestToolsSupportedNew", "guestToolsTooNew", "guestToolsBlacklisted", )


VirtualMachineToolsVersionStatusValue: TypeAlias = Literal["guestToolsNotInstalled", "guestToolsNeedUpgrade", "guestToolsCurrent", "guestToolsUnmanaged", "guestToolsTooOld", "guestToolsSupportedOld", "guestToolsSupportedNew", "guestToolsTooNew", "guestToolsBlacklisted"]
"""The values of VirtualMachineToolsVersionStatus these bindings know, for parameters; pass a newer one as ``EnumValue(text, "VirtualMachineToolsVersionStatus")``."""


class VirtualMachineUsbInfoFamily(OpenEnum):
    """VirtualMachineUsbInfoFamily: an open enumeration of 19 values, since 2.5."""

    audio: Final = "audio"
    hid: Final = "hid"
    hid_bootable: Final = "hid_bootable"
    physical: Final = "physical"
    communication: Final = "communication"
    imaging: Final = "imaging"
    printer: Final = "printer"
    storage: Final = "storage"
    hub: Final = "hub"
    smart_card: Final = "smart_card"
    security: Final = "security"
    video: Final = "video"
    wireless: Final = "wireless"
    bluetooth: Final = "bluetooth"
    wusb: Final = "wusb"
    pda: Final = "pda"
    vendor_specific: Final = "vendor_specific"
    other: Final = "other"
    unknownFamily: Final = "unknownFamily"
    _values_: ClassVar[tuple[str, ...]] = ("audio", "hid", "hid_bootable", "physical", "communication", "imaging", "printer", "storage", "hub", "smart_card", "security", "video", "wireless", "bluetooth", "wusb", "pda", "vendor_specific", "other", "unknownFamily", )


VirtualMachineUsbInfoFamilyValue: TypeAlias = Literal["audio", "hid", "hid_bootable", "physical", "communication", "imaging", "printer", "storage", "hub", "smart_card", "security", "video", "wireless", "bluetooth", "wusb", "pda", "vendor_specific", "other", "unknownFamily"]
"""The values of VirtualMachineUsbInfoFamily these bindings know, for parameters; pass a newer one as ``EnumValue(text, "VirtualMachineUsbInfoFamily")``."""


class VirtualMachineUsbInfoSpeed(OpenEnum):
    """VirtualMachineUsbInfoSpeed: an open enumeration of 6 values, since 2.5."""

    low: Final = "low"
    full: Final = "full"
    high: Final = "high"
    superSpeed: Final = "superSpeed"
    superSpeedPlus: Final = "superSpeedPlus"
    unknownSpeed: Final = "unknownSpeed"
    _values_: ClassVar[tuple[str, ...]] = ("low", "full", "high", "superSpeed", "superSpeedPlus", "unknownSpeed", )


VirtualMachineUsbInfoSpeedValue: TypeAlias = Literal["low", "full", "high", "superSpeed", "superSpeedPlus", "unknownSpeed"]
"""The values of VirtualMachineUsbInfoSpeed these bindings know, for parameters; pass a newer one as ``EnumValue(text, "VirtualMachineUsbInfoSpeed")``."""


class VirtualMachineVMCIDeviceAction(OpenEnum):
    """VirtualMachineVMCIDeviceAction: an open enumeration of 2 values, since 6.0."""

    allow: Final = "allow"
    deny: Final = "deny"
    _values_: ClassVar[tuple[str, ...]] = ("allow", "deny", )


VirtualMachineVMCIDeviceActionValue: TypeAlias = Literal["allow", "deny"]
"""The values of VirtualMachineVMCIDeviceAction these bindings know, for parameters; pass a newer one as ``EnumValue(text, "VirtualMachineVMCIDeviceAction")``."""


class VirtualMachineVMCIDeviceDirection(OpenEnum):
    """VirtualMachineVMCIDeviceDirection: an open enumeration of 3 values, since 6.0."""

    guest: Final = "guest"
    host: Final = "host"
    anyDirection: Final = "anyDirection"
    _values_: ClassVar[tuple[str, ...]] = ("guest", "host", "anyDirection", )


VirtualMachineVMCIDeviceDirectionValue: TypeAlias = Literal["guest", "host", "anyDirection"]
"""The values of VirtualMachineVMCIDeviceDirection these bindings know, for parameters; pass a newer one as ``EnumValue(text, "VirtualMachineVMCIDeviceDirection")``."""


class VirtualMachineVMCIDeviceProtocol(OpenEnum):
    """VirtualMachineVMCIDeviceProtocol: an open enumeration of 6 values, since 6.0."""

    hypervisor: Final = "hypervisor"
    doorbell: Final = "doorbell"
    queuepair: Final = "queuepair"
    datagram: Final = "datagram"
    stream: Final = "stream"
    anyProtocol: Final = "anyProtocol"
    _values_: ClassVar[tuple[str, ...]] = ("hypervisor", "doorbell", "queuepair", "datagram", "stream", "anyProtocol", )


VirtualMachineVMCIDeviceProtocolValue: TypeAlias = Literal["hypervisor", "doorbell", "queuepair", "datagram", "stream", "anyProtocol"]
"""The values of VirtualMachineVMCIDeviceProtocol these bindings know, for parameters; pass a newer one as ``EnumValue(text, "VirtualMachineVMCIDeviceProtocol")``."""


class VirtualMachineVgpuProfileInfoProfileClass(OpenEnum):
    """VirtualMachineVgpuProfileInfoProfileClass: an open enumeration of 2 values, since 7.0.3.0."""

    compute: Final = "compute"
    quadro: Final = "quadro"
    _values_: ClassVar[tuple[str, ...]] = ("compute", "quadro", )


VirtualMachineVgpuProfileInfoProfileClassValue: TypeAlias = Literal["compute", "quadro"]
"""The values of VirtualMachineVgpuProfileInfoProfileClass these bindings know, for parameters; pass a newer one as ``EnumValue(text, "VirtualMachineVgpuProfileInfoProfileClass")``."""


class VirtualMachineVgpuProfileInfoProfileSharing(OpenEnum):
    """VirtualMachineVgpuProfileInfoProfileSharing: an open enumeration of 2 values, since 7.0.3.0."""

    timeSliced: Final = "timeSliced"
    mig: Final = "mig"
    _values_: ClassVar[tuple[str, ...]] = ("timeSliced", "mig", )


VirtualMachineVgpuProfileInfoProfileSharingValue: TypeAlias = Literal["timeSliced", "mig"]
"""The values of VirtualMachineVgpuProfileInfoProfileSharing these bindings know, for parameters; pass a newer one as ``EnumValue(text, "VirtualMachineVgpuProfileInfoProfileSharing")``."""


class VirtualMachineVideoCardUse3dRenderer(OpenEnum):
    """VirtualMachineVideoCardUse3dRenderer: an open enumeration of 3 values, since 5.1."""

    automatic: Final = "automatic"
    software: Final = "software"
    hardware: Final = "hardware"
    _values_: ClassVar[tuple[str, ...]] = ("automatic", "software", "hardware", )


VirtualMachineVideoCardUse3dRendererValue: TypeAlias = Literal["automatic", "software", "hardware"]
"""The values of VirtualMachineVideoCardUse3dRenderer these bindings know, for parameters; pass a newer one as ``EnumValue(text, "VirtualMachineVideoCardUse3dRenderer")``."""


class VirtualMachineVirtualPMemSnapshotMode(OpenEnum):
    """VirtualMachineVirtualPMemSnapshotMode: an open enumeration of 2 values, since 7.0.3.0."""

    independent_persistent: Final = "independent_persistent"
    independent_eraseonrevert: Final = "independent_eraseonrevert"
    _values_: ClassVar[tuple[str, ...]] = ("independent_persistent", "independent_eraseonrevert", )


VirtualMachineVirtualPMemSnapshotModeValue: TypeAlias = Literal["independent_persistent", "independent_eraseonrevert"]
"""The values of VirtualMachineVirtualPMemSnapshotMode these bindings know, for parameters; pass a newer one as ``EnumValue(text, "VirtualMachineVirtualPMemSnapshotMode")``."""


class VirtualMachineWindowsQuiesceSpecVssBackupContext(OpenEnum):
    """VirtualMachineWindowsQuiesceSpecVssBackupContext: an open enumeration of 3 values, since 6.5."""

    ctx_auto: Final = "ctx_auto"
    ctx_backup: Final = "ctx_backup"
    ctx_file_share_backup: Final = "ctx_file_share_backup"
    _values_: ClassVar[tuple[str, ...]] = ("ctx_auto", "ctx_backup", "ctx_file_share_backup", )


VirtualMachineWindowsQuiesceSpecVssBackupContextValue: TypeAlias = Literal["ctx_auto", "ctx_backup", "ctx_file_share_backup"]
"""The values of VirtualMachineWindowsQuiesceSpecVssBackupContext these bindings know, for parameters; pass a newer one as ``EnumValue(text, "VirtualMachineWindowsQuiesceSpecVssBackupContext")``."""


class VirtualPointingDeviceHostChoice(OpenEnum):
    """VirtualPointingDeviceHostChoice: an open enumeration of 8 values, since 2.0."""

    autodetect: Final = "autodetect"
    intellimouseExplorer: Final = "intellimouseExplorer"
    intellimousePs2: Final = "intellimousePs2"
    logitechMouseman: Final = "logitechMouseman"
    microsoft_serial: Final = "microsoft_serial"
    mouseSystems: Final = "mouseSystems"
    mousemanSerial: Final = "mousemanSerial"
    ps2: Final = "ps2"
    _values_: ClassVar[tuple[str, ...]] = ("autodetect", "intellimouseExplorer", "intellimousePs2", "logitechMouseman", "microsoft_serial", "mouseSystems", "mousemanSerial", "ps2", )


VirtualPointingDeviceHostChoiceValue: TypeAlias = Literal["autodetect", "intellimouseExplorer", "intellimousePs2", "logitechMouseman", "microsoft_serial", "mouseSystems", "mousemanSerial", "ps2"]
"""The values of VirtualPointingDeviceHostChoice these bindings know, for parameters; pass a newer one as ``EnumValue(text, "VirtualPointingDeviceHostChoice")``."""


class VirtualSCSISharing(OpenEnum):
    """VirtualSCSISharing: an open enumeration of 3 values, since 2.0."""

    noSharing: Final = "noSharing"
    virtualSharing: Final = "virtualSharing"
    physicalSharing: Final = "physicalSharing"
    _values_: ClassVar[tuple[str, ...]] = ("noSharing", "virtualSharing", "physicalSharing", )


VirtualSCSISharingValue: TypeAlias = Literal["noSharing", "virtualSharing", "physicalSharing"]
"""The values of VirtualSCSISharing these bindings know, for parameters; pass a newer one as ``EnumValue(text, "VirtualSCSISharing")``."""


class VirtualSerialPortEndPoint(OpenEnum):
    """VirtualSerialPortEndPoint: an open enumeration of 2 values, since 2.0."""

    client: Final = "client"
    server: Final = "server"
    _values_: ClassVar[tuple[str, ...]] = ("client", "server", )


VirtualSerialPortEndPointValue: TypeAlias = Literal["client", "server"]
"""The values of VirtualSerialPortEndPoint these bindings know, for parameters; pass a newer one as ``EnumValue(text, "VirtualSerialPortEndPoint")``."""


class VirtualVmxnet3VrdmaOptionDeviceProtocols(OpenEnum):
    """VirtualVmxnet3VrdmaOptionDeviceProtocols: an open enumeration of 2 values, since 6.7."""

    rocev1: Final = "rocev1"
    rocev2: Final = "rocev2"
    _values_: ClassVar[tuple[str, ...]] = ("rocev1", "rocev2", )


VirtualVmxnet3VrdmaOptionDeviceProtocolsValue: TypeAlias = Literal["rocev1", "rocev2"]
"""The values of VirtualVmxnet3VrdmaOptionDeviceProtocols these bindings know, for parameters; pass a newer one as ``EnumValue(text, "VirtualVmxnet3VrdmaOptionDeviceProtocols")``."""


class VmDasBeingResetEventReasonCode(OpenEnum):
    """VmDasBeingResetEventReasonCode: an open enumeration of 4 values, since 4.1."""

    vmtoolsHeartbeatFailure: Final = "vmtoolsHeartbeatFailure"
    appHeartbeatFailure: Final = "appHeartbeatFailure"
    appImmediateResetRequest: Final = "appImmediateResetRequest"
    vmcpResetApdCleared: Final = "vmcpResetApdCleared"
    _values_: ClassVar[tuple[str, ...]] = ("vmtoolsHeartbeatFailure", "appHeartbeatFailure", "appImmediateResetRequest", "vmcpResetApdCleared", )


VmDasBeingResetEventReasonCodeValue: TypeAlias = Literal["vmtoolsHeartbeatFailure", "appHeartbeatFailure", "appImmediateResetRequest", "vmcpResetApdCleared"]
"""The values of VmDasBeingResetEventReasonCode these bindings know, for parameters; pass a newer one as ``EnumValue(text, "VmDasBeingResetEventReasonCode")``."""


class VmFailedStartingSecondaryEventFailureReason(OpenEnum):
    """VmFailedStartingSecondaryEventFailureReason: an open enumeration of 4 values, since 4.0."""

    incompatibleHost: Final = "incompatibleHost"
    loginFailed: Final = "loginFailed"
    registerVmFailed: Final = "registerVmFailed"
    migrateFailed: Final = "migrateFailed"
    _values_: ClassVar[tuple[str, ...]] = ("incompatibleHost", "loginFailed", "registerVmFailed", "migrateFailed", )


VmFailedStartingSecondaryEventFailureReasonValue: TypeAlias = Literal["incompatibleHost", "loginFailed", "registerVmFailed", "migrateFailed"]
"""The values of VmFailedStartingSecondaryEventFailureReason these bindings know, for parameters; pass a newer one as ``EnumValue(text, "VmFailedStartingSecondaryEventFailureReason")``."""


class VmFaultToleranceConfigIssueReasonForIssue(OpenEnum):
    """VmFaultToleranceConfigIssueReasonForIssue: an open enumeration of 31 values, since 4.0."""

    haNotEnabled: Final = "haNotEnabled"
    moreThanOneSecondary: Final = "moreThanOneSecondary"
    recordReplayNotSupported: Final = "recordReplayNotSupported"
    replayNotSupported: Final = "replayNotSupported"
    templateVm: Final = "templateVm"
    multipleVCPU: Final = "multipleVCPU"
    hostInactive: Final = "hostInactive"
    ftUnsupportedHardware: Final = "ftUnsupportedHardware"
    ftUnsupportedProduct: Final = "ftUnsupportedProduct"
    missingVMotionNic: Final = "missingVMotionNic"
    missingFTLoggingNic: Final = "missingFTLoggingNic"
    thinDisk: Final = "thinDisk"
    verifySSLCertificateFlagNotSet: Final = "verifySSLCertificateFlagNotSet"
    hasSnapshots: Final = "hasSnapshots"
    noConfig: Final = "noConfig"
    ftSecondaryVm: Final = "ftSecondaryVm"
    hasLocalDisk: Final = "hasLocalDisk"
    esxAgentVm: Final = "esxAgentVm"
    video3dEnabled: Final = "video3dEnabled"
    hasUnsupportedDisk: Final = "hasUnsupportedDisk"
    insufficientBandwidth: Final = "insufficientBandwidth"
    hasNestedHVConfiguration: Final = "hasNestedHVConfiguration"
    hasVFlashConfiguration: Final = "hasVFlashConfiguration"
    unsupportedProduct: Final = "unsupportedProduct"
    cpuHvUnsupported: Final = "cpuHvUnsupported"
    cpuHwmmuUnsupported: Final = "cpuHwmmuUnsupported"
    cpuHvDisabled: Final = "cpuHvDisabled"
    hasEFIFirmware: Final = "hasEFIFirmware"
    tooManyVCPUs: Final = "tooManyVCPUs"
    tooMuchMemory: Final = "tooMuchMemory"
    unsupportedPMemHAFailOver: Final = "unsupportedPMemHAFailOver"
    _values_: ClassVar[tuple[str, ...]] = ("haNotEnabled", "moreThanOneSecondary", "recordReplayNotSupported", "replayNotSupported", "templateVm", "multipleVCPU", "hostInactive", "ftUnsupportedHardware", "ftUnsupportedProduct", "missingVMotionNic", "missingFTLoggingNic", "thinDisk", "verifySSLCertificateFlagNotSet", "hasSnapshots", "noConfig", "ftSecondaryVm", "hasLocalDisk", "esxAgentVm", "video3dEnabled", "hasUnsupportedDisk", "insufficientBandwidth", "hasNestedHVConfiguration", "hasVFlashConfiguration", "unsupportedProduct", "cpuHvUnsupported", "cpuHwmmuUnsupported", "cpuHvDisabled", "hasEFIFirmware", "tooManyVCPUs", "tooMuchMemory", "unsupportedPMemHAFailOver", )


VmFaultToleranceConfigIssueReasonForIssueValue: TypeAlias = Literal["haNotEnabled", "moreThanOneSecondary", "recordReplayNotSupported", "replayNotSupported", "templateVm", "multipleVCPU", "hostInactive", "ftUnsupportedHardware", "ftUnsupportedProduct", "missingVMotionNic", "missingFTLoggingNic", "thinDisk", "verifySSLCertificateFlagNotSet", "hasSnapshots", "noConfig", "ftSecondaryVm", "hasLocalDisk", "esxAgentVm", "video3dEnabled", "hasUnsupportedDisk", "insufficientBandwidth", "hasNestedHVConfiguration", "hasVFlashConfiguration", "unsupportedProduct", "cpuHvUnsupported", "cpuHwmmuUnsupported", "cpuHvDisabled", "hasEFIFirmware", "tooManyVCPUs", "tooMuchMemory", "unsupportedPMemHAFailOver"]
"""The values of VmFaultToleranceConfigIssueReasonForIssue these bindings know, for parameters; pass a newer one as ``EnumValue(text, "VmFaultToleranceConfigIssueReasonForIssue")``."""


class VmFaultToleranceInvalidFileBackingDeviceType(OpenEnum):
    """VmFaultToleranceInvalidFileBackingDeviceType: an open enumeration of 5 values, since 4.0."""

    virtualFloppy: Final = "virtualFloppy"
    virtualCdrom: Final = "virtualCdrom"
    virtualSerialPort: Final = "virtualSerialPort"
    virtualParallelPort: Final = "virtualParallelPort"
    virtualDisk: Final = "virtualDisk"
    _values_: ClassVar[tuple[str, ...]] = ("virtualFloppy", "virtualCdrom", "virtualSerialPort", "virtualParallelPort", "virtualDisk", )


VmFaultToleranceInvalidFileBackingDeviceTypeValue: TypeAlias = Literal["virtualFloppy", "virtualCdrom", "virtualSerialPort", "virtualParallelPort", "virtualDisk"]
"""The values of VmFaultToleranceInvalidFileBackingDeviceType these bindings know, for parameters; pass a newer one as ``EnumValue(text, "VmFaultToleranceInvalidFileBackingDeviceType")``."""


class VmShutdownOnIsolationEventOperation(OpenEnum):
    """VmShutdownOnIsolationEventOperation: an open enumeration of 2 values, since 4.0."""

    shutdown: Final = "shutdown"
    poweredOff: Final = "poweredOff"
    _values_: ClassVar[tuple[str, ...]] = ("shutdown", "poweredOff", )


VmShutdownOnIsolationEventOperationValue: TypeAlias = Literal["shutdown", "poweredOff"]
"""The values of VmShutdownOnIsolationEventOperation these bindings know, for parameters; pass a newer one as ``EnumValue(text, "VmShutdownOnIsolationEventOperation")``."""


class VmwareDistributedVirtualSwitchPvlanPortType(OpenEnum):
    """VmwareDistributedVirtualSwitchPvlanPortType: an open enumeration of 3 values, since 4.0."""

    promiscuous: Final = "promiscuous"
    isolated: Final = "isolated"
    community: Final = "community"
    _values_: ClassVar[tuple[str, ...]] = ("promiscuous", "isolated", "community", )


VmwareDistributedVirtualSwitchPvlanPortTypeValue: TypeAlias = Literal["promiscuous", "isolated", "community"]
"""The values of VmwareDistributedVirtualSwitchPvlanPortType these bindings know, for parameters; pass a newer one as ``EnumValue(text, "VmwareDistributedVirtualSwitchPvlanPortType")``."""


class VsanDiskIssueType(OpenEnum):
    """VsanDiskIssueType: an open enumeration of 3 values, since 5.5."""

    nonExist: Final = "nonExist"
    stampMismatch: Final = "stampMismatch"
    unknown: Final = "unknown"
    _values_: ClassVar[tuple[str, ...]] = ("nonExist", "stampMismatch", "unknown", )


VsanDiskIssueTypeValue: TypeAlias = Literal["nonExist", "stampMismatch", "unknown"]
"""The values of VsanDiskIssueType these bindings know, for parameters; pass a newer one as ``EnumValue(text, "VsanDiskIssueType")``."""


class VsanHostDecommissionModeObjectAction(OpenEnum):
    """VsanHostDecommissionModeObjectAction: an open enumeration of 3 values, since 5.5."""

    noAction: Final = "noAction"
    ensureObjectAccessibility: Final = "ensureObjectAccessibility"
    evacuateAllData: Final = "evacuateAllData"
    _values_: ClassVar[tuple[str, ...]] = ("noAction", "ensureObjectAccessibility", "evacuateAllData", )


VsanHostDecommissionModeObjectActionValue: TypeAlias = Literal["noAction", "ensureObjectAccessibility", "evacuateAllData"]
"""The values of VsanHostDecommissionModeObjectAction these bindings know, for parameters; pass a newer one as ``EnumValue(text, "VsanHostDecommissionModeObjectAction")``."""


class VsanHostDiskResultState(OpenEnum):
    """VsanHostDiskResultState: an open enumeration of 3 values, since 5.5."""

    inUse: Final = "inUse"
    eligible: Final = "eligible"
    ineligible: Final = "ineligible"
    _values_: ClassVar[tuple[str, ...]] = ("inUse", "eligible", "ineligible", )


VsanHostDiskResultStateValue: TypeAlias = Literal["inUse", "eligible", "ineligible"]
"""The values of VsanHostDiskResultState these bindings know, for parameters; pass a newer one as ``EnumValue(text, "VsanHostDiskResultState")``."""


class VsanHostHealthState(OpenEnum):
    """VsanHostHealthState: an open enumeration of 3 values, since 5.5."""

    unknown: Final = "unknown"
    healthy: Final = "healthy"
    unhealthy: Final = "unhealthy"
    _values_: ClassVar[tuple[str, ...]] = ("unknown", "healthy", "unhealthy", )


VsanHostHealthStateValue: TypeAlias = Literal["unknown", "healthy", "unhealthy"]
"""The values of VsanHostHealthState these bindings know, for parameters; pass a newer one as ``EnumValue(text, "VsanHostHealthState")``."""


class VsanHostNodeState(OpenEnum):
    """VsanHostNodeState: an open enumeration of 10 values, since 5.5."""

    error: Final = "error"
    disabled: Final = "disabled"
    agent: Final = "agent"
    master: Final = "master"
    backup: Final = "backup"
    starting: Final = "starting"
    stopping: Final = "stopping"
    enteringMaintenanceMode: Final = "enteringMaintenanceMode"
    exitingMaintenanceMode: Final = "exitingMaintenanceMode"
    decommissioning: Final = "decommissioning"
    _values_: ClassVar[tuple[str, ...]] = ("error", "disabled", "agent", "master", "backup", "starting", "stopping", "enteringMaintenanceMode", "exitingMaintenanceMode", "decommissioning", )


VsanHostNodeStateValue: TypeAlias = Literal["error", "disabled", "agent", "master", "backup", "starting", "stopping", "enteringMaintenanceMode", "exitingMaintenanceMode", "decommissioning"]
"""The values of VsanHostNodeState these bindings know, for parameters; pass a newer one as ``EnumValue(text, "VsanHostNodeState")``."""


class VsanUpgradeSystemUpgradeHistoryDiskGroupOpType(OpenEnum):
    """VsanUpgradeSystemUpgradeHistoryDiskGroupOpType: an open enumeration of 2 values, since 6.0."""

    add: Final = "add"
    remove: Final = "remove"
    _values_: ClassVar[tuple[str, ...]] = ("add", "remove", )


VsanUpgradeSystemUpgradeHistoryDiskGroupOpTypeValue: TypeAlias = Literal["add", "remove"]
"""The values of VsanUpgradeSystemUpgradeHistoryDiskGroupOpType these bindings know, for parameters; pass a newer one as ``EnumValue(text, "VsanUpgradeSystemUpgradeHistoryDiskGroupOpType")``."""


class WeekOfMonth(OpenEnum):
    """WeekOfMonth: an open enumeration of 5 values, since 2.0."""

    first: Final = "first"
    second: Final = "second"
    third: Final = "third"
    fourth: Final = "fourth"
    last: Final = "last"
    _values_: ClassVar[tuple[str, ...]] = ("first", "second", "third", "fourth", "last", )


WeekOfMonthValue: TypeAlias = Literal["first", "second", "third", "fourth", "last"]
"""The values of WeekOfMonth these bindings know, for parameters; pass a newer one as ``EnumValue(text, "WeekOfMonth")``."""


class WillLoseHAProtectionResolution(OpenEnum):
    """WillLoseHAProtectionResolution: an open enumeration of 2 values, since 5.0."""

    svmotion: Final = "svmotion"
    relocate: Final = "relocate"
    _values_: ClassVar[tuple[str, ...]] = ("svmotion", "relocate", )


WillLoseHAProtectionResolutionValue: TypeAlias = Literal["svmotion", "relocate"]
"""The values of WillLoseHAProtectionResolution these bindings know, for parameters; pass a newer one as ``EnumValue(text, "WillLoseHAProtectionResolution")``."""


class vslmVStorageObjectControlFlag(OpenEnum):
    """vslmVStorageObjectControlFlag: an open enumeration of 3 values, since 6.7."""

    keepAfterDeleteVm: Final = "keepAfterDeleteVm"
    disableRelocation: Final = "disableRelocation"
    enableChangedBlockTracking: Final = "enableChangedBlockTracking"
    _values_: ClassVar[tuple[str, ...]] = ("keepAfterDeleteVm", "disableRelocation", "enableChangedBlockTracking", )


vslmVStorageObjectControlFlagValue: TypeAlias = Literal["keepAfterDeleteVm", "disableRelocation", "enableChangedBlockTracking"]
"""The values of vslmVStorageObjectControlFlag these bindings know, for parameters; pass a newer one as ``EnumValue(text, "vslmVStorageObjectControlFlag")``."""
