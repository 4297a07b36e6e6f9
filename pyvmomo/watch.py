"""Following property changes: ``client.watch()`` and the collector behind task waits.

Role:
    :class:`UpdateStream` is a private PropertyCollector with one filter,
    followed with WaitForUpdatesEx; :class:`Watch` (``client.watch()``) turns
    its updates into :class:`Change` items, and ``pyvmomo.task`` waits for
    tasks with it.

Design decisions:
    * One private collector per stream, so concurrent streams never share a
      collector's version; it is destroyed (with its filter) on close.
    * After a re-login (``SessionObjectsLost``, or a ``ManagedObjectNotFound``
      naming the collector, or ``transport.session.generation`` having moved) and after
      ``InvalidCollectorVersion`` (real servers may answer so after a
      re-login), the collector and filter are built again and the next update
      is a full one from version ``""``. ``Watch`` then reports only values
      that differ from the last ones it reported, so nothing is repeated and
      nothing that changed meanwhile is lost.
    * ``close()`` may come from another thread: it cancels the pending
      WaitForUpdatesEx (CancelWaitForUpdates), and the iterating thread cleans up.
    * ``wait_budget`` turns a deadline into ``maxWaitSeconds`` and an HTTP read
      timeout that ends shortly after the deadline, so a stalled server cannot
      hold a caller past its timeout.
"""

from __future__ import annotations

import collections
import math
import threading
import time
from collections.abc import Sequence
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from . import _log
from ._base import ManagedObject
from ._errors import ArgumentError, PyvmomoError, ServerFault, SessionObjectsLost
from ._properties import (
    Chain,
    ObjectProperties,
    Readable,
    as_declared,
    fill,
    last_field,
    properties_class,
    typed_value,
)
from ._session import discard
from .property import MAX_REBUILDS, path_fields

if TYPE_CHECKING:
    from ._transport import Transport

P = TypeVar("P", bound=ObjectProperties[Any])
log = _log.Logger("pyvmomo.watch")

POLL_SECONDS = 30  # longest single WaitForUpdatesEx
WAIT_GRACE_SECONDS = 10.0  # HTTP read time allowed beyond the server's own wait
DEADLINE_GRACE_SECONDS = 1.0  # how far past its deadline a stalled wait may run


class Change(Generic[P]):
    """One property change reported by :class:`Watch`.

    Attributes:
        obj: The object that changed.
        path: The property path (``""`` when ``op`` is ``"leave"``).
        op: ``"assign"``, ``"add"``, ``"remove"``, ``"indirectRemove"`` as the
            server reports it, or ``"leave"`` when the object was deleted.
        value: The new value (loosely typed; ``properties`` is the typed way).
        fault: The fault the server reported instead of a value, if any.
        properties: The object's watched properties as known after this
            change, typed (``VirtualMachineProperties``): one object per
            watched object, updated in place as changes arrive.
    """

    __slots__ = ("fault", "obj", "op", "path", "properties", "value")
    obj: ManagedObject
    path: str
    op: str
    value: Any
    properties: P
    fault: ServerFault | None

    def __init__(
        self,
        obj: ManagedObject,
        path: str,
        op: str,
        value: Any,
        properties: P,
        fault: ServerFault | None = None,
    ) -> None:
        self.obj = obj
        self.path = path
        self.op = op
        self.value = value
        self.properties = properties
        self.fault = fault

    def __repr__(self) -> str:
        detail = f"fault={self.fault!r}" if self.fault is not None else f"value={self.value!r}"
        return f"Change({self.obj!r}, {self.path!r}, {self.op}, {detail})"


def wait_budget(deadline: float | None, first: bool) -> tuple[int, float] | None:
    """``(maxWaitSeconds, HTTP timeout)`` for the next WaitForUpdatesEx, or None once past ``deadline``.

    The first wait always happens (``maxWaitSeconds=0`` once the deadline has
    passed), so a finished task is seen even with ``timeout=0``.
    """
    if deadline is None:
        return POLL_SECONDS, POLL_SECONDS + WAIT_GRACE_SECONDS
    remaining = deadline - time.monotonic()
    if remaining <= 0 and not first:
        return None
    max_wait = min(POLL_SECONDS, max(0, math.ceil(remaining)))
    return max_wait, min(max_wait + WAIT_GRACE_SECONDS, max(remaining, 0.0) + DEADLINE_GRACE_SECONDS)


