# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostCacheConfigurationManager: managed object proxy. Since 5.0."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from pyvmomo._base import ManagedObject as _ManagedObject
from pyvmomo.property import ObjectProperties as _ObjectProperties
from pyvmomo.property import fetch_into as _fetch_into

if TYPE_CHECKING:
    from ..types.host_cache_configuration_info import HostCacheConfigurationInfo
    from ..types.host_cache_configuration_spec import HostCacheConfigurationSpec
    from .task import Task

_CONFIGURE_HOST_CACHE_TASK: _Operation[Task[None]] = _Operation(
    "ConfigureHostCache_Task",
    (_F("spec", "HostCacheConfigurationSpec", 0, "5.0"), ),
    _F("returnval", "ManagedObjectReference", 0, "5.0", target="Task"),
    faults=("RuntimeFault", ),
    since="5.0",
    privilege="Host.Config.AdvancedConfig",
    safe=False,
    task_result=None,
)


class HostCacheConfigurationManagerProperties(_ObjectProperties["HostCacheConfigurationManager"]):
    """HostCacheConfigurationManager's properties as read by fetch(), retrieve() and watch(), base types' included.

    Only the requested properties are set (unset on the server: None, or [] for
    a list). Reading one that was not requested raises AttributeError, and one
    the server refused raises its fault. A dotted path fills a partial data
    object: its other members stay unset, even those the WSDL requires.
    """

    __slots__ = ("cacheConfigurationInfo", )
    cacheConfigurationInfo: list[HostCacheConfigurationInfo]


class HostCacheConfigurationManager(_ManagedObject):
    """HostCacheConfigurationManager: managed object proxy, since 5.0.

    Properties (read them typed with fetch() or client.retrieve(); none is fetched implicitly):
        cacheConfigurationInfo: list of HostCacheConfigurationInfo, since 5.0, read privilege Host.Config.AdvancedConfig.
    """

    __slots__ = ()
    _type_: ClassVar[str] = "HostCacheConfigurationManager"
    _properties_: ClassVar[dict[str, _F]] = {
        "cacheConfigurationInfo": _F("cacheConfigurationInfo", "HostCacheConfigurationInfo", 3, "5.0"),
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
        "ConfigureHostCache_Task": _CONFIGURE_HOST_CACHE_TASK,
    }
    _property_class_ = HostCacheConfigurationManagerProperties

    def fetch(self, *paths: str) -> HostCacheConfigurationManagerProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, HostCacheConfigurationManagerProperties, paths)

    def ConfigureHostCache_Task(
        self,
        *,
        spec: HostCacheConfigurationSpec,
        _timeout: float | None = None,
    ) -> Task[None]:
        """ConfigureHostCache_Task: an operation of HostCacheConfigurationManager, since 5.0.

        Privilege: Host.Config.AdvancedConfig.

        Args:
            spec: HostCacheConfigurationSpec, since 5.0.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _CONFIGURE_HOST_CACHE_TASK, (spec, ), _timeout)
