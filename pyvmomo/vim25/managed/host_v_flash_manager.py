# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostVFlashManager: managed object proxy. Since 5.5."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from pyvmomo._base import ManagedObject as _ManagedObject
from pyvmomo.property import ObjectProperties as _ObjectProperties
from pyvmomo.property import fetch_into as _fetch_into

if TYPE_CHECKING:
    from ..types.host_v_flash_manager_v_flash_cache_config_spec import HostVFlashManagerVFlashCacheConfigSpec
    from ..types.host_v_flash_manager_v_flash_config_info import HostVFlashManagerVFlashConfigInfo
    from ..types.host_v_flash_manager_v_flash_resource_config_spec import HostVFlashManagerVFlashResourceConfigSpec
    from ..types.host_v_flash_resource_configuration_result import HostVFlashResourceConfigurationResult
    from .task import Task
    from ..types.virtual_disk_v_flash_cache_config_info import VirtualDiskVFlashCacheConfigInfo

_CONFIGURE_V_FLASH_RESOURCE_EX_TASK: _Operation[Task[HostVFlashResourceConfigurationResult]] = _Operation(
    "ConfigureVFlashResourceEx_Task",
    (_F("devicePath", "string", 3, "5.5"), ),
    _F("returnval", "ManagedObjectReference", 0, "5.5", target="Task"),
    faults=("HostConfigFault", "RuntimeFault", ),
    since="5.5",
    privilege="Host.Config.Storage",
    safe=False,
    task_result=_F("result", "HostVFlashResourceConfigurationResult", 0, "5.5"),
)

_HOST_CONFIG_V_FLASH_CACHE: _Operation[None] = _Operation(
    "HostConfigVFlashCache",
    (_F("spec", "HostVFlashManagerVFlashCacheConfigSpec", 0, "5.5"), ),
    None,
    faults=("HostConfigFault", "InaccessibleVFlashSource", "ResourceInUse", "RuntimeFault", ),
    since="5.5",
    privilege="Host.Config.AdvancedConfig",
    safe=False,
    task_result=None,
)

_HOST_CONFIGURE_V_FLASH_RESOURCE: _Operation[None] = _Operation(
    "HostConfigureVFlashResource",
    (_F("spec", "HostVFlashManagerVFlashResourceConfigSpec", 0, "5.5"), ),
    None,
    faults=("HostConfigFault", "ResourceInUse", "RuntimeFault", ),
    since="5.5",
    privilege="Host.Config.Storage",
    safe=False,
    task_result=None,
)

_HOST_GET_V_FLASH_MODULE_DEFAULT_CONFIG: _Operation[VirtualDiskVFlashCacheConfigInfo] = _Operation(
    "HostGetVFlashModuleDefaultConfig",
    (_F("vFlashModule", "string", 0, "5.5"), ),
    _F("returnval", "VirtualDiskVFlashCacheConfigInfo", 0, "5.5"),
    faults=("HostConfigFault", "NotFound", "RuntimeFault", ),
    since="5.5",
    privilege="Host.Config.AdvancedConfig",
    safe=True,
    task_result=None,
)

_HOST_REMOVE_V_FLASH_RESOURCE: _Operation[None] = _Operation(
    "HostRemoveVFlashResource",
    (),
    None,
    faults=("HostConfigFault", "NotFound", "ResourceInUse", "RuntimeFault", ),
    since="5.5",
    privilege="Host.Config.Storage",
    safe=False,
    task_result=None,
)


class HostVFlashManagerProperties(_ObjectProperties["HostVFlashManager"]):
    """HostVFlashManager's properties as read by fetch(), retrieve() and watch(), base types' included.

    Only the requested properties are set (unset on the server: None, or [] for
    a list). Reading one that was not requested raises AttributeError, and one
    the server refused raises its fault. A dotted path fills a partial data
    object: its other members stay unset, even those the WSDL requires.
    """

    __slots__ = ("vFlashConfigInfo", )
    vFlashConfigInfo: HostVFlashManagerVFlashConfigInfo | None


