# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostStorageSystem: managed object proxy, extends ExtensibleManagedObject. Since 2.0."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from .extensible_managed_object import ExtensibleManagedObject, ExtensibleManagedObjectProperties
from pyvmomo.property import fetch_into as _fetch_into

if TYPE_CHECKING:
    from ..types.fcoe_config_fcoe_specification import FcoeConfigFcoeSpecification
    from ..types.host_disk_partition_block_range import HostDiskPartitionBlockRange
    from ..types.host_disk_partition_info import HostDiskPartitionInfo
    from ..types.host_disk_partition_layout import HostDiskPartitionLayout
    from ..types.host_disk_partition_spec import HostDiskPartitionSpec
    from ..types.host_file_system_volume_info import HostFileSystemVolumeInfo
    from ..types.host_hba_create_spec import HostHbaCreateSpec
    from ..types.host_internet_scsi_hba_authentication_properties import HostInternetScsiHbaAuthenticationProperties
    from ..types.host_internet_scsi_hba_digest_properties import HostInternetScsiHbaDigestProperties
    from ..types.host_internet_scsi_hba_discovery_properties import HostInternetScsiHbaDiscoveryProperties
    from ..types.host_internet_scsi_hba_ip_properties import HostInternetScsiHbaIPProperties
    from ..types.host_internet_scsi_hba_param_value import HostInternetScsiHbaParamValue
    from ..types.host_internet_scsi_hba_send_target import HostInternetScsiHbaSendTarget
    from ..types.host_internet_scsi_hba_static_target import HostInternetScsiHbaStaticTarget
    from ..types.host_internet_scsi_hba_target_set import HostInternetScsiHbaTargetSet
    from ..types.host_multipath_info_hpp_logical_unit_policy import HostMultipathInfoHppLogicalUnitPolicy
    from ..types.host_multipath_info_logical_unit_policy import HostMultipathInfoLogicalUnitPolicy
    from ..types.host_multipath_state_info import HostMultipathStateInfo
    from ..types.host_nas_volume_user_info import HostNasVolumeUserInfo
    from ..types.host_nvme_connect_spec import HostNvmeConnectSpec
    from ..types.host_nvme_disconnect_spec import HostNvmeDisconnectSpec
    from ..types.host_nvme_discover_spec import HostNvmeDiscoverSpec
    from ..types.host_nvme_discovery_log import HostNvmeDiscoveryLog
    from ..types.host_path_selection_policy_option import HostPathSelectionPolicyOption
    from ..types.host_scsi_disk import HostScsiDisk
    from ..types.host_scsi_disk_partition import HostScsiDiskPartition
    from ..types.host_storage_array_type_policy_option import HostStorageArrayTypePolicyOption
    from ..types.host_storage_device_info import HostStorageDeviceInfo
    from ..types.host_storage_system_disk_locator_led_result import HostStorageSystemDiskLocatorLedResult
    from ..types.host_storage_system_scsi_lun_result import HostStorageSystemScsiLunResult
    from ..types.host_storage_system_vmfs_volume_result import HostStorageSystemVmfsVolumeResult
    from ..types.host_unresolved_vmfs_resolution_result import HostUnresolvedVmfsResolutionResult
    from ..types.host_unresolved_vmfs_resolution_spec import HostUnresolvedVmfsResolutionSpec
    from ..types.host_unresolved_vmfs_volume import HostUnresolvedVmfsVolume
    from ..types.host_vffs_spec import HostVffsSpec
    from ..types.host_vffs_volume import HostVffsVolume
    from ..types.host_vmfs_spec import HostVmfsSpec
    from ..types.host_vmfs_volume import HostVmfsVolume
    from .task import Task
    from ..types.vmfs_config_option import VmfsConfigOption
    from ..types.vmfs_unmap_bandwidth_spec import VmfsUnmapBandwidthSpec

_ADD_INTERNET_SCSI_SEND_TARGETS: _Operation[None] = _Operation(
    "AddInternetScsiSendTargets",
    (_F("iScsiHbaDevice", "string", 0, "2.0"), _F("targets", "HostInternetScsiHbaSendTarget", 1, "2.0"), ),
    None,
    faults=("HostConfigFault", "NotFound", "RuntimeFault", ),
    since="2.0",
    privilege="Host.Config.Storage",
    safe=False,
    task_result=None,
)

_ADD_INTERNET_SCSI_STATIC_TARGETS: _Operation[None] = _Operation(
    "AddInternetScsiStaticTargets",
    (_F("iScsiHbaDevice", "string", 0, "2.0"), _F("targets", "HostInternetScsiHbaStaticTarget", 1, "2.0"), ),
    None,
    faults=("HostConfigFault", "NotFound", "RuntimeFault", ),
    since="2.0",
    privilege="Host.Config.Storage",
    safe=False,
    task_result=None,
)

_ATTACH_SCSI_LUN: _Operation[None] = _Operation(
    "AttachScsiLun",
    (_F("lunUuid", "string", 0, "5.0"), ),
    None,
    faults=("HostConfigFault", "InvalidState", "NotFound", "RuntimeFault", ),
    since="5.0",
    privilege="Host.Config.Storage",
    safe=False,
    task_result=None,
)

_ATTACH_SCSI_LUN_EX_TASK: _Operation[Task[list[HostStorageSystemScsiLunResult]]] = _Operation(
    "AttachScsiLunEx_Task",
    (_F("lunUuid", "string", 1, "6.0"), ),
    _F("returnval", "ManagedObjectReference", 0, "6.0", target="Task"),
    faults=("HostConfigFault", "RuntimeFault", ),
    since="6.0",
    privilege="Host.Config.Storage",
    safe=False,
    task_result=_F("result", "HostStorageSystemScsiLunResult", 1, "6.0"),
)

_ATTACH_VMFS_EXTENT: _Operation[None] = _Operation(
    "AttachVmfsExtent",
    (_F("vmfsPath", "string", 0, "2.0"), _F("extent", "HostScsiDiskPartition", 0, "2.0"), ),
    None,
    faults=("HostConfigFault", "NotFound", "RuntimeFault", ),
    since="2.0",
    privilege="Host.Config.Storage",
    safe=False,
    task_result=None,
)

_CHANGE_NFS_USER_PASSWORD: _Operation[None] = _Operation(
    "ChangeNFSUserPassword",
    (_F("password", "string", 4, "6.0"), ),
    None,
    faults=("HostConfigFault", "NotFound", "RuntimeFault", ),
    since="6.0",
    privilege="Host.Config.Storage",
    safe=False,
    task_result=None,
)

_CLEAR_NFS_USER: _Operation[None] = _Operation(
    "ClearNFSUser",
    (),
    None,
    faults=("HostConfigFault", "RuntimeFault", ),
    since="6.0",
    privilege="Host.Config.Storage",
    safe=False,
    task_result=None,
)

_COMPUTE_DISK_PARTITION_INFO: _Operation[HostDiskPartitionInfo] = _Operation(
    "ComputeDiskPartitionInfo",
    (_F("devicePath", "string", 0, "2.0"), _F("layout", "HostDiskPartitionLayout", 0, "2.0"), _F("partitionFormat", "string", 2, "5.0"), ),
    _F("returnval", "HostDiskPartitionInfo", 0, "2.0"),
    faults=("HostConfigFault", "NotFound", "RuntimeFault", ),
    since="2.0",
    privilege="Host.Config.Storage",
    safe=True,
    task_result=None,
)

_COMPUTE_DISK_PARTITION_INFO_FOR_RESIZE: _Operation[HostDiskPartitionInfo] = _Operation(
    "ComputeDiskPartitionInfoForResize",
    (_F("partition", "HostScsiDiskPartition", 0, "4.0"), _F("blockRange", "HostDiskPartitionBlockRange", 0, "4.0"), _F("partitionFormat", "string", 2, "5.0"), ),
    _F("returnval", "HostDiskPartitionInfo", 0, "4.0"),
    faults=("HostConfigFault", "NotFound", "RuntimeFault", ),
    since="4.0",
    privilege="Host.Config.Storage",
    safe=True,
    task_result=None,
)

_CONNECT_NVME_CONTROLLER: _Operation[None] = _Operation(
    "ConnectNvmeController",
    (_F("connectSpec", "HostNvmeConnectSpec", 0, "7.0.0.0"), ),
    None,
    faults=("HostConfigFault", "NotFound", "RuntimeFault", ),
    since="7.0.0.0",
    privilege="Host.Config.Storage",
    safe=False,
    task_result=None,
)

_CONNECT_NVME_CONTROLLER_EX_TASK: _Operation[Task[None]] = _Operation(
    "ConnectNvmeControllerEx_Task",
    (_F("connectSpec", "HostNvmeConnectSpec", 3, "7.0.3.0"), ),
    _F("returnval", "ManagedObjectReference", 0, "7.0.3.0", target="Task"),
    faults=("HostConfigFault", "RuntimeFault", ),
    since="7.0.3.0",
    privilege="Host.Config.Storage",
    safe=False,
    task_result=None,
)

_CREATE_NVME_OVER_RDMA_ADAPTER: _Operation[None] = _Operation(
    "CreateNvmeOverRdmaAdapter",
    (_F("rdmaDeviceName", "string", 0, "7.0.0.0"), ),
    None,
    faults=("HostConfigFault", "NotFound", "ResourceInUse", "RuntimeFault", ),
    since="7.0.0.0",
    privilege="Host.Config.Storage",
    safe=False,
    task_result=None,
)

_CREATE_SOFTWARE_ADAPTER: _Operation[None] = _Operation(
    "CreateSoftwareAdapter",
    (_F("spec", "HostHbaCreateSpec", 0, "7.0.3.0"), ),
    None,
    faults=("HostConfigFault", "NotFound", "ResourceInUse", "RuntimeFault", ),
    since="7.0.3.0",
    privilege="Host.Config.Storage",
    safe=False,
    task_result=None,
)

_DELETE_SCSI_LUN_STATE: _Operation[None] = _Operation(
    "DeleteScsiLunState",
    (_F("lunCanonicalName", "string", 0, "5.0"), ),
    None,
    faults=("HostConfigFault", "RuntimeFault", ),
    since="5.0",
    privilege="Host.Config.Storage",
    safe=False,
    task_result=None,
)

_DELETE_VFFS_VOLUME_STATE: _Operation[None] = _Operation(
    "DeleteVffsVolumeState",
    (_F("vffsUuid", "string", 0, "5.5"), ),
    None,
    faults=("HostConfigFault", "RuntimeFault", ),
    since="5.5",
    privilege="Host.Config.Storage",
    safe=False,
    task_result=None,
)

_DELETE_VMFS_VOLUME_STATE: _Operation[None] = _Operation(
    "DeleteVmfsVolumeState",
    (_F("vmfsUuid", "string", 0, "5.0"), ),
    None,
    faults=("HostConfigFault", "RuntimeFault", ),
    since="5.0",
    privilege="Host.Config.Storage",
    safe=False,
    task_result=None,
)

_DESTROY_VFFS: _Operation[None] = _Operation(
    "DestroyVffs",
    (_F("vffsPath", "string", 0, "5.5"), ),
    None,
    faults=("HostConfigFault", "NotFound", "ResourceInUse", "RuntimeFault", ),
    since="5.5",
    privilege="Host.Config.Storage",
    safe=False,
    task_result=None,
)

_DETACH_SCSI_LUN: _Operation[None] = _Operation(
    "DetachScsiLun",
    (_F("lunUuid", "string", 0, "5.0"), ),
    None,
    faults=("HostConfigFault", "InvalidState", "NotFound", "ResourceInUse", "RuntimeFault", ),
    since="5.0",
    privilege="Host.Config.Storage",
    safe=False,
    task_result=None,
)

_DETACH_SCSI_LUN_EX_TASK: _Operation[Task[list[HostStorageSystemScsiLunResult]]] = _Operation(
    "DetachScsiLunEx_Task",
    (_F("lunUuid", "string", 1, "6.0"), ),
    _F("returnval", "ManagedObjectReference", 0, "6.0", target="Task"),
    faults=("HostConfigFault", "RuntimeFault", ),
    since="6.0",
    privilege="Host.Config.Storage",
    safe=False,
    task_result=_F("result", "HostStorageSystemScsiLunResult", 1, "6.0"),
)

