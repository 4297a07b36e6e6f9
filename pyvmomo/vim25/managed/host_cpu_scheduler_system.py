# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostCpuSchedulerSystem: managed object proxy, extends ExtensibleManagedObject. Since 2.0."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from .extensible_managed_object import ExtensibleManagedObject, ExtensibleManagedObjectProperties
from pyvmomo.property import fetch_into as _fetch_into

if TYPE_CHECKING:
    from ..types.host_hyper_thread_schedule_info import HostHyperThreadScheduleInfo

_DISABLE_HYPER_THREADING: _Operation[None] = _Operation(
    "DisableHyperThreading",
    (),
    None,
    faults=("RuntimeFault", ),
    since="2.0",
    privilege="Host.Config.HyperThreading",
    safe=False,
    task_result=None,
)

_ENABLE_HYPER_THREADING: _Operation[None] = _Operation(
    "EnableHyperThreading",
    (),
    None,
    faults=("RuntimeFault", ),
    since="2.0",
    privilege="Host.Config.HyperThreading",
    safe=False,
    task_result=None,
)


class HostCpuSchedulerSystemProperties(ExtensibleManagedObjectProperties):
    """HostCpuSchedulerSystem's properties as read by fetch(), retrieve() and watch(), base types' included.

    Only the requested properties are set (unset on the server: None, or [] for
    a list). Reading one that was not requested raises AttributeError, and one
    the server refused raises its fault. A dotted path fills a partial data
    object: its other members stay unset, even those the WSDL requires.
    """

    __slots__ = ("hyperthreadInfo", )
    obj: HostCpuSchedulerSystem  # pyright: ignore[reportIncompatibleVariableOverride]
    hyperthreadInfo: HostHyperThreadScheduleInfo | None


class HostCpuSchedulerSystem(ExtensibleManagedObject):
    """HostCpuSchedulerSystem: managed object proxy extending ExtensibleManagedObject, since 2.0.

    Properties (read them typed with fetch() or client.retrieve(); none is fetched implicitly):
        hyperthreadInfo: HostHyperThreadScheduleInfo, optional, since 2.0.
    """

    __slots__ = ()
    _type_: ClassVar[str] = "HostCpuSchedulerSystem"
    _properties_: ClassVar[dict[str, _F]] = {
        "hyperthreadInfo": _F("hyperthreadInfo", "HostHyperThreadScheduleInfo", 2, "2.0"),
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
        "DisableHyperThreading": _DISABLE_HYPER_THREADING,
        "EnableHyperThreading": _ENABLE_HYPER_THREADING,
    }
    _property_class_ = HostCpuSchedulerSystemProperties

    def fetch(self, *paths: str) -> HostCpuSchedulerSystemProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, HostCpuSchedulerSystemProperties, paths)

    def DisableHyperThreading(
        self,
        *,
        _timeout: float | None = None,
    ) -> None:
        """DisableHyperThreading: an operation of HostCpuSchedulerSystem, since 2.0.

        Privilege: Host.Config.HyperThreading.

        Returns:
            None.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _DISABLE_HYPER_THREADING, (), _timeout)

    def EnableHyperThreading(
        self,
        *,
        _timeout: float | None = None,
    ) -> None:
        """EnableHyperThreading: an operation of HostCpuSchedulerSystem, since 2.0.

        Privilege: Host.Config.HyperThreading.

        Returns:
            None.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _ENABLE_HYPER_THREADING, (), _timeout)