class HostVFlashManager(_ManagedObject):
    """HostVFlashManager: managed object proxy, since 5.5.

    Properties (read them typed with fetch() or client.retrieve(); none is fetched implicitly):
        vFlashConfigInfo: HostVFlashManagerVFlashConfigInfo, optional, since 5.5.
    """

    __slots__ = ()
    _type_: ClassVar[str] = "HostVFlashManager"
    _properties_: ClassVar[dict[str, _F]] = {
        "vFlashConfigInfo": _F("vFlashConfigInfo", "HostVFlashManagerVFlashConfigInfo", 2, "5.5"),
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
        "ConfigureVFlashResourceEx_Task": _CONFIGURE_V_FLASH_RESOURCE_EX_TASK,
        "HostConfigVFlashCache": _HOST_CONFIG_V_FLASH_CACHE,
        "HostConfigureVFlashResource": _HOST_CONFIGURE_V_FLASH_RESOURCE,
        "HostGetVFlashModuleDefaultConfig": _HOST_GET_V_FLASH_MODULE_DEFAULT_CONFIG,
        "HostRemoveVFlashResource": _HOST_REMOVE_V_FLASH_RESOURCE,
    }
    _property_class_ = HostVFlashManagerProperties

    def fetch(self, *paths: str) -> HostVFlashManagerProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, HostVFlashManagerProperties, paths)

    def ConfigureVFlashResourceEx_Task(
        self,
        *,
        devicePath: list[str] | None = None,
        _timeout: float | None = None,
    ) -> Task[HostVFlashResourceConfigurationResult]:
        """ConfigureVFlashResourceEx_Task: an operation of HostVFlashManager, since 5.5.

        Privilege: Host.Config.Storage.

        Args:
            devicePath: list of string, since 5.5.

        Returns:
            A reference to the Task; its result is HostVFlashResourceConfigurationResult.

        Raises:
            HostConfigFault, RuntimeFault.
        """
        return self._transport.invoke(self, _CONFIGURE_V_FLASH_RESOURCE_EX_TASK, (devicePath, ), _timeout)

    def HostConfigVFlashCache(
        self,
        *,
        spec: HostVFlashManagerVFlashCacheConfigSpec,
        _timeout: float | None = None,
    ) -> None:
        """HostConfigVFlashCache: an operation of HostVFlashManager, since 5.5.

        Privilege: Host.Config.AdvancedConfig.

        Args:
            spec: HostVFlashManagerVFlashCacheConfigSpec, since 5.5.

        Returns:
            None.

        Raises:
            HostConfigFault, InaccessibleVFlashSource, ResourceInUse, RuntimeFault.
        """
        return self._transport.invoke(self, _HOST_CONFIG_V_FLASH_CACHE, (spec, ), _timeout)

    def HostConfigureVFlashResource(
        self,
        *,
        spec: HostVFlashManagerVFlashResourceConfigSpec,
        _timeout: float | None = None,
    ) -> None:
        """HostConfigureVFlashResource: an operation of HostVFlashManager, since 5.5.

        Privilege: Host.Config.Storage.

        Args:
            spec: HostVFlashManagerVFlashResourceConfigSpec, since 5.5.

        Returns:
            None.

        Raises:
            HostConfigFault, ResourceInUse, RuntimeFault.
        """
        return self._transport.invoke(self, _HOST_CONFIGURE_V_FLASH_RESOURCE, (spec, ), _timeout)

    def HostGetVFlashModuleDefaultConfig(
        self,
        *,
        vFlashModule: str,
        _timeout: float | None = None,
    ) -> VirtualDiskVFlashCacheConfigInfo:
        """HostGetVFlashModuleDefaultConfig: an operation of HostVFlashManager, since 5.5.

        Privilege: Host.Config.AdvancedConfig. Safe to re-send after a lost reply.

        Args:
            vFlashModule: string, since 5.5.

        Returns:
            VirtualDiskVFlashCacheConfigInfo.

        Raises:
            HostConfigFault, NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _HOST_GET_V_FLASH_MODULE_DEFAULT_CONFIG, (vFlashModule, ), _timeout)

    def HostRemoveVFlashResource(
        self,
        *,
        _timeout: float | None = None,
    ) -> None:
        """HostRemoveVFlashResource: an operation of HostVFlashManager, since 5.5.

        Privilege: Host.Config.Storage.

        Returns:
            None.

        Raises:
            HostConfigFault, NotFound, ResourceInUse, RuntimeFault.
        """
        return self._transport.invoke(self, _HOST_REMOVE_V_FLASH_RESOURCE, (), _timeout)
