"""Stage 5, render: turn the model into file texts (a pure function, no I/O).

Templates live in ``templates/`` and run under Jinja's ``StrictUndefined``, so
a misspelt variable fails the run instead of emitting an empty string. The few
decisions templates should not make (annotations, imports, metadata literals,
docstrings) are small functions here. A final whitespace pass makes output
independent of template indentation quirks.

Every file is rendered twice over the same :class:`_Scope` calls: annotations
are computed once before the template runs, so the imports a file needs are
known when its header is written, and a second time by the template itself.
Both passes call the same functions, so they agree.
"""

from __future__ import annotations

from pathlib import Path

import jinja2

from . import annotate, naming
from .model import Api, DataType, EnumType, ManagedType, Member, Operation

CODEGEN_VERSION = "0.2.0"
TEMPLATES = Path(__file__).resolve().parent / "templates"

# Hand-written mixins that give a managed type its snake_case helpers.
# name -> (module, class, generic in the task result type)
MIXINS: dict[str, tuple[str, str, bool]] = {
    "Task": ("pyvmomo.task", "TaskMixin", True),
}


# A generic mixin's proxy is spelt Proxy[object] by codegen/annotate.py (GENERIC_PROXIES).


_last_kinds: tuple[Api, annotate.Kinds, frozenset[str], dict[str, str]] | None = None


def _kinds(api: Api) -> tuple[annotate.Kinds, frozenset[str], dict[str, str]]:
    """Annotation kinds, fault type names and imported names of ``api``, computed once per model.

    Only the model being rendered is remembered: a test session builds many.
    """
    global _last_kinds
    if _last_kinds is None or _last_kinds[0] is not api:
        faults = frozenset(d.name for d in api.data_types if d.is_fault)
        _last_kinds = (api, annotate.Kinds.of(api), faults, api.imported_modules)
    return _last_kinds[1], _last_kinds[2], _last_kinds[3]


def sibling_module(api: Api, name: str, here: str) -> str | None:
    """The relative module path of a name imported from the sibling (vim25) package, else None.

    ``here`` is the folder of the importing module ("" for the package root):
    the sibling sits beside the package, so a sub-module climbs one more level.
    """
    module = _kinds(api)[2].get(name)
    if module is None or api.sibling is None:
        return None
    return f"{'..' if not here else '...'}{api.sibling}.{module}"


