# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""ServiceInstance: managed object proxy. Since 2.0."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from pyvmomo._base import ManagedObject as _ManagedObject
from pyvmomo.property import ObjectProperties as _ObjectProperties
from pyvmomo.property import fetch_into as _fetch_into

if TYPE_CHECKING:
    from datetime import datetime
    from pyvmomo._xsd import EnumValue
    from ..enums import VirtualMachinePowerStateValue
    from ..types.capability import Capability
    from ..types.event import Event
    from .host_system import HostSystem
    from ..types.host_v_motion_compatibility import HostVMotionCompatibility
    from ..types.product_component_info import ProductComponentInfo
    from .resource_pool import ResourcePool
    from ..types.service_content import ServiceContent
    from .virtual_machine import VirtualMachine

_CURRENT_TIME: _Operation[datetime] = _Operation(
    "CurrentTime",
    (),
    _F("returnval", "dateTime", 0, "2.0"),
    faults=("RuntimeFault", ),
    since="2.0",
    privilege="System.View",
    safe=True,
    task_result=None,
)

_QUERY_V_MOTION_COMPATIBILITY: _Operation[list[HostVMotionCompatibility]] = _Operation(
    "QueryVMotionCompatibility",
    (_F("vm", "ManagedObjectReference", 0, "2.0", target="VirtualMachine"), _F("host", "ManagedObjectReference", 1, "2.0", target="HostSystem"), _F("compatibility", "string", 3, "2.0"), ),
    _F("returnval", "HostVMotionCompatibility", 3, "2.0"),
    faults=("RuntimeFault", ),
    since="2.0",
    privilege="Resource.QueryVMotion",
    safe=True,
    task_result=None,
)

_RETRIEVE_PRODUCT_COMPONENTS: _Operation[list[ProductComponentInfo]] = _Operation(
    "RetrieveProductComponents",
    (),
    _F("returnval", "ProductComponentInfo", 3, "2.5"),
    faults=("RuntimeFault", ),
    since="2.5",
    privilege="System.Anonymous",
    safe=True,
    task_result=None,
)

_RETRIEVE_SERVICE_CONTENT: _Operation[ServiceContent] = _Operation(
    "RetrieveServiceContent",
    (),
    _F("returnval", "ServiceContent", 0, "2.0"),
    faults=("RuntimeFault", ),
    since="2.0",
    privilege="System.Anonymous",
    safe=True,
    task_result=None,
)

_VALIDATE_MIGRATION: _Operation[list[Event]] = _Operation(
    "ValidateMigration",
    (_F("vm", "ManagedObjectReference", 1, "2.0", target="VirtualMachine"), _F("state", "VirtualMachinePowerState", 2, "2.0"), _F("testType", "string", 3, "2.0"), _F("pool", "ManagedObjectReference", 2, "2.0", target="ResourcePool"), _F("host", "ManagedObjectReference", 2, "2.0", target="HostSystem"), ),
    _F("returnval", "Event", 3, "2.0"),
    faults=("InvalidState", "RuntimeFault", ),
    since="2.0",
    privilege="System.View",
    safe=True,
    task_result=None,
)


class ServiceInstanceProperties(_ObjectProperties["ServiceInstance"]):
    """ServiceInstance's properties as read by fetch(), retrieve() and watch(), base types' included.

    Only the requested properties are set (unset on the server: None, or [] for
    a list). Reading one that was not requested raises AttributeError, and one
    the server refused raises its fault. A dotted path fills a partial data
    object: its other members stay unset, even those the WSDL requires.
    """

    __slots__ = ("serverClock", "capability", "content", )
    serverClock: datetime
    capability: Capability
    content: ServiceContent