class UpdateStream:
    """A private PropertyCollector with one filter, followed with WaitForUpdatesEx.

    Built on the first :meth:`wait`. When the session ends (or the server
    answers InvalidCollectorVersion), the collector and filter are built
    again and the next update is a full one from version ``""``; :meth:`wait`
    then says so, for callers that must tell repeats from changes.
    """

    def __init__(self, transport: Transport, spec: Any, *, partial_updates: bool = False) -> None:
        self.transport: Transport = transport
        self._spec = spec
        self._partial = partial_updates
        self._lock = threading.Lock()
        self._collector: Any = None
        self._logins = -1
        self._version = ""
        self._builds = 0

    @property
    def collector(self) -> Any:
        """The current private collector, or None before the first wait or after close."""
        return self._collector

    def wait(self, max_wait: int, http_timeout: float | None = None) -> tuple[Any, bool]:
        """One WaitForUpdatesEx: ``(UpdateSet or None, whether it restarted from a rebuilt collector)``."""
        transport = self.transport
        restarted = False
        for _ in range(MAX_REBUILDS + 1):
            if self._collector is None or transport.session.generation != self._logins:
                if not self._build():
                    continue
                restarted = restarted or self._builds > 1
            collector = self._collector
            try:
                update = collector.WaitForUpdatesEx(
                    version=self._version,
                    options=transport.registry.new("WaitOptions", maxWaitSeconds=max_wait),
                    _timeout=http_timeout,
                )
            except PyvmomoError as exc:
                if transport.registry.is_fault(exc, "InvalidCollectorVersion"):
                    log.info("%r: %s; building a new collector", collector, exc)
                    self._drop(destroy=True)
                    continue
                if transport.session.lost(exc, self._logins, (collector,)):
                    log.info("%r: %s; building a new collector", collector, exc)
                    self._drop(destroy=False)
                    continue
                raise
            if update is not None:
                self._version = update.version
            return update, restarted
        raise SessionObjectsLost(
            f"the session ended {MAX_REBUILDS + 1} times in a row during WaitForUpdatesEx; giving up"
        )

    def _build(self) -> bool:
        """Create the collector and its filter; False if the session ended meanwhile (try again)."""
        if self._collector is not None:
            self._drop(destroy=False)  # built under a session that has since been renewed
        logins = self.transport.session.generation
        try:
            collector = self.transport.session.content.propertyCollector.CreatePropertyCollector()
            with self._lock:
                self._collector = collector
            collector.CreateFilter(spec=self._spec, partialUpdates=self._partial)
        except PyvmomoError as exc:
            owned = (self._collector,) if self._collector is not None else ()
            lost = self.transport.session.lost(exc, logins, owned)
            self._drop(destroy=not lost)  # a refused spec must not leave the collector behind
            if lost:
                return False
            raise
        self._logins = self.transport.session.generation
        self._version = ""
        self._builds += 1
        return True

    def _drop(self, *, destroy: bool) -> None:
        with self._lock:
            collector, self._collector = self._collector, None
        if destroy and collector is not None:
            discard(collector, collector.DestroyPropertyCollector)

    def cancel(self) -> None:
        """Interrupt a WaitForUpdatesEx running in another thread (it raises RequestCanceled)."""
        with self._lock:
            collector = self._collector
        if collector is not None:
            try:
                collector.CancelWaitForUpdates()
            except PyvmomoError as exc:
                log.debug("CancelWaitForUpdates on %r: %s", collector, exc)

    def close(self) -> None:
        """Destroy the collector (and its filter) if its session still lives."""
        alive = self.transport.session.generation == self._logins
        self._drop(destroy=alive)


