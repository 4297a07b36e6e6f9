# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""VirtualMachine: managed object proxy, extends ManagedEntity. Since 2.0."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from .managed_entity import ManagedEntity, ManagedEntityProperties
from pyvmomo.property import fetch_into as _fetch_into

if TYPE_CHECKING:
    from collections.abc import Sequence
    from pyvmomo._xsd import EnumValue
    from ..enums import VirtualMachineMovePriorityValue, VirtualMachinePowerStateValue
    from ..types.customization_spec import CustomizationSpec
    from .datastore import Datastore
    from ..types.disk_change_info import DiskChangeInfo
    from .environment_browser import EnvironmentBrowser
    from ..types.fault_tolerance_config_spec import FaultToleranceConfigSpec
    from ..types.fault_tolerance_secondary_op_result import FaultToleranceSecondaryOpResult
    from .folder import Folder
    from ..types.guest_info import GuestInfo
    from ..types.host_feature_mask import HostFeatureMask
    from .host_system import HostSystem
    from .http_nfc_lease import HttpNfcLease
    from ..types.id import ID
    from ..types.localized_method_fault import LocalizedMethodFault
    from .network import Network
    from ..types.resource_config_spec import ResourceConfigSpec
    from .resource_pool import ResourcePool
    from ..types.storage_requirement import StorageRequirement
    from .task import Task
    from ..types.usb_scan_code_spec import UsbScanCodeSpec
    from ..types.virtual_disk import VirtualDisk
    from ..types.virtual_machine_capability import VirtualMachineCapability
    from ..types.virtual_machine_clone_spec import VirtualMachineCloneSpec
    from ..types.virtual_machine_config_info import VirtualMachineConfigInfo
    from ..types.virtual_machine_config_spec import VirtualMachineConfigSpec
    from ..types.virtual_machine_connection import VirtualMachineConnection
    from ..types.virtual_machine_display_topology import VirtualMachineDisplayTopology
    from ..types.virtual_machine_file_layout import VirtualMachineFileLayout
    from ..types.virtual_machine_file_layout_ex import VirtualMachineFileLayoutEx
    from ..types.virtual_machine_guest_quiesce_spec import VirtualMachineGuestQuiesceSpec
    from ..types.virtual_machine_instant_clone_spec import VirtualMachineInstantCloneSpec
    from ..types.virtual_machine_mks_ticket import VirtualMachineMksTicket
    from ..types.virtual_machine_relocate_spec import VirtualMachineRelocateSpec
    from ..types.virtual_machine_runtime_info import VirtualMachineRuntimeInfo
    from .virtual_machine_snapshot import VirtualMachineSnapshot
    from ..types.virtual_machine_snapshot_info import VirtualMachineSnapshotInfo
    from ..types.virtual_machine_storage_info import VirtualMachineStorageInfo
    from ..types.virtual_machine_summary import VirtualMachineSummary
    from ..types.virtual_machine_ticket import VirtualMachineTicket

_ACQUIRE_MKS_TICKET: _Operation[VirtualMachineMksTicket] = _Operation(
    "AcquireMksTicket",
    (),
    _F("returnval", "VirtualMachineMksTicket", 0, "2.0"),
    faults=("RuntimeFault", ),
    since="2.0",
    privilege="VirtualMachine.Interact.ConsoleInteract",
    safe=False,
    task_result=None,
)

_ACQUIRE_TICKET: _Operation[VirtualMachineTicket] = _Operation(
    "AcquireTicket",
    (_F("ticketType", "string", 0, "4.1"), ),
    _F("returnval", "VirtualMachineTicket", 0, "4.1"),
    faults=("InvalidState", "RuntimeFault", ),
    since="4.1",
    privilege=None,
    safe=False,
    task_result=None,
)

_ANSWER_VM: _Operation[None] = _Operation(
    "AnswerVM",
    (_F("questionId", "string", 0, "2.0"), _F("answerChoice", "string", 0, "2.0"), ),
    None,
    faults=("ConcurrentAccess", "RuntimeFault", ),
    since="2.0",
    privilege="VirtualMachine.Interact.AnswerQuestion",
    safe=False,
    task_result=None,
)

_APPLY_EVC_MODE_VM_TASK: _Operation[Task[None]] = _Operation(
    "ApplyEvcModeVM_Task",
    (_F("mask", "HostFeatureMask", 3, "6.7"), _F("completeMasks", "boolean", 2, "6.7"), ),
    _F("returnval", "ManagedObjectReference", 0, "6.7", target="Task"),
    faults=("InvalidState", "RuntimeFault", ),
    since="6.7",
    privilege="VirtualMachine.Config.Settings",
    safe=False,
    task_result=None,
)

_ATTACH_DISK_TASK: _Operation[Task[None]] = _Operation(
    "AttachDisk_Task",
    (_F("diskId", "ID", 0, "6.5"), _F("datastore", "ManagedObjectReference", 0, "6.5", target="Datastore"), _F("controllerKey", "int", 2, "6.5"), _F("unitNumber", "int", 2, "6.5"), ),
    _F("returnval", "ManagedObjectReference", 0, "6.5", target="Task"),
    faults=("DeviceUnsupportedForVmVersion", "FileFault", "InvalidController", "InvalidDatastore", "InvalidState", "MissingController", "NotFound", "VmConfigFault", "RuntimeFault", ),
    since="6.5",
    privilege="VirtualMachine.Config.AddExistingDisk",
    safe=False,
    task_result=None,
)

_CHECK_CUSTOMIZATION_SPEC: _Operation[None] = _Operation(
    "CheckCustomizationSpec",
    (_F("spec", "CustomizationSpec", 0, "2.0"), ),
    None,
    faults=("CustomizationFault", "RuntimeFault", ),
    since="2.0",
    privilege="VirtualMachine.Provisioning.Customize",
    safe=True,
    task_result=None,
)

_CLONE_VM_TASK: _Operation[Task[VirtualMachine]] = _Operation(
    "CloneVM_Task",
    (_F("folder", "ManagedObjectReference", 0, "2.0", target="Folder"), _F("name", "string", 0, "2.0"), _F("spec", "VirtualMachineCloneSpec", 0, "2.0"), ),
    _F("returnval", "ManagedObjectReference", 0, "2.0", target="Task"),
    faults=("CustomizationFault", "FileFault", "InsufficientResourcesFault", "InvalidDatastore", "InvalidState", "MigrationFault", "TaskInProgress", "VmConfigFault", "RuntimeFault", ),
    since="2.0",
    privilege=None,
    safe=False,
    task_result=_F("result", "ManagedObjectReference", 0, "2.0", target="VirtualMachine"),
)

_CONSOLIDATE_VM_DISKS_TASK: _Operation[Task[None]] = _Operation(
    "ConsolidateVMDisks_Task",
    (),
    _F("returnval", "ManagedObjectReference", 0, "5.0", target="Task"),
    faults=("FileFault", "InvalidState", "TaskInProgress", "VmConfigFault", "RuntimeFault", ),
    since="5.0",
    privilege="VirtualMachine.State.RemoveSnapshot",
    safe=False,
    task_result=None,
)

_CREATE_SCREENSHOT_TASK: _Operation[Task[str]] = _Operation(
    "CreateScreenshot_Task",
    (),
    _F("returnval", "ManagedObjectReference", 0, "4.0", target="Task"),
    faults=("FileFault", "InvalidState", "TaskInProgress", "RuntimeFault", ),
    since="4.0",
    privilege="VirtualMachine.Interact.CreateScreenshot",
    safe=False,
    task_result=_F("result", "string", 0, "4.0"),
)

_CREATE_SECONDARY_VM_EX_TASK: _Operation[Task[FaultToleranceSecondaryOpResult]] = _Operation(
    "CreateSecondaryVMEx_Task",
    (_F("host", "ManagedObjectReference", 2, "6.0", target="HostSystem"), _F("spec", "FaultToleranceConfigSpec", 2, "6.0"), ),
    _F("returnval", "ManagedObjectReference", 0, "6.0", target="Task"),
    faults=("FileFault", "InsufficientResourcesFault", "InvalidState", "TaskInProgress", "VmConfigFault", "VmFaultToleranceIssue", "RuntimeFault", ),
    since="6.0",
    privilege="VirtualMachine.Interact.CreateSecondary",
    safe=False,
    task_result=_F("result", "FaultToleranceSecondaryOpResult", 0, "6.0"),
)

_CREATE_SECONDARY_VM_TASK: _Operation[Task[FaultToleranceSecondaryOpResult]] = _Operation(
    "CreateSecondaryVM_Task",
    (_F("host", "ManagedObjectReference", 2, "4.0", target="HostSystem"), ),
    _F("returnval", "ManagedObjectReference", 0, "4.0", target="Task"),
    faults=("FileFault", "InsufficientResourcesFault", "InvalidState", "TaskInProgress", "VmConfigFault", "VmFaultToleranceIssue", "RuntimeFault", ),
    since="4.0",
    privilege="VirtualMachine.Interact.CreateSecondary",
    safe=False,
    task_result=_F("result", "FaultToleranceSecondaryOpResult", 0, "4.0"),
)

_CREATE_SNAPSHOT_EX_TASK: _Operation[Task[VirtualMachineSnapshot]] = _Operation(
    "CreateSnapshotEx_Task",
    (_F("name", "string", 0, "6.5"), _F("description", "string", 2, "6.5"), _F("memory", "boolean", 0, "6.5"), _F("quiesceSpec", "VirtualMachineGuestQuiesceSpec", 2, "6.5"), ),
    _F("returnval", "ManagedObjectReference", 0, "6.5", target="Task"),
    faults=("FileFault", "InvalidName", "InvalidState", "SnapshotFault", "TaskInProgress", "VmConfigFault", "RuntimeFault", ),
    since="6.5",
    privilege="VirtualMachine.State.CreateSnapshot",
    safe=False,
    task_result=_F("result", "ManagedObjectReference", 0, "6.5", target="VirtualMachineSnapshot"),
)

_CREATE_SNAPSHOT_TASK: _Operation[Task[VirtualMachineSnapshot]] = _Operation(
    "CreateSnapshot_Task",
    (_F("name", "string", 0, "2.0"), _F("description", "string", 2, "2.0"), _F("memory", "boolean", 0, "2.0"), _F("quiesce", "boolean", 0, "2.0"), ),
    _F("returnval", "ManagedObjectReference", 0, "2.0", target="Task"),
    faults=("FileFault", "InvalidName", "InvalidState", "SnapshotFault", "TaskInProgress", "VmConfigFault", "RuntimeFault", ),
    since="2.0",
    privilege="VirtualMachine.State.CreateSnapshot",
    safe=False,
    task_result=_F("result", "ManagedObjectReference", 0, "2.0", target="VirtualMachineSnapshot"),
)

