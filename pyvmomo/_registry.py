"""Name -> class lookups over one generated binding package, importing lazily.

A binding package (``pyvmomo.vim25`` or one a user generated) has an
``_index`` module mapping every wire type name to the module that defines it.
The registry imports a module the first time a reply or a call needs its
class, and caches the answer, so a session that touches 30 types loads 30.

A service that imports vim25 types (``pyvmomo.pbm``) gets a registry with a
``parent``: the client's vim25 registry. A name the service does not define
is looked up there, so a vim25 fault in a PBM reply (``NotAuthenticated``) is
the very class the session checks for, and a reference to a vim25 managed
object is a vim25 proxy.

One class may be decoded "references on read" (:meth:`Registry.references_on_read`):
``ServiceContent`` names ~45 managers, and making each reference a proxy at
connect would import ~45 proxy modules a script mostly never uses. Its decoded
object is of a subclass whose reference members hold a :class:`PendingReference`
until first read, when it becomes the proxy (its module imported then). Only
the first read does more than a slot read; every read returns a proxy.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Mapping
from types import ModuleType
from typing import Any

from ._base import DataObject, Field, ManagedObject, Operation, same_members
from ._errors import ArgumentError, ServerFault


class Registry:
    """Lazy lookups over one binding package."""

    def __init__(self, package: str | ModuleType = "pyvmomo.vim25", parent: Registry | None = None) -> None:
        self.package: str = package if isinstance(package, str) else package.__name__
        self._index: Any = importlib.import_module(f"{self.package}._index")
        self.parent: Registry | None = parent
        self.api_version: str = self._index.API_VERSION
        self.versions: tuple[str, ...] = self._index.VERSIONS
        self.namespace: str = self._index.NAMESPACE
        self.enums: frozenset[str] = self._index.ENUMS
        self.arrays: dict[str, tuple[str, str]] = self._index.ARRAYS
        # This service's version -> the vim25 version it goes with (empty for vim25).
        self.version_parents: dict[str, str] = getattr(self._index, "VERSION_PARENTS", {})
        # Namespaces whose element names decode against these classes, own first.
        self.namespaces: tuple[str, ...] = (self.namespace,)
        if parent is not None:
            self.enums = self.enums | parent.enums
            self.arrays = {**parent.arrays, **self.arrays}
            self.namespaces += parent.namespaces
        self._classes: dict[str, Any] = {}
        # Classes loaded so far by wire name, for hot loops that cannot afford a call per look-up.
        self.loaded: Mapping[str, Any] = self._classes
        self._field_maps: dict[type, dict[str, Field]] = {}

    def references_on_read(self, name: str) -> None:
        """Decode ``name`` from now on as a subclass whose single references become proxies when read."""
        cls = self.data_class(name)
        if cls is None or getattr(cls, "_references_on_read_", False):
            return
        self._classes[name] = _references_on_read(cls)

    def _load(self, name: str, module: str) -> Any:
        cls = getattr(importlib.import_module(f"{self.package}.{module}"), name)
        self._classes[name] = cls
        return cls

    def data_class(self, name: str) -> type[DataObject] | type[ServerFault] | None:
        """The data object or fault class for a wire type name, or None."""
        cls = self._classes.get(name)
        if cls is None:
            module = self._index.TYPES.get(name)
            if module is None:
                return None if self.parent is None else self.parent.data_class(name)
            cls = self._load(name, module)
        return cls  # type: ignore[no-any-return]

    def owns_data(self, name: str) -> bool:
        """Whether ``name`` is a data object or fault type of this service itself (not of the parent)."""
        return name in self._index.TYPES

    def has_data_class(self, name: str) -> bool:
        """Whether ``name`` is a data object or fault type of these bindings (imports nothing)."""
        return name in self._index.TYPES or (self.parent is not None and self.parent.has_data_class(name))

    def loaded_class(self, name: str) -> type[DataObject] | type[ServerFault] | None:
        """The class for ``name`` if its module was imported already, else None (imports nothing).

        No value of a class can exist before its module is imported, so an
        ``isinstance`` check against a class that is not loaded yet can be skipped.
        """
        cls = self._classes.get(name)
        if cls is None:
            module = self._index.TYPES.get(name)
            if module is None:
                return None if self.parent is None else self.parent.loaded_class(name)
            if f"{self.package}.{module}" not in sys.modules:
                return None
            cls = self._load(name, module)
        return cls  # type: ignore[no-any-return]

    def is_fault(self, value: object, name: str) -> bool:
        """Whether ``value`` is a fault of type ``name`` (or a subtype); imports nothing."""
        cls = self.loaded_class(name)
        return cls is not None and isinstance(value, cls)

    def empty_fault(self) -> ServerFault:
        """A ``MethodFault`` with every field unset: a fault whose detail names no fault type."""
        cls: Any = self.data_class("MethodFault") or ServerFault
        fault: ServerFault = cls.__new__(cls)
        for f in getattr(cls, "_fields_", ()):
            setattr(fault, f.name, [] if f.array else None)
        return fault

    def fault_from(
        self, localized: Any, *, remote_method: str = "", remote_object: str = "", otherwise: str = ""
    ) -> ServerFault:
        """The raisable fault inside a LocalizedMethodFault (``TaskInfo.error``, ``MissingProperty.fault``).

        It keeps the server's localized message, else its own faultstring, else ``otherwise``,
        and names the call and object it is about.
        """
        fault: ServerFault | None = getattr(localized, "fault", None)
        if fault is None:
            fault = self.empty_fault()
        message = getattr(localized, "localizedMessage", None)
        fault.faultstring = message or fault.faultstring or otherwise
        if remote_method:
            fault.remote_method = remote_method
        fault.remote_object = remote_object
        return fault

    def managed_class(self, name: str) -> type[ManagedObject] | None:
        """The proxy class for a managed type name, or None."""
        cls = self._classes.get(name)
        if cls is None:
            module = self._index.MANAGED.get(name)
            if module is None:
                return None if self.parent is None else self.parent.managed_class(name)
            cls = self._load(name, module)
        return cls  # type: ignore[no-any-return]

    def owns_managed(self, name: str) -> bool:
        """Whether ``name`` is a managed type of this service itself (not of the parent)."""
        return name in self._index.MANAGED

    def field_map(self, cls: type) -> dict[str, Field]:
        """Wire element name -> field, for decoding."""
        fields = self._field_maps.get(cls)
        if fields is None:
            fields = {f.wire: f for f in cls._fields_}  # type: ignore[attr-defined]
            self._field_maps[cls] = fields
        return fields

    def operation(self, name: str) -> Operation[Any] | None:
        """The descriptor of a WSDL operation, from the proxy class that owns it."""
        owner = self._index.OPERATIONS.get(name)
        if owner is None:
            return None
        if owner:
            cls = self.managed_class(owner)
            return cls._operations_.get(name) if cls else None
        unplaced = importlib.import_module(f"{self.package}.managed._unplaced")
        return unplaced._Unplaced._operations_.get(name)  # type: ignore[no-any-return]

    def operation_names(self) -> list[str]:
        """Every operation these bindings know, by wire name."""
        return list(self._index.OPERATIONS)

    def new(self, name: str, /, **fields: Any) -> Any:
        """Build a data object of these bindings by wire name (for hand-written helpers)."""
        cls = self.data_class(name)
        if cls is None:
            raise ArgumentError(f"{self.package} has no data type {name}")
        return cls(**fields)

    def is_data_subclass(self, value: object, declared: str) -> bool:
        """Whether ``value`` may fill a slot declared as ``declared``."""
        cls = self.data_class(declared)
        return cls is not None and isinstance(value, cls)


class PendingReference:
    """A decoded reference whose proxy is made when its member is first read."""

    __slots__ = ("decoder", "type", "value")

    def __init__(self, decoder: Any, type_name: str, value: str) -> None:
        self.decoder = decoder  # the reply's decoder: binds the proxy to the right transport
        self.type = type_name
        self.value = value

    def __repr__(self) -> str:
        return f"PendingReference({self.type}:{self.value})"


class _ReferenceOnRead:
    """A data descriptor over one slot: a PendingReference in it becomes its proxy when read."""

    __slots__ = ("_slot",)

    def __init__(self, slot: Any) -> None:
        self._slot = slot

    def __get__(self, obj: Any, owner: type | None = None) -> Any:
        if obj is None:
            return self
        value = self._slot.__get__(obj, owner)
        if type(value) is PendingReference:  # two racing threads make equal proxies; either is kept
            value = value.decoder.reference_value(value.type, value.value)
            self._slot.__set__(obj, value)
        return value

    def __set__(self, obj: Any, value: Any) -> None:
        self._slot.__set__(obj, value)

    def __delete__(self, obj: Any) -> None:
        self._slot.__delete__(obj)


def _references_on_read(cls: type[Any]) -> type[Any]:
    """A subclass of ``cls``, same name, each single reference member read through _ReferenceOnRead."""

    def equal(self: Any, other: object) -> Any:  # equal to a plain ``cls`` with equal members
        if not isinstance(other, cls):
            return NotImplemented
        return same_members(self, other)

    namespace: dict[str, Any] = {
        "__slots__": (),
        "__doc__": cls.__doc__,
        "__module__": cls.__module__,
        "__qualname__": cls.__qualname__,
        "__eq__": equal,
        "__hash__": None,
        "_references_on_read_": True,
    }
    for f in cls._fields_:
        if f.type == "ManagedObjectReference" and not f.array:
            slot = next(k.__dict__[f.name] for k in cls.__mro__ if f.name in k.__dict__)
            namespace[f.name] = _ReferenceOnRead(slot)
    return type(cls.__name__, (cls,), namespace)