class _Scope:
    """Spells the names one generated module uses and records what it must import.

    ``hidden`` holds the names of the class being rendered (its fields,
    methods or enum constants); a name an annotation needs that is hidden
    there is spelt through :func:`naming.alias` (naming rule 3). Module-level
    code (operation constants) is rendered with ``hidden`` empty.
    """

    def __init__(self, api: Api, here: str) -> None:
        self.api = api
        self.kinds, self.faults, self.imported = _kinds(api)
        self.managed = self.kinds.managed
        self.here = here  # "types", "faults", "managed" or "" for the package root
        self.hidden: frozenset[str] = frozenset()
        self.classes: set[str] = set()  # generated classes imported by their own name
        self.aliased: set[str] = set()  # generated classes imported as _Name
        self.typing: set[str] = set()
        self.datetime = False
        self.modules: set[str] = set()  # "builtins", "typing", "datetime" imported under an alias
        self.generic_mor = False
        self.sequence_used = False
        self.enum_aliases: set[str] = set()  # Literal aliases imported from enums.py
        self.enum_value = False

    def name(self, name: str) -> str:
        """How this scope spells a builtin, typing name, ``datetime`` or generated class."""
        if name in self.hidden:
            spelled = naming.alias(name)
            if spelled.startswith("_") and "." in spelled:
                self.modules.add(spelled[1:].partition(".")[0])
            else:
                self.aliased.add(name)
            return spelled
        if name in naming.TYPING_NAMES:
            self.typing.add(name)
        elif name == "datetime":
            self.datetime = True
        elif name not in naming.BUILTIN_TYPES:
            self.classes.add(name)
        return name

    # -- annotate.Spelling: the shapes come from codegen/annotate.py, shared with the docs.

    def proxy(self, name: str) -> str:
        return self.name(name)

    def any_proxy(self) -> str:
        self.generic_mor = True
        return "_ManagedObject"

    def data(self, name: str) -> str:
        return self.name(name)

    def enum(self, name: str) -> str:
        return self.name("str")

    def enum_input(self, name: str) -> str:
        self.enum_aliases.add(annotate.enum_alias(name))
        self.enum_value = True
        return f"{annotate.enum_alias(name)} | EnumValue"

    def primitive(self, python: str, xsd: str) -> str:
        return self.name(python)

    def generic(self, outer: str, inner: str) -> str:
        return f"{outer}[{inner}]"

    def listed(self, inner: str) -> str:
        return f"{self.name('list')}[{inner}]"

    def sequence(self, inner: str) -> str:
        self.sequence_used = True
        return f"Sequence[{inner}]"

    def optional(self, inner: str) -> str:
        return f"{inner} | None"

    def none(self) -> str:
        return "None"

    def annotation(self, m: Member) -> str:
        return annotate.annotation(self, m, self.kinds)

    def input_annotation(self, m: Member) -> str:
        return annotate.input_annotation(self, m, self.kinds)

    def param_annotation(self, m: Member) -> str:
        return annotate.param_annotation(self, m, self.kinds)

    def result_annotation(self, op: Operation) -> str:
        return annotate.result_annotation(self, op, self.kinds)

    def imports(self, own: str) -> tuple[list[str], list[str]]:
        """(run-time imports, ``TYPE_CHECKING`` imports) for what was spelt so far."""
        runtime = [f"import {module} as _{module}" for module in sorted(self.modules)]
        checking = []
        if self.sequence_used:
            checking.append("from collections.abc import Sequence")
        if self.datetime:
            checking.append("from datetime import datetime")
        if self.enum_value:
            checking.append("from pyvmomo._xsd import EnumValue")
        own_aliases = sorted(a for a in self.enum_aliases if a.removesuffix("Value") not in self.imported)
        if own_aliases:
            enums = "." if self.here == "" else ".."
            checking.append(f"from {enums}enums import {', '.join(own_aliases)}")
        for alias in sorted(set(self.enum_aliases) - set(own_aliases)):  # a vim25 enum, from the sibling
            checking.append(
                f"from {sibling_module(self.api, alias.removesuffix('Value'), self.here)} import {alias}"
            )
        for name in sorted(self.classes - {own}):
            checking.append(f"from {self._module_of(name)} import {name}")
        for name in sorted(self.aliased):
            checking.append(f"from {self._module_of(name)} import {name} as _{name}")
        if self.generic_mor:
            checking.append("from pyvmomo._base import ManagedObject as _ManagedObject")
        return runtime, checking

    def typing_line(self, checking: list[str]) -> str:
        names = self.typing | ({"TYPE_CHECKING"} if checking else set())
        return f"from typing import {', '.join(sorted(names))}" if names else ""

    def _module_of(self, name: str) -> str:
        if name in self.imported and (found := sibling_module(self.api, name, self.here)):
            return found
        if name in self.managed:
            folder = "managed"
        elif name in self.faults:
            folder = "faults"
        else:
            folder = "types"
        prefix = "." if folder == self.here else f"..{folder}."
        return f"{prefix}{naming.module_name(name)}"


def field_meta(m: Member) -> str:
    """The ``Field(...)`` literal for a member."""
    flags = []
    if m.array:
        flags.append("1")
    if m.optional:
        flags.append("2")
    if m.secret:
        flags.append("4")
    args = [f'"{m.py_name}"', f'"{m.type}"', str(sum(int(f) for f in flags)), f'"{m.since}"']
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


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
    )
    env.globals.update(
        field_meta=field_meta,
        describe=describe,
        op_doc=op_doc,
        constant=lambda op: naming.constant_name(op.name),
        codegen_version=CODEGEN_VERSION,
    )
    return env


def tidy(text: str) -> str:
    """The whitespace pass: no trailing spaces, at most two blank lines, one final newline."""
    lines = [line.rstrip() for line in text.strip("\n").splitlines()]
    out: list[str] = []
    for line in lines:
        if not line and len(out) >= 2 and not out[-1] and not out[-2]:
            continue
        out.append(line)
    return "\n".join(out) + "\n"