_DISABLE_MULTIPATH_PATH: _Operation[None] = _Operation(
    "DisableMultipathPath",
    (_F("pathName", "string", 0, "2.0"), ),
    None,
    faults=("HostConfigFault", "NotFound", "RuntimeFault", ),
    since="2.0",
    privilege="Host.Config.Storage",
    safe=False,
    task_result=None,
)

_DISCONNECT_NVME_CONTROLLER: _Operation[None] = _Operation(
    "DisconnectNvmeController",
    (_F("disconnectSpec", "HostNvmeDisconnectSpec", 0, "7.0.0.0"), ),
    None,
    faults=("HostConfigFault", "NotFound", "RuntimeFault", ),
    since="7.0.0.0",
    privilege="Host.Config.Storage",
    safe=False,
    task_result=None,
)

_DISCONNECT_NVME_CONTROLLER_EX_TASK: _Operation[Task[None]] = _Operation(
    "DisconnectNvmeControllerEx_Task",
    (_F("disconnectSpec", "HostNvmeDisconnectSpec", 3, "7.0.3.0"), ),
    _F("returnval", "ManagedObjectReference", 0, "7.0.3.0", target="Task"),
    faults=("HostConfigFault", "RuntimeFault", ),
    since="7.0.3.0",
    privilege="Host.Config.Storage",
    safe=False,
    task_result=None,
)

_DISCOVER_FCOE_HBAS: _Operation[None] = _Operation(
    "DiscoverFcoeHbas",
    (_F("fcoeSpec", "FcoeConfigFcoeSpecification", 0, "5.0"), ),
    None,
    faults=("FcoeFaultPnicHasNoPortSet", "HostConfigFault", "NotFound", "RuntimeFault", ),
    since="5.0",
    privilege="Host.Config.Storage",
    safe=False,
    task_result=None,
)

_DISCOVER_NVME_CONTROLLERS: _Operation[HostNvmeDiscoveryLog] = _Operation(
    "DiscoverNvmeControllers",
    (_F("discoverSpec", "HostNvmeDiscoverSpec", 0, "7.0.0.0"), ),
    _F("returnval", "HostNvmeDiscoveryLog", 0, "7.0.0.0"),
    faults=("HostConfigFault", "NotFound", "RuntimeFault", ),
    since="7.0.0.0",
    privilege="Host.Config.Storage",
    safe=False,
    task_result=None,
)

_ENABLE_MULTIPATH_PATH: _Operation[None] = _Operation(
    "EnableMultipathPath",
    (_F("pathName", "string", 0, "2.0"), ),
    None,
    faults=("HostConfigFault", "NotFound", "RuntimeFault", ),
    since="2.0",
    privilege="Host.Config.Storage",
    safe=False,
    task_result=None,
)

_EXPAND_VMFS_EXTENT: _Operation[None] = _Operation(
    "ExpandVmfsExtent",
    (_F("vmfsPath", "string", 0, "4.0"), _F("extent", "HostScsiDiskPartition", 0, "4.0"), ),
    None,
    faults=("HostConfigFault", "NotFound", "RuntimeFault", ),
    since="4.0",
    privilege="Host.Config.Storage",
    safe=False,
    task_result=None,
)

_EXTEND_VFFS: _Operation[None] = _Operation(
    "ExtendVffs",
    (_F("vffsPath", "string", 0, "5.5"), _F("devicePath", "string", 0, "5.5"), _F("spec", "HostDiskPartitionSpec", 2, "5.5"), ),
    None,
    faults=("HostConfigFault", "NotFound", "ResourceInUse", "RuntimeFault", ),
    since="5.5",
    privilege="Host.Config.Storage",
    safe=False,
    task_result=None,
)

_FORMAT_VFFS: _Operation[HostVffsVolume] = _Operation(
    "FormatVffs",
    (_F("createSpec", "HostVffsSpec", 0, "5.5"), ),
    _F("returnval", "HostVffsVolume", 0, "5.5"),
    faults=("AlreadyExists", "HostConfigFault", "ResourceInUse", "RuntimeFault", ),
    since="5.5",
    privilege="Host.Config.Storage",
    safe=False,
    task_result=None,
)

_FORMAT_VMFS: _Operation[HostVmfsVolume] = _Operation(
    "FormatVmfs",
    (_F("createSpec", "HostVmfsSpec", 0, "2.0"), ),
    _F("returnval", "HostVmfsVolume", 0, "2.0"),
    faults=("AlreadyExists", "HostConfigFault", "RuntimeFault", ),
    since="2.0",
    privilege="Host.Config.Storage",
    safe=False,
    task_result=None,
)

_MARK_AS_LOCAL_TASK: _Operation[Task[None]] = _Operation(
    "MarkAsLocal_Task",
    (_F("scsiDiskUuid", "string", 0, "6.0"), ),
    _F("returnval", "ManagedObjectReference", 0, "6.0", target="Task"),
    faults=("HostConfigFault", "NotFound", "RuntimeFault", ),
    since="6.0",
    privilege="Host.Config.Storage",
    safe=False,
    task_result=None,
)

_MARK_AS_NON_LOCAL_TASK: _Operation[Task[None]] = _Operation(
    "MarkAsNonLocal_Task",
    (_F("scsiDiskUuid", "string", 0, "6.0"), ),
    _F("returnval", "ManagedObjectReference", 0, "6.0", target="Task"),
    faults=("HostConfigFault", "NotFound", "RuntimeFault", ),
    since="6.0",
    privilege="Host.Config.Storage",
    safe=False,
    task_result=None,
)

_MARK_AS_NON_SSD_TASK: _Operation[Task[None]] = _Operation(
    "MarkAsNonSsd_Task",
    (_F("scsiDiskUuid", "string", 0, "6.0"), ),
    _F("returnval", "ManagedObjectReference", 0, "6.0", target="Task"),
    faults=("HostConfigFault", "NotFound", "RuntimeFault", ),
    since="6.0",
    privilege="Host.Config.Storage",
    safe=False,
    task_result=None,
)

_MARK_AS_SSD_TASK: _Operation[Task[None]] = _Operation(
    "MarkAsSsd_Task",
    (_F("scsiDiskUuid", "string", 0, "6.0"), ),
    _F("returnval", "ManagedObjectReference", 0, "6.0", target="Task"),
    faults=("HostConfigFault", "NotFound", "RuntimeFault", ),
    since="6.0",
    privilege="Host.Config.Storage",
    safe=False,
    task_result=None,
)

_MARK_FOR_REMOVAL: _Operation[None] = _Operation(
    "MarkForRemoval",
    (_F("hbaName", "string", 0, "5.0"), _F("remove", "boolean", 0, "5.0"), ),
    None,
    faults=("HostConfigFault", "NotFound", "RuntimeFault", ),
    since="5.0",
    privilege="Host.Config.Storage",
    safe=False,
    task_result=None,
)

_MARK_PERENNIALLY_RESERVED: _Operation[None] = _Operation(
    "MarkPerenniallyReserved",
    (_F("lunUuid", "string", 0, "6.7.2"), _F("state", "boolean", 0, "6.7.2"), ),
    None,
    faults=("HostConfigFault", "NotFound", "RuntimeFault", ),
    since="6.7.2",
    privilege="Host.Config.Storage",
    safe=False,
    task_result=None,
)

_MARK_PERENNIALLY_RESERVED_EX_TASK: _Operation[Task[list[HostStorageSystemScsiLunResult]]] = _Operation(
    "MarkPerenniallyReservedEx_Task",
    (_F("lunUuid", "string", 3, "6.7.2"), _F("state", "boolean", 0, "6.7.2"), ),
    _F("returnval", "ManagedObjectReference", 0, "6.7.2", target="Task"),
    faults=("RuntimeFault", ),
    since="6.7.2",
    privilege="Host.Config.Storage",
    safe=False,
    task_result=_F("result", "HostStorageSystemScsiLunResult", 1, "6.7.2"),
)

_MOUNT_VFFS_VOLUME: _Operation[None] = _Operation(
    "MountVffsVolume",
    (_F("vffsUuid", "string", 0, "5.5"), ),
    None,
    faults=("HostConfigFault", "InvalidState", "NotFound", "ResourceInUse", "RuntimeFault", ),
    since="5.5",
    privilege="Host.Config.Storage",
    safe=False,
    task_result=None,
)

_MOUNT_VMFS_VOLUME: _Operation[None] = _Operation(
    "MountVmfsVolume",
    (_F("vmfsUuid", "string", 0, "5.0"), ),
    None,
    faults=("HostConfigFault", "InvalidState", "NotFound", "ResourceInUse", "RuntimeFault", ),
    since="5.0",
    privilege="Host.Config.Storage",
    safe=False,
    task_result=None,
)

_MOUNT_VMFS_VOLUME_EX_TASK: _Operation[Task[list[HostStorageSystemVmfsVolumeResult]]] = _Operation(
    "MountVmfsVolumeEx_Task",
    (_F("vmfsUuid", "string", 1, "6.0"), ),
    _F("returnval", "ManagedObjectReference", 0, "6.0", target="Task"),
    faults=("HostConfigFault", "RuntimeFault", ),
    since="6.0",
    privilege="Host.Config.Storage",
    safe=False,
    task_result=_F("result", "HostStorageSystemVmfsVolumeResult", 1, "6.0"),
)

_QUERY_AVAILABLE_SSDS: _Operation[list[HostScsiDisk]] = _Operation(
    "QueryAvailableSsds",
    (_F("vffsPath", "string", 2, "5.5"), ),
    _F("returnval", "HostScsiDisk", 3, "5.5"),
    faults=("HostConfigFault", "NotFound", "RuntimeFault", ),
    since="5.5",
    privilege="Host.Config.Storage",
    safe=True,
    task_result=None,
)

_QUERY_NFS_USER: _Operation[HostNasVolumeUserInfo | None] = _Operation(
    "QueryNFSUser",
    (),
    _F("returnval", "HostNasVolumeUserInfo", 2, "6.0"),
    faults=("HostConfigFault", "RuntimeFault", ),
    since="6.0",
    privilege="Host.Config.Storage",
    safe=True,
    task_result=None,
)

_QUERY_PATH_SELECTION_POLICY_OPTIONS: _Operation[list[HostPathSelectionPolicyOption]] = _Operation(
    "QueryPathSelectionPolicyOptions",
    (),
    _F("returnval", "HostPathSelectionPolicyOption", 3, "4.0"),
    faults=("HostConfigFault", "RuntimeFault", ),
    since="4.0",
    privilege="System.Read",
    safe=True,
    task_result=None,
)

_QUERY_STORAGE_ARRAY_TYPE_POLICY_OPTIONS: _Operation[list[HostStorageArrayTypePolicyOption]] = _Operation(
    "QueryStorageArrayTypePolicyOptions",
    (),
    _F("returnval", "HostStorageArrayTypePolicyOption", 3, "4.0"),
    faults=("HostConfigFault", "RuntimeFault", ),
    since="4.0",
    privilege="System.Read",
    safe=True,
    task_result=None,
)

_QUERY_UNRESOLVED_VMFS_VOLUME: _Operation[list[HostUnresolvedVmfsVolume]] = _Operation(
    "QueryUnresolvedVmfsVolume",
    (),
    _F("returnval", "HostUnresolvedVmfsVolume", 3, "4.0"),
    faults=("RuntimeFault", ),
    since="4.0",
    privilege="System.Read",
    safe=True,
    task_result=None,
)

_QUERY_VMFS_CONFIG_OPTION: _Operation[list[VmfsConfigOption]] = _Operation(
    "QueryVmfsConfigOption",
    (),
    _F("returnval", "VmfsConfigOption", 3, "6.5"),
    faults=("RuntimeFault", ),
    since="6.5",
    privilege="Host.Config.Storage",
    safe=True,
    task_result=None,
)

_REFRESH_STORAGE_SYSTEM: _Operation[None] = _Operation(
    "RefreshStorageSystem",
    (),
    None,
    faults=("RuntimeFault", ),
    since="2.0",
    privilege="Host.Config.Storage",
    safe=False,
    task_result=None,
)

_REMOVE_INTERNET_SCSI_SEND_TARGETS: _Operation[None] = _Operation(
    "RemoveInternetScsiSendTargets",
    (_F("iScsiHbaDevice", "string", 0, "2.0"), _F("targets", "HostInternetScsiHbaSendTarget", 1, "2.0"), _F("force", "boolean", 2, "7.0.1.0"), ),
    None,
    faults=("HostConfigFault", "NotFound", "RuntimeFault", ),
    since="2.0",
    privilege="Host.Config.Storage",
    safe=False,
    task_result=None,
)

