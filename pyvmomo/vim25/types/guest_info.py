# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""GuestInfo: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from pyvmomo._xsd import EnumValue
    from ..enums import VirtualMachineToolsStatusValue
    from .guest_disk_info import GuestDiskInfo
    from .guest_info_customization_info import GuestInfoCustomizationInfo
    from .guest_info_namespace_generation_info import GuestInfoNamespaceGenerationInfo
    from .guest_nic_info import GuestNicInfo
    from .guest_screen_info import GuestScreenInfo
    from .guest_stack_info import GuestStackInfo


class GuestInfo(DynamicData):
    """GuestInfo: data object extending DynamicData, since 2.0.

    Attributes:
        toolsStatus: VirtualMachineToolsStatus value (str), optional, since 2.0.
        toolsVersionStatus: string, optional, since 4.0.
        toolsVersionStatus2: string, optional, since 5.0.
        toolsRunningStatus: string, optional, since 4.0.
        toolsVersion: string, optional, since 2.0.
        toolsInstallType: string, optional, since 6.5.
        guestId: string, optional, since 2.0.
        guestFamily: string, optional, since 2.0.
        guestFullName: string, optional, since 2.0.
        hostName: string, optional, since 2.0.
        ipAddress: string, optional, since 2.0.
        net: list of GuestNicInfo, since 2.0.
        ipStack: list of GuestStackInfo, since 4.1.
        disk: list of GuestDiskInfo, since 2.0.
        screen: GuestScreenInfo, optional, since 2.0.
        guestState: string, since 2.0.
        appHeartbeatStatus: string, optional, since 4.1.
        guestKernelCrashed: boolean, optional, since 6.0.
        appState: string, optional, since 5.5.
        guestOperationsReady: boolean, optional, since 5.0.
        interactiveGuestOperationsReady: boolean, optional, since 5.0.
        guestStateChangeSupported: boolean, optional, since 6.0.
        generationInfo: list of GuestInfoNamespaceGenerationInfo, since 5.1.
        hwVersion: string, optional, since 6.9.1.
        customizationInfo: GuestInfoCustomizationInfo, optional, since 7.0.2.0.
    """

    __slots__ = ("toolsStatus", "toolsVersionStatus", "toolsVersionStatus2", "toolsRunningStatus", "toolsVersion", "toolsInstallType", "guestId", "guestFamily", "guestFullName", "hostName", "ipAddress", "net", "ipStack", "disk", "screen", "guestState", "appHeartbeatStatus", "guestKernelCrashed", "appState", "guestOperationsReady", "interactiveGuestOperationsReady", "guestStateChangeSupported", "generationInfo", "hwVersion", "customizationInfo", )
    _wire_name_: ClassVar[str] = "GuestInfo"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("toolsStatus", "VirtualMachineToolsStatus", 2, "2.0"),
        _F("toolsVersionStatus", "string", 2, "4.0"),
        _F("toolsVersionStatus2", "string", 2, "5.0"),
        _F("toolsRunningStatus", "string", 2, "4.0"),
        _F("toolsVersion", "string", 2, "2.0"),
        _F("toolsInstallType", "string", 2, "6.5"),
        _F("guestId", "string", 2, "2.0"),
        _F("guestFamily", "string", 2, "2.0"),
        _F("guestFullName", "string", 2, "2.0"),
        _F("hostName", "string", 2, "2.0"),
        _F("ipAddress", "string", 2, "2.0"),
        _F("net", "GuestNicInfo", 3, "2.0"),
        _F("ipStack", "GuestStackInfo", 3, "4.1"),
        _F("disk", "GuestDiskInfo", 3, "2.0"),
        _F("screen", "GuestScreenInfo", 2, "2.0"),
        _F("guestState", "string", 0, "2.0"),
        _F("appHeartbeatStatus", "string", 2, "4.1"),
        _F("guestKernelCrashed", "boolean", 2, "6.0"),
        _F("appState", "string", 2, "5.5"),
        _F("guestOperationsReady", "boolean", 2, "5.0"),
        _F("interactiveGuestOperationsReady", "boolean", 2, "5.0"),
        _F("guestStateChangeSupported", "boolean", 2, "6.0"),
        _F("generationInfo", "GuestInfoNamespaceGenerationInfo", 3, "5.1"),
        _F("hwVersion", "string", 2, "6.9.1"),
        _F("customizationInfo", "GuestInfoCustomizationInfo", 2, "7.0.2.0"),
    )
    toolsStatus: str | None
    toolsVersionStatus: str | None
    toolsVersionStatus2: str | None
    toolsRunningStatus: str | None
    toolsVersion: str | None
    toolsInstallType: str | None
    guestId: str | None
    guestFamily: str | None
    guestFullName: str | None
    hostName: str | None
    ipAddress: str | None
    net: list[GuestNicInfo]
    ipStack: list[GuestStackInfo]
    disk: list[GuestDiskInfo]
    screen: GuestScreenInfo | None
    guestState: str
    appHeartbeatStatus: str | None
    guestKernelCrashed: bool | None
    appState: str | None
    guestOperationsReady: bool | None
    interactiveGuestOperationsReady: bool | None
    guestStateChangeSupported: bool | None
    generationInfo: list[GuestInfoNamespaceGenerationInfo]
    hwVersion: str | None
    customizationInfo: GuestInfoCustomizationInfo | None

    def __init__(
        self,
        *,
        guestState: str,
        toolsStatus: VirtualMachineToolsStatusValue | EnumValue | None = None,
        toolsVersionStatus: str | None = None,
        toolsVersionStatus2: str | None = None,
        toolsRunningStatus: str | None = None,
        toolsVersion: str | None = None,
        toolsInstallType: str | None = None,
        guestId: str | None = None,
        guestFamily: str | None = None,
        guestFullName: str | None = None,
        hostName: str | None = None,
        ipAddress: str | None = None,
        net: list[GuestNicInfo] | None = None,
        ipStack: list[GuestStackInfo] | None = None,
        disk: list[GuestDiskInfo] | None = None,
        screen: GuestScreenInfo | None = None,
        appHeartbeatStatus: str | None = None,
        guestKernelCrashed: bool | None = None,
        appState: str | None = None,
        guestOperationsReady: bool | None = None,
        interactiveGuestOperationsReady: bool | None = None,
        guestStateChangeSupported: bool | None = None,
        generationInfo: list[GuestInfoNamespaceGenerationInfo] | None = None,
        hwVersion: str | None = None,
        customizationInfo: GuestInfoCustomizationInfo | None = None,
    ) -> None:
        self.toolsStatus = toolsStatus
        self.toolsVersionStatus = toolsVersionStatus
        self.toolsVersionStatus2 = toolsVersionStatus2
        self.toolsRunningStatus = toolsRunningStatus
        self.toolsVersion = toolsVersion
        self.toolsInstallType = toolsInstallType
        self.guestId = guestId
        self.guestFamily = guestFamily
        self.guestFullName = guestFullName
        self.hostName = hostName
        self.ipAddress = ipAddress
        self.net = [] if net is None else net
        self.ipStack = [] if ipStack is None else ipStack
        self.disk = [] if disk is None else disk
        self.screen = screen
        self.guestState = guestState
        self.appHeartbeatStatus = appHeartbeatStatus
        self.guestKernelCrashed = guestKernelCrashed
        self.appState = appState
        self.guestOperationsReady = guestOperationsReady
        self.interactiveGuestOperationsReady = interactiveGuestOperationsReady
        self.guestStateChangeSupported = guestStateChangeSupported
        self.generationInfo = [] if generationInfo is None else generationInfo
        self.hwVersion = hwVersion
        self.customizationInfo = customizationInfo
