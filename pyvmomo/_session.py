"""Session pieces the transport uses: which operations and objects are session-bound,
the login recipe, in-band expiry, the keepalive thread, and finding tasks after
``OutcomeUnknown``.

The session *state* (cookie, ``UserSession``, generation, registry of
session-bound objects) lives on the ``Transport``, which changes it under its
locks; this module holds what does not need them.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any, NamedTuple, cast

from ._base import DataObject, ManagedObject, Operation
from ._errors import ServerFault

if TYPE_CHECKING:
    from ._transport import Transport

log = logging.getLogger("pyvmomo.transport")

LOGIN_OPS = frozenset(
    {"Login", "LoginByToken", "LoginExtensionByCertificate", "LoginExtensionBySubjectName", "LoginBySSPI"}
)
# Operations that create or end the session itself: never followed by a re-login.
SESSION_OPS = LOGIN_OPS | {"CloneSession", "Logout", "RetrieveServiceContent"}
# Managed types whose objects belong to the session that created them.
SESSION_BOUND_TYPES = frozenset(
    {
        "ContainerView",
        "ListView",
        "InventoryView",
        "View",
        "ManagedObjectView",
        "PropertyFilter",
        "PropertyCollector",
        "HistoryCollector",
        "EventHistoryCollector",
        "TaskHistoryCollector",
        "HttpNfcLease",
    }
)
ENDS_SESSION_OBJECT = ("Destroy", "HttpNfcLeaseComplete", "HttpNfcLeaseAbort")


class LoginRecipe(NamedTuple):
    """How the current session was made, so that it can be made again (holds the password)."""

    this: ManagedObject
    op: Operation[Any]
    args: tuple[Any, ...]

    def __repr__(self) -> str:  # never the arguments
        return f"LoginRecipe({self.op.name} on {self.this!r})"


class Keepalive:
    """A daemon thread that calls ``ping`` every ``interval`` seconds until stopped."""

    def __init__(
        self, interval: float, ping: Callable[[], object], wait: Callable[[float], bool] | None
    ) -> None:
        self._interval = interval
        self._ping = ping
        self._stopped = threading.Event()
        self._wait = wait or self._stopped.wait
        self._thread = threading.Thread(target=self._run, name="pyvmomo-keepalive", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._wait(self._interval) and not self._stopped.is_set():
            try:
                self._ping()
            except Exception as exc:  # the thread must outlive a failed ping
                log.warning("keepalive call failed: %s", exc)

    def is_current_thread(self) -> bool:
        return threading.current_thread() is self._thread

    def stop(self) -> None:
        self._stopped.set()
        if not self.is_current_thread():
            self._thread.join(timeout=10)  # don't hang the caller on a ping stuck in its read timeout


def in_band_not_authenticated(outcome: Any, cls: type) -> Any:
    """RetrieveProperties(Ex) in-band expiry: every missingSet of every object holds NotAuthenticated."""
    objects = getattr(outcome, "objects", None)
    if objects is None and isinstance(outcome, list):
        objects = outcome
    if not objects:
        return None
    found = None
    for obj in objects:
        if not isinstance(obj, DataObject) or getattr(obj, "propSet", None):
            return None  # any property delivered: the session is alive
        for missing in getattr(obj, "missingSet", None) or ():
            fault = getattr(getattr(missing, "fault", None), "fault", None)
            if not isinstance(fault, cls):
                return None
            found = fault
    return found


def references(this: ManagedObject, args: tuple[Any, ...]) -> Iterator[ManagedObject]:
    """Every managed object reference in a call: ``_this`` and all arguments, at any depth."""
    stack: list[Any] = [this, *args]
    while stack:
        item = stack.pop()
        if isinstance(item, ManagedObject):
            yield item
        elif isinstance(item, list | tuple):
            stack.extend(item)
        elif isinstance(item, DataObject | ServerFault):
            stack.extend(getattr(item, f.name, None) for f in item._fields_)


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
    content = transport.service_content
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
