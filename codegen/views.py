"""What the templates read: one frozen, plain-data view per generated module.

``resolve.py`` builds these from the model; ``render.py`` only formats them.
Every decision is taken before a template runs: the imports a module needs,
annotations spelt as that module spells them, docstring lines and metadata
literals are finished strings here, so rendering is plain data in, text out,
and runs once per file (as gapic's ``schema/wrappers.py`` and xsdata's
resolved classes feed their templates).

Field names say what the template prints; a view never refers back to the
model.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Header:
    """The marker and provenance lines atop every generated file."""

    namespace: str
    version: str
    codegen_version: str
    inputs: str  # "vim.wsdl 3f2a..., wsdl/vim25.json 5be7..."


@dataclass(frozen=True, slots=True)
class Imports:
    """A module's import block, decided: lines in the order they are printed."""

    typing_line: str  # "from typing import ..." or "" when nothing is needed
    runtime: tuple[str, ...]
    type_checking: tuple[str, ...]  # under ``if TYPE_CHECKING:``


@dataclass(frozen=True, slots=True)
class Param:
    """A keyword-only argument: ``name: annotation`` or ``name: annotation = None``."""

    name: str
    annotation: str
    optional: bool


@dataclass(frozen=True, slots=True)
class Assignment:
    """One statement of a generated ``__init__``: ``target = value``."""

    target: str  # "self.x" or, re-annotated, "self.x: list[X]"
    value: str


@dataclass(frozen=True, slots=True)
class Attribute:
    """A class-level annotation with its docstring line: ``name: annotation``."""

    name: str
    annotation: str
    doc: str  # its description in the class docstring, without the final period


@dataclass(frozen=True, slots=True)
class DataModule:
    """``types/<x>.py`` or ``faults/<x>.py``: one data object or fault class."""

    path: str
    module_doc: str
    imports: Imports
    base_import: str
    class_name: str
    base_class: str
    class_doc: str  # the docstring's first line
    attributes: tuple[Attribute, ...]  # own fields
    slots: tuple[str, ...] | None  # None: no ``__slots__`` (a fault is an exception)
    wire_name: str
    since: str
    str_classvar: str  # ClassVar[str], as spelt in this class
    fields_classvar: str  # ClassVar[tuple[_F, ...]]
    field_metas: tuple[str, ...]  # ``_F(...)`` literals, inherited fields first
    init_params: tuple[Param, ...]  # required first, then optional
    assignments: tuple[Assignment, ...]


@dataclass(frozen=True, slots=True)
class OperationConstant:
    """A module-level ``_Operation`` descriptor of one operation."""

    constant: str
    result: str  # the descriptor's type argument, as spelt at module level
    name: str
    param_metas: tuple[str, ...]
    result_meta: str  # ``_F(...)`` or "None"
    faults: tuple[str, ...]
    since: str
    privilege: str  # a literal: '"System.View"' or "None"
    safe: bool
    task_result_meta: str  # ``_F(...)`` or "None"


@dataclass(frozen=True, slots=True)
class Method:
    """A proxy method: keyword-only signature, docstring and one ``invoke``."""

    name: str
    params: tuple[Param, ...]  # required first, then optional
    timeout_annotation: str  # float | None, as spelt in this class
    result: str
    doc: str  # the docstring's body, indented, ready to print
    constant: str
    args: tuple[str, ...]  # wire order


@dataclass(frozen=True, slots=True)
class Property:
    """A managed object's property: its typed slot, docstring line and metadata."""

    name: str
    wire_name: str
    annotation: str
    doc: str
    meta: str


@dataclass(frozen=True, slots=True)
class ManagedModule:
    """``managed/<x>.py``: a proxy class and, for a real managed type, its properties class."""

    path: str
    module_doc: str
    imports: Imports
    type_vars: tuple[str, ...]
    constants: tuple[OperationConstant, ...]
    real: bool  # False for ``_Unplaced``: no properties class, no fetch()
    properties_class: str
    properties_base: str
    owner_annotation: str | None  # ``obj``'s re-annotation in a subclass's properties class
    properties: tuple[Property, ...]
    class_name: str
    bases: str
    class_doc: str  # the docstring's first line
    type_classvar: str  # ClassVar[str]
    properties_classvar: str  # ClassVar[dict[str, _F]]
    operations_classvar: str  # ClassVar[dict[str, _Operation[Any]]]
    path_annotation: str  # fetch()'s ``*paths`` type: str
    methods: tuple[Method, ...]


@dataclass(frozen=True, slots=True)
class EnumConstant:
    name: str
    wire_name: str


@dataclass(frozen=True, slots=True)
class Enum:
    """One open enum class and its ``Literal`` alias in ``enums.py``."""

    name: str
    doc: str
    final: str  # Final, as spelt in this class
    values_classvar: str  # ClassVar[tuple[str, ...]]
    values: tuple[EnumConstant, ...]
    alias: str  # XValue


@dataclass(frozen=True, slots=True)
class EnumsModule:
    path: str
    service: str
    imports: Imports
    enums: tuple[Enum, ...]


@dataclass(frozen=True, slots=True)
class IndexModule:
    """``_index.py``: where each generated name lives, for lazy imports."""

    path: str
    version: str
    namespace: str
    sibling: str | None
    version_parents: tuple[tuple[str, str], ...]
    versions: tuple[str, ...]
    types: tuple[tuple[str, str], ...]  # name -> module, relative to the package
    managed: tuple[tuple[str, str], ...]
    properties: tuple[tuple[str, str], ...]
    enums: tuple[str, ...]
    arrays: tuple[tuple[str, str, str], ...]  # wrapper, item type, item element
    operations: tuple[tuple[str, str], ...]  # operation -> owner ("" when unplaced)


@dataclass(frozen=True, slots=True)
class ProvenanceModule:
    path: str
    version: str
    codegen_version: str
    files: tuple[tuple[str, str], ...]  # input file -> sha256


@dataclass(frozen=True, slots=True)
class PackageInit:
    """``__init__.py``: the lazy loader."""

    path: str
    service: str
    version: str
    sibling: str | None
    module_count: int


@dataclass(frozen=True, slots=True)
class PackageStub:
    """``__init__.pyi``: every generated name, imported for type checkers."""

    path: str
    imports: tuple[tuple[str, str], ...]  # (module relative to the package, name)
    all_names: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class SubpackageInit:
    path: str
    doc: str


@dataclass(frozen=True, slots=True)
class EmptyFile:
    path: str


Module = (
    DataModule
    | ManagedModule
    | EnumsModule
    | IndexModule
    | ProvenanceModule
    | PackageInit
    | PackageStub
    | SubpackageInit
    | EmptyFile
)


@dataclass(frozen=True, slots=True)
class Package:
    """Every module of one binding package, resolved; rendering prints each once."""

    header: Header
    modules: tuple[Module, ...]

    def module(self, path: str) -> Module:
        """The view of the file at ``path`` ("types/bag.py"); KeyError if there is none."""
        for module in self.modules:
            if module.path == path:
                return module
        raise KeyError(path)
