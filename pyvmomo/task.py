"""Waiting for tasks: the hand-written mixin of the generated ``Task`` proxy.

``task.wait()`` follows the task with ``WaitForUpdatesEx`` on a private
property collector (so concurrent waits never share a collector's version) and
returns ``TaskInfo.result``, or raises the task's own typed fault.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from ._errors import TaskTimeout

if TYPE_CHECKING:
    from ._transport import Transport
    from .vim25.types.task_info import TaskInfo

R = TypeVar("R")
_POLL_SECONDS = 30  # longest single WaitForUpdatesEx; the deadline is checked between waits


class TaskMixin(Generic[R]):
    """Adds ``wait()`` and ``fetch_info()`` to the generated ``Task`` proxy."""

    __slots__ = ()
    _transport: Transport

    def fetch_info(self) -> TaskInfo:
        """The task's current ``TaskInfo`` (one RetrievePropertiesEx call)."""
        new = self._transport.registry.new
        spec = new(
            "PropertyFilterSpec",
            propSet=[new("PropertySpec", type="Task", pathSet=["info"])],
            objectSet=[new("ObjectSpec", obj=self)],
        )
        pc = self._transport.service_content.propertyCollector
        result = pc.RetrievePropertiesEx(specSet=[spec], options=new("RetrieveOptions"))
        info: TaskInfo = result.objects[0].propSet[0].val
        return info

    def wait(
        self,
        timeout: float | None = None,
        on_progress: Callable[[TaskInfo], None] | None = None,
    ) -> R:
        """Block until the task ends; return ``TaskInfo.result`` (None for void tasks).

        Raises:
            MethodFault: the task's own fault (e.g. ``InvalidPowerState``), typed.
            TaskTimeout: ``timeout`` seconds passed first; the task may still run.
        """
        new = self._transport.registry.new
        deadline = None if timeout is None else time.monotonic() + timeout
        collector: Any = self._transport.service_content.propertyCollector.CreatePropertyCollector()
        try:
            collector.CreateFilter(
                spec=new(
                    "PropertyFilterSpec",
                    propSet=[new("PropertySpec", type="Task", pathSet=["info"])],
                    objectSet=[new("ObjectSpec", obj=self)],
                ),
                partialUpdates=False,
            )
            version = ""
            while True:
                wait = _POLL_SECONDS
                if deadline is not None:
                    remaining = deadline - time.monotonic()
                    if remaining <= 0:
                        raise TaskTimeout(f"task {self!r} did not finish within {timeout} s")
                    wait = max(1, min(wait, int(remaining + 0.999)))
                update = collector.WaitForUpdatesEx(
                    version=version, options=new("WaitOptions", maxWaitSeconds=wait)
                )
                if update is None:
                    continue
                version = update.version
                info = _latest_info(update)
                if info is None:
                    continue
                if on_progress is not None:
                    on_progress(info)
                if info.state == "success":
                    return info.result  # type: ignore[no-any-return]
                if info.state == "error":
                    error = info.error
                    if error is None:
                        raise TaskTimeout(f"task {self!r} failed without a fault")
                    fault = error.fault
                    fault.faultstring = error.localizedMessage or ""
                    fault.remote_method = info.descriptionId or ""
                    fault.remote_object = repr(info.entity) if info.entity is not None else ""
                    raise fault.with_traceback(None)
        finally:
            collector.DestroyPropertyCollector()


def _latest_info(update: Any) -> Any:
    info = None
    for filter_update in update.filterSet:
        for object_update in filter_update.objectSet:
            for change in object_update.changeSet:
                if change.name == "info" and change.op == "assign":
                    info = change.val
    return info
