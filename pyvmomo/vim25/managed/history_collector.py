# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HistoryCollector: managed object proxy. Since 2.0."""

from __future__ import annotations

from typing import Any, ClassVar

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from pyvmomo._base import ManagedObject as _ManagedObject
from pyvmomo.property import ObjectProperties as _ObjectProperties
from pyvmomo.property import fetch_into as _fetch_into

_DESTROY_COLLECTOR: _Operation[None] = _Operation(
    "DestroyCollector",
    (),
    None,
    faults=("RuntimeFault", ),
    since="2.0",
    privilege=None,
    safe=False,
    task_result=None,
)

_RESET_COLLECTOR: _Operation[None] = _Operation(
    "ResetCollector",
    (),
    None,
    faults=("RuntimeFault", ),
    since="2.0",
    privilege=None,
    safe=False,
    task_result=None,
)

_REWIND_COLLECTOR: _Operation[None] = _Operation(
    "RewindCollector",
    (),
    None,
    faults=("RuntimeFault", ),
    since="2.0",
    privilege=None,
    safe=False,
    task_result=None,
)

_SET_COLLECTOR_PAGE_SIZE: _Operation[None] = _Operation(
    "SetCollectorPageSize",
    (_F("maxCount", "int", 0, "2.0"), ),
    None,
    faults=("RuntimeFault", ),
    since="2.0",
    privilege=None,
    safe=False,
    task_result=None,
)


class HistoryCollectorProperties(_ObjectProperties["HistoryCollector"]):
    """HistoryCollector's properties as read by fetch(), retrieve() and watch(), base types' included.

    Only the requested properties are set (unset on the server: None, or [] for
    a list). Reading one that was not requested raises AttributeError, and one
    the server refused raises its fault. A dotted path fills a partial data
    object: its other members stay unset, even those the WSDL requires.
    """

    __slots__ = ("filter", )
    filter: Any


class HistoryCollector(_ManagedObject):
    """HistoryCollector: managed object proxy, since 2.0.

    Properties (read them typed with fetch() or client.retrieve(); none is fetched implicitly):
        filter: any value (xsd:anyType), since 2.0.
    """

    __slots__ = ()
    _type_: ClassVar[str] = "HistoryCollector"
    _properties_: ClassVar[dict[str, _F]] = {
        "filter": _F("filter", "anyType", 0, "2.0"),
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
        "DestroyCollector": _DESTROY_COLLECTOR,
        "ResetCollector": _RESET_COLLECTOR,
        "RewindCollector": _REWIND_COLLECTOR,
        "SetCollectorPageSize": _SET_COLLECTOR_PAGE_SIZE,
    }
    _property_class_ = HistoryCollectorProperties

    def fetch(self, *paths: str) -> HistoryCollectorProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, HistoryCollectorProperties, paths)

    def DestroyCollector(
        self,
        *,
        _timeout: float | None = None,
    ) -> None:
        """DestroyCollector: an operation of HistoryCollector, since 2.0.

        Returns:
            None.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _DESTROY_COLLECTOR, (), _timeout)

    def ResetCollector(
        self,
        *,
        _timeout: float | None = None,
    ) -> None:
        """ResetCollector: an operation of HistoryCollector, since 2.0.

        Returns:
            None.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _RESET_COLLECTOR, (), _timeout)

    def RewindCollector(
        self,
        *,
        _timeout: float | None = None,
    ) -> None:
        """RewindCollector: an operation of HistoryCollector, since 2.0.

        Returns:
            None.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _REWIND_COLLECTOR, (), _timeout)

    def SetCollectorPageSize(
        self,
        *,
        maxCount: int,
        _timeout: float | None = None,
    ) -> None:
        """SetCollectorPageSize: an operation of HistoryCollector, since 2.0.

        Args:
            maxCount: int, since 2.0.

        Returns:
            None.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _SET_COLLECTOR_PAGE_SIZE, (maxCount, ), _timeout)
