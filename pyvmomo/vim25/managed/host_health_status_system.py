# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostHealthStatusSystem: managed object proxy. Since 2.5."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from pyvmomo._base import ManagedObject as _ManagedObject
from pyvmomo.property import ObjectProperties as _ObjectProperties
from pyvmomo.property import fetch_into as _fetch_into

if TYPE_CHECKING:
    from ..types.health_system_runtime import HealthSystemRuntime
    from ..types.system_event_info import SystemEventInfo

_CLEAR_SYSTEM_EVENT_LOG: _Operation[None] = _Operation(
    "ClearSystemEventLog",
    (),
    None,
    faults=("RuntimeFault", ),
    since="6.5",
    privilege="Host.Config.Settings",
    safe=False,
    task_result=None,
)

_FETCH_SYSTEM_EVENT_LOG: _Operation[list[SystemEventInfo]] = _Operation(
    "FetchSystemEventLog",
    (),
    _F("returnval", "SystemEventInfo", 3, "6.5"),
    faults=("RuntimeFault", ),
    since="6.5",
    privilege="Host.Config.Settings",
    safe=True,
    task_result=None,
)

_REFRESH_HEALTH_STATUS_SYSTEM: _Operation[None] = _Operation(
    "RefreshHealthStatusSystem",
    (),
    None,
    faults=("RuntimeFault", ),
    since="2.5",
    privilege="System.Read",
    safe=False,
    task_result=None,
)

_RESET_SYSTEM_HEALTH_INFO: _Operation[None] = _Operation(
    "ResetSystemHealthInfo",
    (),
    None,
    faults=("RuntimeFault", ),
    since="2.5",
    privilege="Host.Config.Settings",
    safe=False,
    task_result=None,
)


class HostHealthStatusSystemProperties(_ObjectProperties["HostHealthStatusSystem"]):
    """HostHealthStatusSystem's properties as read by fetch(), retrieve() and watch(), base types' included.

    Only the requested properties are set (unset on the server: None, or [] for
    a list). Reading one that was not requested raises AttributeError, and one
    the server refused raises its fault. A dotted path fills a partial data
    object: its other members stay unset, even those the WSDL requires.
    """

    __slots__ = ("runtime", )
    runtime: HealthSystemRuntime


class HostHealthStatusSystem(_ManagedObject):
    """HostHealthStatusSystem: managed object proxy, since 2.5.

    Properties (read them typed with fetch() or client.retrieve(); none is fetched implicitly):
        runtime: HealthSystemRuntime, since 2.5.
    """

    __slots__ = ()
    _type_: ClassVar[str] = "HostHealthStatusSystem"
    _properties_: ClassVar[dict[str, _F]] = {
        "runtime": _F("runtime", "HealthSystemRuntime", 0, "2.5"),
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
        "ClearSystemEventLog": _CLEAR_SYSTEM_EVENT_LOG,
        "FetchSystemEventLog": _FETCH_SYSTEM_EVENT_LOG,
        "RefreshHealthStatusSystem": _REFRESH_HEALTH_STATUS_SYSTEM,
        "ResetSystemHealthInfo": _RESET_SYSTEM_HEALTH_INFO,
    }
    _property_class_ = HostHealthStatusSystemProperties

    def fetch(self, *paths: str) -> HostHealthStatusSystemProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, HostHealthStatusSystemProperties, paths)

    def ClearSystemEventLog(
        self,
        *,
        _timeout: float | None = None,
    ) -> None:
        """ClearSystemEventLog: an operation of HostHealthStatusSystem, since 6.5.

        Privilege: Host.Config.Settings.

        Returns:
            None.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _CLEAR_SYSTEM_EVENT_LOG, (), _timeout)

    def FetchSystemEventLog(
        self,
        *,
        _timeout: float | None = None,
    ) -> list[SystemEventInfo]:
        """FetchSystemEventLog: an operation of HostHealthStatusSystem, since 6.5.

        Privilege: Host.Config.Settings. Safe to re-send after a lost reply.

        Returns:
            List of SystemEventInfo.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _FETCH_SYSTEM_EVENT_LOG, (), _timeout)

    def RefreshHealthStatusSystem(
        self,
        *,
        _timeout: float | None = None,
    ) -> None:
        """RefreshHealthStatusSystem: an operation of HostHealthStatusSystem, since 2.5.

        Privilege: System.Read.

        Returns:
            None.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _REFRESH_HEALTH_STATUS_SYSTEM, (), _timeout)

    def ResetSystemHealthInfo(
        self,
        *,
        _timeout: float | None = None,
    ) -> None:
        """ResetSystemHealthInfo: an operation of HostHealthStatusSystem, since 2.5.

        Privilege: Host.Config.Settings.

        Returns:
            None.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _RESET_SYSTEM_HEALTH_INFO, (), _timeout)
