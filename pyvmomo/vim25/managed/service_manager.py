# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""ServiceManager: managed object proxy. Since 2.5."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from pyvmomo._base import ManagedObject as _ManagedObject
from pyvmomo.property import ObjectProperties as _ObjectProperties
from pyvmomo.property import fetch_into as _fetch_into

if TYPE_CHECKING:
    from ..types.service_manager_service_info import ServiceManagerServiceInfo

_QUERY_SERVICE_LIST: _Operation[list[ServiceManagerServiceInfo]] = _Operation(
    "QueryServiceList",
    (_F("serviceName", "string", 2, "2.5"), _F("location", "string", 3, "2.5"), ),
    _F("returnval", "ServiceManagerServiceInfo", 3, "2.5"),
    faults=("RuntimeFault", ),
    since="2.5",
    privilege="Global.ServiceManagers",
    safe=True,
    task_result=None,
)


class ServiceManagerProperties(_ObjectProperties["ServiceManager"]):
    """ServiceManager's properties as read by fetch(), retrieve() and watch(), base types' included.

    Only the requested properties are set (unset on the server: None, or [] for
    a list). Reading one that was not requested raises AttributeError, and one
    the server refused raises its fault. A dotted path fills a partial data
    object: its other members stay unset, even those the WSDL requires.
    """

    __slots__ = ("service", )
    service: list[ServiceManagerServiceInfo]


class ServiceManager(_ManagedObject):
    """ServiceManager: managed object proxy, since 2.5.

    Properties (read them typed with fetch() or client.retrieve(); none is fetched implicitly):
        service: list of ServiceManagerServiceInfo, since 2.5, read privilege Global.ServiceManagers.
    """

    __slots__ = ()
    _type_: ClassVar[str] = "ServiceManager"
    _properties_: ClassVar[dict[str, _F]] = {
        "service": _F("service", "ServiceManagerServiceInfo", 3, "2.5"),
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
        "QueryServiceList": _QUERY_SERVICE_LIST,
    }
    _property_class_ = ServiceManagerProperties

    def fetch(self, *paths: str) -> ServiceManagerProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, ServiceManagerProperties, paths)

    def QueryServiceList(
        self,
        *,
        serviceName: str | None = None,
        location: list[str] | None = None,
        _timeout: float | None = None,
    ) -> list[ServiceManagerServiceInfo]:
        """QueryServiceList: an operation of ServiceManager, since 2.5.

        Privilege: Global.ServiceManagers. Safe to re-send after a lost reply.

        Args:
            serviceName: string, optional, since 2.5.
            location: list of string, since 2.5.

        Returns:
            List of ServiceManagerServiceInfo.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _QUERY_SERVICE_LIST, (serviceName, location, ), _timeout)
