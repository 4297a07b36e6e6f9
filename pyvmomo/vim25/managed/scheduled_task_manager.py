# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""ScheduledTaskManager: managed object proxy. Since 2.0."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from pyvmomo._base import ManagedObject as _ManagedObject
from pyvmomo.property import ObjectProperties as _ObjectProperties
from pyvmomo.property import fetch_into as _fetch_into

if TYPE_CHECKING:
    from .managed_entity import ManagedEntity
    from .scheduled_task import ScheduledTask
    from ..types.scheduled_task_description import ScheduledTaskDescription
    from ..types.scheduled_task_spec import ScheduledTaskSpec

_CREATE_OBJECT_SCHEDULED_TASK: _Operation[ScheduledTask] = _Operation(
    "CreateObjectScheduledTask",
    (_F("obj", "ManagedObjectReference", 0, "4.0"), _F("spec", "ScheduledTaskSpec", 0, "4.0"), ),
    _F("returnval", "ManagedObjectReference", 0, "4.0", target="ScheduledTask"),
    faults=("DuplicateName", "InvalidName", "RuntimeFault", ),
    since="4.0",
    privilege=None,
    safe=False,
    task_result=None,
)

_CREATE_SCHEDULED_TASK: _Operation[ScheduledTask] = _Operation(
    "CreateScheduledTask",
    (_F("entity", "ManagedObjectReference", 0, "2.0", target="ManagedEntity"), _F("spec", "ScheduledTaskSpec", 0, "2.0"), ),
    _F("returnval", "ManagedObjectReference", 0, "2.0", target="ScheduledTask"),
    faults=("DuplicateName", "InvalidName", "RuntimeFault", ),
    since="2.0",
    privilege=None,
    safe=False,
    task_result=None,
)

_RETRIEVE_ENTITY_SCHEDULED_TASK: _Operation[list[ScheduledTask]] = _Operation(
    "RetrieveEntityScheduledTask",
    (_F("entity", "ManagedObjectReference", 2, "2.0", target="ManagedEntity"), ),
    _F("returnval", "ManagedObjectReference", 3, "2.0", target="ScheduledTask"),
    faults=("RuntimeFault", ),
    since="2.0",
    privilege="System.View",
    safe=True,
    task_result=None,
)

_RETRIEVE_OBJECT_SCHEDULED_TASK: _Operation[list[ScheduledTask]] = _Operation(
    "RetrieveObjectScheduledTask",
    (_F("obj", "ManagedObjectReference", 2, "4.0"), ),
    _F("returnval", "ManagedObjectReference", 3, "4.0", target="ScheduledTask"),
    faults=("RuntimeFault", ),
    since="4.0",
    privilege="System.View",
    safe=True,
    task_result=None,
)


class ScheduledTaskManagerProperties(_ObjectProperties["ScheduledTaskManager"]):
    """ScheduledTaskManager's properties as read by fetch(), retrieve() and watch(), base types' included.

    Only the requested properties are set (unset on the server: None, or [] for
    a list). Reading one that was not requested raises AttributeError, and one
    the server refused raises its fault. A dotted path fills a partial data
    object: its other members stay unset, even those the WSDL requires.
    """

    __slots__ = ("scheduledTask", "description", )
    scheduledTask: list[ScheduledTask]
    description: ScheduledTaskDescription


class ScheduledTaskManager(_ManagedObject):
    """ScheduledTaskManager: managed object proxy, since 2.0.

    Properties (read them typed with fetch() or client.retrieve(); none is fetched implicitly):
        scheduledTask: list of references to ScheduledTask, since 2.0, read privilege System.View.
        description: ScheduledTaskDescription, since 2.0, read privilege System.View.
    """

    __slots__ = ()
    _type_: ClassVar[str] = "ScheduledTaskManager"
    _properties_: ClassVar[dict[str, _F]] = {
        "scheduledTask": _F("scheduledTask", "ManagedObjectReference", 3, "2.0", target="ScheduledTask"),
        "description": _F("description", "ScheduledTaskDescription", 0, "2.0"),
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
        "CreateObjectScheduledTask": _CREATE_OBJECT_SCHEDULED_TASK,
        "CreateScheduledTask": _CREATE_SCHEDULED_TASK,
        "RetrieveEntityScheduledTask": _RETRIEVE_ENTITY_SCHEDULED_TASK,
        "RetrieveObjectScheduledTask": _RETRIEVE_OBJECT_SCHEDULED_TASK,
    }
    _property_class_ = ScheduledTaskManagerProperties

    def fetch(self, *paths: str) -> ScheduledTaskManagerProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, ScheduledTaskManagerProperties, paths)

    def CreateObjectScheduledTask(
        self,
        *,
        obj: _ManagedObject,
        spec: ScheduledTaskSpec,
        _timeout: float | None = None,
    ) -> ScheduledTask:
        """CreateObjectScheduledTask: an operation of ScheduledTaskManager, since 4.0.

        Args:
            obj: reference to any managed object, since 4.0, needs ScheduledTask.Create on it.
            spec: ScheduledTaskSpec, since 4.0.

        Returns:
            Reference to ScheduledTask.

        Raises:
            DuplicateName, InvalidName, RuntimeFault.
        """
        return self._transport.invoke(self, _CREATE_OBJECT_SCHEDULED_TASK, (obj, spec, ), _timeout)

    def CreateScheduledTask(
        self,
        *,
        entity: ManagedEntity,
        spec: ScheduledTaskSpec,
        _timeout: float | None = None,
    ) -> ScheduledTask:
        """CreateScheduledTask: an operation of ScheduledTaskManager, since 2.0.

        Args:
            entity: reference to ManagedEntity, since 2.0, needs ScheduledTask.Create on it.
            spec: ScheduledTaskSpec, since 2.0.

        Returns:
            Reference to ScheduledTask.

        Raises:
            DuplicateName, InvalidName, RuntimeFault.
        """
        return self._transport.invoke(self, _CREATE_SCHEDULED_TASK, (entity, spec, ), _timeout)

    def RetrieveEntityScheduledTask(
        self,
        *,
        entity: ManagedEntity | None = None,
        _timeout: float | None = None,
    ) -> list[ScheduledTask]:
        """RetrieveEntityScheduledTask: an operation of ScheduledTaskManager, since 2.0.

        Privilege: System.View. Safe to re-send after a lost reply.

        Args:
            entity: reference to ManagedEntity, optional, since 2.0.

        Returns:
            List of references to ScheduledTask.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _RETRIEVE_ENTITY_SCHEDULED_TASK, (entity, ), _timeout)

    def RetrieveObjectScheduledTask(
        self,
        *,
        obj: _ManagedObject | None = None,
        _timeout: float | None = None,
    ) -> list[ScheduledTask]:
        """RetrieveObjectScheduledTask: an operation of ScheduledTaskManager, since 4.0.

        Privilege: System.View. Safe to re-send after a lost reply.

        Args:
            obj: reference to any managed object, optional, since 4.0.

        Returns:
            List of references to ScheduledTask.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _RETRIEVE_OBJECT_SCHEDULED_TASK, (obj, ), _timeout)