_CRYPTO_UNLOCK_TASK: _Operation[Task[None]] = _Operation(
    "CryptoUnlock_Task",
    (),
    _F("returnval", "ManagedObjectReference", 0, "6.7", target="Task"),
    faults=("InvalidState", "NotSupported", "RuntimeFault", ),
    since="6.7",
    privilege="Cryptographer.RegisterVM",
    safe=False,
    task_result=None,
)

_CUSTOMIZE_VM_TASK: _Operation[Task[None]] = _Operation(
    "CustomizeVM_Task",
    (_F("spec", "CustomizationSpec", 0, "2.0"), ),
    _F("returnval", "ManagedObjectReference", 0, "2.0", target="Task"),
    faults=("CustomizationFault", "RuntimeFault", ),
    since="2.0",
    privilege="VirtualMachine.Provisioning.Customize",
    safe=False,
    task_result=None,
)

_DEFRAGMENT_ALL_DISKS: _Operation[None] = _Operation(
    "DefragmentAllDisks",
    (),
    None,
    faults=("FileFault", "InvalidPowerState", "InvalidState", "TaskInProgress", "RuntimeFault", ),
    since="2.5",
    privilege="VirtualMachine.Interact.DefragmentAllDisks",
    safe=False,
    task_result=None,
)

_DETACH_DISK_TASK: _Operation[Task[None]] = _Operation(
    "DetachDisk_Task",
    (_F("diskId", "ID", 0, "6.5"), ),
    _F("returnval", "ManagedObjectReference", 0, "6.5", target="Task"),
    faults=("FileFault", "InvalidState", "NotFound", "VmConfigFault", "RuntimeFault", ),
    since="6.5",
    privilege="VirtualMachine.Config.RemoveDisk",
    safe=False,
    task_result=None,
)

_DISABLE_SECONDARY_VM_TASK: _Operation[Task[None]] = _Operation(
    "DisableSecondaryVM_Task",
    (_F("vm", "ManagedObjectReference", 0, "4.0", target="VirtualMachine"), ),
    _F("returnval", "ManagedObjectReference", 0, "4.0", target="Task"),
    faults=("InvalidState", "TaskInProgress", "VmFaultToleranceIssue", "RuntimeFault", ),
    since="4.0",
    privilege="VirtualMachine.Interact.DisableSecondary",
    safe=False,
    task_result=None,
)

_DROP_CONNECTIONS: _Operation[bool] = _Operation(
    "DropConnections",
    (_F("listOfConnections", "VirtualMachineConnection", 3, "7.0.1.0"), ),
    _F("returnval", "boolean", 0, "7.0.1.0"),
    faults=("InvalidState", "RuntimeFault", ),
    since="7.0.1.0",
    privilege="VirtualMachine.Interact.ConsoleInteract",
    safe=False,
    task_result=None,
)

_ENABLE_SECONDARY_VM_TASK: _Operation[Task[FaultToleranceSecondaryOpResult]] = _Operation(
    "EnableSecondaryVM_Task",
    (_F("vm", "ManagedObjectReference", 0, "4.0", target="VirtualMachine"), _F("host", "ManagedObjectReference", 2, "4.0", target="HostSystem"), ),
    _F("returnval", "ManagedObjectReference", 0, "4.0", target="Task"),
    faults=("InvalidState", "TaskInProgress", "VmConfigFault", "VmFaultToleranceIssue", "RuntimeFault", ),
    since="4.0",
    privilege="VirtualMachine.Interact.EnableSecondary",
    safe=False,
    task_result=_F("result", "FaultToleranceSecondaryOpResult", 0, "4.0"),
)

_ESTIMATE_STORAGE_FOR_CONSOLIDATE_SNAPSHOTS_TASK: _Operation[Task[list[StorageRequirement]]] = _Operation(
    "EstimateStorageForConsolidateSnapshots_Task",
    (),
    _F("returnval", "ManagedObjectReference", 0, "5.0", target="Task"),
    faults=("FileFault", "InvalidState", "TaskInProgress", "VmConfigFault", "RuntimeFault", ),
    since="5.0",
    privilege="VirtualMachine.State.RemoveSnapshot",
    safe=False,
    task_result=_F("result", "StorageRequirement", 1, "5.0"),
)

_EXPORT_VM: _Operation[HttpNfcLease] = _Operation(
    "ExportVm",
    (),
    _F("returnval", "ManagedObjectReference", 0, "4.0", target="HttpNfcLease"),
    faults=("FileFault", "InvalidPowerState", "InvalidState", "TaskInProgress", "RuntimeFault", ),
    since="4.0",
    privilege="VApp.Export",
    safe=False,
    task_result=None,
)

_EXTRACT_OVF_ENVIRONMENT: _Operation[str] = _Operation(
    "ExtractOvfEnvironment",
    (),
    _F("returnval", "string", 0, "4.0"),
    faults=("InvalidState", "RuntimeFault", ),
    since="4.0",
    privilege="VApp.ExtractOvfEnvironment",
    safe=True,
    task_result=None,
)

_INSTANT_CLONE_TASK: _Operation[Task[VirtualMachine]] = _Operation(
    "InstantClone_Task",
    (_F("spec", "VirtualMachineInstantCloneSpec", 0, "6.7"), ),
    _F("returnval", "ManagedObjectReference", 0, "6.7", target="Task"),
    faults=("DisallowedMigrationDeviceAttached", "FileFault", "InsufficientResourcesFault", "InvalidDatastore", "InvalidState", "TaskInProgress", "RuntimeFault", ),
    since="6.7",
    privilege="VirtualMachine.Provisioning.Clone",
    safe=False,
    task_result=_F("result", "ManagedObjectReference", 0, "6.7", target="VirtualMachine"),
)

_MAKE_PRIMARY_VM_TASK: _Operation[Task[None]] = _Operation(
    "MakePrimaryVM_Task",
    (_F("vm", "ManagedObjectReference", 0, "4.0", target="VirtualMachine"), ),
    _F("returnval", "ManagedObjectReference", 0, "4.0", target="Task"),
    faults=("InvalidState", "TaskInProgress", "VmFaultToleranceIssue", "RuntimeFault", ),
    since="4.0",
    privilege="VirtualMachine.Interact.MakePrimary",
    safe=False,
    task_result=None,
)

_MARK_AS_TEMPLATE: _Operation[None] = _Operation(
    "MarkAsTemplate",
    (),
    None,
    faults=("FileFault", "InvalidState", "VmConfigFault", "RuntimeFault", ),
    since="2.0",
    privilege="VirtualMachine.Provisioning.MarkAsTemplate",
    safe=False,
    task_result=None,
)

_MARK_AS_VIRTUAL_MACHINE: _Operation[None] = _Operation(
    "MarkAsVirtualMachine",
    (_F("pool", "ManagedObjectReference", 0, "2.0", target="ResourcePool"), _F("host", "ManagedObjectReference", 2, "2.0", target="HostSystem"), ),
    None,
    faults=("FileFault", "InvalidDatastore", "InvalidState", "VmConfigFault", "RuntimeFault", ),
    since="2.0",
    privilege="VirtualMachine.Provisioning.MarkAsVM",
    safe=False,
    task_result=None,
)

_MIGRATE_VM_TASK: _Operation[Task[None]] = _Operation(
    "MigrateVM_Task",
    (_F("pool", "ManagedObjectReference", 2, "2.0", target="ResourcePool"), _F("host", "ManagedObjectReference", 2, "2.0", target="HostSystem"), _F("priority", "VirtualMachineMovePriority", 0, "2.0"), _F("state", "VirtualMachinePowerState", 2, "2.0"), ),
    _F("returnval", "ManagedObjectReference", 0, "2.0", target="Task"),
    faults=("FileFault", "InsufficientResourcesFault", "InvalidState", "MigrationFault", "Timedout", "VmConfigFault", "RuntimeFault", ),
    since="2.0",
    privilege=None,
    safe=False,
    task_result=None,
)

_MOUNT_TOOLS_INSTALLER: _Operation[None] = _Operation(
    "MountToolsInstaller",
    (),
    None,
    faults=("InvalidState", "VmConfigFault", "VmToolsUpgradeFault", "RuntimeFault", ),
    since="2.0",
    privilege="VirtualMachine.Interact.ToolsInstall",
    safe=False,
    task_result=None,
)

_POWER_OFF_VM_TASK: _Operation[Task[None]] = _Operation(
    "PowerOffVM_Task",
    (),
    _F("returnval", "ManagedObjectReference", 0, "2.0", target="Task"),
    faults=("InvalidState", "TaskInProgress", "RuntimeFault", ),
    since="2.0",
    privilege="VirtualMachine.Interact.PowerOff",
    safe=False,
    task_result=None,
)

_POWER_ON_VM_TASK: _Operation[Task[None]] = _Operation(
    "PowerOnVM_Task",
    (_F("host", "ManagedObjectReference", 2, "2.0", target="HostSystem"), ),
    _F("returnval", "ManagedObjectReference", 0, "2.0", target="Task"),
    faults=("FileFault", "InsufficientResourcesFault", "InvalidState", "TaskInProgress", "VmConfigFault", "RuntimeFault", ),
    since="2.0",
    privilege="VirtualMachine.Interact.PowerOn",
    safe=False,
    task_result=None,
)

_PROMOTE_DISKS_TASK: _Operation[Task[None]] = _Operation(
    "PromoteDisks_Task",
    (_F("unlink", "boolean", 0, "4.0"), _F("disks", "VirtualDisk", 3, "4.0"), ),
    _F("returnval", "ManagedObjectReference", 0, "4.0", target="Task"),
    faults=("InvalidPowerState", "InvalidState", "TaskInProgress", "RuntimeFault", ),
    since="4.0",
    privilege="VirtualMachine.Provisioning.PromoteDisks",
    safe=False,
    task_result=None,
)

_PUT_USB_SCAN_CODES: _Operation[int] = _Operation(
    "PutUsbScanCodes",
    (_F("spec", "UsbScanCodeSpec", 0, "6.5"), ),
    _F("returnval", "int", 0, "6.5"),
    faults=("RuntimeFault", ),
    since="6.5",
    privilege="VirtualMachine.Interact.PutUsbScanCodes",
    safe=False,
    task_result=None,
)

