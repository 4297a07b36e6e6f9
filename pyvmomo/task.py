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
      is installed, imported only then; neither is a dependency. Without them
      it writes a plain line to stderr at most every ``_progress.LINE_INTERVAL_SECONDS``
      and one when the wait ends, so progress is never silently lost.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeVar, cast, overload

from . import _log
from ._base import ManagedObject, Operation
from ._errors import ArgumentError, OutcomeUnknown, PyvmomoError, TaskTimeout
from ._progress import progress_bar
from .property import fetch
from .watch import UpdateStream, wait_budget

if TYPE_CHECKING:
    from ._transport import Transport
    from .vim25.types.task_info import TaskInfo

R = TypeVar("R")
R_co = TypeVar("R_co", covariant=True)
log = _log.Logger("pyvmomo.task")
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
            progress: Show progress: a bar with ``rich`` or ``tqdm`` if one is
                installed, else plain lines on stderr.

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
        progress: Show progress: a bar with ``rich`` or ``tqdm`` if one is
            installed, else plain lines on stderr.
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
    bar = progress_bar(len(unique), "tasks", unit="task", line=_tasks_line) if progress else None
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
    where = repr(info.entity) if info.entity is not None else repr(info.task)
    if getattr(info.error, "fault", None) is None:
        return PyvmomoError(f"task {info.task!r} ({info.descriptionId}) on {where} failed without a fault")
    return transport.registry.fault_from(info.error, remote_method=_task_method(info), remote_object=where)


def _task_method(info: Any) -> str:
    """The wire name of the method that started the task (``PowerOnVM_Task``).

    vSphere sends it in ``TaskInfo.name``; vcsim sends a short form
    (``PowerOn``), matched here to the one ``_Task`` method of the task's
    entity whose name starts with it.
    """
    name: str = info.name or info.descriptionId or ""
    methods = [m for cls in type(info.entity).__mro__ for m in cls.__dict__.get("_operations_", ())]
    if name in methods:
        return name
    short = name.lower()
    starting = [m for m in methods if m.endswith("_Task") and m.lower().startswith(short)]
    return starting[0] if short and len(starting) == 1 else name


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


def _tasks_line(done: float, total: float) -> str:
    tasks = "task" if total == 1 else "tasks"
    return f"waiting for {total:.0f} {tasks}: {100 * done / total:.0f} % done"


def recent_tasks(
    transport: Transport, target: ManagedObject, since: datetime, slack: float = 0.0
) -> list[Any]:
    """``TaskInfo`` of recent tasks on ``target`` queued at or after ``since``, oldest first.

    Best effort: reads ``TaskManager.recentTask`` (and ``target.recentTask``
    for a managed entity) in one RetrievePropertiesEx, and corrects for the
    server's clock with one CurrentTime. ``slack`` seconds widen the window
    backwards. Tasks the server already dropped from its recent list are
    not found.
    """
    new = transport.registry.new
    content = transport.session.content
    before = datetime.now(UTC)
    server_now = transport.invoke(
        transport.decoder.reference_value("ServiceInstance", "ServiceInstance"),
        cast(Operation[datetime], transport.registry.operation("CurrentTime")),
    )
    after = datetime.now(UTC)
    # The server read its clock somewhere between before and after: widen by that uncertainty.
    offset = server_now - (before + (after - before) / 2)
    earliest = since + offset - (after - before) / 2 - timedelta(seconds=slack)
    object_set = [
        new(
            "ObjectSpec",
            obj=content.taskManager,
            skip=True,
            selectSet=[new("TraversalSpec", type="TaskManager", path="recentTask", skip=False)],
        )
    ]
    entity_cls = transport.registry.managed_class("ManagedEntity")
    is_entity = entity_cls is not None and isinstance(target, entity_cls)
    if is_entity:
        object_set.append(
            new(
                "ObjectSpec",
                obj=target,
                skip=True,
                selectSet=[new("TraversalSpec", type="ManagedEntity", path="recentTask", skip=False)],
            )
        )
    spec = new(
        "PropertyFilterSpec",
        objectSet=object_set,
        propSet=[new("PropertySpec", type="Task", pathSet=["info"])],
    )
    result = content.propertyCollector.RetrievePropertiesEx(specSet=[spec], options=new("RetrieveOptions"))
    infos: dict[str, Any] = {}
    for obj in result.objects if result is not None else ():
        for prop in obj.propSet:
            info = prop.val
            queued = info.queueTime
            if queued is None or queued < earliest:
                continue
            if is_entity and info.entity != target:
                continue
            infos[info.key] = info
    return sorted(infos.values(), key=lambda i: i.queueTime)