def render_api(api: Api) -> dict[str, str]:
    """Every generated file of ``api``, as relative path -> text."""
    env = _environment()
    inputs = ", ".join(f"{f.name} {f.sha256[:12]}" for f in api.files)
    common = {"api": api, "inputs": inputs}
    files: dict[str, str] = {}
    by_name = {d.name: d for d in api.data_types}
    ops = {op.name: op for op in api.operations}
    data_tpl = env.get_template("data_type.py.j2")
    for t in api.data_types:
        files[f"{'faults' if t.is_fault else 'types'}/{t.module}.py"] = _render_data(
            data_tpl, common, api, t, by_name
        )
    managed_tpl = env.get_template("managed.py.j2")
    for m in api.managed:
        files[f"managed/{m.module}.py"] = _render_managed(managed_tpl, common, api, m, ops)
    unplaced = [op for op in api.operations if op.owner is None]
    files["managed/_unplaced.py"] = _render_managed(
        managed_tpl,
        common,
        api,
        ManagedType("_Unplaced", "_unplaced", None, (), tuple(o.name for o in unplaced), api.version),
        ops,
    )
    files["enums.py"] = _render_enums(env.get_template("enums.py.j2"), common, api)
    files["_index.py"] = env.get_template("index.py.j2").render(**common)
    files["_provenance.py"] = env.get_template("provenance.py.j2").render(**common)
    all_names = sorted(
        ["API_VERSION", *(t.py_name for t in api.data_types), *(m.name for m in api.managed)]
        + [properties_class(m.name) for m in api.managed]
        + [e.name for e in api.enums]
    )
    clashes = sorted({name for name in all_names if all_names.count(name) > 1})
    if clashes:  # a generated name (XProperties, XValue) equal to a WSDL one
        raise ValueError(f"generated names clash with WSDL names: {', '.join(clashes)}")
    files["__init__.py"] = env.get_template("package_init.py.j2").render(**common)
    files["__init__.pyi"] = env.get_template("package_init.pyi.j2").render(all_names=all_names, **common)
    sub = env.get_template("subpackage_init.py.j2")
    files["types/__init__.py"] = sub.render(doc="Data object classes.", **common)
    files["faults/__init__.py"] = sub.render(
        doc="Fault classes: exceptions that are also data objects.", **common
    )
    files["managed/__init__.py"] = sub.render(doc="Managed-object proxy classes.", **common)
    files["py.typed"] = ""
    return {
        path: (tidy(text) if path.endswith((".py", ".pyi")) else text) for path, text in sorted(files.items())
    }


def _class_names(scope: _Scope, *names: str) -> dict[str, str]:
    """The spelling of fixed template names (``ClassVar``, ``str``...) in the current class."""
    return {n: scope.name(n) for n in names}


def _render_data(
    tpl: jinja2.Template,
    common: dict[str, object],
    api: Api,
    t: DataType,
    by_name: dict[str, DataType],
) -> str:
    here = "faults" if t.is_fault else "types"
    scope = _Scope(api, here)
    if t.base is None:
        if t.is_fault:
            base_class, base_import = (
                "_FaultBase",
                "from pyvmomo._errors import ServerFault as _FaultBase",
            )
        else:
            base_class, base_import = (
                "_DataObject",
                "from pyvmomo._base import DataObject as _DataObject",
            )
    elif t.base not in by_name:  # a vim25 class, from the sibling package
        base_class = t.base
        base_import = f"from {sibling_module(api, t.base, here)} import {t.base}"
    else:
        base = by_name[t.base]
        folder = "faults" if base.is_fault else "types"
        prefix = "." if folder == here else f"..{folder}."
        base_class, base_import = t.base, f"from {prefix}{base.module} import {t.base}"
    required = [f for f in t.fields if not f.optional]
    optional = [f for f in t.fields if f.optional]
    # The class body declares its own fields; __init__ and the annotations live in it.
    scope.hidden = frozenset(f.py_name for f in t.own_fields) | {"_wire_name_", "_fields_", "__init__"}
    names = _class_names(scope, "ClassVar", "str", "tuple")
    for f in t.fields:
        scope.annotation(f)
        scope.input_annotation(f)
        scope.param_annotation(f)
    scope.classes.discard(t.base or "")
    runtime_imports, type_imports = scope.imports(t.name)
    return tpl.render(
        t=t,
        base_class=base_class,
        base_import=base_import,
        runtime_imports=runtime_imports,
        type_imports=type_imports,
        typing_line=scope.typing_line(type_imports),
        names=names,
        required=required,
        optional=optional,
        required_names={f.py_name for f in required},
        copied={f.py_name for f in t.fields if f.array and annotate.covariant(f, scope.kinds)},
        # An inherited member whose argument type differs from its read type (a list, an enum)
        # is annotated again where assigned: pyright's --verifytypes calls an unannotated one
        # an "ambiguous base class override".
        reannotated={f.py_name for f in t.fields if (f.array or f.kind == "enum") and f not in t.own_fields},
        annotation=scope.annotation,
        input_annotation=scope.input_annotation,
        param_annotation=scope.param_annotation,
        **common,
    )