_QUERY_CHANGED_DISK_AREAS: _Operation[DiskChangeInfo] = _Operation(
    "QueryChangedDiskAreas",
    (_F("snapshot", "ManagedObjectReference", 2, "4.0", target="VirtualMachineSnapshot"), _F("deviceKey", "int", 0, "4.0"), _F("startOffset", "long", 0, "4.0"), _F("changeId", "string", 0, "4.0"), ),
    _F("returnval", "DiskChangeInfo", 0, "4.0"),
    faults=("FileFault", "NotFound", "RuntimeFault", ),
    since="4.0",
    privilege="VirtualMachine.Provisioning.DiskRandomRead",
    safe=True,
    task_result=None,
)

_QUERY_CONNECTIONS: _Operation[list[VirtualMachineConnection]] = _Operation(
    "QueryConnections",
    (),
    _F("returnval", "VirtualMachineConnection", 3, "7.0.1.0"),
    faults=("InvalidState", "Timedout", "VmConfigFault", "RuntimeFault", ),
    since="7.0.1.0",
    privilege="VirtualMachine.Interact.ConsoleInteract",
    safe=True,
    task_result=None,
)

_QUERY_FAULT_TOLERANCE_COMPATIBILITY: _Operation[list[LocalizedMethodFault]] = _Operation(
    "QueryFaultToleranceCompatibility",
    (),
    _F("returnval", "LocalizedMethodFault", 3, "4.1"),
    faults=("InvalidState", "VmConfigFault", "RuntimeFault", ),
    since="4.1",
    privilege="VirtualMachine.Config.QueryFTCompatibility",
    safe=True,
    task_result=None,
)

_QUERY_FAULT_TOLERANCE_COMPATIBILITY_EX: _Operation[list[LocalizedMethodFault]] = _Operation(
    "QueryFaultToleranceCompatibilityEx",
    (_F("forLegacyFt", "boolean", 2, "6.0"), ),
    _F("returnval", "LocalizedMethodFault", 3, "6.0"),
    faults=("InvalidState", "VmConfigFault", "RuntimeFault", ),
    since="6.0",
    privilege="VirtualMachine.Config.QueryFTCompatibility",
    safe=True,
    task_result=None,
)

_QUERY_UNOWNED_FILES: _Operation[list[str]] = _Operation(
    "QueryUnownedFiles",
    (),
    _F("returnval", "string", 3, "4.0"),
    faults=("RuntimeFault", ),
    since="4.0",
    privilege="VirtualMachine.Config.QueryUnownedFiles",
    safe=True,
    task_result=None,
)

_REBOOT_GUEST: _Operation[None] = _Operation(
    "RebootGuest",
    (),
    None,
    faults=("InvalidState", "TaskInProgress", "ToolsUnavailable", "RuntimeFault", ),
    since="2.0",
    privilege="VirtualMachine.Interact.Reset",
    safe=False,
    task_result=None,
)

_RECONFIG_VM_TASK: _Operation[Task[None]] = _Operation(
    "ReconfigVM_Task",
    (_F("spec", "VirtualMachineConfigSpec", 0, "2.0"), ),
    _F("returnval", "ManagedObjectReference", 0, "2.0", target="Task"),
    faults=("ConcurrentAccess", "DuplicateName", "FileFault", "InsufficientResourcesFault", "InvalidDatastore", "InvalidName", "InvalidState", "TaskInProgress", "VmConfigFault", "RuntimeFault", ),
    since="2.0",
    privilege=None,
    safe=False,
    task_result=None,
)

_REFRESH_STORAGE_INFO: _Operation[None] = _Operation(
    "RefreshStorageInfo",
    (),
    None,
    faults=("RuntimeFault", ),
    since="4.0",
    privilege="System.Read",
    safe=False,
    task_result=None,
)

_RELOCATE_VM_TASK: _Operation[Task[None]] = _Operation(
    "RelocateVM_Task",
    (_F("spec", "VirtualMachineRelocateSpec", 0, "2.0"), _F("priority", "VirtualMachineMovePriority", 2, "4.0"), ),
    _F("returnval", "ManagedObjectReference", 0, "2.0", target="Task"),
    faults=("FileFault", "InsufficientResourcesFault", "InvalidDatastore", "InvalidState", "MigrationFault", "Timedout", "VmConfigFault", "RuntimeFault", ),
    since="2.0",
    privilege="Resource.ColdMigrate",
    safe=False,
    task_result=None,
)

_REMOVE_ALL_SNAPSHOTS_TASK: _Operation[Task[None]] = _Operation(
    "RemoveAllSnapshots_Task",
    (_F("consolidate", "boolean", 2, "5.0"), ),
    _F("returnval", "ManagedObjectReference", 0, "2.0", target="Task"),
    faults=("InvalidState", "SnapshotFault", "TaskInProgress", "RuntimeFault", ),
    since="2.0",
    privilege="VirtualMachine.State.RemoveSnapshot",
    safe=False,
    task_result=None,
)

_RESET_GUEST_INFORMATION: _Operation[None] = _Operation(
    "ResetGuestInformation",
    (),
    None,
    faults=("InvalidState", "RuntimeFault", ),
    since="2.0",
    privilege="VirtualMachine.Config.ResetGuestInfo",
    safe=False,
    task_result=None,
)

_RESET_VM_TASK: _Operation[Task[None]] = _Operation(
    "ResetVM_Task",
    (),
    _F("returnval", "ManagedObjectReference", 0, "2.0", target="Task"),
    faults=("InvalidState", "TaskInProgress", "RuntimeFault", ),
    since="2.0",
    privilege="VirtualMachine.Interact.Reset",
    safe=False,
    task_result=None,
)

_REVERT_TO_CURRENT_SNAPSHOT_TASK: _Operation[Task[None]] = _Operation(
    "RevertToCurrentSnapshot_Task",
    (_F("host", "ManagedObjectReference", 2, "2.0", target="HostSystem"), _F("suppressPowerOn", "boolean", 2, "4.0"), ),
    _F("returnval", "ManagedObjectReference", 0, "2.0", target="Task"),
    faults=("InsufficientResourcesFault", "InvalidState", "NotFound", "SnapshotFault", "TaskInProgress", "VmConfigFault", "RuntimeFault", ),
    since="2.0",
    privilege="VirtualMachine.State.RevertToSnapshot",
    safe=False,
    task_result=None,
)

_SEND_NMI: _Operation[None] = _Operation(
    "SendNMI",
    (),
    None,
    faults=("InvalidState", "RuntimeFault", ),
    since="6.0",
    privilege="VirtualMachine.Interact.GuestControl",
    safe=False,
    task_result=None,
)

_SET_DISPLAY_TOPOLOGY: _Operation[None] = _Operation(
    "SetDisplayTopology",
    (_F("displays", "VirtualMachineDisplayTopology", 1, "4.0"), ),
    None,
    faults=("InvalidState", "ToolsUnavailable", "RuntimeFault", ),
    since="4.0",
    privilege="VirtualMachine.Interact.ConsoleInteract",
    safe=False,
    task_result=None,
)

_SET_SCREEN_RESOLUTION: _Operation[None] = _Operation(
    "SetScreenResolution",
    (_F("width", "int", 0, "2.0"), _F("height", "int", 0, "2.0"), ),
    None,
    faults=("InvalidState", "ToolsUnavailable", "RuntimeFault", ),
    since="2.0",
    privilege="VirtualMachine.Interact.ConsoleInteract",
    safe=False,
    task_result=None,
)

_SHUTDOWN_GUEST: _Operation[None] = _Operation(
    "ShutdownGuest",
    (),
    None,
    faults=("InvalidState", "TaskInProgress", "ToolsUnavailable", "RuntimeFault", ),
    since="2.0",
    privilege="VirtualMachine.Interact.PowerOff",
    safe=False,
    task_result=None,
)

_STANDBY_GUEST: _Operation[None] = _Operation(
    "StandbyGuest",
    (),
    None,
    faults=("InvalidState", "TaskInProgress", "ToolsUnavailable", "RuntimeFault", ),
    since="2.0",
    privilege="VirtualMachine.Interact.Suspend",
    safe=False,
    task_result=None,
)

_START_RECORDING_TASK: _Operation[Task[VirtualMachineSnapshot]] = _Operation(
    "StartRecording_Task",
    (_F("name", "string", 0, "4.0"), _F("description", "string", 2, "4.0"), ),
    _F("returnval", "ManagedObjectReference", 0, "4.0", target="Task"),
    faults=("FileFault", "HostIncompatibleForRecordReplay", "InvalidName", "InvalidPowerState", "InvalidState", "RecordReplayDisabled", "SnapshotFault", "TaskInProgress", "VmConfigFault", "RuntimeFault", ),
    since="4.0",
    privilege="VirtualMachine.Interact.Record",
    safe=False,
    task_result=_F("result", "ManagedObjectReference", 0, "4.0", target="VirtualMachineSnapshot"),
)

_START_REPLAYING_TASK: _Operation[Task[None]] = _Operation(
    "StartReplaying_Task",
    (_F("replaySnapshot", "ManagedObjectReference", 0, "4.0", target="VirtualMachineSnapshot"), ),
    _F("returnval", "ManagedObjectReference", 0, "4.0", target="Task"),
    faults=("FileFault", "HostIncompatibleForRecordReplay", "InvalidPowerState", "InvalidState", "NotFound", "RecordReplayDisabled", "SnapshotFault", "TaskInProgress", "VmConfigFault", "RuntimeFault", ),
    since="4.0",
    privilege="VirtualMachine.Interact.Replay",
    safe=False,
    task_result=None,
)

_STOP_RECORDING_TASK: _Operation[Task[None]] = _Operation(
    "StopRecording_Task",
    (),
    _F("returnval", "ManagedObjectReference", 0, "4.0", target="Task"),
    faults=("FileFault", "InvalidPowerState", "InvalidState", "SnapshotFault", "TaskInProgress", "RuntimeFault", ),
    since="4.0",
    privilege="VirtualMachine.Interact.Record",
    safe=False,
    task_result=None,
)

_STOP_REPLAYING_TASK: _Operation[Task[None]] = _Operation(
    "StopReplaying_Task",
    (),
    _F("returnval", "ManagedObjectReference", 0, "4.0", target="Task"),
    faults=("FileFault", "InvalidPowerState", "InvalidState", "SnapshotFault", "TaskInProgress", "RuntimeFault", ),
    since="4.0",
    privilege="VirtualMachine.Interact.Replay",
    safe=False,
    task_result=None,
)

