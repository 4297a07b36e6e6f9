"""Waiting for tasks: ``task.wait()``, ``wait_all(tasks)`` and the ``Task`` proxy's mixin.

Design decisions:
    * One private property collector and one filter per wait, however many
      tasks (``wait_all`` puts every task in the same filter), followed with
      WaitForUpdatesEx: concurrent waits never share a collector's version,
      and 50 tasks cost one filter, not 50 polling loops.
    * ``wait`` returns ``TaskInfo.result`` (None for void tasks) and raises the
      task's own fault, typed (``InvalidPowerState``...). ``wait_all`` waits
      for every task to end, so none is left unobserved, then raises the first
      failure in the order given (or returns faults in place with
      ``return_exceptions=True``).
    * ``timeout`` bounds the whole wait: each WaitForUpdatesEx asks the server
      to answer by the deadline, and its HTTP read timeout ends at most
      ``DEADLINE_GRACE_SECONDS`` later, so a stalled server cannot hold the
      caller. One check is always made, so ``timeout=0`` still sees a task
      that has already ended.
    * After a re-login (``SessionObjectsLost``) or ``InvalidCollectorVersion``
      the collector and filter are built again (see ``pyvmomo.property``);
      the wait resumes from the tasks' current ``TaskInfo``.
    * ``progress=True`` draws a bar with ``rich`` or ``tqdm`` when one of them
      is installed, imported only then; neither is a dependency.
"""

from __future__ import annotations

import importlib
import logging
import time
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, Generic, Literal, Protocol, TypeVar, cast, overload

from ._base import ManagedObject
from ._errors import ArgumentError, OutcomeUnknown, PyvmomoError, ServerFault, TaskTimeout
from .property import fetch
from .watch import UpdateStream, wait_budget

if TYPE_CHECKING:
    from ._transport import Transport
    from .vim25.types.task_info import TaskInfo

R = TypeVar("R")
R_co = TypeVar("R_co", covariant=True)
log: logging.Logger = logging.getLogger("pyvmomo.task")
ProgressCallback = Callable[["TaskInfo"], None]


class TaskMixin(Generic[R_co]):
    """Adds ``wait()`` and ``fetch_info()`` to the generated ``Task`` proxy."""

    __slots__ = ()
    _transport: Transport

    def fetch_info(self) -> TaskInfo:
        """The task's current ``TaskInfo`` (one RetrievePropertiesEx call)."""
        info: TaskInfo = fetch(cast(ManagedObject, self), ["info"])["info"]
        return info

    def wait(
        self,
        timeout: float | None = None,
        on_progress: ProgressCallback | None = None,
        *,
        progress: bool = False,
    ) -> R_co:
        """Block until the task ends; return ``TaskInfo.result`` (None for void tasks).

        Args:
            timeout: Seconds to wait at most; None waits as long as it takes.
            on_progress: Called with each new ``TaskInfo`` (state, progress...).
            progress: Draw a progress bar if ``rich`` or ``tqdm`` is installed.

        Raises:
            MethodFault: the task's own fault (e.g. ``InvalidPowerState``), typed.
            TaskTimeout: ``timeout`` seconds passed first; the task may still run.
        """
        return wait_all([self], timeout=timeout, on_progress=on_progress, progress=progress)[0]


@overload
def wait_all(
    tasks: Iterable[TaskMixin[R]],
    *,
    timeout: float | None = None,
    on_progress: ProgressCallback | None = None,
    progress: bool = False,
    return_exceptions: Literal[False] = False,
) -> list[R]: ...


@overload
def wait_all(
    tasks: Iterable[TaskMixin[R]],
    *,
    timeout: float | None = None,
    on_progress: ProgressCallback | None = None,
    progress: bool = False,
    return_exceptions: bool,
) -> list[R | PyvmomoError]: ...


