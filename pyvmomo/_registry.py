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
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Mapping
from types import ModuleType
from typing import Any

from ._base import DataObject, Field, ManagedObject, Operation
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