_SUSPEND_VM_TASK: _Operation[Task[None]] = _Operation(
    "SuspendVM_Task",
    (),
    _F("returnval", "ManagedObjectReference", 0, "2.0", target="Task"),
    faults=("InvalidState", "TaskInProgress", "RuntimeFault", ),
    since="2.0",
    privilege="VirtualMachine.Interact.Suspend",
    safe=False,
    task_result=None,
)

_TERMINATE_FAULT_TOLERANT_VM_TASK: _Operation[Task[None]] = _Operation(
    "TerminateFaultTolerantVM_Task",
    (_F("vm", "ManagedObjectReference", 2, "4.0", target="VirtualMachine"), ),
    _F("returnval", "ManagedObjectReference", 0, "4.0", target="Task"),
    faults=("InvalidState", "TaskInProgress", "VmFaultToleranceIssue", "RuntimeFault", ),
    since="4.0",
    privilege="VirtualMachine.Interact.TerminateFaultTolerantVM",
    safe=False,
    task_result=None,
)

_TERMINATE_VM: _Operation[None] = _Operation(
    "TerminateVM",
    (),
    None,
    faults=("InvalidState", "TaskInProgress", "RuntimeFault", ),
    since="5.0",
    privilege="VirtualMachine.Interact.PowerOff",
    safe=False,
    task_result=None,
)

_TURN_OFF_FAULT_TOLERANCE_FOR_VM_TASK: _Operation[Task[None]] = _Operation(
    "TurnOffFaultToleranceForVM_Task",
    (),
    _F("returnval", "ManagedObjectReference", 0, "4.0", target="Task"),
    faults=("InvalidState", "TaskInProgress", "VmFaultToleranceIssue", "RuntimeFault", ),
    since="4.0",
    privilege="VirtualMachine.Interact.TurnOffFaultTolerance",
    safe=False,
    task_result=None,
)

_UNMOUNT_TOOLS_INSTALLER: _Operation[None] = _Operation(
    "UnmountToolsInstaller",
    (),
    None,
    faults=("InvalidState", "VmConfigFault", "RuntimeFault", ),
    since="2.0",
    privilege="VirtualMachine.Interact.ToolsInstall",
    safe=False,
    task_result=None,
)

_UNREGISTER_VM: _Operation[None] = _Operation(
    "UnregisterVM",
    (),
    None,
    faults=("InvalidPowerState", "TaskInProgress", "RuntimeFault", ),
    since="2.0",
    privilege="VirtualMachine.Inventory.Unregister",
    safe=False,
    task_result=None,
)

_UPGRADE_TOOLS_TASK: _Operation[Task[None]] = _Operation(
    "UpgradeTools_Task",
    (_F("installerOptions", "string", 2, "2.0"), ),
    _F("returnval", "ManagedObjectReference", 0, "2.0", target="Task"),
    faults=("InvalidState", "TaskInProgress", "ToolsUnavailable", "VmConfigFault", "VmToolsUpgradeFault", "RuntimeFault", ),
    since="2.0",
    privilege="VirtualMachine.Interact.ToolsInstall",
    safe=False,
    task_result=None,
)

_UPGRADE_VM_TASK: _Operation[Task[None]] = _Operation(
    "UpgradeVM_Task",
    (_F("version", "string", 2, "2.0"), ),
    _F("returnval", "ManagedObjectReference", 0, "2.0", target="Task"),
    faults=("AlreadyUpgraded", "InvalidState", "NoDiskFound", "TaskInProgress", "RuntimeFault", ),
    since="2.0",
    privilege="VirtualMachine.Config.UpgradeVirtualHardware",
    safe=False,
    task_result=None,
)

_RELOAD_VIRTUAL_MACHINE_FROM_PATH_TASK: _Operation[Task[None]] = _Operation(
    "reloadVirtualMachineFromPath_Task",
    (_F("configurationPath", "string", 0, "4.1"), ),
    _F("returnval", "ManagedObjectReference", 0, "4.1", target="Task"),
    faults=("AlreadyExists", "FileFault", "InvalidPowerState", "InvalidState", "TaskInProgress", "VmConfigFault", "RuntimeFault", ),
    since="4.1",
    privilege="VirtualMachine.Config.ReloadFromPath",
    safe=False,
    task_result=None,
)


class VirtualMachineProperties(ManagedEntityProperties):
    """VirtualMachine's properties as read by fetch(), retrieve() and watch(), base types' included.

    Only the requested properties are set (unset on the server: None, or [] for
    a list). Reading one that was not requested raises AttributeError, and one
    the server refused raises its fault. A dotted path fills a partial data
    object: its other members stay unset, even those the WSDL requires.
    """

    __slots__ = ("capability", "config", "layout", "layoutEx", "storage", "environmentBrowser", "resourcePool", "parentVApp", "resourceConfig", "runtime", "guest", "summary", "datastore", "network", "snapshot", "rootSnapshot", "guestHeartbeatStatus", )
    obj: VirtualMachine  # pyright: ignore[reportIncompatibleVariableOverride]
    capability: VirtualMachineCapability
    config: VirtualMachineConfigInfo | None
    layout: VirtualMachineFileLayout | None
    layoutEx: VirtualMachineFileLayoutEx | None
    storage: VirtualMachineStorageInfo | None
    environmentBrowser: EnvironmentBrowser
    resourcePool: ResourcePool | None
    parentVApp: ManagedEntity | None
    resourceConfig: ResourceConfigSpec | None
    runtime: VirtualMachineRuntimeInfo
    guest: GuestInfo | None
    summary: VirtualMachineSummary
    datastore: list[Datastore]
    network: list[Network]
    snapshot: VirtualMachineSnapshotInfo | None
    rootSnapshot: list[VirtualMachineSnapshot]
    guestHeartbeatStatus: str


