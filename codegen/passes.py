"""Stage 4, passes: ordered, pure ``Api -> Api`` rewrites.

Each pass does one thing and is tested on its own. ``PASSES`` is the order the
pipeline runs them in.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from . import naming
from .model import Api, Member


def mark_fault_members(api: Api) -> Api:
    """A member typed with a fault type (the service's own or the sibling's) gets kind "fault".

    The model gives such members kind "data": which types are faults is known
    only once the whole hierarchy is built.
    """
    faults = {d.name for d in api.data_types if d.is_fault}
    faults |= {name for name, module in api.imported if module.startswith("faults.")}

    def mark(m: Member) -> Member:
        return replace(m, kind="fault") if m.kind == "data" and m.type in faults else m

    def marked(members: tuple[Member, ...]) -> tuple[Member, ...]:
        return tuple(map(mark, members))

    return replace(
        api,
        data_types=tuple(replace(d, fields=marked(d.fields)) for d in api.data_types),
        operations=tuple(
            replace(
                o,
                params=marked(o.params),
                result=mark(o.result) if o.result else None,
                task_result=mark(o.task_result) if o.task_result else None,
            )
            for o in api.operations
        ),
        managed=tuple(replace(m, properties=marked(m.properties)) for m in api.managed),
    )


def unwrap_array_types(api: Api) -> Api:
    """A member typed ``ArrayOfX`` becomes an array of X (none in vim25 7.0.3, kept for safety)."""
    arrays = {a.name: a for a in api.arrays}

    def unwrap(m: Member) -> Member:
        array = arrays.get(m.type)
        if array is None:
            return m
        return replace(m, type=array.item_type, array=True, optional=True)

    return replace(
        api,
        data_types=tuple(replace(d, fields=tuple(map(unwrap, d.fields))) for d in api.data_types),
        operations=tuple(replace(o, params=tuple(map(unwrap, o.params))) for o in api.operations),
        managed=tuple(replace(m, properties=tuple(map(unwrap, m.properties))) for m in api.managed),
    )


def escape_python_names(api: Api) -> Api:
    """Apply the naming rules to members, enum values and module names."""

    def escape(m: Member) -> Member:
        return replace(m, py_name=naming.python_name(m.wire_name))

    return replace(
        api,
        data_types=tuple(
            replace(d, fields=tuple(map(escape, d.fields)), module=naming.module_name(d.name))
            for d in api.data_types
        ),
        operations=tuple(replace(o, params=tuple(map(escape, o.params))) for o in api.operations),
        managed=tuple(
            replace(m, properties=tuple(map(escape, m.properties)), module=naming.module_name(m.name))
            for m in api.managed
        ),
        enums=tuple(
            replace(
                e,
                values=tuple(replace(v, py_name=naming.python_name(v.wire_name)) for v in e.values),
            )
            for e in api.enums
        ),
    )


def sort_members(api: Api) -> Api:
    """Order every collection by wire name so output never depends on input order.

    Fields, parameters and enum values keep their wire order: that order is
    part of the schema.
    """
    return replace(
        api,
        data_types=tuple(sorted(api.data_types, key=lambda d: d.name)),
        enums=tuple(sorted(api.enums, key=lambda e: e.name)),
        arrays=tuple(sorted(api.arrays, key=lambda a: a.name)),
        operations=tuple(sorted(api.operations, key=lambda o: o.name)),
        managed=tuple(
            sorted(
                (replace(m, operations=tuple(sorted(m.operations))) for m in api.managed),
                key=lambda m: m.name,
            )
        ),
        gaps=tuple(sorted(api.gaps)),
    )


PASSES: tuple[Callable[[Api], Api], ...] = (
    mark_fault_members,
    unwrap_array_types,
    escape_python_names,
    sort_members,
)
