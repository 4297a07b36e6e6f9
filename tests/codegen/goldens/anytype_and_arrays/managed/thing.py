# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): vim.wsdl 0c929e028956, wsdl/catalogue.json f59237447571
"""Thing: managed object proxy. Since 7.0.3.0."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from pyvmomo._base import ManagedObject as _ManagedObject
from pyvmomo.property import ObjectProperties as _ObjectProperties
from pyvmomo.property import fetch_into as _fetch_into

if TYPE_CHECKING:
    from ..types.bag import Bag
    from .task import Task

_CLONE_THING_TASK: _Operation[Task[Thing]] = _Operation(
    "CloneThing_Task",
    (_F("name", "string", 0, "7.0.3.0"), _F("bag", "Bag", 2, "7.0.3.0"), ),
    _F("returnval", "ManagedObjectReference", 0, "7.0.3.0", target="Task"),
    faults=(),
    since="7.0.3.0",
    privilege="Thing.Clone",
    safe=False,
    task_result=_F("result", "ManagedObjectReference", 0, "7.0.3.0", target="Thing"),
)

_ECHO: _Operation[Any | None] = _Operation(
    "Echo",
    (_F("value", "anyType", 0, "7.0.3.0"), ),
    _F("returnval", "anyType", 2, "7.0.3.0"),
    faults=(),
    since="7.0.3.0",
    privilege=None,
    safe=False,
    task_result=None,
)

_LIST_THINGS: _Operation[list[Thing]] = _Operation(
    "ListThings",
    (),
    _F("returnval", "ManagedObjectReference", 3, "7.0.3.0", target="Thing"),
    faults=(),
    since="7.0.3.0",
    privilege=None,
    safe=False,
    task_result=None,
)


class ThingProperties(_ObjectProperties["Thing"]):
    """Thing's properties as read by fetch(), retrieve() and watch(), base types' included.

    Only the requested properties are set (unset on the server: None, or [] for
    a list). Reading one that was not requested raises AttributeError, and one
    the server refused raises its fault. A dotted path fills a partial data
    object: its other members stay unset, even those the WSDL requires.
    """

    __slots__ = ("name", "recentTask", )
    name: str
    recentTask: list[Task[object]]


class Thing(_ManagedObject):
    """Thing: managed object proxy, since 7.0.3.0.

    Properties (read them typed with fetch() or client.retrieve(); none is fetched implicitly):
        name: string, since 7.0.3.0, read privilege System.Read.
        recentTask: list of references to Task, since 7.0.3.0.
    """

    __slots__ = ()
    _type_: ClassVar[str] = "Thing"
    _properties_: ClassVar[dict[str, _F]] = {
        "name": _F("name", "string", 0, "7.0.3.0"),
        "recentTask": _F("recentTask", "ManagedObjectReference", 3, "7.0.3.0", target="Task"),
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
        "CloneThing_Task": _CLONE_THING_TASK,
        "Echo": _ECHO,
        "ListThings": _LIST_THINGS,
    }
    _property_class_ = ThingProperties

    def fetch(self, *paths: str) -> ThingProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, ThingProperties, paths)

    def CloneThing_Task(
        self,
        *,
        name: str,
        bag: Bag | None = None,
        _timeout: float | None = None,
    ) -> Task[Thing]:
        """CloneThing_Task: an operation of Thing, since 7.0.3.0.

        Privilege: Thing.Clone.

        Args:
            name: string, since 7.0.3.0.
            bag: Bag, optional, since 7.0.3.0.

        Returns:
            A reference to the Task; its result is reference to Thing.
        """
        return self._transport.invoke(self, _CLONE_THING_TASK, (name, bag, ), _timeout)

    def Echo(
        self,
        *,
        value: Any,
        _timeout: float | None = None,
    ) -> Any | None:
        """Echo: an operation of Thing, since 7.0.3.0.

        Args:
            value: any value (xsd:anyType), since 7.0.3.0.

        Returns:
            Any value (xsd:anyType), or None.
        """
        return self._transport.invoke(self, _ECHO, (value, ), _timeout)

    def ListThings(
        self,
        *,
        _timeout: float | None = None,
    ) -> list[Thing]:
        """ListThings: an operation of Thing, since 7.0.3.0.

        Returns:
            List of references to Thing.
        """
        return self._transport.invoke(self, _LIST_THINGS, (), _timeout)
