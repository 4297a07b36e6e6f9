# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostMemorySystem: managed object proxy, extends ExtensibleManagedObject. Since 2.0."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from .extensible_managed_object import ExtensibleManagedObject, ExtensibleManagedObjectProperties
from pyvmomo.property import fetch_into as _fetch_into

if TYPE_CHECKING:
    from ..types.service_console_reservation_info import ServiceConsoleReservationInfo
    from ..types.virtual_machine_memory_reservation_info import VirtualMachineMemoryReservationInfo
    from ..types.virtual_machine_memory_reservation_spec import VirtualMachineMemoryReservationSpec

_RECONFIGURE_SERVICE_CONSOLE_RESERVATION: _Operation[None] = _Operation(
    "ReconfigureServiceConsoleReservation",
    (_F("cfgBytes", "long", 0, "2.0"), ),
    None,
    faults=("RuntimeFault", ),
    since="2.0",
    privilege="Host.Config.Memory",
    safe=False,
    task_result=None,
)

_RECONFIGURE_VIRTUAL_MACHINE_RESERVATION: _Operation[None] = _Operation(
    "ReconfigureVirtualMachineReservation",
    (_F("spec", "VirtualMachineMemoryReservationSpec", 0, "2.5"), ),
    None,
    faults=("RuntimeFault", ),
    since="2.5",
    privilege="Host.Config.Memory",
    safe=False,
    task_result=None,
)


class HostMemorySystemProperties(ExtensibleManagedObjectProperties):
    """HostMemorySystem's properties as read by fetch(), retrieve() and watch(), base types' included.

    Only the requested properties are set (unset on the server: None, or [] for
    a list). Reading one that was not requested raises AttributeError, and one
    the server refused raises its fault. A dotted path fills a partial data
    object: its other members stay unset, even those the WSDL requires.
    """

    __slots__ = ("consoleReservationInfo", "virtualMachineReservationInfo", )
    obj: HostMemorySystem  # pyright: ignore[reportIncompatibleVariableOverride]
    consoleReservationInfo: ServiceConsoleReservationInfo | None
    virtualMachineReservationInfo: VirtualMachineMemoryReservationInfo | None


class HostMemorySystem(ExtensibleManagedObject):
    """HostMemorySystem: managed object proxy extending ExtensibleManagedObject, since 2.0.

    Properties (read them typed with fetch() or client.retrieve(); none is fetched implicitly):
        consoleReservationInfo: ServiceConsoleReservationInfo, optional, since 2.0.
        virtualMachineReservationInfo: VirtualMachineMemoryReservationInfo, optional, since 2.5.
    """

    __slots__ = ()
    _type_: ClassVar[str] = "HostMemorySystem"
    _properties_: ClassVar[dict[str, _F]] = {
        "consoleReservationInfo": _F("consoleReservationInfo", "ServiceConsoleReservationInfo", 2, "2.0"),
        "virtualMachineReservationInfo": _F("virtualMachineReservationInfo", "VirtualMachineMemoryReservationInfo", 2, "2.5"),
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
        "ReconfigureServiceConsoleReservation": _RECONFIGURE_SERVICE_CONSOLE_RESERVATION,
        "ReconfigureVirtualMachineReservation": _RECONFIGURE_VIRTUAL_MACHINE_RESERVATION,
    }
    _property_class_ = HostMemorySystemProperties

    def fetch(self, *paths: str) -> HostMemorySystemProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, HostMemorySystemProperties, paths)

    def ReconfigureServiceConsoleReservation(
        self,
        *,
        cfgBytes: int,
        _timeout: float | None = None,
    ) -> None:
        """ReconfigureServiceConsoleReservation: an operation of HostMemorySystem, since 2.0.

        Privilege: Host.Config.Memory.

        Args:
            cfgBytes: long, since 2.0.

        Returns:
            None.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _RECONFIGURE_SERVICE_CONSOLE_RESERVATION, (cfgBytes, ), _timeout)

    def ReconfigureVirtualMachineReservation(
        self,
        *,
        spec: VirtualMachineMemoryReservationSpec,
        _timeout: float | None = None,
    ) -> None:
        """ReconfigureVirtualMachineReservation: an operation of HostMemorySystem, since 2.5.

        Privilege: Host.Config.Memory.

        Args:
            spec: VirtualMachineMemoryReservationSpec, since 2.5.

        Returns:
            None.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _RECONFIGURE_VIRTUAL_MACHINE_RESERVATION, (spec, ), _timeout)
