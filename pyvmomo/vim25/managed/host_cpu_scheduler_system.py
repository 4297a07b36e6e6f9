# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 570187878ca3, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostCpuSchedulerSystem: managed object proxy, extends ExtensibleManagedObject. Since 2.0."""

from __future__ import annotations

from typing import Any, ClassVar

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from .extensible_managed_object import ExtensibleManagedObject

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


class HostCpuSchedulerSystem(ExtensibleManagedObject):
    """HostCpuSchedulerSystem: managed object proxy extending ExtensibleManagedObject, since 2.0.

    Properties (read them with the property collector; none is fetched implicitly):
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
