# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostServiceSystem: managed object proxy, extends ExtensibleManagedObject. Since 2.0."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from .extensible_managed_object import ExtensibleManagedObject, ExtensibleManagedObjectProperties
from pyvmomo.property import fetch_into as _fetch_into

if TYPE_CHECKING:
    from ..types.host_service_info import HostServiceInfo

_REFRESH_SERVICES: _Operation[None] = _Operation(
    "RefreshServices",
    (),
    None,
    faults=("RuntimeFault", ),
    since="2.0",
    privilege="Host.Config.NetService",
    safe=False,
    task_result=None,
)

_RESTART_SERVICE: _Operation[None] = _Operation(
    "RestartService",
    (_F("id", "string", 0, "2.0"), ),
    None,
    faults=("HostConfigFault", "InvalidState", "NotFound", "RuntimeFault", ),
    since="2.0",
    privilege="Host.Config.NetService",
    safe=False,
    task_result=None,
)

_START_SERVICE: _Operation[None] = _Operation(
    "StartService",
    (_F("id", "string", 0, "2.0"), ),
    None,
    faults=("HostConfigFault", "InvalidState", "NotFound", "RuntimeFault", ),
    since="2.0",
    privilege="Host.Config.NetService",
    safe=False,
    task_result=None,
)

_STOP_SERVICE: _Operation[None] = _Operation(
    "StopService",
    (_F("id", "string", 0, "2.0"), ),
    None,
    faults=("HostConfigFault", "InvalidState", "NotFound", "RuntimeFault", ),
    since="2.0",
    privilege="Host.Config.NetService",
    safe=False,
    task_result=None,
)

_UNINSTALL_SERVICE: _Operation[None] = _Operation(
    "UninstallService",
    (_F("id", "string", 0, "2.0"), ),
    None,
    faults=("HostConfigFault", "NotFound", "RuntimeFault", ),
    since="2.0",
    privilege="Host.Config.NetService",
    safe=False,
    task_result=None,
)

_UPDATE_SERVICE_POLICY: _Operation[None] = _Operation(
    "UpdateServicePolicy",
    (_F("id", "string", 0, "2.0"), _F("policy", "string", 0, "2.0"), ),
    None,
    faults=("HostConfigFault", "NotFound", "RuntimeFault", ),
    since="2.0",
    privilege="Host.Config.NetService",
    safe=False,
    task_result=None,
)


class HostServiceSystemProperties(ExtensibleManagedObjectProperties):
    """HostServiceSystem's properties as read by fetch(), retrieve() and watch(), base types' included.

    Only the requested properties are set (unset on the server: None, or [] for
    a list). Reading one that was not requested raises AttributeError, and one
    the server refused raises its fault. A dotted path fills a partial data
    object: its other members stay unset, even those the WSDL requires.
    """

    __slots__ = ("serviceInfo", )
    obj: HostServiceSystem  # pyright: ignore[reportIncompatibleVariableOverride]
    serviceInfo: HostServiceInfo


class HostServiceSystem(ExtensibleManagedObject):
    """HostServiceSystem: managed object proxy extending ExtensibleManagedObject, since 2.0.

    Properties (read them typed with fetch() or client.retrieve(); none is fetched implicitly):
        serviceInfo: HostServiceInfo, since 2.0.
    """

    __slots__ = ()
    _type_: ClassVar[str] = "HostServiceSystem"
    _properties_: ClassVar[dict[str, _F]] = {
        "serviceInfo": _F("serviceInfo", "HostServiceInfo", 0, "2.0"),
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
        "RefreshServices": _REFRESH_SERVICES,
        "RestartService": _RESTART_SERVICE,
        "StartService": _START_SERVICE,
        "StopService": _STOP_SERVICE,
        "UninstallService": _UNINSTALL_SERVICE,
        "UpdateServicePolicy": _UPDATE_SERVICE_POLICY,
    }
    _property_class_ = HostServiceSystemProperties

    def fetch(self, *paths: str) -> HostServiceSystemProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, HostServiceSystemProperties, paths)

    def RefreshServices(
        self,
        *,
        _timeout: float | None = None,
    ) -> None:
        """RefreshServices: an operation of HostServiceSystem, since 2.0.

        Privilege: Host.Config.NetService.

        Returns:
            None.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _REFRESH_SERVICES, (), _timeout)

    def RestartService(
        self,
        *,
        id: str,
        _timeout: float | None = None,
    ) -> None:
        """RestartService: an operation of HostServiceSystem, since 2.0.

        Privilege: Host.Config.NetService.

        Args:
            id: string, since 2.0.

        Returns:
            None.

        Raises:
            HostConfigFault, InvalidState, NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _RESTART_SERVICE, (id, ), _timeout)

    def StartService(
        self,
        *,
        id: str,
        _timeout: float | None = None,
    ) -> None:
        """StartService: an operation of HostServiceSystem, since 2.0.

        Privilege: Host.Config.NetService.

        Args:
            id: string, since 2.0.

        Returns:
            None.

        Raises:
            HostConfigFault, InvalidState, NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _START_SERVICE, (id, ), _timeout)

    def StopService(
        self,
        *,
        id: str,
        _timeout: float | None = None,
    ) -> None:
        """StopService: an operation of HostServiceSystem, since 2.0.

        Privilege: Host.Config.NetService.

        Args:
            id: string, since 2.0.

        Returns:
            None.

        Raises:
            HostConfigFault, InvalidState, NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _STOP_SERVICE, (id, ), _timeout)

    def UninstallService(
        self,
        *,
        id: str,
        _timeout: float | None = None,
    ) -> None:
        """UninstallService: an operation of HostServiceSystem, since 2.0.

        Privilege: Host.Config.NetService.

        Args:
            id: string, since 2.0.

        Returns:
            None.

        Raises:
            HostConfigFault, NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _UNINSTALL_SERVICE, (id, ), _timeout)

    def UpdateServicePolicy(
        self,
        *,
        id: str,
        policy: str,
        _timeout: float | None = None,
    ) -> None:
        """UpdateServicePolicy: an operation of HostServiceSystem, since 2.0.

        Privilege: Host.Config.NetService.

        Args:
            id: string, since 2.0.
            policy: string, since 2.0.

        Returns:
            None.

        Raises:
            HostConfigFault, NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _UPDATE_SERVICE_POLICY, (id, policy, ), _timeout)
