# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): vim.wsdl fbfa58361e4c, wsdl/catalogue.json e4353d7b904e
"""Counter: data object type, extends DynamicData. Since 7.0.3.0."""

from __future__ import annotations

import builtins as _builtins
import datetime as _datetime
from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .snapshot import Snapshot as _Snapshot
    from pyvmomo._base import ManagedObject as _ManagedObject


class Counter(DynamicData):
    """Counter: data object extending DynamicData, since 7.0.3.0.

    Attributes:
        int: int, since 7.0.3.0.
        count: int, since 7.0.3.0.
        list: list of string, since 7.0.3.0.
        names: list of string, since 7.0.3.0.
        datetime: dateTime, since 7.0.3.0.
        when: dateTime, optional, since 7.0.3.0.
        object: reference to any managed object, optional, since 7.0.3.0.
        Snapshot: Snapshot, optional, since 7.0.3.0.
        previous: Snapshot, optional, since 7.0.3.0.
    """

    __slots__ = ("int", "count", "list", "names", "datetime", "when", "object", "Snapshot", "previous", )
    _wire_name_: ClassVar[str] = "Counter"
    _since_: ClassVar[str] = "7.0.3.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("int", "int", 0, "7.0.3.0"),
        _F("count", "int", 0, "7.0.3.0"),
        _F("list", "string", 3, "7.0.3.0"),
        _F("names", "string", 3, "7.0.3.0"),
        _F("datetime", "dateTime", 0, "7.0.3.0"),
        _F("when", "dateTime", 2, "7.0.3.0"),
        _F("object", "ManagedObjectReference", 2, "7.0.3.0"),
        _F("Snapshot", "Snapshot", 2, "7.0.3.0"),
        _F("previous", "Snapshot", 2, "7.0.3.0"),
    )
    int: _builtins.int
    count: _builtins.int
    list: _builtins.list[str]
    names: _builtins.list[str]
    datetime: _datetime.datetime
    when: _datetime.datetime | None
    object: _ManagedObject | None
    Snapshot: _Snapshot | None
    previous: _Snapshot | None

    def __init__(
        self,
        *,
        int: _builtins.int,
        count: _builtins.int,
        datetime: _datetime.datetime,
        list: _builtins.list[str] | None = None,
        names: _builtins.list[str] | None = None,
        when: _datetime.datetime | None = None,
        object: _ManagedObject | None = None,
        Snapshot: _Snapshot | None = None,
        previous: _Snapshot | None = None,
    ) -> None:
        self.int = int
        self.count = count
        self.list = [] if list is None else list
        self.names = [] if names is None else names
        self.datetime = datetime
        self.when = when
        self.object = object
        self.Snapshot = Snapshot
        self.previous = previous
