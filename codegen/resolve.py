"""Stage 5, resolve: decide everything about each generated module, as plain data.

``resolve_package`` turns the finished model into a :class:`views.Package`:
one frozen view per file holding its imports, its annotations spelt as that
module must spell them, its docstrings and its metadata literals. Rendering
then only formats those strings (``render.py``), once per file.

Design decisions:

- An annotation is a value, not a side effect: :class:`CodeSpelling` spells
  each part of it as a :class:`Spelt`, the text plus the imports that text
  needs, and composing parts unites their needs. A module's imports are the
  union over everything it prints; nothing is recorded while a template runs.
- The shapes of annotations come from ``annotate.py``, shared with the API
  reference (``docs.Formatter`` spells the same shapes as HTML).
- Naming rule 3 (``naming.py``) is applied per class: a spelling knows the
  names the class being resolved declares (``hidden``) and spells a name they
  would hide through its private alias.
- Generated names that clash with WSDL names (``XProperties``, ``XValue``)
  are refused here, before anything is written.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from . import annotate, naming
from .model import Api, DataType, EnumType, ManagedType, Member, Operation
from .views import (
    Assignment,
    Attribute,
    DataModule,
    EmptyFile,
    Enum,
    EnumConstant,
    EnumsModule,
    Header,
    Imports,
    IndexModule,
    ManagedModule,
    Method,
    Module,
    OperationConstant,
    Package,
    PackageInit,
    PackageStub,
    Param,
    Property,
    ProvenanceModule,
    SubpackageInit,
)

CODEGEN_VERSION = "0.2.0"

# Hand-written mixins that give a managed type its snake_case helpers.
# name -> (module, class, generic in the task result type)
MIXINS: dict[str, tuple[str, str, bool]] = {
    "Task": ("pyvmomo.task", "TaskMixin", True),
}

# What a spelt name needs imported: (what, name). ``what`` is "class" (a generated class by its
# own name), "aliased" (one imported as _Name), "typing", "module" (builtins, typing or datetime
# imported under an alias), or a flag with name "": "datetime", "sequence", "enum_value",
# "generic_mor"; or "enum_alias" (a Literal alias from enums.py).
Use = tuple[str, str]
_NOTHING: frozenset[Use] = frozenset()


@dataclass(frozen=True, slots=True)
class Spelt:
    """Annotation text and the imports it needs."""

    text: str
    uses: frozenset[Use] = _NOTHING


class CodeSpelling:
    """Spells annotation parts as a generated module does (an ``annotate.Spelling[Spelt]``).

    ``hidden`` holds the names the class being resolved declares (fields,
    methods, enum constants); a name an annotation needs that one of them
    hides is spelt through :func:`naming.alias` (naming rule 3). Module-level
    code (operation constants) is spelt with ``hidden`` empty.
    """

    __slots__ = ("_names", "hidden")

    def __init__(self, hidden: frozenset[str] = frozenset()) -> None:
        self.hidden = hidden
        self._names: dict[str, Spelt] = {}  # the same names recur in every annotation

    def name(self, name: str) -> Spelt:
        """How this class spells a builtin, typing name, ``datetime`` or generated class."""
        spelt = self._names.get(name)
        if spelt is None:
            spelt = self._names[name] = self._spell(name)
        return spelt

    def _spell(self, name: str) -> Spelt:
        if name in self.hidden:
            alias = naming.alias(name)
            if alias.startswith("_") and "." in alias:
                return Spelt(alias, frozenset({("module", alias[1:].partition(".")[0])}))
            return Spelt(alias, frozenset({("aliased", name)}))
        if name in naming.TYPING_NAMES:
            return Spelt(name, frozenset({("typing", name)}))
        if name == "datetime":
            return Spelt(name, frozenset({("datetime", "")}))
        if name in naming.BUILTIN_TYPES:
            return Spelt(name)
        return Spelt(name, frozenset({("class", name)}))

    # -- annotate.Spelling: the shapes come from codegen/annotate.py, shared with the docs.

    def proxy(self, name: str) -> Spelt:
        return self.name(name)

    def any_proxy(self) -> Spelt:
        return Spelt("_ManagedObject", frozenset({("generic_mor", "")}))

    def data(self, name: str) -> Spelt:
        return self.name(name)

    def enum(self, name: str) -> Spelt:
        return self.name("str")

    def enum_input(self, name: str) -> Spelt:
        alias = annotate.enum_alias(name)
        return Spelt(f"{alias} | EnumValue", frozenset({("enum_alias", alias), ("enum_value", "")}))

    def primitive(self, python: str, xsd: str) -> Spelt:
        return self.name(python)

    def generic(self, outer: Spelt, inner: Spelt) -> Spelt:
        return Spelt(f"{outer.text}[{inner.text}]", outer.uses | inner.uses)

    def listed(self, inner: Spelt) -> Spelt:
        return self.generic(self.name("list"), inner)

    def sequence(self, inner: Spelt) -> Spelt:
        return Spelt(f"Sequence[{inner.text}]", inner.uses | {("sequence", "")})

    def optional(self, inner: Spelt) -> Spelt:
        return Spelt(f"{inner.text} | None", inner.uses)

    def none(self) -> Spelt:
        return Spelt("None")


def _all_uses(spelt: Iterable[Spelt]) -> frozenset[Use]:
    return _NOTHING.union(*(s.uses for s in spelt))


@dataclass(frozen=True)
class _Context:
    """What every module of one package is resolved against."""

    api: Api
    kinds: annotate.Kinds
    faults: frozenset[str]
    imported: dict[str, str]  # name -> its module in the sibling package

    @classmethod
    def of(cls, api: Api) -> _Context:
        faults = frozenset(d.name for d in api.data_types if d.is_fault)
        return cls(api, annotate.Kinds.of(api), faults, api.imported_modules)

    def sibling_module(self, name: str, here: str) -> str | None:
        """The relative module path of a name imported from the sibling (vim25) package, else None.

        ``here`` is the folder of the importing module ("" for the package root):
        the sibling sits beside the package, so a sub-module climbs one more level.
        """
        module = self.imported.get(name)
        if module is None or self.api.sibling is None:
            return None
        return f"{'..' if not here else '...'}{self.api.sibling}.{module}"

    def module_of(self, name: str, here: str) -> str:
        """Where a module in folder ``here`` imports the generated class ``name`` from."""
        if name in self.imported and (found := self.sibling_module(name, here)):
            return found
        if name in self.kinds.managed:
            folder = "managed"
        elif name in self.faults:
            folder = "faults"
        else:
            folder = "types"
        prefix = "." if folder == here else f"..{folder}."
        return f"{prefix}{naming.module_name(name)}"

    def imports(
        self,
        uses: frozenset[Use],
        here: str,
        own: str,
        runtime: tuple[str, ...] = (),
        typing: Iterable[str] = (),
    ) -> Imports:
        """The import block of a module in folder ``here`` ("" for the root) defining ``own``.

        ``runtime`` lines come first (a module's fixed imports); ``typing`` names
        are imported from ``typing`` whether spelt or not.
        """
        by: dict[str, set[str]] = defaultdict(set)
        for what, name in uses:
            by[what].add(name)
        runtime += tuple(f"import {module} as _{module}" for module in sorted(by["module"]))
        checking = []
        if by["sequence"]:
            checking.append("from collections.abc import Sequence")
        if by["datetime"]:
            checking.append("from datetime import datetime")
        if by["enum_value"]:
            checking.append("from pyvmomo._xsd import EnumValue")
        aliases = by["enum_alias"]
        own_aliases = sorted(a for a in aliases if a.removesuffix("Value") not in self.imported)
        if own_aliases:
            checking.append(f"from {'.' if here == '' else '..'}enums import {', '.join(own_aliases)}")
        for alias in sorted(aliases - set(own_aliases)):  # a vim25 enum, from the sibling
            checking.append(f"from {self.sibling_module(alias.removesuffix('Value'), here)} import {alias}")
        for name in sorted(by["class"] - {own}):
            checking.append(f"from {self.module_of(name, here)} import {name}")
        for name in sorted(by["aliased"]):
            checking.append(f"from {self.module_of(name, here)} import {name} as _{name}")
        if by["generic_mor"]:
            checking.append("from pyvmomo._base import ManagedObject as _ManagedObject")
        names = by["typing"] | set(typing) | ({"TYPE_CHECKING"} if checking else set())
        typing_line = f"from typing import {', '.join(sorted(names))}" if names else ""
        return Imports(typing_line, runtime, tuple(checking))


# --------------------------------------------------------------------------- the package


def resolve_package(api: Api) -> Package:
    """Every generated module of ``api`` as a view; raises ValueError on a generated-name clash."""
    ctx = _Context.of(api)
    ops = {op.name: op for op in api.operations}
    unplaced = ManagedType(
        "_Unplaced",
        "_unplaced",
        None,
        (),
        tuple(op.name for op in api.operations if op.owner is None),
        api.version,
    )
    modules: list[Module] = [_data_module(ctx, t) for t in api.data_types]
    modules += [_managed_module(ctx, m, ops) for m in (*api.managed, unplaced)]
    modules += [_enums_module(ctx), _index_module(api), _provenance_module(api)]
    modules += [
        PackageInit(
            "__init__.py", api.service, api.version, api.sibling, len(api.data_types) + len(api.managed) + 1
        ),
        _package_stub(api),
        SubpackageInit("types/__init__.py", "Data object classes."),
        SubpackageInit("faults/__init__.py", "Fault classes: exceptions that are also data objects."),
        SubpackageInit("managed/__init__.py", "Managed-object proxy classes."),
        EmptyFile("py.typed"),
    ]
    inputs = ", ".join(f"{f.name} {f.sha256[:12]}" for f in api.files)
    return Package(Header(api.namespace, api.version, CODEGEN_VERSION, inputs), tuple(modules))


def properties_class(managed: str) -> str:
    """The generated class a managed type's properties are read into (``VirtualMachineProperties``)."""
    return f"{managed}Properties"


def _folder(t: DataType) -> str:
    return "faults" if t.is_fault else "types"


def _package_stub(api: Api) -> PackageStub:
    all_names = sorted(
        ["API_VERSION", *(t.py_name for t in api.data_types), *(m.name for m in api.managed)]
        + [properties_class(m.name) for m in api.managed]
        + [e.name for e in api.enums]
    )
    clashes = sorted(name for name, count in Counter(all_names).items() if count > 1)
    if clashes:  # a generated name (XProperties, XValue) equal to a WSDL one
        raise ValueError(f"generated names clash with WSDL names: {', '.join(clashes)}")
    imports = [(f"{_folder(t)}.{t.module}", t.py_name) for t in api.data_types]
    for m in api.managed:
        imports += [(f"managed.{m.module}", m.name), (f"managed.{m.module}", properties_class(m.name))]
    imports += [("enums", e.name) for e in api.enums]
    return PackageStub("__init__.pyi", tuple(imports), tuple(all_names))


def _index_module(api: Api) -> IndexModule:
    return IndexModule(
        path="_index.py",
        version=api.version,
        namespace=api.namespace,
        sibling=api.sibling,
        version_parents=api.version_parents,
        versions=api.versions,
        types=tuple((t.name, f"{_folder(t)}.{t.module}") for t in api.data_types),
        managed=tuple((m.name, f"managed.{m.module}") for m in api.managed),
        properties=tuple((properties_class(m.name), f"managed.{m.module}") for m in api.managed),
        enums=tuple(e.name for e in api.enums),
        arrays=tuple((a.name, a.item_type, a.item_element) for a in api.arrays),
        operations=tuple((op.name, op.owner or "") for op in api.operations),
    )


def _provenance_module(api: Api) -> ProvenanceModule:
    return ProvenanceModule(
        "_provenance.py", api.version, CODEGEN_VERSION, tuple((f.name, f.sha256) for f in api.files)
    )


# --------------------------------------------------------------------------- data objects and faults


def _data_module(ctx: _Context, t: DataType) -> DataModule:
    here = _folder(t)
    if t.base is None:
        if t.is_fault:
            base_class, base_import = "_FaultBase", "from pyvmomo._errors import ServerFault as _FaultBase"
        else:
            base_class, base_import = "_DataObject", "from pyvmomo._base import DataObject as _DataObject"
    else:  # a generated class of this package, or of the sibling (vim25) package
        base_class, base_import = t.base, f"from {ctx.module_of(t.base, here)} import {t.base}"
    kinds = ctx.kinds
    own = t.own_fields
    # The class body declares its own fields; __init__ and the annotations live in it.
    spell = CodeSpelling(frozenset(f.py_name for f in own) | {"_wire_name_", "_fields_", "__init__"})
    classvar, str_, tuple_ = spell.name("ClassVar"), spell.name("str"), spell.name("tuple")
    spelt = [classvar, str_, tuple_]
    attributes = []
    for f in own:
        spelt.append(annotation := annotate.annotation(spell, f, kinds))
        attributes.append(Attribute(f.py_name, annotation.text, describe(f)))
    params = _params(spell, t.fields, kinds, spelt)
    assignments = []
    for f in t.fields:
        target = f"self.{f.py_name}"
        # An inherited member whose argument type differs from its read type (a list, an enum)
        # is annotated again where assigned: pyright's --verifytypes calls an unannotated one
        # an "ambiguous base class override".
        if (f.array or f.kind == "enum") and f not in own:
            spelt.append(annotation := annotate.annotation(spell, f, kinds))
            target += f": {annotation.text}"
        assignments.append(Assignment(target, _assigned(f, kinds)))
    uses = _all_uses(spelt) - {("class", t.base or "")}
    kind = "fault" if t.is_fault else "data object"
    extends = f", extends {t.base}" if t.base else ""
    return DataModule(
        path=f"{here}/{t.module}.py",
        module_doc=f"{t.name}: {kind} type{extends}. Since {t.since}.",
        imports=ctx.imports(uses, here, t.name),
        base_import=base_import,
        class_name=t.py_name,
        base_class=base_class,
        class_doc=f"{t.name}: {kind}{f' extending {t.base}' if t.base else ''}, since {t.since}.",
        attributes=tuple(attributes),
        slots=None if t.is_fault else tuple(f.py_name for f in own),
        wire_name=t.name,
        since=t.since,
        str_classvar=f"{classvar.text}[{str_.text}]",
        fields_classvar=f"{classvar.text}[{tuple_.text}[_F, ...]]",
        field_metas=tuple(field_meta(f) for f in t.fields),
        init_params=params,
        assignments=tuple(assignments),
    )


def _params(
    spell: CodeSpelling, members: tuple[Member, ...], kinds: annotate.Kinds, spelt: list[Spelt]
) -> tuple[Param, ...]:
    """Keyword-only arguments, required ones first; their annotations are added to ``spelt``."""
    params = []
    for m in [m for m in members if not m.optional] + [m for m in members if m.optional]:
        given = (annotate.param_annotation if m.optional else annotate.input_annotation)(spell, m, kinds)
        spelt.append(given)
        params.append(Param(m.py_name, given.text, m.optional))
    return tuple(params)


def _assigned(f: Member, kinds: annotate.Kinds) -> str:
    """What ``__init__`` stores for a field: a list argument is copied when it may be a Sequence."""
    name = f.py_name
    if f.array and annotate.covariant(f, kinds):
        return f"list({name})" if not f.optional else f"[] if {name} is None else list({name})"
    if f.array and f.optional:
        return f"[] if {name} is None else {name}"
    return name


# --------------------------------------------------------------------------- managed objects


def _managed_module(ctx: _Context, m: ManagedType, ops: dict[str, Operation]) -> ManagedModule:
    kinds = ctx.kinds
    my_ops = [ops[name] for name in m.operations]
    runtime = [
        "from pyvmomo._base import Field as _F",
        "from pyvmomo._base import Operation as _Operation",
    ]
    bases = []
    typing: list[str] = []
    type_vars: list[str] = []
    real = m.name != "_Unplaced"  # a real managed type has properties to read
    if m.base:
        imported = f"{m.base}, {properties_class(m.base)}" if real else m.base
        runtime.append(f"from .{naming.module_name(m.base)} import {imported}")
        bases.append(m.base)
        properties_base = properties_class(m.base)
    else:
        runtime.append("from pyvmomo._base import ManagedObject as _ManagedObject")
        bases.append("_ManagedObject")
        properties_base = ""  # _ObjectProperties[own type], once that is spelt
    if real:
        if not m.base:
            runtime.append("from pyvmomo.property import ObjectProperties as _ObjectProperties")
        runtime.append("from pyvmomo.property import fetch_into as _fetch_into")
    mixin = MIXINS.get(m.name)
    if mixin:
        module, cls, generic = mixin
        runtime.append(f"from {module} import {cls} as _{cls}")
        if generic:
            type_vars.append('_R = TypeVar("_R", covariant=True)')
            typing.append("TypeVar")
        bases.append(f"_{cls}[_R]" if generic else f"_{cls}")
    spelt: list[Spelt] = []

    # Module level: the operation constants.
    module_level = CodeSpelling()
    constants = []
    for op in my_ops:
        spelt.append(result := annotate.result_annotation(module_level, op, kinds))
        constants.append(_operation_constant(op, result.text))

    # The properties class: its attributes hide their own names.
    in_properties = CodeSpelling(frozenset(p.py_name for p in m.properties) | {"obj"})
    properties = []
    for p in m.properties:
        spelt.append(annotation := annotate.annotation(in_properties, p, kinds))
        doc = describe(p, "property")
        properties.append(Property(p.py_name, p.wire_name, annotation.text, doc, field_meta(p)))
    own_type = in_properties.proxy(m.name)
    if m.name in annotate.GENERIC_PROXIES:
        own_type = in_properties.generic(own_type, in_properties.primitive("object", "anyType"))
    spelt.append(own_type)

    # Class level: methods hide their own names from the class's annotations.
    in_class = CodeSpelling(frozenset(m.operations) | {"_type_", "_properties_", "_operations_"})
    classvar, str_, dict_, any_, float_ = map(in_class.name, ("ClassVar", "str", "dict", "Any", "float"))
    spelt += [classvar, str_, dict_, any_, float_]
    methods = []
    for op in my_ops:
        spelt.append(result := annotate.result_annotation(in_class, op, kinds))
        params = _params(in_class, op.params, kinds, spelt)
        methods.append(
            Method(
                name=op.name,
                params=params,
                timeout_annotation=f"{float_.text} | None",
                result=result.text,
                doc=op_doc(op),
                constant=naming.constant_name(op.name),
                args=tuple(p.py_name for p in op.params),
            )
        )
    uses = _all_uses(spelt) - {("class", m.base or "")}
    if bases[0] == "_ManagedObject":  # already imported as the base
        uses -= {("generic_mor", "")}
    if real:
        extending = f" extending {m.base}" if m.base else ""
        summary = f"{m.name}: managed object proxy{extending}, since {m.since}."
        doc = f"{m.name}: managed object proxy"
    else:
        summary = "Operations the catalogue places on no managed type; call them on any reference."
        doc = "Operations without an owner"
    return ManagedModule(
        path=f"managed/{m.module}.py",
        module_doc=f"{doc}{f', extends {m.base}' if m.base else ''}. Since {m.since}.",
        imports=ctx.imports(uses, "managed", m.name, tuple(runtime), typing),
        type_vars=tuple(type_vars),
        constants=tuple(constants),
        real=real,
        properties_class=properties_class(m.name),
        properties_base=properties_base or f'_ObjectProperties["{own_type.text}"]',
        owner_annotation=own_type.text if m.base else None,
        properties=tuple(properties),
        class_name=m.name,
        bases=", ".join(bases),
        class_doc=summary,
        type_classvar=f"{classvar.text}[{str_.text}]",
        properties_classvar=f"{classvar.text}[{dict_.text}[{str_.text}, _F]]",
        operations_classvar=f"{classvar.text}[{dict_.text}[{str_.text}, _Operation[{any_.text}]]]",
        path_annotation=str_.text,
        methods=tuple(methods),
    )


def _operation_constant(op: Operation, result: str) -> OperationConstant:
    return OperationConstant(
        constant=naming.constant_name(op.name),
        result=result,
        name=op.name,
        param_metas=tuple(field_meta(p) for p in op.params),
        result_meta=field_meta(op.result) if op.result else "None",
        faults=op.faults,
        since=op.since,
        privilege=f'"{op.privilege}"' if op.privilege else "None",
        safe=bool(op.safe_reason),
        task_result_meta=field_meta(op.task_result) if op.task_result else "None",
    )


# --------------------------------------------------------------------------- enums


def _enums_module(ctx: _Context) -> EnumsModule:
    api = ctx.api
    enums = []
    spelt: list[Spelt] = []
    for e in api.enums:
        spell = CodeSpelling(frozenset(v.py_name for v in e.values) | {"_values_"})
        classvar, final, str_, tuple_ = (spell.name(n) for n in ("ClassVar", "Final", "str", "tuple"))
        spelt += [classvar, final, str_, tuple_]
        enums.append(
            Enum(
                name=e.name,
                doc=_enum_doc(e),
                final=final.text,
                values_classvar=f"{classvar.text}[{tuple_.text}[{str_.text}, ...]]",
                values=tuple(EnumConstant(v.py_name, v.wire_name) for v in e.values),
                alias=annotate.enum_alias(e.name),
            )
        )
    # Only the aliases a hidden name needs are imported at run time; nothing under TYPE_CHECKING.
    uses = frozenset(u for u in _all_uses(spelt) if u[0] in ("module", "typing"))
    imports = ctx.imports(uses, "", "", typing=("ClassVar", "Final", "Literal", "TypeAlias"))
    return EnumsModule("enums.py", api.service, imports, tuple(enums))


def _enum_doc(e: EnumType) -> str:
    escaped = [v for v in e.values if v.py_name != v.wire_name]
    text = f"{e.name}: an open enumeration of {len(e.values)} values, since {e.since}."
    if escaped:
        text += " Renamed: " + ", ".join(f'{v.py_name} is "{v.wire_name}"' for v in escaped) + "."
    return text


# --------------------------------------------------------------------------- literals and docstrings


def field_meta(m: Member) -> str:
    """The ``Field(...)`` literal for a member."""
    flags = (1 if m.array else 0) + (2 if m.optional else 0) + (4 if m.secret else 0)
    args = [f'"{m.py_name}"', f'"{m.type}"', str(flags), f'"{m.since}"']
    if m.py_name != m.wire_name:
        args.append(f'wire="{m.wire_name}"')
    if m.target:
        args.append(f'target="{m.target}"')
    return f"_F({', '.join(args)})"


def describe(m: Member, role: str = "field") -> str:
    """A short English description of a member for docstrings (generated text only).

    ``role`` is "field", "param" or "property": it decides how a privilege reads.
    """
    if m.kind == "mor":
        what = f"reference to {m.target}" if m.target else "reference to any managed object"
        text = f"list of {what.replace('reference', 'references')}" if m.array else what
    else:
        if m.kind == "enum":
            what = f"{m.type} value (str)"
        elif m.kind == "any":
            what = "any value (xsd:anyType)"
        elif m.link:
            what = f"{m.type} holding the key of a {m.link}"
        else:
            what = m.type
        text = f"list of {what}" if m.array else what
    parts = [text]
    if m.optional and not m.array:
        parts.append("optional")
    parts.append(f"since {m.since}")
    if m.secret:
        parts.append("secret (masked in repr)")
    if m.privilege:
        parts.append(f"read privilege {m.privilege}" if role == "property" else f"needs {m.privilege} on it")
    text = ", ".join(parts)
    if m.py_name != m.wire_name:
        text = f'wire name "{m.wire_name}"; {text}'
    return text


def result_doc(op: Operation) -> str:
    """What a proxy method returns, in words."""
    if op.result is None:
        return "None."
    if op.result.kind == "mor" and op.result.target == "Task":
        if op.task_result is None:
            return "A reference to the Task; its result is empty."
        return f"A reference to the Task; its result is {describe(op.task_result).split(', since')[0]}."
    text = describe(op.result).split(", since")[0]
    if op.result.optional and not op.result.array:
        text = text.removesuffix(", optional") + ", or None"
    return text[0].upper() + text[1:] + "."


def op_doc(op: Operation, indent: str = "        ") -> str:
    """The Google-style docstring of a proxy method: owner, since, privilege, args, faults."""
    lines = [f"{op.name}: an operation of {op.owner or 'an unplaced owner'}, since {op.since}.", ""]
    facts = []
    if op.privilege:
        facts.append(f"Privilege: {op.privilege}.")
    if op.safe_reason:
        facts.append("Safe to re-send after a lost reply.")
    if facts:
        lines += [" ".join(facts), ""]
    if op.params:
        lines.append("Args:")
        lines += [f"    {p.py_name}: {describe(p, 'param')}." for p in op.params]
        lines.append("")
    lines += ["Returns:", f"    {result_doc(op)}"]
    if op.faults:
        lines += ["", "Raises:", f"    {', '.join(op.faults)}."]
    return "\n".join((indent + line) if line else "" for line in lines).lstrip() + "\n" + indent
