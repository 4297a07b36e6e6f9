# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): vim.wsdl 85f4ae8af304, wsdl/catalogue.json 6863f7c803df, wsdl/safe_ops.json 5b08ab05ea4c
"""VirtualMachine: managed object proxy. Since 7.0.3.0."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from pyvmomo._base import ManagedObject as _ManagedObject
from pyvmomo.property import ObjectProperties as _ObjectProperties
from pyvmomo.property import fetch_into as _fetch_into

if TYPE_CHECKING:
    from .host_system import HostSystem
    from .resource_pool import ResourcePool

_MARK_AS_VIRTUAL_MACHINE: _Operation[None] = _Operation(
    "MarkAsVirtualMachine",
    (_F("pool", "ManagedObjectReference", 0, "7.0.3.0", target="ResourcePool"), _F("host", "ManagedObjectReference", 2, "7.0.3.0", target="HostSystem"), ),
    None,
    faults=(),
    since="2.5",
    privilege="VirtualMachine.Provisioning.MarkAsVM",
    safe=False,
    task_result=None,
)


class VirtualMachineProperties(_ObjectProperties["VirtualMachine"]):
    """VirtualMachine's properties as read by fetch(), retrieve() and watch(), base types' included.

    Only the requested properties are set (unset on the server: None, or [] for
    a list). Reading one that was not requested raises AttributeError, and one
    the server refused raises its fault. A dotted path fills a partial data
    object: its other members stay unset, even those the WSDL requires.
    """

    __slots__ = ()


class VirtualMachine(_ManagedObject):
    """VirtualMachine: managed object proxy, since 7.0.3.0."""

    __slots__ = ()
    _type_: ClassVar[str] = "VirtualMachine"
    _properties_: ClassVar[dict[str, _F]] = {
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
        "MarkAsVirtualMachine": _MARK_AS_VIRTUAL_MACHINE,
    }
    _property_class_ = VirtualMachineProperties

    def fetch(self, *paths: str) -> VirtualMachineProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, VirtualMachineProperties, paths)

    def MarkAsVirtualMachine(
        self,
        *,
        pool: ResourcePool,
        host: HostSystem | None = None,
        _timeout: float | None = None,
    ) -> None:
        """MarkAsVirtualMachine: an operation of VirtualMachine, since 2.5.

        Privilege: VirtualMachine.Provisioning.MarkAsVM.

        Args:
            pool: reference to ResourcePool, since 7.0.3.0, needs Resource.AssignVMToPool on it.
            host: reference to HostSystem, optional, since 7.0.3.0.

        Returns:
            None.
        """
        return self._transport.invoke(self, _MARK_AS_VIRTUAL_MACHINE, (pool, host, ), _timeout)