class VirtualMachine(ManagedEntity):
    """VirtualMachine: managed object proxy extending ManagedEntity, since 2.0.

    Properties (read them typed with fetch() or client.retrieve(); none is fetched implicitly):
        capability: VirtualMachineCapability, since 2.0.
        config: VirtualMachineConfigInfo, optional, since 2.0.
        layout: VirtualMachineFileLayout, optional, since 2.0.
        layoutEx: VirtualMachineFileLayoutEx, optional, since 4.0.
        storage: VirtualMachineStorageInfo, optional, since 4.0.
        environmentBrowser: reference to EnvironmentBrowser, since 2.0.
        resourcePool: reference to ResourcePool, optional, since 2.0.
        parentVApp: reference to ManagedEntity, optional, since 4.1.
        resourceConfig: ResourceConfigSpec, optional, since 2.0.
        runtime: VirtualMachineRuntimeInfo, since 2.0.
        guest: GuestInfo, optional, since 2.0.
        summary: VirtualMachineSummary, since 2.0.
        datastore: list of references to Datastore, since 2.0, read privilege System.View.
        network: list of references to Network, since 2.0, read privilege System.View.
        snapshot: VirtualMachineSnapshotInfo, optional, since 2.0.
        rootSnapshot: list of references to VirtualMachineSnapshot, since 4.1.
        guestHeartbeatStatus: ManagedEntityStatus value (str), since 2.0.
    """

    __slots__ = ()
    _type_: ClassVar[str] = "VirtualMachine"
    _properties_: ClassVar[dict[str, _F]] = {
        "capability": _F("capability", "VirtualMachineCapability", 0, "2.0"),
        "config": _F("config", "VirtualMachineConfigInfo", 2, "2.0"),
        "layout": _F("layout", "VirtualMachineFileLayout", 2, "2.0"),
        "layoutEx": _F("layoutEx", "VirtualMachineFileLayoutEx", 2, "4.0"),
        "storage": _F("storage", "VirtualMachineStorageInfo", 2, "4.0"),
        "environmentBrowser": _F("environmentBrowser", "ManagedObjectReference", 0, "2.0", target="EnvironmentBrowser"),
        "resourcePool": _F("resourcePool", "ManagedObjectReference", 2, "2.0", target="ResourcePool"),
        "parentVApp": _F("parentVApp", "ManagedObjectReference", 2, "4.1", target="ManagedEntity"),
        "resourceConfig": _F("resourceConfig", "ResourceConfigSpec", 2, "2.0"),
        "runtime": _F("runtime", "VirtualMachineRuntimeInfo", 0, "2.0"),
        "guest": _F("guest", "GuestInfo", 2, "2.0"),
        "summary": _F("summary", "VirtualMachineSummary", 0, "2.0"),
        "datastore": _F("datastore", "ManagedObjectReference", 3, "2.0", target="Datastore"),
        "network": _F("network", "ManagedObjectReference", 3, "2.0", target="Network"),
        "snapshot": _F("snapshot", "VirtualMachineSnapshotInfo", 2, "2.0"),
        "rootSnapshot": _F("rootSnapshot", "ManagedObjectReference", 3, "4.1", target="VirtualMachineSnapshot"),
        "guestHeartbeatStatus": _F("guestHeartbeatStatus", "ManagedEntityStatus", 0, "2.0"),
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
        "AcquireMksTicket": _ACQUIRE_MKS_TICKET,
        "AcquireTicket": _ACQUIRE_TICKET,
        "AnswerVM": _ANSWER_VM,
        "ApplyEvcModeVM_Task": _APPLY_EVC_MODE_VM_TASK,
        "AttachDisk_Task": _ATTACH_DISK_TASK,
        "CheckCustomizationSpec": _CHECK_CUSTOMIZATION_SPEC,
        "CloneVM_Task": _CLONE_VM_TASK,
        "ConsolidateVMDisks_Task": _CONSOLIDATE_VM_DISKS_TASK,
        "CreateScreenshot_Task": _CREATE_SCREENSHOT_TASK,
        "CreateSecondaryVMEx_Task": _CREATE_SECONDARY_VM_EX_TASK,
        "CreateSecondaryVM_Task": _CREATE_SECONDARY_VM_TASK,
        "CreateSnapshotEx_Task": _CREATE_SNAPSHOT_EX_TASK,
        "CreateSnapshot_Task": _CREATE_SNAPSHOT_TASK,
        "CryptoUnlock_Task": _CRYPTO_UNLOCK_TASK,
        "CustomizeVM_Task": _CUSTOMIZE_VM_TASK,
        "DefragmentAllDisks": _DEFRAGMENT_ALL_DISKS,
        "DetachDisk_Task": _DETACH_DISK_TASK,
        "DisableSecondaryVM_Task": _DISABLE_SECONDARY_VM_TASK,
        "DropConnections": _DROP_CONNECTIONS,
        "EnableSecondaryVM_Task": _ENABLE_SECONDARY_VM_TASK,
        "EstimateStorageForConsolidateSnapshots_Task": _ESTIMATE_STORAGE_FOR_CONSOLIDATE_SNAPSHOTS_TASK,
        "ExportVm": _EXPORT_VM,
        "ExtractOvfEnvironment": _EXTRACT_OVF_ENVIRONMENT,
        "InstantClone_Task": _INSTANT_CLONE_TASK,
        "MakePrimaryVM_Task": _MAKE_PRIMARY_VM_TASK,
        "MarkAsTemplate": _MARK_AS_TEMPLATE,
        "MarkAsVirtualMachine": _MARK_AS_VIRTUAL_MACHINE,
        "MigrateVM_Task": _MIGRATE_VM_TASK,
        "MountToolsInstaller": _MOUNT_TOOLS_INSTALLER,
        "PowerOffVM_Task": _POWER_OFF_VM_TASK,
        "PowerOnVM_Task": _POWER_ON_VM_TASK,
        "PromoteDisks_Task": _PROMOTE_DISKS_TASK,
        "PutUsbScanCodes": _PUT_USB_SCAN_CODES,
        "QueryChangedDiskAreas": _QUERY_CHANGED_DISK_AREAS,
        "QueryConnections": _QUERY_CONNECTIONS,
        "QueryFaultToleranceCompatibility": _QUERY_FAULT_TOLERANCE_COMPATIBILITY,
        "QueryFaultToleranceCompatibilityEx": _QUERY_FAULT_TOLERANCE_COMPATIBILITY_EX,
        "QueryUnownedFiles": _QUERY_UNOWNED_FILES,
        "RebootGuest": _REBOOT_GUEST,
        "ReconfigVM_Task": _RECONFIG_VM_TASK,
        "RefreshStorageInfo": _REFRESH_STORAGE_INFO,
        "RelocateVM_Task": _RELOCATE_VM_TASK,
        "RemoveAllSnapshots_Task": _REMOVE_ALL_SNAPSHOTS_TASK,
        "ResetGuestInformation": _RESET_GUEST_INFORMATION,
        "ResetVM_Task": _RESET_VM_TASK,
        "RevertToCurrentSnapshot_Task": _REVERT_TO_CURRENT_SNAPSHOT_TASK,
        "SendNMI": _SEND_NMI,
        "SetDisplayTopology": _SET_DISPLAY_TOPOLOGY,
        "SetScreenResolution": _SET_SCREEN_RESOLUTION,
        "ShutdownGuest": _SHUTDOWN_GUEST,
        "StandbyGuest": _STANDBY_GUEST,
        "StartRecording_Task": _START_RECORDING_TASK,
        "StartReplaying_Task": _START_REPLAYING_TASK,
        "StopRecording_Task": _STOP_RECORDING_TASK,
        "StopReplaying_Task": _STOP_REPLAYING_TASK,
        "SuspendVM_Task": _SUSPEND_VM_TASK,
        "TerminateFaultTolerantVM_Task": _TERMINATE_FAULT_TOLERANT_VM_TASK,
        "TerminateVM": _TERMINATE_VM,
        "TurnOffFaultToleranceForVM_Task": _TURN_OFF_FAULT_TOLERANCE_FOR_VM_TASK,
        "UnmountToolsInstaller": _UNMOUNT_TOOLS_INSTALLER,
        "UnregisterVM": _UNREGISTER_VM,
        "UpgradeTools_Task": _UPGRADE_TOOLS_TASK,
        "UpgradeVM_Task": _UPGRADE_VM_TASK,
        "reloadVirtualMachineFromPath_Task": _RELOAD_VIRTUAL_MACHINE_FROM_PATH_TASK,
    }
    _property_class_ = VirtualMachineProperties

    def fetch(self, *paths: str) -> VirtualMachineProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, VirtualMachineProperties, paths)

    def AcquireMksTicket(
        self,
        *,
        _timeout: float | None = None,
    ) -> VirtualMachineMksTicket:
        """AcquireMksTicket: an operation of VirtualMachine, since 2.0.

        Privilege: VirtualMachine.Interact.ConsoleInteract.

        Returns:
            VirtualMachineMksTicket.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _ACQUIRE_MKS_TICKET, (), _timeout)

    def AcquireTicket(
        self,
        *,
        ticketType: str,
        _timeout: float | None = None,
    ) -> VirtualMachineTicket:
        """AcquireTicket: an operation of VirtualMachine, since 4.1.

        Args:
            ticketType: string, since 4.1.

        Returns:
            VirtualMachineTicket.

        Raises:
            InvalidState, RuntimeFault.
        """
        return self._transport.invoke(self, _ACQUIRE_TICKET, (ticketType, ), _timeout)

    def AnswerVM(
        self,
        *,
        questionId: str,
        answerChoice: str,
        _timeout: float | None = None,
    ) -> None:
        """AnswerVM: an operation of VirtualMachine, since 2.0.

        Privilege: VirtualMachine.Interact.AnswerQuestion.

        Args:
            questionId: string, since 2.0.
            answerChoice: string, since 2.0.

        Returns:
            None.

        Raises:
            ConcurrentAccess, RuntimeFault.
        """
        return self._transport.invoke(self, _ANSWER_VM, (questionId, answerChoice, ), _timeout)

    def ApplyEvcModeVM_Task(
        self,
        *,
        mask: list[HostFeatureMask] | None = None,
        completeMasks: bool | None = None,
        _timeout: float | None = None,
    ) -> Task[None]:
        """ApplyEvcModeVM_Task: an operation of VirtualMachine, since 6.7.

        Privilege: VirtualMachine.Config.Settings.

        Args:
            mask: list of HostFeatureMask, since 6.7.
            completeMasks: boolean, optional, since 6.7.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            InvalidState, RuntimeFault.
        """
        return self._transport.invoke(self, _APPLY_EVC_MODE_VM_TASK, (mask, completeMasks, ), _timeout)

    def AttachDisk_Task(
        self,
        *,
        diskId: ID,
        datastore: Datastore,
        controllerKey: int | None = None,
        unitNumber: int | None = None,
        _timeout: float | None = None,
    ) -> Task[None]:
        """AttachDisk_Task: an operation of VirtualMachine, since 6.5.

        Privilege: VirtualMachine.Config.AddExistingDisk.

        Args:
            diskId: ID, since 6.5.
            datastore: reference to Datastore, since 6.5.
            controllerKey: int, optional, since 6.5.
            unitNumber: int, optional, since 6.5.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            DeviceUnsupportedForVmVersion, FileFault, InvalidController, InvalidDatastore, InvalidState, MissingController, NotFound, VmConfigFault, RuntimeFault.
        """
        return self._transport.invoke(self, _ATTACH_DISK_TASK, (diskId, datastore, controllerKey, unitNumber, ), _timeout)

    def CheckCustomizationSpec(
        self,
        *,
        spec: CustomizationSpec,
        _timeout: float | None = None,
    ) -> None:
        """CheckCustomizationSpec: an operation of VirtualMachine, since 2.0.

        Privilege: VirtualMachine.Provisioning.Customize. Safe to re-send after a lost reply.

        Args:
            spec: CustomizationSpec, since 2.0.

        Returns:
            None.

        Raises:
            CustomizationFault, RuntimeFault.
        """
        return self._transport.invoke(self, _CHECK_CUSTOMIZATION_SPEC, (spec, ), _timeout)

    def CloneVM_Task(
        self,
        *,
        folder: Folder,
        name: str,
        spec: VirtualMachineCloneSpec,
        _timeout: float | None = None,
    ) -> Task[VirtualMachine]:
        """CloneVM_Task: an operation of VirtualMachine, since 2.0.

        Args:
            folder: reference to Folder, since 2.0.
            name: string, since 2.0.
            spec: VirtualMachineCloneSpec, since 2.0.

        Returns:
            A reference to the Task; its result is reference to VirtualMachine.

        Raises:
            CustomizationFault, FileFault, InsufficientResourcesFault, InvalidDatastore, InvalidState, MigrationFault, TaskInProgress, VmConfigFault, RuntimeFault.
        """
        return self._transport.invoke(self, _CLONE_VM_TASK, (folder, name, spec, ), _timeout)

    def ConsolidateVMDisks_Task(
        self,
        *,
        _timeout: float | None = None,
    ) -> Task[None]:
        """ConsolidateVMDisks_Task: an operation of VirtualMachine, since 5.0.

        Privilege: VirtualMachine.State.RemoveSnapshot.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            FileFault, InvalidState, TaskInProgress, VmConfigFault, RuntimeFault.
        """
        return self._transport.invoke(self, _CONSOLIDATE_VM_DISKS_TASK, (), _timeout)

    def CreateScreenshot_Task(
        self,
        *,
        _timeout: float | None = None,
    ) -> Task[str]:
        """CreateScreenshot_Task: an operation of VirtualMachine, since 4.0.

        Privilege: VirtualMachine.Interact.CreateScreenshot.

        Returns:
            A reference to the Task; its result is string.

        Raises:
            FileFault, InvalidState, TaskInProgress, RuntimeFault.
        """
        return self._transport.invoke(self, _CREATE_SCREENSHOT_TASK, (), _timeout)

    def CreateSecondaryVMEx_Task(
        self,
        *,
        host: HostSystem | None = None,
        spec: FaultToleranceConfigSpec | None = None,
        _timeout: float | None = None,
    ) -> Task[FaultToleranceSecondaryOpResult]:
        """CreateSecondaryVMEx_Task: an operation of VirtualMachine, since 6.0.

        Privilege: VirtualMachine.Interact.CreateSecondary.

        Args:
            host: reference to HostSystem, optional, since 6.0.
            spec: FaultToleranceConfigSpec, optional, since 6.0.

        Returns:
            A reference to the Task; its result is FaultToleranceSecondaryOpResult.

        Raises:
            FileFault, InsufficientResourcesFault, InvalidState, TaskInProgress, VmConfigFault, VmFaultToleranceIssue, RuntimeFault.
        """
        return self._transport.invoke(self, _CREATE_SECONDARY_VM_EX_TASK, (host, spec, ), _timeout)

    def CreateSecondaryVM_Task(
        self,
        *,
        host: HostSystem | None = None,
        _timeout: float | None = None,
    ) -> Task[FaultToleranceSecondaryOpResult]:
        """CreateSecondaryVM_Task: an operation of VirtualMachine, since 4.0.

        Privilege: VirtualMachine.Interact.CreateSecondary.

        Args:
            host: reference to HostSystem, optional, since 4.0.

        Returns:
            A reference to the Task; its result is FaultToleranceSecondaryOpResult.

        Raises:
            FileFault, InsufficientResourcesFault, InvalidState, TaskInProgress, VmConfigFault, VmFaultToleranceIssue, RuntimeFault.
        """
        return self._transport.invoke(self, _CREATE_SECONDARY_VM_TASK, (host, ), _timeout)

    def CreateSnapshotEx_Task(
        self,
        *,
        name: str,
        memory: bool,
        description: str | None = None,
        quiesceSpec: VirtualMachineGuestQuiesceSpec | None = None,
        _timeout: float | None = None,
    ) -> Task[VirtualMachineSnapshot]:
        """CreateSnapshotEx_Task: an operation of VirtualMachine, since 6.5.

        Privilege: VirtualMachine.State.CreateSnapshot.

        Args:
            name: string, since 6.5.
            description: string, optional, since 6.5.
            memory: boolean, since 6.5.
            quiesceSpec: VirtualMachineGuestQuiesceSpec, optional, since 6.5.

        Returns:
            A reference to the Task; its result is reference to VirtualMachineSnapshot.

        Raises:
            FileFault, InvalidName, InvalidState, SnapshotFault, TaskInProgress, VmConfigFault, RuntimeFault.
        """
        return self._transport.invoke(self, _CREATE_SNAPSHOT_EX_TASK, (name, description, memory, quiesceSpec, ), _timeout)

    def CreateSnapshot_Task(
        self,
        *,
        name: str,
        memory: bool,
        quiesce: bool,
        description: str | None = None,
        _timeout: float | None = None,
    ) -> Task[VirtualMachineSnapshot]:
        """CreateSnapshot_Task: an operation of VirtualMachine, since 2.0.

        Privilege: VirtualMachine.State.CreateSnapshot.

        Args:
            name: string, since 2.0.
            description: string, optional, since 2.0.
            memory: boolean, since 2.0.
            quiesce: boolean, since 2.0.

        Returns:
            A reference to the Task; its result is reference to VirtualMachineSnapshot.

        Raises:
            FileFault, InvalidName, InvalidState, SnapshotFault, TaskInProgress, VmConfigFault, RuntimeFault.
        """
        return self._transport.invoke(self, _CREATE_SNAPSHOT_TASK, (name, description, memory, quiesce, ), _timeout)

    def CryptoUnlock_Task(
        self,
        *,
        _timeout: float | None = None,
    ) -> Task[None]:
        """CryptoUnlock_Task: an operation of VirtualMachine, since 6.7.

        Privilege: Cryptographer.RegisterVM.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            InvalidState, NotSupported, RuntimeFault.
        """
        return self._transport.invoke(self, _CRYPTO_UNLOCK_TASK, (), _timeout)

    def CustomizeVM_Task(
        self,
        *,
        spec: CustomizationSpec,
        _timeout: float | None = None,
    ) -> Task[None]:
        """CustomizeVM_Task: an operation of VirtualMachine, since 2.0.

        Privilege: VirtualMachine.Provisioning.Customize.

        Args:
            spec: CustomizationSpec, since 2.0.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            CustomizationFault, RuntimeFault.
        """
        return self._transport.invoke(self, _CUSTOMIZE_VM_TASK, (spec, ), _timeout)

    def DefragmentAllDisks(
        self,
        *,
        _timeout: float | None = None,
    ) -> None:
        """DefragmentAllDisks: an operation of VirtualMachine, since 2.5.

        Privilege: VirtualMachine.Interact.DefragmentAllDisks.

        Returns:
            None.

        Raises:
            FileFault, InvalidPowerState, InvalidState, TaskInProgress, RuntimeFault.
        """
        return self._transport.invoke(self, _DEFRAGMENT_ALL_DISKS, (), _timeout)

    def DetachDisk_Task(
        self,
        *,
        diskId: ID,
        _timeout: float | None = None,
    ) -> Task[None]:
        """DetachDisk_Task: an operation of VirtualMachine, since 6.5.

        Privilege: VirtualMachine.Config.RemoveDisk.

        Args:
            diskId: ID, since 6.5.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            FileFault, InvalidState, NotFound, VmConfigFault, RuntimeFault.
        """
        return self._transport.invoke(self, _DETACH_DISK_TASK, (diskId, ), _timeout)

    def DisableSecondaryVM_Task(
        self,
        *,
        vm: VirtualMachine,
        _timeout: float | None = None,
    ) -> Task[None]:
        """DisableSecondaryVM_Task: an operation of VirtualMachine, since 4.0.

        Privilege: VirtualMachine.Interact.DisableSecondary.

        Args:
            vm: reference to VirtualMachine, since 4.0.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            InvalidState, TaskInProgress, VmFaultToleranceIssue, RuntimeFault.
        """
        return self._transport.invoke(self, _DISABLE_SECONDARY_VM_TASK, (vm, ), _timeout)

    def DropConnections(
        self,
        *,
        listOfConnections: Sequence[VirtualMachineConnection] | None = None,
        _timeout: float | None = None,
    ) -> bool:
        """DropConnections: an operation of VirtualMachine, since 7.0.1.0.

        Privilege: VirtualMachine.Interact.ConsoleInteract.

        Args:
            listOfConnections: list of VirtualMachineConnection, since 7.0.1.0.

        Returns:
            Boolean.

        Raises:
            InvalidState, RuntimeFault.
        """
        return self._transport.invoke(self, _DROP_CONNECTIONS, (listOfConnections, ), _timeout)

    def EnableSecondaryVM_Task(
        self,
        *,
        vm: VirtualMachine,
        host: HostSystem | None = None,
        _timeout: float | None = None,
    ) -> Task[FaultToleranceSecondaryOpResult]:
        """EnableSecondaryVM_Task: an operation of VirtualMachine, since 4.0.

        Privilege: VirtualMachine.Interact.EnableSecondary.

        Args:
            vm: reference to VirtualMachine, since 4.0.
            host: reference to HostSystem, optional, since 4.0.

        Returns:
            A reference to the Task; its result is FaultToleranceSecondaryOpResult.

        Raises:
            InvalidState, TaskInProgress, VmConfigFault, VmFaultToleranceIssue, RuntimeFault.
        """
        return self._transport.invoke(self, _ENABLE_SECONDARY_VM_TASK, (vm, host, ), _timeout)

    def EstimateStorageForConsolidateSnapshots_Task(
        self,
        *,
        _timeout: float | None = None,
    ) -> Task[list[StorageRequirement]]:
        """EstimateStorageForConsolidateSnapshots_Task: an operation of VirtualMachine, since 5.0.

        Privilege: VirtualMachine.State.RemoveSnapshot.

        Returns:
            A reference to the Task; its result is list of StorageRequirement.

        Raises:
            FileFault, InvalidState, TaskInProgress, VmConfigFault, RuntimeFault.
        """
        return self._transport.invoke(self, _ESTIMATE_STORAGE_FOR_CONSOLIDATE_SNAPSHOTS_TASK, (), _timeout)

    def ExportVm(
        self,
        *,
        _timeout: float | None = None,
    ) -> HttpNfcLease:
        """ExportVm: an operation of VirtualMachine, since 4.0.

        Privilege: VApp.Export.

        Returns:
            Reference to HttpNfcLease.

        Raises:
            FileFault, InvalidPowerState, InvalidState, TaskInProgress, RuntimeFault.
        """
        return self._transport.invoke(self, _EXPORT_VM, (), _timeout)

    def ExtractOvfEnvironment(
        self,
        *,
        _timeout: float | None = None,
    ) -> str:
        """ExtractOvfEnvironment: an operation of VirtualMachine, since 4.0.

        Privilege: VApp.ExtractOvfEnvironment. Safe to re-send after a lost reply.

        Returns:
            String.

        Raises:
            InvalidState, RuntimeFault.
        """
        return self._transport.invoke(self, _EXTRACT_OVF_ENVIRONMENT, (), _timeout)

    def InstantClone_Task(
        self,
        *,
        spec: VirtualMachineInstantCloneSpec,
        _timeout: float | None = None,
    ) -> Task[VirtualMachine]:
        """InstantClone_Task: an operation of VirtualMachine, since 6.7.

        Privilege: VirtualMachine.Provisioning.Clone.

        Args:
            spec: VirtualMachineInstantCloneSpec, since 6.7.

        Returns:
            A reference to the Task; its result is reference to VirtualMachine.

        Raises:
            DisallowedMigrationDeviceAttached, FileFault, InsufficientResourcesFault, InvalidDatastore, InvalidState, TaskInProgress, RuntimeFault.
        """
        return self._transport.invoke(self, _INSTANT_CLONE_TASK, (spec, ), _timeout)

    def MakePrimaryVM_Task(
        self,
        *,
        vm: VirtualMachine,
        _timeout: float | None = None,
    ) -> Task[None]:
        """MakePrimaryVM_Task: an operation of VirtualMachine, since 4.0.

        Privilege: VirtualMachine.Interact.MakePrimary.

        Args:
            vm: reference to VirtualMachine, since 4.0.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            InvalidState, TaskInProgress, VmFaultToleranceIssue, RuntimeFault.
        """
        return self._transport.invoke(self, _MAKE_PRIMARY_VM_TASK, (vm, ), _timeout)

    def MarkAsTemplate(
        self,
        *,
        _timeout: float | None = None,
    ) -> None:
        """MarkAsTemplate: an operation of VirtualMachine, since 2.0.

        Privilege: VirtualMachine.Provisioning.MarkAsTemplate.

        Returns:
            None.

        Raises:
            FileFault, InvalidState, VmConfigFault, RuntimeFault.
        """
        return self._transport.invoke(self, _MARK_AS_TEMPLATE, (), _timeout)

    def MarkAsVirtualMachine(
        self,
        *,
        pool: ResourcePool,
        host: HostSystem | None = None,
        _timeout: float | None = None,
    ) -> None:
        """MarkAsVirtualMachine: an operation of VirtualMachine, since 2.0.

        Privilege: VirtualMachine.Provisioning.MarkAsVM.

        Args:
            pool: reference to ResourcePool, since 2.0, needs Resource.AssignVMToPool on it.
            host: reference to HostSystem, optional, since 2.0.

        Returns:
            None.

        Raises:
            FileFault, InvalidDatastore, InvalidState, VmConfigFault, RuntimeFault.
        """
        return self._transport.invoke(self, _MARK_AS_VIRTUAL_MACHINE, (pool, host, ), _timeout)

    def MigrateVM_Task(
        self,
        *,
        priority: VirtualMachineMovePriorityValue | EnumValue,
        pool: ResourcePool | None = None,
        host: HostSystem | None = None,
        state: VirtualMachinePowerStateValue | EnumValue | None = None,
        _timeout: float | None = None,
    ) -> Task[None]:
        """MigrateVM_Task: an operation of VirtualMachine, since 2.0.

        Args:
            pool: reference to ResourcePool, optional, since 2.0, needs Resource.AssignVMToPool on it.
            host: reference to HostSystem, optional, since 2.0.
            priority: VirtualMachineMovePriority value (str), since 2.0.
            state: VirtualMachinePowerState value (str), optional, since 2.0.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            FileFault, InsufficientResourcesFault, InvalidState, MigrationFault, Timedout, VmConfigFault, RuntimeFault.
        """
        return self._transport.invoke(self, _MIGRATE_VM_TASK, (pool, host, priority, state, ), _timeout)

    def MountToolsInstaller(
        self,
        *,
        _timeout: float | None = None,
    ) -> None:
        """MountToolsInstaller: an operation of VirtualMachine, since 2.0.

        Privilege: VirtualMachine.Interact.ToolsInstall.

        Returns:
            None.

        Raises:
            InvalidState, VmConfigFault, VmToolsUpgradeFault, RuntimeFault.
        """
        return self._transport.invoke(self, _MOUNT_TOOLS_INSTALLER, (), _timeout)

    def PowerOffVM_Task(
        self,
        *,
        _timeout: float | None = None,
    ) -> Task[None]:
        """PowerOffVM_Task: an operation of VirtualMachine, since 2.0.

        Privilege: VirtualMachine.Interact.PowerOff.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            InvalidState, TaskInProgress, RuntimeFault.
        """
        return self._transport.invoke(self, _POWER_OFF_VM_TASK, (), _timeout)

    def PowerOnVM_Task(
        self,
        *,
        host: HostSystem | None = None,
        _timeout: float | None = None,
    ) -> Task[None]:
        """PowerOnVM_Task: an operation of VirtualMachine, since 2.0.

        Privilege: VirtualMachine.Interact.PowerOn.

        Args:
            host: reference to HostSystem, optional, since 2.0.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            FileFault, InsufficientResourcesFault, InvalidState, TaskInProgress, VmConfigFault, RuntimeFault.
        """
        return self._transport.invoke(self, _POWER_ON_VM_TASK, (host, ), _timeout)

    def PromoteDisks_Task(
        self,
        *,
        unlink: bool,
        disks: list[VirtualDisk] | None = None,
        _timeout: float | None = None,
    ) -> Task[None]:
        """PromoteDisks_Task: an operation of VirtualMachine, since 4.0.

        Privilege: VirtualMachine.Provisioning.PromoteDisks.

        Args:
            unlink: boolean, since 4.0.
            disks: list of VirtualDisk, since 4.0.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            InvalidPowerState, InvalidState, TaskInProgress, RuntimeFault.
        """
        return self._transport.invoke(self, _PROMOTE_DISKS_TASK, (unlink, disks, ), _timeout)

    def PutUsbScanCodes(
        self,
        *,
        spec: UsbScanCodeSpec,
        _timeout: float | None = None,
    ) -> int:
        """PutUsbScanCodes: an operation of VirtualMachine, since 6.5.

        Privilege: VirtualMachine.Interact.PutUsbScanCodes.

        Args:
            spec: UsbScanCodeSpec, since 6.5.

        Returns:
            Int.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _PUT_USB_SCAN_CODES, (spec, ), _timeout)

    def QueryChangedDiskAreas(
        self,
        *,
        deviceKey: int,
        startOffset: int,
        changeId: str,
        snapshot: VirtualMachineSnapshot | None = None,
        _timeout: float | None = None,
    ) -> DiskChangeInfo:
        """QueryChangedDiskAreas: an operation of VirtualMachine, since 4.0.

        Privilege: VirtualMachine.Provisioning.DiskRandomRead. Safe to re-send after a lost reply.

        Args:
            snapshot: reference to VirtualMachineSnapshot, optional, since 4.0.
            deviceKey: int, since 4.0.
            startOffset: long, since 4.0.
            changeId: string, since 4.0.

        Returns:
            DiskChangeInfo.

        Raises:
            FileFault, NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _QUERY_CHANGED_DISK_AREAS, (snapshot, deviceKey, startOffset, changeId, ), _timeout)

    def QueryConnections(
        self,
        *,
        _timeout: float | None = None,
    ) -> list[VirtualMachineConnection]:
        """QueryConnections: an operation of VirtualMachine, since 7.0.1.0.

        Privilege: VirtualMachine.Interact.ConsoleInteract. Safe to re-send after a lost reply.

        Returns:
            List of VirtualMachineConnection.

        Raises:
            InvalidState, Timedout, VmConfigFault, RuntimeFault.
        """
        return self._transport.invoke(self, _QUERY_CONNECTIONS, (), _timeout)

    def QueryFaultToleranceCompatibility(
        self,
        *,
        _timeout: float | None = None,
    ) -> list[LocalizedMethodFault]:
        """QueryFaultToleranceCompatibility: an operation of VirtualMachine, since 4.1.

        Privilege: VirtualMachine.Config.QueryFTCompatibility. Safe to re-send after a lost reply.

        Returns:
            List of LocalizedMethodFault.

        Raises:
            InvalidState, VmConfigFault, RuntimeFault.
        """
        return self._transport.invoke(self, _QUERY_FAULT_TOLERANCE_COMPATIBILITY, (), _timeout)

    def QueryFaultToleranceCompatibilityEx(
        self,
        *,
        forLegacyFt: bool | None = None,
        _timeout: float | None = None,
    ) -> list[LocalizedMethodFault]:
        """QueryFaultToleranceCompatibilityEx: an operation of VirtualMachine, since 6.0.

        Privilege: VirtualMachine.Config.QueryFTCompatibility. Safe to re-send after a lost reply.

        Args:
            forLegacyFt: boolean, optional, since 6.0.

        Returns:
            List of LocalizedMethodFault.

        Raises:
            InvalidState, VmConfigFault, RuntimeFault.
        """
        return self._transport.invoke(self, _QUERY_FAULT_TOLERANCE_COMPATIBILITY_EX, (forLegacyFt, ), _timeout)

    def QueryUnownedFiles(
        self,
        *,
        _timeout: float | None = None,
    ) -> list[str]:
        """QueryUnownedFiles: an operation of VirtualMachine, since 4.0.

        Privilege: VirtualMachine.Config.QueryUnownedFiles. Safe to re-send after a lost reply.

        Returns:
            List of string.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _QUERY_UNOWNED_FILES, (), _timeout)

    def RebootGuest(
        self,
        *,
        _timeout: float | None = None,
    ) -> None:
        """RebootGuest: an operation of VirtualMachine, since 2.0.

        Privilege: VirtualMachine.Interact.Reset.

        Returns:
            None.

        Raises:
            InvalidState, TaskInProgress, ToolsUnavailable, RuntimeFault.
        """
        return self._transport.invoke(self, _REBOOT_GUEST, (), _timeout)

    def ReconfigVM_Task(
        self,
        *,
        spec: VirtualMachineConfigSpec,
        _timeout: float | None = None,
    ) -> Task[None]:
        """ReconfigVM_Task: an operation of VirtualMachine, since 2.0.

        Args:
            spec: VirtualMachineConfigSpec, since 2.0.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            ConcurrentAccess, DuplicateName, FileFault, InsufficientResourcesFault, InvalidDatastore, InvalidName, InvalidState, TaskInProgress, VmConfigFault, RuntimeFault.
        """
        return self._transport.invoke(self, _RECONFIG_VM_TASK, (spec, ), _timeout)

    def RefreshStorageInfo(
        self,
        *,
        _timeout: float | None = None,
    ) -> None:
        """RefreshStorageInfo: an operation of VirtualMachine, since 4.0.

        Privilege: System.Read.

        Returns:
            None.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _REFRESH_STORAGE_INFO, (), _timeout)

    def RelocateVM_Task(
        self,
        *,
        spec: VirtualMachineRelocateSpec,
        priority: VirtualMachineMovePriorityValue | EnumValue | None = None,
        _timeout: float | None = None,
    ) -> Task[None]:
        """RelocateVM_Task: an operation of VirtualMachine, since 2.0.

        Privilege: Resource.ColdMigrate.

        Args:
            spec: VirtualMachineRelocateSpec, since 2.0.
            priority: VirtualMachineMovePriority value (str), optional, since 4.0.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            FileFault, InsufficientResourcesFault, InvalidDatastore, InvalidState, MigrationFault, Timedout, VmConfigFault, RuntimeFault.
        """
        return self._transport.invoke(self, _RELOCATE_VM_TASK, (spec, priority, ), _timeout)

    def RemoveAllSnapshots_Task(
        self,
        *,
        consolidate: bool | None = None,
        _timeout: float | None = None,
    ) -> Task[None]:
        """RemoveAllSnapshots_Task: an operation of VirtualMachine, since 2.0.

        Privilege: VirtualMachine.State.RemoveSnapshot.

        Args:
            consolidate: boolean, optional, since 5.0.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            InvalidState, SnapshotFault, TaskInProgress, RuntimeFault.
        """
        return self._transport.invoke(self, _REMOVE_ALL_SNAPSHOTS_TASK, (consolidate, ), _timeout)

    def ResetGuestInformation(
        self,
        *,
        _timeout: float | None = None,
    ) -> None:
        """ResetGuestInformation: an operation of VirtualMachine, since 2.0.

        Privilege: VirtualMachine.Config.ResetGuestInfo.

        Returns:
            None.

        Raises:
            InvalidState, RuntimeFault.
        """
        return self._transport.invoke(self, _RESET_GUEST_INFORMATION, (), _timeout)

    def ResetVM_Task(
        self,
        *,
        _timeout: float | None = None,
    ) -> Task[None]:
        """ResetVM_Task: an operation of VirtualMachine, since 2.0.

        Privilege: VirtualMachine.Interact.Reset.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            InvalidState, TaskInProgress, RuntimeFault.
        """
        return self._transport.invoke(self, _RESET_VM_TASK, (), _timeout)

    def RevertToCurrentSnapshot_Task(
        self,
        *,
        host: HostSystem | None = None,
        suppressPowerOn: bool | None = None,
        _timeout: float | None = None,
    ) -> Task[None]:
        """RevertToCurrentSnapshot_Task: an operation of VirtualMachine, since 2.0.

        Privilege: VirtualMachine.State.RevertToSnapshot.

        Args:
            host: reference to HostSystem, optional, since 2.0.
            suppressPowerOn: boolean, optional, since 4.0.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            InsufficientResourcesFault, InvalidState, NotFound, SnapshotFault, TaskInProgress, VmConfigFault, RuntimeFault.
        """
        return self._transport.invoke(self, _REVERT_TO_CURRENT_SNAPSHOT_TASK, (host, suppressPowerOn, ), _timeout)

    def SendNMI(
        self,
        *,
        _timeout: float | None = None,
    ) -> None:
        """SendNMI: an operation of VirtualMachine, since 6.0.

        Privilege: VirtualMachine.Interact.GuestControl.

        Returns:
            None.

        Raises:
            InvalidState, RuntimeFault.
        """
        return self._transport.invoke(self, _SEND_NMI, (), _timeout)

    def SetDisplayTopology(
        self,
        *,
        displays: list[VirtualMachineDisplayTopology],
        _timeout: float | None = None,
    ) -> None:
        """SetDisplayTopology: an operation of VirtualMachine, since 4.0.

        Privilege: VirtualMachine.Interact.ConsoleInteract.

        Args:
            displays: list of VirtualMachineDisplayTopology, since 4.0.

        Returns:
            None.

        Raises:
            InvalidState, ToolsUnavailable, RuntimeFault.
        """
        return self._transport.invoke(self, _SET_DISPLAY_TOPOLOGY, (displays, ), _timeout)

    def SetScreenResolution(
        self,
        *,
        width: int,
        height: int,
        _timeout: float | None = None,
    ) -> None:
        """SetScreenResolution: an operation of VirtualMachine, since 2.0.

        Privilege: VirtualMachine.Interact.ConsoleInteract.

        Args:
            width: int, since 2.0.
            height: int, since 2.0.

        Returns:
            None.

        Raises:
            InvalidState, ToolsUnavailable, RuntimeFault.
        """
        return self._transport.invoke(self, _SET_SCREEN_RESOLUTION, (width, height, ), _timeout)

    def ShutdownGuest(
        self,
        *,
        _timeout: float | None = None,
    ) -> None:
        """ShutdownGuest: an operation of VirtualMachine, since 2.0.

        Privilege: VirtualMachine.Interact.PowerOff.

        Returns:
            None.

        Raises:
            InvalidState, TaskInProgress, ToolsUnavailable, RuntimeFault.
        """
        return self._transport.invoke(self, _SHUTDOWN_GUEST, (), _timeout)

    def StandbyGuest(
        self,
        *,
        _timeout: float | None = None,
    ) -> None:
        """StandbyGuest: an operation of VirtualMachine, since 2.0.

        Privilege: VirtualMachine.Interact.Suspend.

        Returns:
            None.

        Raises:
            InvalidState, TaskInProgress, ToolsUnavailable, RuntimeFault.
        """
        return self._transport.invoke(self, _STANDBY_GUEST, (), _timeout)

    def StartRecording_Task(
        self,
        *,
        name: str,
        description: str | None = None,
        _timeout: float | None = None,
    ) -> Task[VirtualMachineSnapshot]:
        """StartRecording_Task: an operation of VirtualMachine, since 4.0.

        Privilege: VirtualMachine.Interact.Record.

        Args:
            name: string, since 4.0.
            description: string, optional, since 4.0.

        Returns:
            A reference to the Task; its result is reference to VirtualMachineSnapshot.

        Raises:
            FileFault, HostIncompatibleForRecordReplay, InvalidName, InvalidPowerState, InvalidState, RecordReplayDisabled, SnapshotFault, TaskInProgress, VmConfigFault, RuntimeFault.
        """
        return self._transport.invoke(self, _START_RECORDING_TASK, (name, description, ), _timeout)

    def StartReplaying_Task(
        self,
        *,
        replaySnapshot: VirtualMachineSnapshot,
        _timeout: float | None = None,
    ) -> Task[None]:
        """StartReplaying_Task: an operation of VirtualMachine, since 4.0.

        Privilege: VirtualMachine.Interact.Replay.

        Args:
            replaySnapshot: reference to VirtualMachineSnapshot, since 4.0.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            FileFault, HostIncompatibleForRecordReplay, InvalidPowerState, InvalidState, NotFound, RecordReplayDisabled, SnapshotFault, TaskInProgress, VmConfigFault, RuntimeFault.
        """
        return self._transport.invoke(self, _START_REPLAYING_TASK, (replaySnapshot, ), _timeout)

    def StopRecording_Task(
        self,
        *,
        _timeout: float | None = None,
    ) -> Task[None]:
        """StopRecording_Task: an operation of VirtualMachine, since 4.0.

        Privilege: VirtualMachine.Interact.Record.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            FileFault, InvalidPowerState, InvalidState, SnapshotFault, TaskInProgress, RuntimeFault.
        """
        return self._transport.invoke(self, _STOP_RECORDING_TASK, (), _timeout)

    def StopReplaying_Task(
        self,
        *,
        _timeout: float | None = None,
    ) -> Task[None]:
        """StopReplaying_Task: an operation of VirtualMachine, since 4.0.

        Privilege: VirtualMachine.Interact.Replay.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            FileFault, InvalidPowerState, InvalidState, SnapshotFault, TaskInProgress, RuntimeFault.
        """
        return self._transport.invoke(self, _STOP_REPLAYING_TASK, (), _timeout)

    def SuspendVM_Task(
        self,
        *,
        _timeout: float | None = None,
    ) -> Task[None]:
        """SuspendVM_Task: an operation of VirtualMachine, since 2.0.

        Privilege: VirtualMachine.Interact.Suspend.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            InvalidState, TaskInProgress, RuntimeFault.
        """
        return self._transport.invoke(self, _SUSPEND_VM_TASK, (), _timeout)

    def TerminateFaultTolerantVM_Task(
        self,
        *,
        vm: VirtualMachine | None = None,
        _timeout: float | None = None,
    ) -> Task[None]:
        """TerminateFaultTolerantVM_Task: an operation of VirtualMachine, since 4.0.

        Privilege: VirtualMachine.Interact.TerminateFaultTolerantVM.

        Args:
            vm: reference to VirtualMachine, optional, since 4.0.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            InvalidState, TaskInProgress, VmFaultToleranceIssue, RuntimeFault.
        """
        return self._transport.invoke(self, _TERMINATE_FAULT_TOLERANT_VM_TASK, (vm, ), _timeout)

    def TerminateVM(
        self,
        *,
        _timeout: float | None = None,
    ) -> None:
        """TerminateVM: an operation of VirtualMachine, since 5.0.

        Privilege: VirtualMachine.Interact.PowerOff.

        Returns:
            None.

        Raises:
            InvalidState, TaskInProgress, RuntimeFault.
        """
        return self._transport.invoke(self, _TERMINATE_VM, (), _timeout)

    def TurnOffFaultToleranceForVM_Task(
        self,
        *,
        _timeout: float | None = None,
    ) -> Task[None]:
        """TurnOffFaultToleranceForVM_Task: an operation of VirtualMachine, since 4.0.

        Privilege: VirtualMachine.Interact.TurnOffFaultTolerance.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            InvalidState, TaskInProgress, VmFaultToleranceIssue, RuntimeFault.
        """
        return self._transport.invoke(self, _TURN_OFF_FAULT_TOLERANCE_FOR_VM_TASK, (), _timeout)

    def UnmountToolsInstaller(
        self,
        *,
        _timeout: float | None = None,
    ) -> None:
        """UnmountToolsInstaller: an operation of VirtualMachine, since 2.0.

        Privilege: VirtualMachine.Interact.ToolsInstall.

        Returns:
            None.

        Raises:
            InvalidState, VmConfigFault, RuntimeFault.
        """
        return self._transport.invoke(self, _UNMOUNT_TOOLS_INSTALLER, (), _timeout)

    def UnregisterVM(
        self,
        *,
        _timeout: float | None = None,
    ) -> None:
        """UnregisterVM: an operation of VirtualMachine, since 2.0.

        Privilege: VirtualMachine.Inventory.Unregister.

        Returns:
            None.

        Raises:
            InvalidPowerState, TaskInProgress, RuntimeFault.
        """
        return self._transport.invoke(self, _UNREGISTER_VM, (), _timeout)

    def UpgradeTools_Task(
        self,
        *,
        installerOptions: str | None = None,
        _timeout: float | None = None,
    ) -> Task[None]:
        """UpgradeTools_Task: an operation of VirtualMachine, since 2.0.

        Privilege: VirtualMachine.Interact.ToolsInstall.

        Args:
            installerOptions: string, optional, since 2.0.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            InvalidState, TaskInProgress, ToolsUnavailable, VmConfigFault, VmToolsUpgradeFault, RuntimeFault.
        """
        return self._transport.invoke(self, _UPGRADE_TOOLS_TASK, (installerOptions, ), _timeout)

    def UpgradeVM_Task(
        self,
        *,
        version: str | None = None,
        _timeout: float | None = None,
    ) -> Task[None]:
        """UpgradeVM_Task: an operation of VirtualMachine, since 2.0.

        Privilege: VirtualMachine.Config.UpgradeVirtualHardware.

        Args:
            version: string, optional, since 2.0.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            AlreadyUpgraded, InvalidState, NoDiskFound, TaskInProgress, RuntimeFault.
        """
        return self._transport.invoke(self, _UPGRADE_VM_TASK, (version, ), _timeout)

    def reloadVirtualMachineFromPath_Task(
        self,
        *,
        configurationPath: str,
        _timeout: float | None = None,
    ) -> Task[None]:
        """reloadVirtualMachineFromPath_Task: an operation of VirtualMachine, since 4.1.

        Privilege: VirtualMachine.Config.ReloadFromPath.

        Args:
            configurationPath: string, since 4.1.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            AlreadyExists, FileFault, InvalidPowerState, InvalidState, TaskInProgress, VmConfigFault, RuntimeFault.
        """
        return self._transport.invoke(self, _RELOAD_VIRTUAL_MACHINE_FROM_PATH_TASK, (configurationPath, ), _timeout)