class ServiceInstance(_ManagedObject):
    """ServiceInstance: managed object proxy, since 2.0.

    Properties (read them typed with fetch() or client.retrieve(); none is fetched implicitly):
        serverClock: dateTime, since 2.0, read privilege System.View.
        capability: Capability, since 2.0, read privilege System.View.
        content: ServiceContent, since 2.0, read privilege System.Anonymous.
    """

    __slots__ = ()
    _type_: ClassVar[str] = "ServiceInstance"
    _properties_: ClassVar[dict[str, _F]] = {
        "serverClock": _F("serverClock", "dateTime", 0, "2.0"),
        "capability": _F("capability", "Capability", 0, "2.0"),
        "content": _F("content", "ServiceContent", 0, "2.0"),
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
        "CurrentTime": _CURRENT_TIME,
        "QueryVMotionCompatibility": _QUERY_V_MOTION_COMPATIBILITY,
        "RetrieveProductComponents": _RETRIEVE_PRODUCT_COMPONENTS,
        "RetrieveServiceContent": _RETRIEVE_SERVICE_CONTENT,
        "ValidateMigration": _VALIDATE_MIGRATION,
    }
    _property_class_ = ServiceInstanceProperties

    def fetch(self, *paths: str) -> ServiceInstanceProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, ServiceInstanceProperties, paths)

    def CurrentTime(
        self,
        *,
        _timeout: float | None = None,
    ) -> datetime:
        """CurrentTime: an operation of ServiceInstance, since 2.0.

        Privilege: System.View. Safe to re-send after a lost reply.

        Returns:
            DateTime.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _CURRENT_TIME, (), _timeout)

    def QueryVMotionCompatibility(
        self,
        *,
        vm: VirtualMachine,
        host: list[HostSystem],
        compatibility: list[str] | None = None,
        _timeout: float | None = None,
    ) -> list[HostVMotionCompatibility]:
        """QueryVMotionCompatibility: an operation of ServiceInstance, since 2.0.

        Privilege: Resource.QueryVMotion. Safe to re-send after a lost reply.

        Args:
            vm: reference to VirtualMachine, since 2.0.
            host: list of references to HostSystem, since 2.0.
            compatibility: list of string, since 2.0.

        Returns:
            List of HostVMotionCompatibility.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _QUERY_V_MOTION_COMPATIBILITY, (vm, host, compatibility, ), _timeout)

    def RetrieveProductComponents(
        self,
        *,
        _timeout: float | None = None,
    ) -> list[ProductComponentInfo]:
        """RetrieveProductComponents: an operation of ServiceInstance, since 2.5.

        Privilege: System.Anonymous. Safe to re-send after a lost reply.

        Returns:
            List of ProductComponentInfo.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _RETRIEVE_PRODUCT_COMPONENTS, (), _timeout)

    def RetrieveServiceContent(
        self,
        *,
        _timeout: float | None = None,
    ) -> ServiceContent:
        """RetrieveServiceContent: an operation of ServiceInstance, since 2.0.

        Privilege: System.Anonymous. Safe to re-send after a lost reply.

        Returns:
            ServiceContent.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _RETRIEVE_SERVICE_CONTENT, (), _timeout)

    def ValidateMigration(
        self,
        *,
        vm: list[VirtualMachine],
        state: VirtualMachinePowerStateValue | EnumValue | None = None,
        testType: list[str] | None = None,
        pool: ResourcePool | None = None,
        host: HostSystem | None = None,
        _timeout: float | None = None,
    ) -> list[Event]:
        """ValidateMigration: an operation of ServiceInstance, since 2.0.

        Privilege: System.View. Safe to re-send after a lost reply.

        Args:
            vm: list of references to VirtualMachine, since 2.0.
            state: VirtualMachinePowerState value (str), optional, since 2.0.
            testType: list of string, since 2.0.
            pool: reference to ResourcePool, optional, since 2.0.
            host: reference to HostSystem, optional, since 2.0.

        Returns:
            List of Event.

        Raises:
            InvalidState, RuntimeFault.
        """
        return self._transport.invoke(self, _VALIDATE_MIGRATION, (vm, state, testType, pool, host, ), _timeout)