class Watch(Generic[P]):
    """An iterator of :class:`Change`, from WaitForUpdatesEx on a private collector.

    The first changes are the current values of every watched path; then
    each change as the server reports it. After a re-login the collector is
    rebuilt and only values that differ from the last reported ones are
    reported again. Stop with ``close()`` (also from another thread: the
    pending WaitForUpdatesEx is cancelled) or by leaving a ``with`` block;
    with ``timeout`` the iteration ends after that many seconds.
    """

    def __init__(
        self,
        transport: Transport,
        objects: Sequence[Readable[P]],
        paths: Sequence[str],
        *,
        timeout: float | None = None,
        check_paths: bool = True,
    ) -> None:
        proxies = [_proxy(obj) for obj in objects]
        if not proxies:
            raise ArgumentError("watch() needs at least one object")
        if not paths:
            raise ArgumentError("watch() needs at least one property path")
        new = transport.registry.new
        self._fields: dict[tuple[str, str], Chain] = {}
        by_type: dict[str, type[ManagedObject]] = {}
        for obj in proxies:
            by_type.setdefault(obj.type, type(obj))
        for type_name, cls in by_type.items():
            for path, field in path_fields(transport, cls, paths, check_paths).items():
                self._fields[(type_name, path)] = field
        spec = new(
            "PropertyFilterSpec",
            objectSet=[new("ObjectSpec", obj=obj) for obj in proxies],
            propSet=[new("PropertySpec", type=name, pathSet=list(paths)) for name in by_type],
        )
        self._transport = transport
        self._stream = UpdateStream(transport, spec)
        self._deadline = None if timeout is None else time.monotonic() + timeout
        self._known: dict[tuple[str, str, str], Any] = {}
        self._properties: dict[ManagedObject, P] = {}
        self._pending: collections.deque[Change[P]] = collections.deque()
        self._lock = threading.Lock()
        self._closed = False
        self._waiting = False

    def __iter__(self) -> Watch[P]:
        return self

    def __next__(self) -> Change[P]:
        while not self._pending:
            budget = wait_budget(self._deadline, first=False)
            with self._lock:
                stop = self._closed or budget is None
                self._closed = stop
                self._waiting = not stop
            if stop:
                self._stream.close()
                raise StopIteration
            assert budget is not None
            try:
                update, restarted = self._stream.wait(*budget)
            except BaseException as exc:
                if self._end_wait() and isinstance(exc, PyvmomoError):
                    self._stream.close()  # close() from another thread cancelled the wait
                    raise StopIteration from None
                raise
            if self._end_wait():  # close() from another thread came while the update was on its way
                self._stream.close()
                raise StopIteration
            if update is not None:
                self._queue(update, restarted)
        return self._pending.popleft()

    def _end_wait(self) -> bool:
        """Mark the wait over; True if close() was called meanwhile."""
        with self._lock:
            self._waiting = False
            return self._closed

    def _queue(self, update: Any, restarted: bool) -> None:
        for filter_update in update.filterSet:
            for object_update in filter_update.objectSet:
                obj = object_update.obj
                props = self._properties_of(obj)
                if object_update.kind == "leave":
                    self._pending.append(Change(obj, "", "leave", None, props))
                    continue
                for change in object_update.changeSet:
                    chain = self._fields.get((obj.type, change.name), ())
                    field = last_field(chain)
                    value = typed_value(as_declared(self._transport, change.val, field), field)
                    key = (obj.type, obj.value, change.name)
                    if restarted and key in self._known and self._known[key] == value:
                        continue  # the snapshot after a rebuild repeats what was already reported
                    self._known[key] = value
                    if change.op == "assign":
                        props.values[change.name] = value
                        props.errors.pop(change.name, None)
                        fill(self._transport, props, {change.name: chain}, {change.name: value})
                    self._pending.append(Change(obj, change.name, change.op, value, props))
                for missing in object_update.missingSet:
                    fault = self._transport.registry.fault_from(
                        missing.fault, remote_object=repr(obj), otherwise=f"property {missing.path!r}"
                    )
                    props.errors[missing.path] = fault
                    props.values.pop(missing.path, None)
                    self._pending.append(Change(obj, missing.path, "assign", None, props, fault))

    def _properties_of(self, obj: ManagedObject) -> P:
        props = self._properties.get(obj)
        if props is None:
            into: type[P] = properties_class(type(obj))
            props = self._properties[obj] = into(obj, {}, {})
        return props

    def close(self) -> None:
        """Stop watching; safe from any thread, and more than once."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
            waiting = self._waiting
        if waiting:
            self._stream.cancel()  # the iterating thread sees the cancel and cleans up
        else:
            self._stream.close()

    def __enter__(self) -> Watch[P]:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


def _proxy(obj: object) -> ManagedObject:
    if not isinstance(obj, ManagedObject):
        raise ArgumentError(f"watch() takes proxies such as a VirtualMachine, got {obj!r}")
    return obj
