# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostGraphicsManager: managed object proxy, extends ExtensibleManagedObject. Since 5.5."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from .extensible_managed_object import ExtensibleManagedObject, ExtensibleManagedObjectProperties
from pyvmomo.property import fetch_into as _fetch_into

if TYPE_CHECKING:
    from ..types.host_graphics_config import HostGraphicsConfig
    from ..types.host_graphics_info import HostGraphicsInfo
    from ..types.host_shared_gpu_capabilities import HostSharedGpuCapabilities
    from ..types.virtual_machine_vgpu_device_info import VirtualMachineVgpuDeviceInfo
    from ..types.virtual_machine_vgpu_profile_info import VirtualMachineVgpuProfileInfo

_IS_SHARED_GRAPHICS_ACTIVE: _Operation[bool] = _Operation(
    "IsSharedGraphicsActive",
    (),
    _F("returnval", "boolean", 0, "5.5"),
    faults=("RuntimeFault", ),
    since="5.5",
    privilege="System.Read",
    safe=True,
    task_result=None,
)

_REFRESH_GRAPHICS_MANAGER: _Operation[None] = _Operation(
    "RefreshGraphicsManager",
    (),
    None,
    faults=("RuntimeFault", ),
    since="5.5",
    privilege="Host.Config.Settings",
    safe=False,
    task_result=None,
)

_RETRIEVE_VGPU_DEVICE_INFO: _Operation[list[VirtualMachineVgpuDeviceInfo]] = _Operation(
    "RetrieveVgpuDeviceInfo",
    (),
    _F("returnval", "VirtualMachineVgpuDeviceInfo", 3, "7.0.3.0"),
    faults=("RuntimeFault", ),
    since="7.0.3.0",
    privilege="System.Read",
    safe=True,
    task_result=None,
)

_RETRIEVE_VGPU_PROFILE_INFO: _Operation[list[VirtualMachineVgpuProfileInfo]] = _Operation(
    "RetrieveVgpuProfileInfo",
    (),
    _F("returnval", "VirtualMachineVgpuProfileInfo", 3, "7.0.3.0"),
    faults=("RuntimeFault", ),
    since="7.0.3.0",
    privilege="System.Read",
    safe=True,
    task_result=None,
)

_UPDATE_GRAPHICS_CONFIG: _Operation[None] = _Operation(
    "UpdateGraphicsConfig",
    (_F("config", "HostGraphicsConfig", 0, "6.5"), ),
    None,
    faults=("RuntimeFault", ),
    since="6.5",
    privilege="Host.Config.Settings",
    safe=False,
    task_result=None,
)


class HostGraphicsManagerProperties(ExtensibleManagedObjectProperties):
    """HostGraphicsManager's properties as read by fetch(), retrieve() and watch(), base types' included.

    Only the requested properties are set (unset on the server: None, or [] for
    a list). Reading one that was not requested raises AttributeError, and one
    the server refused raises its fault. A dotted path fills a partial data
    object: its other members stay unset, even those the WSDL requires.
    """

    __slots__ = ("graphicsInfo", "graphicsConfig", "sharedPassthruGpuTypes", "sharedGpuCapabilities", )
    obj: HostGraphicsManager  # pyright: ignore[reportIncompatibleVariableOverride]
    graphicsInfo: list[HostGraphicsInfo]
    graphicsConfig: HostGraphicsConfig | None
    sharedPassthruGpuTypes: list[str]
    sharedGpuCapabilities: list[HostSharedGpuCapabilities]


class HostGraphicsManager(ExtensibleManagedObject):
    """HostGraphicsManager: managed object proxy extending ExtensibleManagedObject, since 5.5.

    Properties (read them typed with fetch() or client.retrieve(); none is fetched implicitly):
        graphicsInfo: list of HostGraphicsInfo, since 5.5, read privilege System.Read.
        graphicsConfig: HostGraphicsConfig, optional, since 6.5, read privilege System.Read.
        sharedPassthruGpuTypes: list of string, since 6.0, read privilege System.Read.
        sharedGpuCapabilities: list of HostSharedGpuCapabilities, since 6.7, read privilege System.Read.
    """

    __slots__ = ()
    _type_: ClassVar[str] = "HostGraphicsManager"
    _properties_: ClassVar[dict[str, _F]] = {
        "graphicsInfo": _F("graphicsInfo", "HostGraphicsInfo", 3, "5.5"),
        "graphicsConfig": _F("graphicsConfig", "HostGraphicsConfig", 2, "6.5"),
        "sharedPassthruGpuTypes": _F("sharedPassthruGpuTypes", "string", 3, "6.0"),
        "sharedGpuCapabilities": _F("sharedGpuCapabilities", "HostSharedGpuCapabilities", 3, "6.7"),
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
        "IsSharedGraphicsActive": _IS_SHARED_GRAPHICS_ACTIVE,
        "RefreshGraphicsManager": _REFRESH_GRAPHICS_MANAGER,
        "RetrieveVgpuDeviceInfo": _RETRIEVE_VGPU_DEVICE_INFO,
        "RetrieveVgpuProfileInfo": _RETRIEVE_VGPU_PROFILE_INFO,
        "UpdateGraphicsConfig": _UPDATE_GRAPHICS_CONFIG,
    }
    _property_class_ = HostGraphicsManagerProperties

    def fetch(self, *paths: str) -> HostGraphicsManagerProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, HostGraphicsManagerProperties, paths)

    def IsSharedGraphicsActive(
        self,
        *,
        _timeout: float | None = None,
    ) -> bool:
        """IsSharedGraphicsActive: an operation of HostGraphicsManager, since 5.5.

        Privilege: System.Read. Safe to re-send after a lost reply.

        Returns:
            Boolean.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _IS_SHARED_GRAPHICS_ACTIVE, (), _timeout)

    def RefreshGraphicsManager(
        self,
        *,
        _timeout: float | None = None,
    ) -> None:
        """RefreshGraphicsManager: an operation of HostGraphicsManager, since 5.5.

        Privilege: Host.Config.Settings.

        Returns:
            None.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _REFRESH_GRAPHICS_MANAGER, (), _timeout)

    def RetrieveVgpuDeviceInfo(
        self,
        *,
        _timeout: float | None = None,
    ) -> list[VirtualMachineVgpuDeviceInfo]:
        """RetrieveVgpuDeviceInfo: an operation of HostGraphicsManager, since 7.0.3.0.

        Privilege: System.Read. Safe to re-send after a lost reply.

        Returns:
            List of VirtualMachineVgpuDeviceInfo.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _RETRIEVE_VGPU_DEVICE_INFO, (), _timeout)

    def RetrieveVgpuProfileInfo(
        self,
        *,
        _timeout: float | None = None,
    ) -> list[VirtualMachineVgpuProfileInfo]:
        """RetrieveVgpuProfileInfo: an operation of HostGraphicsManager, since 7.0.3.0.

        Privilege: System.Read. Safe to re-send after a lost reply.

        Returns:
            List of VirtualMachineVgpuProfileInfo.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _RETRIEVE_VGPU_PROFILE_INFO, (), _timeout)

    def UpdateGraphicsConfig(
        self,
        *,
        config: HostGraphicsConfig,
        _timeout: float | None = None,
    ) -> None:
        """UpdateGraphicsConfig: an operation of HostGraphicsManager, since 6.5.

        Privilege: Host.Config.Settings.

        Args:
            config: HostGraphicsConfig, since 6.5.

        Returns:
            None.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _UPDATE_GRAPHICS_CONFIG, (config, ), _timeout)
