# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): vim.wsdl 0c929e028956, wsdl/catalogue.json f59237447571
"""TaskInfo: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from ..managed.task import Task


class TaskInfo(DynamicData):
    """TaskInfo: data object extending DynamicData, since 2.0.

    Attributes:
        key: string, since 7.0.3.0.
        task: reference to Task, since 7.0.3.0.
        result: any value (xsd:anyType), optional, since 7.0.3.0.
    """

    __slots__ = ("key", "task", "result", )
    _wire_name_: ClassVar[str] = "TaskInfo"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("key", "string", 0, "7.0.3.0"),
        _F("task", "ManagedObjectReference", 0, "7.0.3.0", target="Task"),
        _F("result", "anyType", 2, "7.0.3.0"),
    )
    key: str
    task: Task[object]
    result: Any | None

    def __init__(
        self,
        *,
        key: str,
        task: Task[object],
        result: Any | None = None,
    ) -> None:
        self.key = key
        self.task = task
        self.result = result