_REMOVE_INTERNET_SCSI_STATIC_TARGETS: _Operation[None] = _Operation(
    "RemoveInternetScsiStaticTargets",
    (_F("iScsiHbaDevice", "string", 0, "2.0"), _F("targets", "HostInternetScsiHbaStaticTarget", 1, "2.0"), ),
    None,
    faults=("HostConfigFault", "NotFound", "RuntimeFault", ),
    since="2.0",
    privilege="Host.Config.Storage",
    safe=False,
    task_result=None,
)

_REMOVE_NVME_OVER_RDMA_ADAPTER: _Operation[None] = _Operation(
    "RemoveNvmeOverRdmaAdapter",
    (_F("hbaDeviceName", "string", 0, "7.0.0.0"), ),
    None,
    faults=("HostConfigFault", "NotFound", "ResourceInUse", "RuntimeFault", ),
    since="7.0.0.0",
    privilege="Host.Config.Storage",
    safe=False,
    task_result=None,
)

_REMOVE_SOFTWARE_ADAPTER: _Operation[None] = _Operation(
    "RemoveSoftwareAdapter",
    (_F("hbaDeviceName", "string", 0, "7.0.3.0"), ),
    None,
    faults=("HostConfigFault", "NotFound", "ResourceInUse", "RuntimeFault", ),
    since="7.0.3.0",
    privilege="Host.Config.Storage",
    safe=False,
    task_result=None,
)

_RESCAN_ALL_HBA: _Operation[None] = _Operation(
    "RescanAllHba",
    (),
    None,
    faults=("HostConfigFault", "RuntimeFault", ),
    since="2.0",
    privilege="Host.Config.Storage",
    safe=False,
    task_result=None,
)

_RESCAN_HBA: _Operation[None] = _Operation(
    "RescanHba",
    (_F("hbaDevice", "string", 0, "2.0"), ),
    None,
    faults=("HostConfigFault", "NotFound", "RuntimeFault", ),
    since="2.0",
    privilege="Host.Config.Storage",
    safe=False,
    task_result=None,
)

_RESCAN_VFFS: _Operation[None] = _Operation(
    "RescanVffs",
    (),
    None,
    faults=("HostConfigFault", "RuntimeFault", ),
    since="5.5",
    privilege="Host.Config.Storage",
    safe=False,
    task_result=None,
)

_RESCAN_VMFS: _Operation[None] = _Operation(
    "RescanVmfs",
    (),
    None,
    faults=("HostConfigFault", "RuntimeFault", ),
    since="2.0",
    privilege="Host.Config.Storage",
    safe=False,
    task_result=None,
)

_RESOLVE_MULTIPLE_UNRESOLVED_VMFS_VOLUMES: _Operation[list[HostUnresolvedVmfsResolutionResult]] = _Operation(
    "ResolveMultipleUnresolvedVmfsVolumes",
    (_F("resolutionSpec", "HostUnresolvedVmfsResolutionSpec", 1, "4.0"), ),
    _F("returnval", "HostUnresolvedVmfsResolutionResult", 3, "4.0"),
    faults=("HostConfigFault", "RuntimeFault", ),
    since="4.0",
    privilege="Host.Config.Storage",
    safe=False,
    task_result=None,
)

_RESOLVE_MULTIPLE_UNRESOLVED_VMFS_VOLUMES_EX_TASK: _Operation[Task[list[HostUnresolvedVmfsResolutionResult]]] = _Operation(
    "ResolveMultipleUnresolvedVmfsVolumesEx_Task",
    (_F("resolutionSpec", "HostUnresolvedVmfsResolutionSpec", 1, "5.5"), ),
    _F("returnval", "ManagedObjectReference", 0, "5.5", target="Task"),
    faults=("HostConfigFault", "RuntimeFault", ),
    since="5.5",
    privilege="Host.Config.Storage",
    safe=False,
    task_result=_F("result", "HostUnresolvedVmfsResolutionResult", 1, "5.5"),
)

_RETRIEVE_DISK_PARTITION_INFO: _Operation[list[HostDiskPartitionInfo]] = _Operation(
    "RetrieveDiskPartitionInfo",
    (_F("devicePath", "string", 1, "2.0"), ),
    _F("returnval", "HostDiskPartitionInfo", 3, "2.0"),
    faults=("RuntimeFault", ),
    since="2.0",
    privilege="System.Read",
    safe=True,
    task_result=None,
)

_SET_MULTIPATH_LUN_POLICY: _Operation[None] = _Operation(
    "SetMultipathLunPolicy",
    (_F("lunId", "string", 0, "2.0"), _F("policy", "HostMultipathInfoLogicalUnitPolicy", 0, "2.0"), ),
    None,
    faults=("HostConfigFault", "NotFound", "RuntimeFault", ),
    since="2.0",
    privilege="Host.Config.Storage",
    safe=False,
    task_result=None,
)

_SET_NFS_USER: _Operation[None] = _Operation(
    "SetNFSUser",
    (_F("user", "string", 0, "6.0"), _F("password", "string", 4, "6.0"), ),
    None,
    faults=("HostConfigFault", "RuntimeFault", ),
    since="6.0",
    privilege="Host.Config.Storage",
    safe=False,
    task_result=None,
)

_TURN_DISK_LOCATOR_LED_OFF_TASK: _Operation[Task[list[HostStorageSystemDiskLocatorLedResult]]] = _Operation(
    "TurnDiskLocatorLedOff_Task",
    (_F("scsiDiskUuids", "string", 1, "6.0"), ),
    _F("returnval", "ManagedObjectReference", 0, "6.0", target="Task"),
    faults=("HostConfigFault", "RuntimeFault", ),
    since="6.0",
    privilege="Host.Config.Storage",
    safe=False,
    task_result=_F("result", "HostStorageSystemDiskLocatorLedResult", 1, "6.0"),
)

_TURN_DISK_LOCATOR_LED_ON_TASK: _Operation[Task[list[HostStorageSystemDiskLocatorLedResult]]] = _Operation(
    "TurnDiskLocatorLedOn_Task",
    (_F("scsiDiskUuids", "string", 1, "6.0"), ),
    _F("returnval", "ManagedObjectReference", 0, "6.0", target="Task"),
    faults=("HostConfigFault", "RuntimeFault", ),
    since="6.0",
    privilege="Host.Config.Storage",
    safe=False,
    task_result=_F("result", "HostStorageSystemDiskLocatorLedResult", 1, "6.0"),
)

_UNMAP_VMFS_VOLUME_EX_TASK: _Operation[Task[list[HostStorageSystemVmfsVolumeResult]]] = _Operation(
    "UnmapVmfsVolumeEx_Task",
    (_F("vmfsUuid", "string", 1, "6.0"), ),
    _F("returnval", "ManagedObjectReference", 0, "6.0", target="Task"),
    faults=("HostConfigFault", "RuntimeFault", ),
    since="6.0",
    privilege="Host.Config.Storage",
    safe=False,
    task_result=_F("result", "HostStorageSystemVmfsVolumeResult", 1, "6.0"),
)

_UNMOUNT_FORCE_MOUNTED_VMFS_VOLUME: _Operation[None] = _Operation(
    "UnmountForceMountedVmfsVolume",
    (_F("vmfsUuid", "string", 0, "4.0"), ),
    None,
    faults=("HostConfigFault", "NotFound", "RuntimeFault", ),
    since="4.0",
    privilege="Host.Config.Storage",
    safe=False,
    task_result=None,
)

_UNMOUNT_VFFS_VOLUME: _Operation[None] = _Operation(
    "UnmountVffsVolume",
    (_F("vffsUuid", "string", 0, "5.5"), ),
    None,
    faults=("HostConfigFault", "InvalidState", "NotFound", "ResourceInUse", "RuntimeFault", ),
    since="5.5",
    privilege="Host.Config.Storage",
    safe=False,
    task_result=None,
)

_UNMOUNT_VMFS_VOLUME: _Operation[None] = _Operation(
    "UnmountVmfsVolume",
    (_F("vmfsUuid", "string", 0, "5.0"), ),
    None,
    faults=("HostConfigFault", "InvalidState", "NotFound", "ResourceInUse", "RuntimeFault", ),
    since="5.0",
    privilege="Host.Config.Storage",
    safe=False,
    task_result=None,
)

_UNMOUNT_VMFS_VOLUME_EX_TASK: _Operation[Task[list[HostStorageSystemVmfsVolumeResult]]] = _Operation(
    "UnmountVmfsVolumeEx_Task",
    (_F("vmfsUuid", "string", 1, "6.0"), ),
    _F("returnval", "ManagedObjectReference", 0, "6.0", target="Task"),
    faults=("HostConfigFault", "RuntimeFault", ),
    since="6.0",
    privilege="Host.Config.Storage",
    safe=False,
    task_result=_F("result", "HostStorageSystemVmfsVolumeResult", 1, "6.0"),
)

_UPDATE_DISK_PARTITIONS: _Operation[None] = _Operation(
    "UpdateDiskPartitions",
    (_F("devicePath", "string", 0, "2.0"), _F("spec", "HostDiskPartitionSpec", 0, "2.0"), ),
    None,
    faults=("HostConfigFault", "NotFound", "RuntimeFault", ),
    since="2.0",
    privilege="Host.Config.Storage",
    safe=False,
    task_result=None,
)

_UPDATE_HPP_MULTIPATH_LUN_POLICY: _Operation[None] = _Operation(
    "UpdateHppMultipathLunPolicy",
    (_F("lunId", "string", 0, "7.0.0.0"), _F("policy", "HostMultipathInfoHppLogicalUnitPolicy", 0, "7.0.0.0"), ),
    None,
    faults=("HostConfigFault", "NotFound", "RuntimeFault", ),
    since="7.0.0.0",
    privilege="Host.Config.Storage",
    safe=False,
    task_result=None,
)

_UPDATE_INTERNET_SCSI_ADVANCED_OPTIONS: _Operation[None] = _Operation(
    "UpdateInternetScsiAdvancedOptions",
    (_F("iScsiHbaDevice", "string", 0, "4.0"), _F("targetSet", "HostInternetScsiHbaTargetSet", 2, "4.0"), _F("options", "HostInternetScsiHbaParamValue", 1, "4.0"), ),
    None,
    faults=("HostConfigFault", "NotFound", "RuntimeFault", ),
    since="4.0",
    privilege="Host.Config.Storage",
    safe=False,
    task_result=None,
)

_UPDATE_INTERNET_SCSI_ALIAS: _Operation[None] = _Operation(
    "UpdateInternetScsiAlias",
    (_F("iScsiHbaDevice", "string", 0, "2.0"), _F("iScsiAlias", "string", 0, "2.0"), ),
    None,
    faults=("HostConfigFault", "NotFound", "RuntimeFault", ),
    since="2.0",
    privilege="Host.Config.Storage",
    safe=False,
    task_result=None,
)

_UPDATE_INTERNET_SCSI_AUTHENTICATION_PROPERTIES: _Operation[None] = _Operation(
    "UpdateInternetScsiAuthenticationProperties",
    (_F("iScsiHbaDevice", "string", 0, "2.0"), _F("authenticationProperties", "HostInternetScsiHbaAuthenticationProperties", 0, "2.0"), _F("targetSet", "HostInternetScsiHbaTargetSet", 2, "4.0"), ),
    None,
    faults=("HostConfigFault", "NotFound", "RuntimeFault", ),
    since="2.0",
    privilege="Host.Config.Storage",
    safe=False,
    task_result=None,
)

_UPDATE_INTERNET_SCSI_DIGEST_PROPERTIES: _Operation[None] = _Operation(
    "UpdateInternetScsiDigestProperties",
    (_F("iScsiHbaDevice", "string", 0, "4.0"), _F("targetSet", "HostInternetScsiHbaTargetSet", 2, "4.0"), _F("digestProperties", "HostInternetScsiHbaDigestProperties", 0, "4.0"), ),
    None,
    faults=("HostConfigFault", "NotFound", "RuntimeFault", ),
    since="4.0",
    privilege="Host.Config.Storage",
    safe=False,
    task_result=None,
)