def _render_managed(
    tpl: jinja2.Template,
    common: dict[str, object],
    api: Api,
    m: ManagedType,
    ops: dict[str, Operation],
) -> str:
    scope = _Scope(api, "managed")
    my_ops = [ops[name] for name in m.operations]
    runtime = [
        "from pyvmomo._base import Field as _F",
        "from pyvmomo._base import Operation as _Operation",
    ]
    bases = []
    type_vars: list[str] = []
    real = m.name != "_Unplaced"  # a real managed type has properties to read
    if m.base:
        runtime.append(
            f"from .{naming.module_name(m.base)} import {m.base}, {properties_class(m.base)}"
            if real
            else f"from .{naming.module_name(m.base)} import {m.base}"
        )
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
            scope.typing.add("TypeVar")
        bases.append(f"_{cls}[_R]" if generic else f"_{cls}")
    # Module level: the operation constants.
    module_results = {op.name: scope.result_annotation(op) for op in my_ops}
    # The properties class: its attributes hide their own names.
    scope.hidden = frozenset(p.py_name for p in m.properties) | {"obj"}
    property_annotations = {p.py_name: scope.annotation(p) for p in m.properties}
    own_type = scope.proxy(m.name)
    if m.name in annotate.GENERIC_PROXIES:
        own_type = scope.generic(own_type, scope.primitive("object", "anyType"))
    properties_base = properties_base or f'_ObjectProperties["{own_type}"]'
    # Class level: methods hide their own names from the class's annotations.
    scope.hidden = frozenset(m.operations) | {"_type_", "_properties_", "_operations_"}
    names = _class_names(scope, "ClassVar", "str", "dict", "Any", "float")
    for op in my_ops:
        scope.result_annotation(op)
        for p in op.params:
            scope.annotation(p)
            scope.input_annotation(p)
            scope.param_annotation(p)
    scope.classes.discard(m.base or "")
    if bases[0] == "_ManagedObject":
        scope.generic_mor = False  # already imported as the base
    runtime_imports, type_imports = scope.imports(m.name)
    return tpl.render(
        m=m,
        ops=my_ops,
        bases=", ".join(bases),
        runtime_imports=runtime + runtime_imports,
        type_vars=type_vars,
        type_imports=type_imports,
        typing_line=scope.typing_line(type_imports),
        names=names,
        module_results=module_results,
        real=real,
        properties_class=properties_class(m.name),
        properties_base=properties_base,
        property_annotations=property_annotations,
        own_type=own_type,
        annotation=scope.annotation,
        input_annotation=scope.input_annotation,
        param_annotation=scope.param_annotation,
        result_annotation=scope.result_annotation,
        **common,
    )


def properties_class(managed: str) -> str:
    """The generated class a managed type's properties are read into (``VirtualMachineProperties``)."""
    return f"{managed}Properties"


def _render_enums(tpl: jinja2.Template, common: dict[str, object], api: Api) -> str:
    scope = _Scope(api, "")
    per_enum: dict[str, dict[str, str]] = {}
    for e in api.enums:
        scope.hidden = frozenset(v.py_name for v in e.values) | {"_values_"}
        per_enum[e.name] = _class_names(scope, "ClassVar", "Final", "str", "tuple")
    scope.typing |= {"ClassVar", "Final", "Literal", "TypeAlias"}
    runtime_imports, _ = scope.imports("")
    return tpl.render(
        names=per_enum,
        runtime_imports=runtime_imports,
        typing_line=scope.typing_line([]),
        enum_doc=_enum_doc,
        enum_alias=annotate.enum_alias,
        **common,
    )


def _enum_doc(e: EnumType) -> str:
    escaped = [v for v in e.values if v.py_name != v.wire_name]
    text = f"{e.name}: an open enumeration of {len(e.values)} values, since {e.since}."
    if escaped:
        text += " Renamed: " + ", ".join(f'{v.py_name} is "{v.wire_name}"' for v in escaped) + "."
    return text
