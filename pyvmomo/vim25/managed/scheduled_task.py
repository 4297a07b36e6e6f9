# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""ScheduledTask: managed object proxy, extends ExtensibleManagedObject. Since 2.0."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from .extensible_managed_object import ExtensibleManagedObject, ExtensibleManagedObjectProperties
from pyvmomo.property import fetch_into as _fetch_into

if TYPE_CHECKING:
    from ..types.scheduled_task_info import ScheduledTaskInfo
    from ..types.scheduled_task_spec import ScheduledTaskSpec

_RECONFIGURE_SCHEDULED_TASK: _Operation[None] = _Operation(
    "ReconfigureScheduledTask",
    (_F("spec", "ScheduledTaskSpec", 0, "2.0"), ),
    None,
    faults=("DuplicateName", "InvalidName", "InvalidState", "RuntimeFault", ),
    since="2.0",
    privilege="ScheduledTask.Edit",
    safe=False,
    task_result=None,
)

_REMOVE_SCHEDULED_TASK: _Operation[None] = _Operation(
    "RemoveScheduledTask",
    (),
    None,
    faults=("InvalidState", "RuntimeFault", ),
    since="2.0",
    privilege="ScheduledTask.Delete",
    safe=False,
    task_result=None,
)

_RUN_SCHEDULED_TASK: _Operation[None] = _Operation(
    "RunScheduledTask",
    (),
    None,
    faults=("InvalidState", "RuntimeFault", ),
    since="2.0",
    privilege="ScheduledTask.Run",
    safe=False,
    task_result=None,
)


class ScheduledTaskProperties(ExtensibleManagedObjectProperties):
    """ScheduledTask's properties as read by fetch(), retrieve() and watch(), base types' included.

    Only the requested properties are set (unset on the server: None, or [] for
    a list). Reading one that was not requested raises AttributeError, and one
    the server refused raises its fault. A dotted path fills a partial data
    object: its other members stay unset, even those the WSDL requires.
    """

    __slots__ = ("info", )
    obj: ScheduledTask  # pyright: ignore[reportIncompatibleVariableOverride]
    info: ScheduledTaskInfo


class ScheduledTask(ExtensibleManagedObject):
    """ScheduledTask: managed object proxy extending ExtensibleManagedObject, since 2.0.

    Properties (read them typed with fetch() or client.retrieve(); none is fetched implicitly):
        info: ScheduledTaskInfo, since 2.0.
    """

    __slots__ = ()
    _type_: ClassVar[str] = "ScheduledTask"
    _properties_: ClassVar[dict[str, _F]] = {
        "info": _F("info", "ScheduledTaskInfo", 0, "2.0"),
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
        "ReconfigureScheduledTask": _RECONFIGURE_SCHEDULED_TASK,
        "RemoveScheduledTask": _REMOVE_SCHEDULED_TASK,
        "RunScheduledTask": _RUN_SCHEDULED_TASK,
    }
    _property_class_ = ScheduledTaskProperties

    def fetch(self, *paths: str) -> ScheduledTaskProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, ScheduledTaskProperties, paths)

    def ReconfigureScheduledTask(
        self,
        *,
        spec: ScheduledTaskSpec,
        _timeout: float | None = None,
    ) -> None:
        """ReconfigureScheduledTask: an operation of ScheduledTask, since 2.0.

        Privilege: ScheduledTask.Edit.

        Args:
            spec: ScheduledTaskSpec, since 2.0.

        Returns:
            None.

        Raises:
            DuplicateName, InvalidName, InvalidState, RuntimeFault.
        """
        return self._transport.invoke(self, _RECONFIGURE_SCHEDULED_TASK, (spec, ), _timeout)

    def RemoveScheduledTask(
        self,
        *,
        _timeout: float | None = None,
    ) -> None:
        """RemoveScheduledTask: an operation of ScheduledTask, since 2.0.

        Privilege: ScheduledTask.Delete.

        Returns:
            None.

        Raises:
            InvalidState, RuntimeFault.
        """
        return self._transport.invoke(self, _REMOVE_SCHEDULED_TASK, (), _timeout)

    def RunScheduledTask(
        self,
        *,
        _timeout: float | None = None,
    ) -> None:
        """RunScheduledTask: an operation of ScheduledTask, since 2.0.

        Privilege: ScheduledTask.Run.

        Returns:
            None.

        Raises:
            InvalidState, RuntimeFault.
        """
        return self._transport.invoke(self, _RUN_SCHEDULED_TASK, (), _timeout)
