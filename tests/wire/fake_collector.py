"""A scripted property collector on FakeVSphere: views, paging tokens and task updates.

vcsim ignores ``maxObjects`` and finishes every task inside the call that
starts it, so paging, running tasks and InvalidCollectorVersion cannot be
shown on it. :class:`FakeCollector` answers those calls on a
:class:`~tests.tools.fakevsphere.FakeVSphere` in the wire format of a real
vCenter: ``RetrieveResult`` pages with a ``token``, ``UpdateSet`` versions,
``TaskInfo`` values with ``xsi:type``. Views, tokens and collectors belong to
the session that created them, as on a real server: used from another session
they are unknown (ManagedObjectNotFound for objects, InvalidArgument for a
token).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass, field
from email.message import Message
from xml.sax.saxutils import escape

from lxml import etree

from tests.tools.fakevsphere import FakeVSphere, HandlerResult, fault_response, moref_xml, soap_response


def _children(element: etree._Element, name: str) -> list[etree._Element]:
    return [c for c in element if isinstance(c.tag, str) and etree.QName(c).localname == name]


def _text(element: etree._Element, name: str) -> str | None:
    found = _children(element, name)
    return (found[0].text or "") if found else None


@dataclass
class TaskScript:
    """How one fake task's ``info`` evolves: one step per WaitForUpdatesEx.

    Each step is ``(state, progress)``; the last step repeats. A final
    ``"error"`` step reports ``fault_xml`` (a ``<fault xsi:type=...>``
    element's content and type) as ``TaskInfo.error``.
    """

    steps: list[tuple[str, int | None]]
    result_xml: str = ""
    fault_type: str = "InvalidPowerState"
    fault_xml: str = "<requestedState>poweredOn</requestedState><existingState>poweredOn</existingState>"
    name: str = "PowerOnVM_Task"  # TaskInfo.name: vSphere sends the wire name, vcsim a short one ("PowerOn")
    position: int = 0

    def current(self) -> tuple[str, int | None]:
        return self.steps[min(self.position, len(self.steps) - 1)]


@dataclass
class _Collector:
    session: str | None
    tasks: list[str] = field(default_factory=list)
    version: int = 0


class FakeCollector:
    """Answers view, retrieve and update calls over ``vm_count`` fake VMs and scripted tasks."""

    def __init__(self, server: FakeVSphere, vm_count: int = 0) -> None:
        self.server = server
        self.vms = [f"vm-{i}" for i in range(1, vm_count + 1)]
        self.denied: dict[str, str] = {}  # vm -> a path refused with NoPermission
        self.tasks: dict[str, TaskScript] = {}
        self.fail_waits: list[str] = []  # fault types the next WaitForUpdatesEx calls answer with
        self._views: dict[str, str | None] = {}
        self._tokens: dict[str, tuple[str | None, list[str], list[str], int]] = {}
        self._collectors: dict[str, _Collector] = {}
        self._ids = itertools.count(1)
        for method in (
            "CreateContainerView",
            "DestroyView",
            "RetrievePropertiesEx",
            "ContinueRetrievePropertiesEx",
            "CancelRetrievePropertiesEx",
            "CreatePropertyCollector",
            "CreateFilter",
            "WaitForUpdatesEx",
            "DestroyPropertyCollector",
        ):
            server.on(method, getattr(self, "_" + method))

    # -- records -------------------------------------------------------------

    def calls(self) -> list[str]:
        """SOAP methods received, in order, with the token or maxObjects they carried."""
        out = []
        for request in self.server.requests:
            op = request.operation()
            method = request.soap_method or "?"
            token = _text(op, "token") if op is not None else None
            max_objects = op.findtext(".//{urn:vim25}maxObjects") if op is not None else None
            if token is not None:
                method += f"({token})"
            elif max_objects:
                method += f"(maxObjects={max_objects})"
            out.append(method)
        return out

    @property
    def live_views(self) -> int:
        return len(self._views)

    @property
    def live_tokens(self) -> int:
        return len(self._tokens)

    @property
    def live_collectors(self) -> int:
        return len(self._collectors)

    # -- views and retrieval ---------------------------------------------------

    def _session(self, headers: Message) -> str | None:
        return self.server.session_token(headers)

    def _CreateContainerView(self, op: etree._Element, headers: Message) -> HandlerResult:
        view = f"session[{self._session(headers)}]view-{next(self._ids)}"
        self._views[view] = self._session(headers)
        return 200, soap_response("CreateContainerView", escape(view)).replace(
            "<returnval>", '<returnval type="ContainerView">'
        )

    def _DestroyView(self, op: etree._Element, headers: Message) -> HandlerResult:
        view = _text(op, "_this") or ""
        if self._views.get(view, "missing") != self._session(headers):
            return _not_found("ContainerView", view)
        del self._views[view]
        return 200, soap_response("DestroyView")

    def _RetrievePropertiesEx(self, op: etree._Element, headers: Message) -> HandlerResult:
        spec = _children(op, "specSet")[0]
        obj = _children(_children(spec, "objectSet")[0], "obj")[0]
        obj_type, obj_value = obj.get("type") or "", obj.text or ""
        paths = [p.text or "" for p in spec.iter("{urn:vim25}pathSet")]
        if obj_type == "ContainerView":
            if self._views.get(obj_value, "missing") != self._session(headers):
                return _not_found(obj_type, obj_value)
            objects = list(self.vms)
        elif obj_value in self.vms:
            objects = [obj_value]
        else:
            return _not_found(obj_type, obj_value)
        size = int(op.findtext(".//{urn:vim25}maxObjects") or len(objects) or 1)
        return 200, self._page("RetrievePropertiesEx", self._session(headers), objects, paths, size)

    def _ContinueRetrievePropertiesEx(self, op: etree._Element, headers: Message) -> HandlerResult:
        token = _text(op, "token") or ""
        entry = self._tokens.pop(token, None)
        if entry is None or entry[0] != self._session(headers):
            return _invalid_token(token)
        session, objects, paths, size = entry
        return 200, self._page("ContinueRetrievePropertiesEx", session, objects, paths, size)

    def _CancelRetrievePropertiesEx(self, op: etree._Element, headers: Message) -> HandlerResult:
        token = _text(op, "token") or ""
        entry = self._tokens.pop(token, None)
        if entry is None or entry[0] != self._session(headers):
            return _invalid_token(token)
        return 200, soap_response("CancelRetrievePropertiesEx")

    def _page(self, method: str, session: str | None, objects: list[str], paths: list[str], size: int) -> str:
        page, rest = objects[:size], objects[size:]
        token = ""
        if rest:
            name = f"token-{next(self._ids)}"
            self._tokens[name] = (session, rest, paths, size)
            token = f"<token>{name}</token>"
        body = "".join(self._object_content(vm, paths) for vm in page)
        return soap_response(method, token + body)

    def _object_content(self, vm: str, paths: list[str]) -> str:
        props, missing = [], []
        for path in paths:
            if self.denied.get(vm) == path:
                missing.append(
                    f"<missingSet><path>{path}</path><fault><fault xsi:type='NoPermission'>"
                    f"{moref_xml('object', 'VirtualMachine', vm)}<privilegeId>System.Read</privilegeId>"
                    "</fault><localizedMessage>Permission to perform this operation was denied."
                    "</localizedMessage></fault></missingSet>"
                )
            elif path in _VALUES:
                props.append(f"<propSet><name>{path}</name>{_VALUES[path](vm)}</propSet>")
            else:
                missing.append(
                    f"<missingSet><path>{path}</path><fault><fault xsi:type='InvalidProperty'>"
                    f"<name>{path}</name></fault></fault></missingSet>"
                )
        return (
            f"<objects>{moref_xml('obj', 'VirtualMachine', vm)}{''.join(props)}{''.join(missing)}</objects>"
        )

    # -- collectors and task updates ---------------------------------------------

    def _CreatePropertyCollector(self, op: etree._Element, headers: Message) -> HandlerResult:
        name = f"session[{self._session(headers)}]collector-{next(self._ids)}"
        self._collectors[name] = _Collector(self._session(headers))
        return 200, soap_response("CreatePropertyCollector", escape(name)).replace(
            "<returnval>", '<returnval type="PropertyCollector">'
        )

    def _collector(self, op: etree._Element, headers: Message) -> tuple[str, _Collector | None]:
        name = _text(op, "_this") or ""
        found = self._collectors.get(name)
        if found is None or found.session != self._session(headers):
            return name, None
        return name, found

    def _CreateFilter(self, op: etree._Element, headers: Message) -> HandlerResult:
        name, collector = self._collector(op, headers)
        if collector is None:
            return _not_found("PropertyCollector", name)
        collector.tasks = [o.text or "" for o in op.iter("{urn:vim25}obj")]
        for task in collector.tasks:
            if task not in self.tasks:
                return _not_found("Task", task)
        result = f"{name}-filter"
        return 200, soap_response("CreateFilter", escape(result)).replace(
            "<returnval>", '<returnval type="PropertyFilter">'
        )

    def _DestroyPropertyCollector(self, op: etree._Element, headers: Message) -> HandlerResult:
        name, collector = self._collector(op, headers)
        if collector is None:
            return _not_found("PropertyCollector", name)
        del self._collectors[name]
        return 200, soap_response("DestroyPropertyCollector")

    def _WaitForUpdatesEx(self, op: etree._Element, headers: Message) -> HandlerResult:
        name, collector = self._collector(op, headers)
        if collector is None:
            return _not_found("PropertyCollector", name)
        if self.fail_waits:
            return fault_response(self.fail_waits.pop(0), "")
        version = _text(op, "version") or ""
        if version == "":
            changed = collector.tasks  # a full update from the start
        else:
            changed = []
            for task in collector.tasks:
                script = self.tasks[task]
                before = script.current()
                script.position += 1
                if script.current() != before:
                    changed.append(task)
        if not changed:
            return 200, soap_response("WaitForUpdatesEx")  # no returnval: nothing changed
        collector.version += 1
        objects = "".join(
            f"<objectSet><kind>{'enter' if version == '' else 'modify'}</kind>"
            f"{moref_xml('obj', 'Task', task)}<changeSet><name>info</name><op>assign</op>"
            f"{self._task_info(task)}</changeSet></objectSet>"
            for task in changed
        )
        update = (
            f"<version>{collector.version}</version><filterSet>"
            f"{moref_xml('filter', 'PropertyFilter', name + '-filter')}{objects}</filterSet>"
        )
        return 200, soap_response("WaitForUpdatesEx", update)

    def _task_info(self, task: str) -> str:
        script = self.tasks[task]
        state, progress = script.current()
        error = result = ""
        if state == "error":
            error = (
                f"<error><fault xsi:type='{script.fault_type}'>{script.fault_xml}</fault>"
                "<localizedMessage>The attempted operation cannot be performed in the current state."
                "</localizedMessage></error>"
            )
        if state == "success" and script.result_xml:
            result = script.result_xml
        progress_xml = f"<progress>{progress}</progress>" if progress is not None else ""
        return (
            "<val xsi:type='TaskInfo'>"
            f"<key>{task}</key>{moref_xml('task', 'Task', task)}<name>{script.name}</name>"
            "<descriptionId>VirtualMachine.powerOn</descriptionId>"
            f"{moref_xml('entity', 'VirtualMachine', 'vm-1')}"
            f"<entityName>vm-1</entityName><state>{state}</state><cancelled>false</cancelled>"
            f"<cancelable>true</cancelable>{error}{result}{progress_xml}"
            "<reason xsi:type='TaskReasonUser'><userName>u</userName></reason>"
            "<queueTime>2026-01-02T03:04:05.123456789Z</queueTime><eventChainId>7</eventChainId></val>"
        )


_VALUES: dict[str, Callable[[str], str]] = {
    "name": lambda vm: f"<val xsi:type='xsd:string'>VM {vm.removeprefix('vm-')}</val>",
    "runtime.powerState": lambda vm: "<val xsi:type='VirtualMachinePowerState'>poweredOn</val>",
    "config.hardware.numCPU": lambda vm: "<val xsi:type='xsd:int'>2</val>",
    "datastore": lambda vm: (
        "<val xsi:type='ArrayOfManagedObjectReference'>"
        + moref_xml("ManagedObjectReference", "Datastore", "datastore-1")
        + "</val>"
    ),
}


def _not_found(obj_type: str, value: str) -> HandlerResult:
    return fault_response(
        "ManagedObjectNotFound",
        "The object has already been deleted or has not been completely created",
        moref_xml("obj", obj_type, value),
    )


def _invalid_token(token: str) -> HandlerResult:
    return fault_response(
        "InvalidArgument",
        f"A specified parameter was not correct: token {token}",
        "<invalidProperty>token</invalidProperty>",
    )