_UPDATE_INTERNET_SCSI_DISCOVERY_PROPERTIES: _Operation[None] = _Operation(
    "UpdateInternetScsiDiscoveryProperties",
    (_F("iScsiHbaDevice", "string", 0, "2.0"), _F("discoveryProperties", "HostInternetScsiHbaDiscoveryProperties", 0, "2.0"), ),
    None,
    faults=("HostConfigFault", "NotFound", "RuntimeFault", ),
    since="2.0",
    privilege="Host.Config.Storage",
    safe=False,
    task_result=None,
)

_UPDATE_INTERNET_SCSI_IP_PROPERTIES: _Operation[None] = _Operation(
    "UpdateInternetScsiIPProperties",
    (_F("iScsiHbaDevice", "string", 0, "2.0"), _F("ipProperties", "HostInternetScsiHbaIPProperties", 0, "2.0"), ),
    None,
    faults=("HostConfigFault", "NotFound", "RuntimeFault", ),
    since="2.0",
    privilege="Host.Config.Storage",
    safe=False,
    task_result=None,
)

_UPDATE_INTERNET_SCSI_NAME: _Operation[None] = _Operation(
    "UpdateInternetScsiName",
    (_F("iScsiHbaDevice", "string", 0, "2.0"), _F("iScsiName", "string", 0, "2.0"), ),
    None,
    faults=("HostConfigFault", "NotFound", "RuntimeFault", ),
    since="2.0",
    privilege="Host.Config.Storage",
    safe=False,
    task_result=None,
)

_UPDATE_SCSI_LUN_DISPLAY_NAME: _Operation[None] = _Operation(
    "UpdateScsiLunDisplayName",
    (_F("lunUuid", "string", 0, "4.0"), _F("displayName", "string", 0, "4.0"), ),
    None,
    faults=("DuplicateName", "HostConfigFault", "InvalidName", "NotFound", "RuntimeFault", ),
    since="4.0",
    privilege="Host.Config.Storage",
    safe=False,
    task_result=None,
)

_UPDATE_SOFTWARE_INTERNET_SCSI_ENABLED: _Operation[None] = _Operation(
    "UpdateSoftwareInternetScsiEnabled",
    (_F("enabled", "boolean", 0, "2.0"), ),
    None,
    faults=("HostConfigFault", "RuntimeFault", ),
    since="2.0",
    privilege="Host.Config.Storage",
    safe=False,
    task_result=None,
)

_UPDATE_VMFS_UNMAP_BANDWIDTH: _Operation[None] = _Operation(
    "UpdateVmfsUnmapBandwidth",
    (_F("vmfsUuid", "string", 0, "6.7"), _F("unmapBandwidthSpec", "VmfsUnmapBandwidthSpec", 0, "6.7"), ),
    None,
    faults=("RuntimeFault", ),
    since="6.7",
    privilege="Host.Config.Storage",
    safe=False,
    task_result=None,
)

_UPDATE_VMFS_UNMAP_PRIORITY: _Operation[None] = _Operation(
    "UpdateVmfsUnmapPriority",
    (_F("vmfsUuid", "string", 0, "6.5"), _F("unmapPriority", "string", 0, "6.5"), ),
    None,
    faults=("RuntimeFault", ),
    since="6.5",
    privilege="Host.Config.Storage",
    safe=False,
    task_result=None,
)

_UPGRADE_VM_LAYOUT: _Operation[None] = _Operation(
    "UpgradeVmLayout",
    (),
    None,
    faults=("RuntimeFault", ),
    since="2.0",
    privilege="Host.Config.Storage",
    safe=False,
    task_result=None,
)

_UPGRADE_VMFS: _Operation[None] = _Operation(
    "UpgradeVmfs",
    (_F("vmfsPath", "string", 0, "2.0"), ),
    None,
    faults=("HostConfigFault", "NotFound", "RuntimeFault", ),
    since="2.0",
    privilege="Host.Config.Storage",
    safe=False,
    task_result=None,
)


class HostStorageSystemProperties(ExtensibleManagedObjectProperties):
    """HostStorageSystem's properties as read by fetch(), retrieve() and watch(), base types' included.

    Only the requested properties are set (unset on the server: None, or [] for
    a list). Reading one that was not requested raises AttributeError, and one
    the server refused raises its fault. A dotted path fills a partial data
    object: its other members stay unset, even those the WSDL requires.
    """

    __slots__ = ("storageDeviceInfo", "fileSystemVolumeInfo", "systemFile", "multipathStateInfo", )
    obj: HostStorageSystem  # pyright: ignore[reportIncompatibleVariableOverride]
    storageDeviceInfo: HostStorageDeviceInfo | None
    fileSystemVolumeInfo: HostFileSystemVolumeInfo
    systemFile: list[str]
    multipathStateInfo: HostMultipathStateInfo | None


