"""Stage 5, render: turn the model into file texts (a pure function, no I/O).

Templates live in ``templates/`` and run under Jinja's ``StrictUndefined``, so
a misspelt variable fails the run instead of emitting an empty string. The few
decisions templates should not make (annotations, imports, metadata literals)
are small functions here. A final whitespace pass makes output independent of
template indentation quirks.
"""

from __future__ import annotations

from pathlib import Path

import jinja2

from . import naming
from .model import Api, DataType, ManagedType, Member, Operation

CODEGEN_VERSION = "0.1.0"
TEMPLATES = Path(__file__).resolve().parent / "templates"

_PRIMITIVES = {
    "string": "str",
    "anyURI": "str",
    "boolean": "bool",
    "byte": "int",
    "short": "int",
    "int": "int",
    "long": "int",
    "float": "float",
    "double": "float",
    "dateTime": "datetime",
    "base64Binary": "bytes",
    "anyType": "Any",
}

# Hand-written mixins that give a managed type its snake_case helpers.
# name -> (module, class, generic in the task result type)
MIXINS: dict[str, tuple[str, str, bool]] = {
    "Task": ("pyvmomo.task", "TaskMixin", True),
}


GENERIC_PROXIES = frozenset(name for name, (_, _, generic) in MIXINS.items() if generic)


class _Context:
    """Per-file helpers handed to a template; they record which names a file uses."""

    def __init__(self, api: Api, here: str) -> None:
        self.managed = {m.name for m in api.managed}
        self.faults = {d.name for d in api.data_types if d.is_fault}
        self.here = here  # "types", "faults" or "managed"
        self.used: set[str] = set()
        self.typing: set[str] = {"ClassVar"}
        self.generic_mor = False

    def base_type(self, m: Member) -> str:
        if m.kind == "mor":
            if m.target and m.target in self.managed:
                self.used.add(m.target)
                if m.target in GENERIC_PROXIES:
                    self.typing.add("Any")
                    return f"{m.target}[Any]"
                return m.target
            self.generic_mor = True
            return "_ManagedObject"
        if m.kind in ("data", "fault"):
            self.used.add(m.type)
            return m.type
        if m.kind == "enum":
            return "str"
        py = _PRIMITIVES[m.type]
        if py == "Any":
            self.typing.add("Any")
        elif py == "datetime":
            self.used.add("datetime")
        return py

    def annotation(self, m: Member) -> str:
        base = self.base_type(m)
        if m.array:
            return f"list[{base}]"
        return f"{base} | None" if m.optional else base

    def param_annotation(self, m: Member) -> str:
        base = self.base_type(m)
        return f"list[{base}] | None" if m.array else f"{base} | None"

    def result_annotation(self, op: Operation) -> str:
        if op.result is None:
            return "None"
        if op.result.kind == "mor" and op.result.target == "Task" and "Task" in self.managed:
            self.used.add("Task")
            inner = "None" if op.task_result is None else self.annotation(op.task_result)
            return f"Task[{inner}]"
        return self.annotation(op.result)

    def imports(self, own: str) -> list[str]:
        lines = []
        if "datetime" in self.used:
            lines.append("from datetime import datetime")
        for name in sorted(self.used - {own, "datetime"}):
            if name in self.managed:
                folder = "managed"
            elif name in self.faults:
                folder = "faults"
            else:
                folder = "types"
            prefix = "." if folder == self.here else f"..{folder}."
            lines.append(f"from {prefix}{naming.module_name(name)} import {name}")
        return lines


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


def describe(m: Member) -> str:
    """A short English description of a member for docstrings."""
    what = m.type + (f" reference to {m.target}" if m.kind == "mor" and m.target else "")
    parts = [f"list of {what}" if m.array else what]
    if m.optional and not m.array:
        parts.append("optional")
    parts.append(f"since {m.since}")
    if m.secret:
        parts.append("secret")
    return ", ".join(parts)