def wait_all(
    tasks: Iterable[TaskMixin[R]],
    *,
    timeout: float | None = None,
    on_progress: ProgressCallback | None = None,
    progress: bool = False,
    return_exceptions: bool = False,
) -> list[R] | list[R | PyvmomoError]:
    """Wait for every task with one private collector and one filter; results in the given order.

    Tasks of one result type give a list of that type: ``wait_all(clones)``
    is a ``list[VirtualMachine]`` when ``clones`` are ``Task[VirtualMachine]``.

    Args:
        tasks: ``Task`` proxies of one connection (duplicates are fine).
        timeout: Seconds to wait at most for all of them.
        on_progress: Called with each new ``TaskInfo`` of any task.
        progress: Draw a progress bar if ``rich`` or ``tqdm`` is installed.
        return_exceptions: Put a failed task's fault in its place in the
            result list instead of raising it.

    Raises:
        MethodFault: the first failed task's fault (in the order given), once all have ended.
        TaskTimeout: ``timeout`` passed before every task ended; they may still run.
    """
    proxies = [cast(ManagedObject, task) for task in tasks]
    if not proxies:
        return []
    transport = _one_transport(proxies)
    new = transport.registry.new
    unique = list(dict.fromkeys(proxies))
    spec = new(
        "PropertyFilterSpec",
        propSet=[new("PropertySpec", type="Task", pathSet=["info"])],
        objectSet=[new("ObjectSpec", obj=task) for task in unique],
    )
    deadline = None if timeout is None else time.monotonic() + timeout
    ended: dict[ManagedObject, Any] = {}
    running: dict[ManagedObject, float] = {}
    bar = _progress_bar(len(unique)) if progress else None
    stream = UpdateStream(transport, spec)
    try:
        first = True
        while len(ended) < len(unique):
            budget = wait_budget(deadline, first)
            if budget is None:
                raise _timeout(timeout, unique, ended)
            try:
                update, _ = stream.wait(*budget)
            except OutcomeUnknown as exc:  # the HTTP read timed out: a stalled server, past the deadline
                if deadline is not None and time.monotonic() >= deadline:
                    raise _timeout(timeout, unique, ended) from exc
                raise
            first = False
            for task, info in _task_infos(update):
                if on_progress is not None:
                    on_progress(info)
                if info.state == "success":
                    ended[task] = info.result
                elif info.state == "error":
                    ended[task] = _task_fault(transport, info)
                else:
                    running[task] = (info.progress or 0) / 100
            if bar is not None:
                bar.update(len(ended) + sum(p for t, p in running.items() if t not in ended))
    finally:
        stream.close()
        if bar is not None:
            bar.close()
    results = [ended[task] for task in proxies]
    if not return_exceptions:
        for outcome in results:
            if isinstance(outcome, PyvmomoError):
                raise outcome.with_traceback(None)
    return results


def _one_transport(tasks: list[ManagedObject]) -> Transport:
    for task in tasks:
        if not (isinstance(task, ManagedObject) and task.type == "Task"):
            raise ArgumentError(f"wait_all() takes Task proxies, got {task!r}")
    transport = tasks[0]._transport
    if any(task._transport is not transport for task in tasks):
        raise ArgumentError("wait_all() takes tasks of one connection")
    return transport


def _task_infos(update: Any) -> list[tuple[ManagedObject, Any]]:
    """The newest ``info`` of each task in an UpdateSet."""
    latest: dict[ManagedObject, Any] = {}
    for filter_update in update.filterSet if update is not None else ():
        for object_update in filter_update.objectSet:
            for change in object_update.changeSet:
                if change.name == "info" and change.op == "assign" and change.val is not None:
                    latest[object_update.obj] = change.val
    return list(latest.items())


def _task_fault(transport: Transport, info: Any) -> PyvmomoError:
    """The typed fault of a failed task, saying which task and object it came from."""
    error = info.error
    fault: ServerFault | None = getattr(error, "fault", None)
    where = repr(info.entity) if info.entity is not None else repr(info.task)
    if fault is None:
        return PyvmomoError(f"task {info.task!r} ({info.descriptionId}) on {where} failed without a fault")
    fault.faultstring = getattr(error, "localizedMessage", None) or fault.faultstring
    fault.remote_method = info.name or info.descriptionId or ""
    fault.remote_object = where
    return fault


def _timeout(
    timeout: float | None, tasks: list[ManagedObject], ended: dict[ManagedObject, Any]
) -> TaskTimeout:
    waiting = [task for task in tasks if task not in ended]
    shown = ", ".join(repr(task) for task in waiting[:5]) + (" ..." if len(waiting) > 5 else "")
    if len(tasks) == 1:
        return TaskTimeout(f"task {shown} did not finish within {timeout} s; it may still be running")
    return TaskTimeout(
        f"{len(waiting)} of {len(tasks)} tasks did not finish within {timeout} s "
        f"and may still be running: {shown}"
    )


# -- optional progress bar ---------------------------------------------------------


class _Bar(Protocol):
    def update(self, completed: float) -> None: ...

    def close(self) -> None: ...


class _RichBar:
    def __init__(self, module: Any, total: int) -> None:
        self._progress = module.Progress(transient=False)
        self._progress.start()
        self._id = self._progress.add_task("tasks", total=total)

    def update(self, completed: float) -> None:
        self._progress.update(self._id, completed=completed)

    def close(self) -> None:
        self._progress.stop()


class _TqdmBar:
    def __init__(self, module: Any, total: int) -> None:
        self._bar = module.tqdm(total=total, desc="tasks", unit="task")

    def update(self, completed: float) -> None:
        self._bar.n = completed
        self._bar.refresh()

    def close(self) -> None:
        self._bar.close()


def _progress_bar(total: int) -> _Bar | None:
    """A bar from ``rich`` or else ``tqdm``, imported only now; None if neither is installed."""
    for name, adapter in (("rich.progress", _RichBar), ("tqdm", _TqdmBar)):
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        bar: _Bar = adapter(module, total)
        return bar
    log.info("progress=True, but neither rich nor tqdm is installed: no progress bar")
    return None
