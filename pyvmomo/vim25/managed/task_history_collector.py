# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""TaskHistoryCollector: managed object proxy, extends HistoryCollector. Since 2.0."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from .history_collector import HistoryCollector, HistoryCollectorProperties
from pyvmomo.property import fetch_into as _fetch_into

if TYPE_CHECKING:
    from ..types.task_info import TaskInfo

_READ_NEXT_TASKS: _Operation[list[TaskInfo]] = _Operation(
    "ReadNextTasks",
    (_F("maxCount", "int", 0, "2.0"), ),
    _F("returnval", "TaskInfo", 3, "2.0"),
    faults=("RuntimeFault", ),
    since="2.0",
    privilege=None,
    safe=False,
    task_result=None,
)

_READ_PREVIOUS_TASKS: _Operation[list[TaskInfo]] = _Operation(
    "ReadPreviousTasks",
    (_F("maxCount", "int", 0, "2.0"), ),
    _F("returnval", "TaskInfo", 3, "2.0"),
    faults=("RuntimeFault", ),
    since="2.0",
    privilege=None,
    safe=False,
    task_result=None,
)


class TaskHistoryCollectorProperties(HistoryCollectorProperties):
    """TaskHistoryCollector's properties as read by fetch(), retrieve() and watch(), base types' included.

    Only the requested properties are set (unset on the server: None, or [] for
    a list). Reading one that was not requested raises AttributeError, and one
    the server refused raises its fault. A dotted path fills a partial data
    object: its other members stay unset, even those the WSDL requires.
    """

    __slots__ = ("latestPage", )
    obj: TaskHistoryCollector  # pyright: ignore[reportIncompatibleVariableOverride]
    latestPage: list[TaskInfo]


class TaskHistoryCollector(HistoryCollector):
    """TaskHistoryCollector: managed object proxy extending HistoryCollector, since 2.0.

    Properties (read them typed with fetch() or client.retrieve(); none is fetched implicitly):
        latestPage: list of TaskInfo, since 2.0.
    """

    __slots__ = ()
    _type_: ClassVar[str] = "TaskHistoryCollector"
    _properties_: ClassVar[dict[str, _F]] = {
        "latestPage": _F("latestPage", "TaskInfo", 3, "2.0"),
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
        "ReadNextTasks": _READ_NEXT_TASKS,
        "ReadPreviousTasks": _READ_PREVIOUS_TASKS,
    }
    _property_class_ = TaskHistoryCollectorProperties

    def fetch(self, *paths: str) -> TaskHistoryCollectorProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, TaskHistoryCollectorProperties, paths)

    def ReadNextTasks(
        self,
        *,
        maxCount: int,
        _timeout: float | None = None,
    ) -> list[TaskInfo]:
        """ReadNextTasks: an operation of TaskHistoryCollector, since 2.0.

        Args:
            maxCount: int, since 2.0.

        Returns:
            List of TaskInfo.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _READ_NEXT_TASKS, (maxCount, ), _timeout)

    def ReadPreviousTasks(
        self,
        *,
        maxCount: int,
        _timeout: float | None = None,
    ) -> list[TaskInfo]:
        """ReadPreviousTasks: an operation of TaskHistoryCollector, since 2.0.

        Args:
            maxCount: int, since 2.0.

        Returns:
            List of TaskInfo.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _READ_PREVIOUS_TASKS, (maxCount, ), _timeout)