class HostStorageSystem(ExtensibleManagedObject):
    """HostStorageSystem: managed object proxy extending ExtensibleManagedObject, since 2.0.

    Properties (read them typed with fetch() or client.retrieve(); none is fetched implicitly):
        storageDeviceInfo: HostStorageDeviceInfo, optional, since 2.0.
        fileSystemVolumeInfo: HostFileSystemVolumeInfo, since 2.0.
        systemFile: list of string, since 4.1.
        multipathStateInfo: HostMultipathStateInfo, optional, since 4.0.
    """

    __slots__ = ()
    _type_: ClassVar[str] = "HostStorageSystem"
    _properties_: ClassVar[dict[str, _F]] = {
        "storageDeviceInfo": _F("storageDeviceInfo", "HostStorageDeviceInfo", 2, "2.0"),
        "fileSystemVolumeInfo": _F("fileSystemVolumeInfo", "HostFileSystemVolumeInfo", 0, "2.0"),
        "systemFile": _F("systemFile", "string", 3, "4.1"),
        "multipathStateInfo": _F("multipathStateInfo", "HostMultipathStateInfo", 2, "4.0"),
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
        "AddInternetScsiSendTargets": _ADD_INTERNET_SCSI_SEND_TARGETS,
        "AddInternetScsiStaticTargets": _ADD_INTERNET_SCSI_STATIC_TARGETS,
        "AttachScsiLun": _ATTACH_SCSI_LUN,
        "AttachScsiLunEx_Task": _ATTACH_SCSI_LUN_EX_TASK,
        "AttachVmfsExtent": _ATTACH_VMFS_EXTENT,
        "ChangeNFSUserPassword": _CHANGE_NFS_USER_PASSWORD,
        "ClearNFSUser": _CLEAR_NFS_USER,
        "ComputeDiskPartitionInfo": _COMPUTE_DISK_PARTITION_INFO,
        "ComputeDiskPartitionInfoForResize": _COMPUTE_DISK_PARTITION_INFO_FOR_RESIZE,
        "ConnectNvmeController": _CONNECT_NVME_CONTROLLER,
        "ConnectNvmeControllerEx_Task": _CONNECT_NVME_CONTROLLER_EX_TASK,
        "CreateNvmeOverRdmaAdapter": _CREATE_NVME_OVER_RDMA_ADAPTER,
        "CreateSoftwareAdapter": _CREATE_SOFTWARE_ADAPTER,
        "DeleteScsiLunState": _DELETE_SCSI_LUN_STATE,
        "DeleteVffsVolumeState": _DELETE_VFFS_VOLUME_STATE,
        "DeleteVmfsVolumeState": _DELETE_VMFS_VOLUME_STATE,
        "DestroyVffs": _DESTROY_VFFS,
        "DetachScsiLun": _DETACH_SCSI_LUN,
        "DetachScsiLunEx_Task": _DETACH_SCSI_LUN_EX_TASK,
        "DisableMultipathPath": _DISABLE_MULTIPATH_PATH,
        "DisconnectNvmeController": _DISCONNECT_NVME_CONTROLLER,
        "DisconnectNvmeControllerEx_Task": _DISCONNECT_NVME_CONTROLLER_EX_TASK,
        "DiscoverFcoeHbas": _DISCOVER_FCOE_HBAS,
        "DiscoverNvmeControllers": _DISCOVER_NVME_CONTROLLERS,
        "EnableMultipathPath": _ENABLE_MULTIPATH_PATH,
        "ExpandVmfsExtent": _EXPAND_VMFS_EXTENT,
        "ExtendVffs": _EXTEND_VFFS,
        "FormatVffs": _FORMAT_VFFS,
        "FormatVmfs": _FORMAT_VMFS,
        "MarkAsLocal_Task": _MARK_AS_LOCAL_TASK,
        "MarkAsNonLocal_Task": _MARK_AS_NON_LOCAL_TASK,
        "MarkAsNonSsd_Task": _MARK_AS_NON_SSD_TASK,
        "MarkAsSsd_Task": _MARK_AS_SSD_TASK,
        "MarkForRemoval": _MARK_FOR_REMOVAL,
        "MarkPerenniallyReserved": _MARK_PERENNIALLY_RESERVED,
        "MarkPerenniallyReservedEx_Task": _MARK_PERENNIALLY_RESERVED_EX_TASK,
        "MountVffsVolume": _MOUNT_VFFS_VOLUME,
        "MountVmfsVolume": _MOUNT_VMFS_VOLUME,
        "MountVmfsVolumeEx_Task": _MOUNT_VMFS_VOLUME_EX_TASK,
        "QueryAvailableSsds": _QUERY_AVAILABLE_SSDS,
        "QueryNFSUser": _QUERY_NFS_USER,
        "QueryPathSelectionPolicyOptions": _QUERY_PATH_SELECTION_POLICY_OPTIONS,
        "QueryStorageArrayTypePolicyOptions": _QUERY_STORAGE_ARRAY_TYPE_POLICY_OPTIONS,
        "QueryUnresolvedVmfsVolume": _QUERY_UNRESOLVED_VMFS_VOLUME,
        "QueryVmfsConfigOption": _QUERY_VMFS_CONFIG_OPTION,
        "RefreshStorageSystem": _REFRESH_STORAGE_SYSTEM,
        "RemoveInternetScsiSendTargets": _REMOVE_INTERNET_SCSI_SEND_TARGETS,
        "RemoveInternetScsiStaticTargets": _REMOVE_INTERNET_SCSI_STATIC_TARGETS,
        "RemoveNvmeOverRdmaAdapter": _REMOVE_NVME_OVER_RDMA_ADAPTER,
        "RemoveSoftwareAdapter": _REMOVE_SOFTWARE_ADAPTER,
        "RescanAllHba": _RESCAN_ALL_HBA,
        "RescanHba": _RESCAN_HBA,
        "RescanVffs": _RESCAN_VFFS,
        "RescanVmfs": _RESCAN_VMFS,
        "ResolveMultipleUnresolvedVmfsVolumes": _RESOLVE_MULTIPLE_UNRESOLVED_VMFS_VOLUMES,
        "ResolveMultipleUnresolvedVmfsVolumesEx_Task": _RESOLVE_MULTIPLE_UNRESOLVED_VMFS_VOLUMES_EX_TASK,
        "RetrieveDiskPartitionInfo": _RETRIEVE_DISK_PARTITION_INFO,
        "SetMultipathLunPolicy": _SET_MULTIPATH_LUN_POLICY,
        "SetNFSUser": _SET_NFS_USER,
        "TurnDiskLocatorLedOff_Task": _TURN_DISK_LOCATOR_LED_OFF_TASK,
        "TurnDiskLocatorLedOn_Task": _TURN_DISK_LOCATOR_LED_ON_TASK,
        "UnmapVmfsVolumeEx_Task": _UNMAP_VMFS_VOLUME_EX_TASK,
        "UnmountForceMountedVmfsVolume": _UNMOUNT_FORCE_MOUNTED_VMFS_VOLUME,
        "UnmountVffsVolume": _UNMOUNT_VFFS_VOLUME,
        "UnmountVmfsVolume": _UNMOUNT_VMFS_VOLUME,
        "UnmountVmfsVolumeEx_Task": _UNMOUNT_VMFS_VOLUME_EX_TASK,
        "UpdateDiskPartitions": _UPDATE_DISK_PARTITIONS,
        "UpdateHppMultipathLunPolicy": _UPDATE_HPP_MULTIPATH_LUN_POLICY,
        "UpdateInternetScsiAdvancedOptions": _UPDATE_INTERNET_SCSI_ADVANCED_OPTIONS,
        "UpdateInternetScsiAlias": _UPDATE_INTERNET_SCSI_ALIAS,
        "UpdateInternetScsiAuthenticationProperties": _UPDATE_INTERNET_SCSI_AUTHENTICATION_PROPERTIES,
        "UpdateInternetScsiDigestProperties": _UPDATE_INTERNET_SCSI_DIGEST_PROPERTIES,
        "UpdateInternetScsiDiscoveryProperties": _UPDATE_INTERNET_SCSI_DISCOVERY_PROPERTIES,
        "UpdateInternetScsiIPProperties": _UPDATE_INTERNET_SCSI_IP_PROPERTIES,
        "UpdateInternetScsiName": _UPDATE_INTERNET_SCSI_NAME,
        "UpdateScsiLunDisplayName": _UPDATE_SCSI_LUN_DISPLAY_NAME,
        "UpdateSoftwareInternetScsiEnabled": _UPDATE_SOFTWARE_INTERNET_SCSI_ENABLED,
        "UpdateVmfsUnmapBandwidth": _UPDATE_VMFS_UNMAP_BANDWIDTH,
        "UpdateVmfsUnmapPriority": _UPDATE_VMFS_UNMAP_PRIORITY,
        "UpgradeVmLayout": _UPGRADE_VM_LAYOUT,
        "UpgradeVmfs": _UPGRADE_VMFS,
    }
    _property_class_ = HostStorageSystemProperties

    def fetch(self, *paths: str) -> HostStorageSystemProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, HostStorageSystemProperties, paths)

    def AddInternetScsiSendTargets(
        self,
        *,
        iScsiHbaDevice: str,
        targets: list[HostInternetScsiHbaSendTarget],
        _timeout: float | None = None,
    ) -> None:
        """AddInternetScsiSendTargets: an operation of HostStorageSystem, since 2.0.

        Privilege: Host.Config.Storage.

        Args:
            iScsiHbaDevice: string, since 2.0.
            targets: list of HostInternetScsiHbaSendTarget, since 2.0.

        Returns:
            None.

        Raises:
            HostConfigFault, NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _ADD_INTERNET_SCSI_SEND_TARGETS, (iScsiHbaDevice, targets, ), _timeout)

    def AddInternetScsiStaticTargets(
        self,
        *,
        iScsiHbaDevice: str,
        targets: list[HostInternetScsiHbaStaticTarget],
        _timeout: float | None = None,
    ) -> None:
        """AddInternetScsiStaticTargets: an operation of HostStorageSystem, since 2.0.

        Privilege: Host.Config.Storage.

        Args:
            iScsiHbaDevice: string, since 2.0.
            targets: list of HostInternetScsiHbaStaticTarget, since 2.0.

        Returns:
            None.

        Raises:
            HostConfigFault, NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _ADD_INTERNET_SCSI_STATIC_TARGETS, (iScsiHbaDevice, targets, ), _timeout)

    def AttachScsiLun(
        self,
        *,
        lunUuid: str,
        _timeout: float | None = None,
    ) -> None:
        """AttachScsiLun: an operation of HostStorageSystem, since 5.0.

        Privilege: Host.Config.Storage.

        Args:
            lunUuid: string, since 5.0.

        Returns:
            None.

        Raises:
            HostConfigFault, InvalidState, NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _ATTACH_SCSI_LUN, (lunUuid, ), _timeout)

    def AttachScsiLunEx_Task(
        self,
        *,
        lunUuid: list[str],
        _timeout: float | None = None,
    ) -> Task[list[HostStorageSystemScsiLunResult]]:
        """AttachScsiLunEx_Task: an operation of HostStorageSystem, since 6.0.

        Privilege: Host.Config.Storage.

        Args:
            lunUuid: list of string, since 6.0.

        Returns:
            A reference to the Task; its result is list of HostStorageSystemScsiLunResult.

        Raises:
            HostConfigFault, RuntimeFault.
        """
        return self._transport.invoke(self, _ATTACH_SCSI_LUN_EX_TASK, (lunUuid, ), _timeout)

    def AttachVmfsExtent(
        self,
        *,
        vmfsPath: str,
        extent: HostScsiDiskPartition,
        _timeout: float | None = None,
    ) -> None:
        """AttachVmfsExtent: an operation of HostStorageSystem, since 2.0.

        Privilege: Host.Config.Storage.

        Args:
            vmfsPath: string, since 2.0.
            extent: HostScsiDiskPartition, since 2.0.

        Returns:
            None.

        Raises:
            HostConfigFault, NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _ATTACH_VMFS_EXTENT, (vmfsPath, extent, ), _timeout)

    def ChangeNFSUserPassword(
        self,
        *,
        password: str,
        _timeout: float | None = None,
    ) -> None:
        """ChangeNFSUserPassword: an operation of HostStorageSystem, since 6.0.

        Privilege: Host.Config.Storage.

        Args:
            password: string, since 6.0, secret (masked in repr).

        Returns:
            None.

        Raises:
            HostConfigFault, NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _CHANGE_NFS_USER_PASSWORD, (password, ), _timeout)

    def ClearNFSUser(
        self,
        *,
        _timeout: float | None = None,
    ) -> None:
        """ClearNFSUser: an operation of HostStorageSystem, since 6.0.

        Privilege: Host.Config.Storage.

        Returns:
            None.

        Raises:
            HostConfigFault, RuntimeFault.
        """
        return self._transport.invoke(self, _CLEAR_NFS_USER, (), _timeout)

    def ComputeDiskPartitionInfo(
        self,
        *,
        devicePath: str,
        layout: HostDiskPartitionLayout,
        partitionFormat: str | None = None,
        _timeout: float | None = None,
    ) -> HostDiskPartitionInfo:
        """ComputeDiskPartitionInfo: an operation of HostStorageSystem, since 2.0.

        Privilege: Host.Config.Storage. Safe to re-send after a lost reply.

        Args:
            devicePath: string, since 2.0.
            layout: HostDiskPartitionLayout, since 2.0.
            partitionFormat: string, optional, since 5.0.

        Returns:
            HostDiskPartitionInfo.

        Raises:
            HostConfigFault, NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _COMPUTE_DISK_PARTITION_INFO, (devicePath, layout, partitionFormat, ), _timeout)

    def ComputeDiskPartitionInfoForResize(
        self,
        *,
        partition: HostScsiDiskPartition,
        blockRange: HostDiskPartitionBlockRange,
        partitionFormat: str | None = None,
        _timeout: float | None = None,
    ) -> HostDiskPartitionInfo:
        """ComputeDiskPartitionInfoForResize: an operation of HostStorageSystem, since 4.0.

        Privilege: Host.Config.Storage. Safe to re-send after a lost reply.

        Args:
            partition: HostScsiDiskPartition, since 4.0.
            blockRange: HostDiskPartitionBlockRange, since 4.0.
            partitionFormat: string, optional, since 5.0.

        Returns:
            HostDiskPartitionInfo.

        Raises:
            HostConfigFault, NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _COMPUTE_DISK_PARTITION_INFO_FOR_RESIZE, (partition, blockRange, partitionFormat, ), _timeout)

    def ConnectNvmeController(
        self,
        *,
        connectSpec: HostNvmeConnectSpec,
        _timeout: float | None = None,
    ) -> None:
        """ConnectNvmeController: an operation of HostStorageSystem, since 7.0.0.0.

        Privilege: Host.Config.Storage.

        Args:
            connectSpec: HostNvmeConnectSpec, since 7.0.0.0.

        Returns:
            None.

        Raises:
            HostConfigFault, NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _CONNECT_NVME_CONTROLLER, (connectSpec, ), _timeout)

    def ConnectNvmeControllerEx_Task(
        self,
        *,
        connectSpec: list[HostNvmeConnectSpec] | None = None,
        _timeout: float | None = None,
    ) -> Task[None]:
        """ConnectNvmeControllerEx_Task: an operation of HostStorageSystem, since 7.0.3.0.

        Privilege: Host.Config.Storage.

        Args:
            connectSpec: list of HostNvmeConnectSpec, since 7.0.3.0.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            HostConfigFault, RuntimeFault.
        """
        return self._transport.invoke(self, _CONNECT_NVME_CONTROLLER_EX_TASK, (connectSpec, ), _timeout)

    def CreateNvmeOverRdmaAdapter(
        self,
        *,
        rdmaDeviceName: str,
        _timeout: float | None = None,
    ) -> None:
        """CreateNvmeOverRdmaAdapter: an operation of HostStorageSystem, since 7.0.0.0.

        Privilege: Host.Config.Storage.

        Args:
            rdmaDeviceName: string, since 7.0.0.0.

        Returns:
            None.

        Raises:
            HostConfigFault, NotFound, ResourceInUse, RuntimeFault.
        """
        return self._transport.invoke(self, _CREATE_NVME_OVER_RDMA_ADAPTER, (rdmaDeviceName, ), _timeout)

    def CreateSoftwareAdapter(
        self,
        *,
        spec: HostHbaCreateSpec,
        _timeout: float | None = None,
    ) -> None:
        """CreateSoftwareAdapter: an operation of HostStorageSystem, since 7.0.3.0.

        Privilege: Host.Config.Storage.

        Args:
            spec: HostHbaCreateSpec, since 7.0.3.0.

        Returns:
            None.

        Raises:
            HostConfigFault, NotFound, ResourceInUse, RuntimeFault.
        """
        return self._transport.invoke(self, _CREATE_SOFTWARE_ADAPTER, (spec, ), _timeout)

    def DeleteScsiLunState(
        self,
        *,
        lunCanonicalName: str,
        _timeout: float | None = None,
    ) -> None:
        """DeleteScsiLunState: an operation of HostStorageSystem, since 5.0.

        Privilege: Host.Config.Storage.

        Args:
            lunCanonicalName: string, since 5.0.

        Returns:
            None.

        Raises:
            HostConfigFault, RuntimeFault.
        """
        return self._transport.invoke(self, _DELETE_SCSI_LUN_STATE, (lunCanonicalName, ), _timeout)

    def DeleteVffsVolumeState(
        self,
        *,
        vffsUuid: str,
        _timeout: float | None = None,
    ) -> None:
        """DeleteVffsVolumeState: an operation of HostStorageSystem, since 5.5.

        Privilege: Host.Config.Storage.

        Args:
            vffsUuid: string, since 5.5.

        Returns:
            None.

        Raises:
            HostConfigFault, RuntimeFault.
        """
        return self._transport.invoke(self, _DELETE_VFFS_VOLUME_STATE, (vffsUuid, ), _timeout)

    def DeleteVmfsVolumeState(
        self,
        *,
        vmfsUuid: str,
        _timeout: float | None = None,
    ) -> None:
        """DeleteVmfsVolumeState: an operation of HostStorageSystem, since 5.0.

        Privilege: Host.Config.Storage.

        Args:
            vmfsUuid: string, since 5.0.

        Returns:
            None.

        Raises:
            HostConfigFault, RuntimeFault.
        """
        return self._transport.invoke(self, _DELETE_VMFS_VOLUME_STATE, (vmfsUuid, ), _timeout)

    def DestroyVffs(
        self,
        *,
        vffsPath: str,
        _timeout: float | None = None,
    ) -> None:
        """DestroyVffs: an operation of HostStorageSystem, since 5.5.

        Privilege: Host.Config.Storage.

        Args:
            vffsPath: string, since 5.5.

        Returns:
            None.

        Raises:
            HostConfigFault, NotFound, ResourceInUse, RuntimeFault.
        """
        return self._transport.invoke(self, _DESTROY_VFFS, (vffsPath, ), _timeout)

    def DetachScsiLun(
        self,
        *,
        lunUuid: str,
        _timeout: float | None = None,
    ) -> None:
        """DetachScsiLun: an operation of HostStorageSystem, since 5.0.

        Privilege: Host.Config.Storage.

        Args:
            lunUuid: string, since 5.0.

        Returns:
            None.

        Raises:
            HostConfigFault, InvalidState, NotFound, ResourceInUse, RuntimeFault.
        """
        return self._transport.invoke(self, _DETACH_SCSI_LUN, (lunUuid, ), _timeout)

    def DetachScsiLunEx_Task(
        self,
        *,
        lunUuid: list[str],
        _timeout: float | None = None,
    ) -> Task[list[HostStorageSystemScsiLunResult]]:
        """DetachScsiLunEx_Task: an operation of HostStorageSystem, since 6.0.

        Privilege: Host.Config.Storage.

        Args:
            lunUuid: list of string, since 6.0.

        Returns:
            A reference to the Task; its result is list of HostStorageSystemScsiLunResult.

        Raises:
            HostConfigFault, RuntimeFault.
        """
        return self._transport.invoke(self, _DETACH_SCSI_LUN_EX_TASK, (lunUuid, ), _timeout)

    def DisableMultipathPath(
        self,
        *,
        pathName: str,
        _timeout: float | None = None,
    ) -> None:
        """DisableMultipathPath: an operation of HostStorageSystem, since 2.0.

        Privilege: Host.Config.Storage.

        Args:
            pathName: string, since 2.0.

        Returns:
            None.

        Raises:
            HostConfigFault, NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _DISABLE_MULTIPATH_PATH, (pathName, ), _timeout)

    def DisconnectNvmeController(
        self,
        *,
        disconnectSpec: HostNvmeDisconnectSpec,
        _timeout: float | None = None,
    ) -> None:
        """DisconnectNvmeController: an operation of HostStorageSystem, since 7.0.0.0.

        Privilege: Host.Config.Storage.

        Args:
            disconnectSpec: HostNvmeDisconnectSpec, since 7.0.0.0.

        Returns:
            None.

        Raises:
            HostConfigFault, NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _DISCONNECT_NVME_CONTROLLER, (disconnectSpec, ), _timeout)

    def DisconnectNvmeControllerEx_Task(
        self,
        *,
        disconnectSpec: list[HostNvmeDisconnectSpec] | None = None,
        _timeout: float | None = None,
    ) -> Task[None]:
        """DisconnectNvmeControllerEx_Task: an operation of HostStorageSystem, since 7.0.3.0.

        Privilege: Host.Config.Storage.

        Args:
            disconnectSpec: list of HostNvmeDisconnectSpec, since 7.0.3.0.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            HostConfigFault, RuntimeFault.
        """
        return self._transport.invoke(self, _DISCONNECT_NVME_CONTROLLER_EX_TASK, (disconnectSpec, ), _timeout)

    def DiscoverFcoeHbas(
        self,
        *,
        fcoeSpec: FcoeConfigFcoeSpecification,
        _timeout: float | None = None,
    ) -> None:
        """DiscoverFcoeHbas: an operation of HostStorageSystem, since 5.0.

        Privilege: Host.Config.Storage.

        Args:
            fcoeSpec: FcoeConfigFcoeSpecification, since 5.0.

        Returns:
            None.

        Raises:
            FcoeFaultPnicHasNoPortSet, HostConfigFault, NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _DISCOVER_FCOE_HBAS, (fcoeSpec, ), _timeout)

    def DiscoverNvmeControllers(
        self,
        *,
        discoverSpec: HostNvmeDiscoverSpec,
        _timeout: float | None = None,
    ) -> HostNvmeDiscoveryLog:
        """DiscoverNvmeControllers: an operation of HostStorageSystem, since 7.0.0.0.

        Privilege: Host.Config.Storage.

        Args:
            discoverSpec: HostNvmeDiscoverSpec, since 7.0.0.0.

        Returns:
            HostNvmeDiscoveryLog.

        Raises:
            HostConfigFault, NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _DISCOVER_NVME_CONTROLLERS, (discoverSpec, ), _timeout)

    def EnableMultipathPath(
        self,
        *,
        pathName: str,
        _timeout: float | None = None,
    ) -> None:
        """EnableMultipathPath: an operation of HostStorageSystem, since 2.0.

        Privilege: Host.Config.Storage.

        Args:
            pathName: string, since 2.0.

        Returns:
            None.

        Raises:
            HostConfigFault, NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _ENABLE_MULTIPATH_PATH, (pathName, ), _timeout)

    def ExpandVmfsExtent(
        self,
        *,
        vmfsPath: str,
        extent: HostScsiDiskPartition,
        _timeout: float | None = None,
    ) -> None:
        """ExpandVmfsExtent: an operation of HostStorageSystem, since 4.0.

        Privilege: Host.Config.Storage.

        Args:
            vmfsPath: string, since 4.0.
            extent: HostScsiDiskPartition, since 4.0.

        Returns:
            None.

        Raises:
            HostConfigFault, NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _EXPAND_VMFS_EXTENT, (vmfsPath, extent, ), _timeout)

    def ExtendVffs(
        self,
        *,
        vffsPath: str,
        devicePath: str,
        spec: HostDiskPartitionSpec | None = None,
        _timeout: float | None = None,
    ) -> None:
        """ExtendVffs: an operation of HostStorageSystem, since 5.5.

        Privilege: Host.Config.Storage.

        Args:
            vffsPath: string, since 5.5.
            devicePath: string, since 5.5.
            spec: HostDiskPartitionSpec, optional, since 5.5.

        Returns:
            None.

        Raises:
            HostConfigFault, NotFound, ResourceInUse, RuntimeFault.
        """
        return self._transport.invoke(self, _EXTEND_VFFS, (vffsPath, devicePath, spec, ), _timeout)

    def FormatVffs(
        self,
        *,
        createSpec: HostVffsSpec,
        _timeout: float | None = None,
    ) -> HostVffsVolume:
        """FormatVffs: an operation of HostStorageSystem, since 5.5.

        Privilege: Host.Config.Storage.

        Args:
            createSpec: HostVffsSpec, since 5.5.

        Returns:
            HostVffsVolume.

        Raises:
            AlreadyExists, HostConfigFault, ResourceInUse, RuntimeFault.
        """
        return self._transport.invoke(self, _FORMAT_VFFS, (createSpec, ), _timeout)

    def FormatVmfs(
        self,
        *,
        createSpec: HostVmfsSpec,
        _timeout: float | None = None,
    ) -> HostVmfsVolume:
        """FormatVmfs: an operation of HostStorageSystem, since 2.0.

        Privilege: Host.Config.Storage.

        Args:
            createSpec: HostVmfsSpec, since 2.0.

        Returns:
            HostVmfsVolume.

        Raises:
            AlreadyExists, HostConfigFault, RuntimeFault.
        """
        return self._transport.invoke(self, _FORMAT_VMFS, (createSpec, ), _timeout)

    def MarkAsLocal_Task(
        self,
        *,
        scsiDiskUuid: str,
        _timeout: float | None = None,
    ) -> Task[None]:
        """MarkAsLocal_Task: an operation of HostStorageSystem, since 6.0.

        Privilege: Host.Config.Storage.

        Args:
            scsiDiskUuid: string, since 6.0.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            HostConfigFault, NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _MARK_AS_LOCAL_TASK, (scsiDiskUuid, ), _timeout)

    def MarkAsNonLocal_Task(
        self,
        *,
        scsiDiskUuid: str,
        _timeout: float | None = None,
    ) -> Task[None]:
        """MarkAsNonLocal_Task: an operation of HostStorageSystem, since 6.0.

        Privilege: Host.Config.Storage.

        Args:
            scsiDiskUuid: string, since 6.0.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            HostConfigFault, NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _MARK_AS_NON_LOCAL_TASK, (scsiDiskUuid, ), _timeout)

    def MarkAsNonSsd_Task(
        self,
        *,
        scsiDiskUuid: str,
        _timeout: float | None = None,
    ) -> Task[None]:
        """MarkAsNonSsd_Task: an operation of HostStorageSystem, since 6.0.

        Privilege: Host.Config.Storage.

        Args:
            scsiDiskUuid: string, since 6.0.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            HostConfigFault, NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _MARK_AS_NON_SSD_TASK, (scsiDiskUuid, ), _timeout)

    def MarkAsSsd_Task(
        self,
        *,
        scsiDiskUuid: str,
        _timeout: float | None = None,
    ) -> Task[None]:
        """MarkAsSsd_Task: an operation of HostStorageSystem, since 6.0.

        Privilege: Host.Config.Storage.

        Args:
            scsiDiskUuid: string, since 6.0.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            HostConfigFault, NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _MARK_AS_SSD_TASK, (scsiDiskUuid, ), _timeout)

    def MarkForRemoval(
        self,
        *,
        hbaName: str,
        remove: bool,
        _timeout: float | None = None,
    ) -> None:
        """MarkForRemoval: an operation of HostStorageSystem, since 5.0.

        Privilege: Host.Config.Storage.

        Args:
            hbaName: string, since 5.0.
            remove: boolean, since 5.0.

        Returns:
            None.

        Raises:
            HostConfigFault, NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _MARK_FOR_REMOVAL, (hbaName, remove, ), _timeout)

    def MarkPerenniallyReserved(
        self,
        *,
        lunUuid: str,
        state: bool,
        _timeout: float | None = None,
    ) -> None:
        """MarkPerenniallyReserved: an operation of HostStorageSystem, since 6.7.2.

        Privilege: Host.Config.Storage.

        Args:
            lunUuid: string, since 6.7.2.
            state: boolean, since 6.7.2.

        Returns:
            None.

        Raises:
            HostConfigFault, NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _MARK_PERENNIALLY_RESERVED, (lunUuid, state, ), _timeout)

    def MarkPerenniallyReservedEx_Task(
        self,
        *,
        state: bool,
        lunUuid: list[str] | None = None,
        _timeout: float | None = None,
    ) -> Task[list[HostStorageSystemScsiLunResult]]:
        """MarkPerenniallyReservedEx_Task: an operation of HostStorageSystem, since 6.7.2.

        Privilege: Host.Config.Storage.

        Args:
            lunUuid: list of string, since 6.7.2.
            state: boolean, since 6.7.2.

        Returns:
            A reference to the Task; its result is list of HostStorageSystemScsiLunResult.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _MARK_PERENNIALLY_RESERVED_EX_TASK, (lunUuid, state, ), _timeout)

    def MountVffsVolume(
        self,
        *,
        vffsUuid: str,
        _timeout: float | None = None,
    ) -> None:
        """MountVffsVolume: an operation of HostStorageSystem, since 5.5.

        Privilege: Host.Config.Storage.

        Args:
            vffsUuid: string, since 5.5.

        Returns:
            None.

        Raises:
            HostConfigFault, InvalidState, NotFound, ResourceInUse, RuntimeFault.
        """
        return self._transport.invoke(self, _MOUNT_VFFS_VOLUME, (vffsUuid, ), _timeout)

    def MountVmfsVolume(
        self,
        *,
        vmfsUuid: str,
        _timeout: float | None = None,
    ) -> None:
        """MountVmfsVolume: an operation of HostStorageSystem, since 5.0.

        Privilege: Host.Config.Storage.

        Args:
            vmfsUuid: string, since 5.0.

        Returns:
            None.

        Raises:
            HostConfigFault, InvalidState, NotFound, ResourceInUse, RuntimeFault.
        """
        return self._transport.invoke(self, _MOUNT_VMFS_VOLUME, (vmfsUuid, ), _timeout)

    def MountVmfsVolumeEx_Task(
        self,
        *,
        vmfsUuid: list[str],
        _timeout: float | None = None,
    ) -> Task[list[HostStorageSystemVmfsVolumeResult]]:
        """MountVmfsVolumeEx_Task: an operation of HostStorageSystem, since 6.0.

        Privilege: Host.Config.Storage.

        Args:
            vmfsUuid: list of string, since 6.0.

        Returns:
            A reference to the Task; its result is list of HostStorageSystemVmfsVolumeResult.

        Raises:
            HostConfigFault, RuntimeFault.
        """
        return self._transport.invoke(self, _MOUNT_VMFS_VOLUME_EX_TASK, (vmfsUuid, ), _timeout)

    def QueryAvailableSsds(
        self,
        *,
        vffsPath: str | None = None,
        _timeout: float | None = None,
    ) -> list[HostScsiDisk]:
        """QueryAvailableSsds: an operation of HostStorageSystem, since 5.5.

        Privilege: Host.Config.Storage. Safe to re-send after a lost reply.

        Args:
            vffsPath: string, optional, since 5.5.

        Returns:
            List of HostScsiDisk.

        Raises:
            HostConfigFault, NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _QUERY_AVAILABLE_SSDS, (vffsPath, ), _timeout)

    def QueryNFSUser(
        self,
        *,
        _timeout: float | None = None,
    ) -> HostNasVolumeUserInfo | None:
        """QueryNFSUser: an operation of HostStorageSystem, since 6.0.

        Privilege: Host.Config.Storage. Safe to re-send after a lost reply.

        Returns:
            HostNasVolumeUserInfo, or None.

        Raises:
            HostConfigFault, RuntimeFault.
        """
        return self._transport.invoke(self, _QUERY_NFS_USER, (), _timeout)

    def QueryPathSelectionPolicyOptions(
        self,
        *,
        _timeout: float | None = None,
    ) -> list[HostPathSelectionPolicyOption]:
        """QueryPathSelectionPolicyOptions: an operation of HostStorageSystem, since 4.0.

        Privilege: System.Read. Safe to re-send after a lost reply.

        Returns:
            List of HostPathSelectionPolicyOption.

        Raises:
            HostConfigFault, RuntimeFault.
        """
        return self._transport.invoke(self, _QUERY_PATH_SELECTION_POLICY_OPTIONS, (), _timeout)

    def QueryStorageArrayTypePolicyOptions(
        self,
        *,
        _timeout: float | None = None,
    ) -> list[HostStorageArrayTypePolicyOption]:
        """QueryStorageArrayTypePolicyOptions: an operation of HostStorageSystem, since 4.0.

        Privilege: System.Read. Safe to re-send after a lost reply.

        Returns:
            List of HostStorageArrayTypePolicyOption.

        Raises:
            HostConfigFault, RuntimeFault.
        """
        return self._transport.invoke(self, _QUERY_STORAGE_ARRAY_TYPE_POLICY_OPTIONS, (), _timeout)

    def QueryUnresolvedVmfsVolume(
        self,
        *,
        _timeout: float | None = None,
    ) -> list[HostUnresolvedVmfsVolume]:
        """QueryUnresolvedVmfsVolume: an operation of HostStorageSystem, since 4.0.

        Privilege: System.Read. Safe to re-send after a lost reply.

        Returns:
            List of HostUnresolvedVmfsVolume.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _QUERY_UNRESOLVED_VMFS_VOLUME, (), _timeout)

    def QueryVmfsConfigOption(
        self,
        *,
        _timeout: float | None = None,
    ) -> list[VmfsConfigOption]:
        """QueryVmfsConfigOption: an operation of HostStorageSystem, since 6.5.

        Privilege: Host.Config.Storage. Safe to re-send after a lost reply.

        Returns:
            List of VmfsConfigOption.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _QUERY_VMFS_CONFIG_OPTION, (), _timeout)

    def RefreshStorageSystem(
        self,
        *,
        _timeout: float | None = None,
    ) -> None:
        """RefreshStorageSystem: an operation of HostStorageSystem, since 2.0.

        Privilege: Host.Config.Storage.

        Returns:
            None.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _REFRESH_STORAGE_SYSTEM, (), _timeout)

    def RemoveInternetScsiSendTargets(
        self,
        *,
        iScsiHbaDevice: str,
        targets: list[HostInternetScsiHbaSendTarget],
        force: bool | None = None,
        _timeout: float | None = None,
    ) -> None:
        """RemoveInternetScsiSendTargets: an operation of HostStorageSystem, since 2.0.

        Privilege: Host.Config.Storage.

        Args:
            iScsiHbaDevice: string, since 2.0.
            targets: list of HostInternetScsiHbaSendTarget, since 2.0.
            force: boolean, optional, since 7.0.1.0.

        Returns:
            None.

        Raises:
            HostConfigFault, NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _REMOVE_INTERNET_SCSI_SEND_TARGETS, (iScsiHbaDevice, targets, force, ), _timeout)

    def RemoveInternetScsiStaticTargets(
        self,
        *,
        iScsiHbaDevice: str,
        targets: list[HostInternetScsiHbaStaticTarget],
        _timeout: float | None = None,
    ) -> None:
        """RemoveInternetScsiStaticTargets: an operation of HostStorageSystem, since 2.0.

        Privilege: Host.Config.Storage.

        Args:
            iScsiHbaDevice: string, since 2.0.
            targets: list of HostInternetScsiHbaStaticTarget, since 2.0.

        Returns:
            None.

        Raises:
            HostConfigFault, NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _REMOVE_INTERNET_SCSI_STATIC_TARGETS, (iScsiHbaDevice, targets, ), _timeout)

    def RemoveNvmeOverRdmaAdapter(
        self,
        *,
        hbaDeviceName: str,
        _timeout: float | None = None,
    ) -> None:
        """RemoveNvmeOverRdmaAdapter: an operation of HostStorageSystem, since 7.0.0.0.

        Privilege: Host.Config.Storage.

        Args:
            hbaDeviceName: string, since 7.0.0.0.

        Returns:
            None.

        Raises:
            HostConfigFault, NotFound, ResourceInUse, RuntimeFault.
        """
        return self._transport.invoke(self, _REMOVE_NVME_OVER_RDMA_ADAPTER, (hbaDeviceName, ), _timeout)

    def RemoveSoftwareAdapter(
        self,
        *,
        hbaDeviceName: str,
        _timeout: float | None = None,
    ) -> None:
        """RemoveSoftwareAdapter: an operation of HostStorageSystem, since 7.0.3.0.

        Privilege: Host.Config.Storage.

        Args:
            hbaDeviceName: string, since 7.0.3.0.

        Returns:
            None.

        Raises:
            HostConfigFault, NotFound, ResourceInUse, RuntimeFault.
        """
        return self._transport.invoke(self, _REMOVE_SOFTWARE_ADAPTER, (hbaDeviceName, ), _timeout)

    def RescanAllHba(
        self,
        *,
        _timeout: float | None = None,
    ) -> None:
        """RescanAllHba: an operation of HostStorageSystem, since 2.0.

        Privilege: Host.Config.Storage.

        Returns:
            None.

        Raises:
            HostConfigFault, RuntimeFault.
        """
        return self._transport.invoke(self, _RESCAN_ALL_HBA, (), _timeout)

    def RescanHba(
        self,
        *,
        hbaDevice: str,
        _timeout: float | None = None,
    ) -> None:
        """RescanHba: an operation of HostStorageSystem, since 2.0.

        Privilege: Host.Config.Storage.

        Args:
            hbaDevice: string, since 2.0.

        Returns:
            None.

        Raises:
            HostConfigFault, NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _RESCAN_HBA, (hbaDevice, ), _timeout)

    def RescanVffs(
        self,
        *,
        _timeout: float | None = None,
    ) -> None:
        """RescanVffs: an operation of HostStorageSystem, since 5.5.

        Privilege: Host.Config.Storage.

        Returns:
            None.

        Raises:
            HostConfigFault, RuntimeFault.
        """
        return self._transport.invoke(self, _RESCAN_VFFS, (), _timeout)

    def RescanVmfs(
        self,
        *,
        _timeout: float | None = None,
    ) -> None:
        """RescanVmfs: an operation of HostStorageSystem, since 2.0.

        Privilege: Host.Config.Storage.

        Returns:
            None.

        Raises:
            HostConfigFault, RuntimeFault.
        """
        return self._transport.invoke(self, _RESCAN_VMFS, (), _timeout)

    def ResolveMultipleUnresolvedVmfsVolumes(
        self,
        *,
        resolutionSpec: list[HostUnresolvedVmfsResolutionSpec],
        _timeout: float | None = None,
    ) -> list[HostUnresolvedVmfsResolutionResult]:
        """ResolveMultipleUnresolvedVmfsVolumes: an operation of HostStorageSystem, since 4.0.

        Privilege: Host.Config.Storage.

        Args:
            resolutionSpec: list of HostUnresolvedVmfsResolutionSpec, since 4.0.

        Returns:
            List of HostUnresolvedVmfsResolutionResult.

        Raises:
            HostConfigFault, RuntimeFault.
        """
        return self._transport.invoke(self, _RESOLVE_MULTIPLE_UNRESOLVED_VMFS_VOLUMES, (resolutionSpec, ), _timeout)

    def ResolveMultipleUnresolvedVmfsVolumesEx_Task(
        self,
        *,
        resolutionSpec: list[HostUnresolvedVmfsResolutionSpec],
        _timeout: float | None = None,
    ) -> Task[list[HostUnresolvedVmfsResolutionResult]]:
        """ResolveMultipleUnresolvedVmfsVolumesEx_Task: an operation of HostStorageSystem, since 5.5.

        Privilege: Host.Config.Storage.

        Args:
            resolutionSpec: list of HostUnresolvedVmfsResolutionSpec, since 5.5.

        Returns:
            A reference to the Task; its result is list of HostUnresolvedVmfsResolutionResult.

        Raises:
            HostConfigFault, RuntimeFault.
        """
        return self._transport.invoke(self, _RESOLVE_MULTIPLE_UNRESOLVED_VMFS_VOLUMES_EX_TASK, (resolutionSpec, ), _timeout)

    def RetrieveDiskPartitionInfo(
        self,
        *,
        devicePath: list[str],
        _timeout: float | None = None,
    ) -> list[HostDiskPartitionInfo]:
        """RetrieveDiskPartitionInfo: an operation of HostStorageSystem, since 2.0.

        Privilege: System.Read. Safe to re-send after a lost reply.

        Args:
            devicePath: list of string, since 2.0.

        Returns:
            List of HostDiskPartitionInfo.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _RETRIEVE_DISK_PARTITION_INFO, (devicePath, ), _timeout)

    def SetMultipathLunPolicy(
        self,
        *,
        lunId: str,
        policy: HostMultipathInfoLogicalUnitPolicy,
        _timeout: float | None = None,
    ) -> None:
        """SetMultipathLunPolicy: an operation of HostStorageSystem, since 2.0.

        Privilege: Host.Config.Storage.

        Args:
            lunId: string, since 2.0.
            policy: HostMultipathInfoLogicalUnitPolicy, since 2.0.

        Returns:
            None.

        Raises:
            HostConfigFault, NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _SET_MULTIPATH_LUN_POLICY, (lunId, policy, ), _timeout)

    def SetNFSUser(
        self,
        *,
        user: str,
        password: str,
        _timeout: float | None = None,
    ) -> None:
        """SetNFSUser: an operation of HostStorageSystem, since 6.0.

        Privilege: Host.Config.Storage.

        Args:
            user: string, since 6.0.
            password: string, since 6.0, secret (masked in repr).

        Returns:
            None.

        Raises:
            HostConfigFault, RuntimeFault.
        """
        return self._transport.invoke(self, _SET_NFS_USER, (user, password, ), _timeout)

    def TurnDiskLocatorLedOff_Task(
        self,
        *,
        scsiDiskUuids: list[str],
        _timeout: float | None = None,
    ) -> Task[list[HostStorageSystemDiskLocatorLedResult]]:
        """TurnDiskLocatorLedOff_Task: an operation of HostStorageSystem, since 6.0.

        Privilege: Host.Config.Storage.

        Args:
            scsiDiskUuids: list of string, since 6.0.

        Returns:
            A reference to the Task; its result is list of HostStorageSystemDiskLocatorLedResult.

        Raises:
            HostConfigFault, RuntimeFault.
        """
        return self._transport.invoke(self, _TURN_DISK_LOCATOR_LED_OFF_TASK, (scsiDiskUuids, ), _timeout)

    def TurnDiskLocatorLedOn_Task(
        self,
        *,
        scsiDiskUuids: list[str],
        _timeout: float | None = None,
    ) -> Task[list[HostStorageSystemDiskLocatorLedResult]]:
        """TurnDiskLocatorLedOn_Task: an operation of HostStorageSystem, since 6.0.

        Privilege: Host.Config.Storage.

        Args:
            scsiDiskUuids: list of string, since 6.0.

        Returns:
            A reference to the Task; its result is list of HostStorageSystemDiskLocatorLedResult.

        Raises:
            HostConfigFault, RuntimeFault.
        """
        return self._transport.invoke(self, _TURN_DISK_LOCATOR_LED_ON_TASK, (scsiDiskUuids, ), _timeout)

    def UnmapVmfsVolumeEx_Task(
        self,
        *,
        vmfsUuid: list[str],
        _timeout: float | None = None,
    ) -> Task[list[HostStorageSystemVmfsVolumeResult]]:
        """UnmapVmfsVolumeEx_Task: an operation of HostStorageSystem, since 6.0.

        Privilege: Host.Config.Storage.

        Args:
            vmfsUuid: list of string, since 6.0.

        Returns:
            A reference to the Task; its result is list of HostStorageSystemVmfsVolumeResult.

        Raises:
            HostConfigFault, RuntimeFault.
        """
        return self._transport.invoke(self, _UNMAP_VMFS_VOLUME_EX_TASK, (vmfsUuid, ), _timeout)

    def UnmountForceMountedVmfsVolume(
        self,
        *,
        vmfsUuid: str,
        _timeout: float | None = None,
    ) -> None:
        """UnmountForceMountedVmfsVolume: an operation of HostStorageSystem, since 4.0.

        Privilege: Host.Config.Storage.

        Args:
            vmfsUuid: string, since 4.0.

        Returns:
            None.

        Raises:
            HostConfigFault, NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _UNMOUNT_FORCE_MOUNTED_VMFS_VOLUME, (vmfsUuid, ), _timeout)

    def UnmountVffsVolume(
        self,
        *,
        vffsUuid: str,
        _timeout: float | None = None,
    ) -> None:
        """UnmountVffsVolume: an operation of HostStorageSystem, since 5.5.

        Privilege: Host.Config.Storage.

        Args:
            vffsUuid: string, since 5.5.

        Returns:
            None.

        Raises:
            HostConfigFault, InvalidState, NotFound, ResourceInUse, RuntimeFault.
        """
        return self._transport.invoke(self, _UNMOUNT_VFFS_VOLUME, (vffsUuid, ), _timeout)

    def UnmountVmfsVolume(
        self,
        *,
        vmfsUuid: str,
        _timeout: float | None = None,
    ) -> None:
        """UnmountVmfsVolume: an operation of HostStorageSystem, since 5.0.

        Privilege: Host.Config.Storage.

        Args:
            vmfsUuid: string, since 5.0.

        Returns:
            None.

        Raises:
            HostConfigFault, InvalidState, NotFound, ResourceInUse, RuntimeFault.
        """
        return self._transport.invoke(self, _UNMOUNT_VMFS_VOLUME, (vmfsUuid, ), _timeout)

    def UnmountVmfsVolumeEx_Task(
        self,
        *,
        vmfsUuid: list[str],
        _timeout: float | None = None,
    ) -> Task[list[HostStorageSystemVmfsVolumeResult]]:
        """UnmountVmfsVolumeEx_Task: an operation of HostStorageSystem, since 6.0.

        Privilege: Host.Config.Storage.

        Args:
            vmfsUuid: list of string, since 6.0.

        Returns:
            A reference to the Task; its result is list of HostStorageSystemVmfsVolumeResult.

        Raises:
            HostConfigFault, RuntimeFault.
        """
        return self._transport.invoke(self, _UNMOUNT_VMFS_VOLUME_EX_TASK, (vmfsUuid, ), _timeout)

    def UpdateDiskPartitions(
        self,
        *,
        devicePath: str,
        spec: HostDiskPartitionSpec,
        _timeout: float | None = None,
    ) -> None:
        """UpdateDiskPartitions: an operation of HostStorageSystem, since 2.0.

        Privilege: Host.Config.Storage.

        Args:
            devicePath: string, since 2.0.
            spec: HostDiskPartitionSpec, since 2.0.

        Returns:
            None.

        Raises:
            HostConfigFault, NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _UPDATE_DISK_PARTITIONS, (devicePath, spec, ), _timeout)

    def UpdateHppMultipathLunPolicy(
        self,
        *,
        lunId: str,
        policy: HostMultipathInfoHppLogicalUnitPolicy,
        _timeout: float | None = None,
    ) -> None:
        """UpdateHppMultipathLunPolicy: an operation of HostStorageSystem, since 7.0.0.0.

        Privilege: Host.Config.Storage.

        Args:
            lunId: string, since 7.0.0.0.
            policy: HostMultipathInfoHppLogicalUnitPolicy, since 7.0.0.0.

        Returns:
            None.

        Raises:
            HostConfigFault, NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _UPDATE_HPP_MULTIPATH_LUN_POLICY, (lunId, policy, ), _timeout)

    def UpdateInternetScsiAdvancedOptions(
        self,
        *,
        iScsiHbaDevice: str,
        options: list[HostInternetScsiHbaParamValue],
        targetSet: HostInternetScsiHbaTargetSet | None = None,
        _timeout: float | None = None,
    ) -> None:
        """UpdateInternetScsiAdvancedOptions: an operation of HostStorageSystem, since 4.0.

        Privilege: Host.Config.Storage.

        Args:
            iScsiHbaDevice: string, since 4.0.
            targetSet: HostInternetScsiHbaTargetSet, optional, since 4.0.
            options: list of HostInternetScsiHbaParamValue, since 4.0.

        Returns:
            None.

        Raises:
            HostConfigFault, NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _UPDATE_INTERNET_SCSI_ADVANCED_OPTIONS, (iScsiHbaDevice, targetSet, options, ), _timeout)

    def UpdateInternetScsiAlias(
        self,
        *,
        iScsiHbaDevice: str,
        iScsiAlias: str,
        _timeout: float | None = None,
    ) -> None:
        """UpdateInternetScsiAlias: an operation of HostStorageSystem, since 2.0.

        Privilege: Host.Config.Storage.

        Args:
            iScsiHbaDevice: string, since 2.0.
            iScsiAlias: string, since 2.0.

        Returns:
            None.

        Raises:
            HostConfigFault, NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _UPDATE_INTERNET_SCSI_ALIAS, (iScsiHbaDevice, iScsiAlias, ), _timeout)

    def UpdateInternetScsiAuthenticationProperties(
        self,
        *,
        iScsiHbaDevice: str,
        authenticationProperties: HostInternetScsiHbaAuthenticationProperties,
        targetSet: HostInternetScsiHbaTargetSet | None = None,
        _timeout: float | None = None,
    ) -> None:
        """UpdateInternetScsiAuthenticationProperties: an operation of HostStorageSystem, since 2.0.

        Privilege: Host.Config.Storage.

        Args:
            iScsiHbaDevice: string, since 2.0.
            authenticationProperties: HostInternetScsiHbaAuthenticationProperties, since 2.0.
            targetSet: HostInternetScsiHbaTargetSet, optional, since 4.0.

        Returns:
            None.

        Raises:
            HostConfigFault, NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _UPDATE_INTERNET_SCSI_AUTHENTICATION_PROPERTIES, (iScsiHbaDevice, authenticationProperties, targetSet, ), _timeout)

    def UpdateInternetScsiDigestProperties(
        self,
        *,
        iScsiHbaDevice: str,
        digestProperties: HostInternetScsiHbaDigestProperties,
        targetSet: HostInternetScsiHbaTargetSet | None = None,
        _timeout: float | None = None,
    ) -> None:
        """UpdateInternetScsiDigestProperties: an operation of HostStorageSystem, since 4.0.

        Privilege: Host.Config.Storage.

        Args:
            iScsiHbaDevice: string, since 4.0.
            targetSet: HostInternetScsiHbaTargetSet, optional, since 4.0.
            digestProperties: HostInternetScsiHbaDigestProperties, since 4.0.

        Returns:
            None.

        Raises:
            HostConfigFault, NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _UPDATE_INTERNET_SCSI_DIGEST_PROPERTIES, (iScsiHbaDevice, targetSet, digestProperties, ), _timeout)

    def UpdateInternetScsiDiscoveryProperties(
        self,
        *,
        iScsiHbaDevice: str,
        discoveryProperties: HostInternetScsiHbaDiscoveryProperties,
        _timeout: float | None = None,
    ) -> None:
        """UpdateInternetScsiDiscoveryProperties: an operation of HostStorageSystem, since 2.0.

        Privilege: Host.Config.Storage.

        Args:
            iScsiHbaDevice: string, since 2.0.
            discoveryProperties: HostInternetScsiHbaDiscoveryProperties, since 2.0.

        Returns:
            None.

        Raises:
            HostConfigFault, NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _UPDATE_INTERNET_SCSI_DISCOVERY_PROPERTIES, (iScsiHbaDevice, discoveryProperties, ), _timeout)

    def UpdateInternetScsiIPProperties(
        self,
        *,
        iScsiHbaDevice: str,
        ipProperties: HostInternetScsiHbaIPProperties,
        _timeout: float | None = None,
    ) -> None:
        """UpdateInternetScsiIPProperties: an operation of HostStorageSystem, since 2.0.

        Privilege: Host.Config.Storage.

        Args:
            iScsiHbaDevice: string, since 2.0.
            ipProperties: HostInternetScsiHbaIPProperties, since 2.0.

        Returns:
            None.

        Raises:
            HostConfigFault, NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _UPDATE_INTERNET_SCSI_IP_PROPERTIES, (iScsiHbaDevice, ipProperties, ), _timeout)

    def UpdateInternetScsiName(
        self,
        *,
        iScsiHbaDevice: str,
        iScsiName: str,
        _timeout: float | None = None,
    ) -> None:
        """UpdateInternetScsiName: an operation of HostStorageSystem, since 2.0.

        Privilege: Host.Config.Storage.

        Args:
            iScsiHbaDevice: string, since 2.0.
            iScsiName: string, since 2.0.

        Returns:
            None.

        Raises:
            HostConfigFault, NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _UPDATE_INTERNET_SCSI_NAME, (iScsiHbaDevice, iScsiName, ), _timeout)

    def UpdateScsiLunDisplayName(
        self,
        *,
        lunUuid: str,
        displayName: str,
        _timeout: float | None = None,
    ) -> None:
        """UpdateScsiLunDisplayName: an operation of HostStorageSystem, since 4.0.

        Privilege: Host.Config.Storage.

        Args:
            lunUuid: string, since 4.0.
            displayName: string, since 4.0.

        Returns:
            None.

        Raises:
            DuplicateName, HostConfigFault, InvalidName, NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _UPDATE_SCSI_LUN_DISPLAY_NAME, (lunUuid, displayName, ), _timeout)

    def UpdateSoftwareInternetScsiEnabled(
        self,
        *,
        enabled: bool,
        _timeout: float | None = None,
    ) -> None:
        """UpdateSoftwareInternetScsiEnabled: an operation of HostStorageSystem, since 2.0.

        Privilege: Host.Config.Storage.

        Args:
            enabled: boolean, since 2.0.

        Returns:
            None.

        Raises:
            HostConfigFault, RuntimeFault.
        """
        return self._transport.invoke(self, _UPDATE_SOFTWARE_INTERNET_SCSI_ENABLED, (enabled, ), _timeout)

    def UpdateVmfsUnmapBandwidth(
        self,
        *,
        vmfsUuid: str,
        unmapBandwidthSpec: VmfsUnmapBandwidthSpec,
        _timeout: float | None = None,
    ) -> None:
        """UpdateVmfsUnmapBandwidth: an operation of HostStorageSystem, since 6.7.

        Privilege: Host.Config.Storage.

        Args:
            vmfsUuid: string, since 6.7.
            unmapBandwidthSpec: VmfsUnmapBandwidthSpec, since 6.7.

        Returns:
            None.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _UPDATE_VMFS_UNMAP_BANDWIDTH, (vmfsUuid, unmapBandwidthSpec, ), _timeout)

    def UpdateVmfsUnmapPriority(
        self,
        *,
        vmfsUuid: str,
        unmapPriority: str,
        _timeout: float | None = None,
    ) -> None:
        """UpdateVmfsUnmapPriority: an operation of HostStorageSystem, since 6.5.

        Privilege: Host.Config.Storage.

        Args:
            vmfsUuid: string, since 6.5.
            unmapPriority: string, since 6.5.

        Returns:
            None.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _UPDATE_VMFS_UNMAP_PRIORITY, (vmfsUuid, unmapPriority, ), _timeout)

    def UpgradeVmLayout(
        self,
        *,
        _timeout: float | None = None,
    ) -> None:
        """UpgradeVmLayout: an operation of HostStorageSystem, since 2.0.

        Privilege: Host.Config.Storage.

        Returns:
            None.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _UPGRADE_VM_LAYOUT, (), _timeout)

    def UpgradeVmfs(
        self,
        *,
        vmfsPath: str,
        _timeout: float | None = None,
    ) -> None:
        """UpgradeVmfs: an operation of HostStorageSystem, since 2.0.

        Privilege: Host.Config.Storage.

        Args:
            vmfsPath: string, since 2.0.

        Returns:
            None.

        Raises:
            HostConfigFault, NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _UPGRADE_VMFS, (vmfsPath, ), _timeout)