def op_doc(op: Operation) -> str:
    """The one-line docstring of a proxy method."""
    parts = [f"{op.name}, on {op.owner or 'an unplaced owner'}, since {op.since}."]
    if op.task_result is not None or (op.result and op.result.target == "Task"):
        result = op.task_result.type if op.task_result else "nothing"
        parts.append(f"Starts a Task whose result is {result}.")
    if op.privilege:
        parts.append(f"Privilege: {op.privilege}.")
    parts.append(f"Faults: {', '.join(op.faults)}.")
    if op.safe_reason:
        parts.append("Safe to re-send.")
    return " ".join(parts)


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
    files["enums.py"] = env.get_template("enums.py.j2").render(**common)
    files["_index.py"] = env.get_template("index.py.j2").render(**common)
    files["_provenance.py"] = env.get_template("provenance.py.j2").render(**common)
    files["__init__.py"] = env.get_template("package_init.py.j2").render(**common)
    sub = env.get_template("subpackage_init.py.j2")
    files["types/__init__.py"] = sub.render(doc="Data object classes.", **common)
    files["faults/__init__.py"] = sub.render(
        doc="Fault classes: exceptions that are also data objects.", **common
    )
    files["managed/__init__.py"] = sub.render(doc="Managed-object proxy classes.", **common)
    files["py.typed"] = ""
    return {path: (tidy(text) if path.endswith(".py") else text) for path, text in sorted(files.items())}


def _render_data(
    tpl: jinja2.Template,
    common: dict[str, object],
    api: Api,
    t: DataType,
    by_name: dict[str, DataType],
) -> str:
    here = "faults" if t.is_fault else "types"
    ctx = _Context(api, here)
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
    else:
        base = by_name[t.base]
        folder = "faults" if base.is_fault else "types"
        prefix = "." if folder == here else f"..{folder}."
        base_class, base_import = t.base, f"from {prefix}{base.module} import {t.base}"
    required = [f for f in t.fields if not f.optional]
    optional = [f for f in t.fields if f.optional]
    # Annotations first so that imports see every referenced name.
    for f in t.fields:
        ctx.annotation(f)
        ctx.param_annotation(f)
    ctx.used.discard(t.base or "")
    type_imports = ctx.imports(t.name)
    if ctx.generic_mor:
        type_imports.append("from pyvmomo._base import ManagedObject as _ManagedObject")
    typing_names = sorted(ctx.typing | ({"TYPE_CHECKING"} if type_imports else set()))
    return tpl.render(
        t=t,
        base_class=base_class,
        base_import=base_import,
        type_imports=type_imports,
        typing_names=", ".join(typing_names),
        required=required,
        optional=optional,
        required_names={f.py_name for f in required},
        annotation=ctx.annotation,
        param_annotation=ctx.param_annotation,
        **common,
    )


def _render_managed(
    tpl: jinja2.Template,
    common: dict[str, object],
    api: Api,
    m: ManagedType,
    ops: dict[str, Operation],
) -> str:
    ctx = _Context(api, "managed")
    my_ops = [ops[name] for name in m.operations]
    runtime = [
        "from pyvmomo._base import Field as _F",
        "from pyvmomo._base import Operation as _Operation",
    ]
    bases = []
    if m.base:
        runtime.append(f"from .{naming.module_name(m.base)} import {m.base}")
        bases.append(m.base)
    else:
        runtime.append("from pyvmomo._base import ManagedObject as _ManagedObject")
        bases.append("_ManagedObject")
    mixin = MIXINS.get(m.name)
    if mixin:
        module, cls, generic = mixin
        runtime.append(f"from {module} import {cls} as _{cls}")
        if generic:
            runtime.append('_R = TypeVar("_R")')
            ctx.typing.add("TypeVar")
        bases.append(f"_{cls}[_R]" if generic else f"_{cls}")
    ctx.typing.add("Any")
    for op in my_ops:
        ctx.result_annotation(op)
        for p in op.params:
            ctx.annotation(p)
            ctx.param_annotation(p)
    for p in m.properties:
        ctx.annotation(p)
    ctx.used.discard(m.base or "")
    ctx.generic_mor = False  # _ManagedObject is imported at run time when needed below
    type_imports = ctx.imports(m.name)
    if "_ManagedObject" not in bases[0] and _uses_generic_mor(ctx, my_ops, m):
        runtime.append("from pyvmomo._base import ManagedObject as _ManagedObject")
    typing_names = sorted(ctx.typing | ({"TYPE_CHECKING"} if type_imports else set()))
    return tpl.render(
        m=m,
        ops=my_ops,
        bases=", ".join(bases),
        runtime_imports=runtime,
        type_imports=type_imports,
        typing_names=", ".join(typing_names),
        annotation=ctx.annotation,
        param_annotation=ctx.param_annotation,
        result_annotation=ctx.result_annotation,
        **common,
    )


def _uses_generic_mor(ctx: _Context, ops: list[Operation], m: ManagedType) -> bool:
    ctx.generic_mor = False
    for op in ops:
        ctx.result_annotation(op)
        for p in op.params:
            ctx.annotation(p)
    for p in m.properties:
        ctx.annotation(p)
    return ctx.generic_mor
