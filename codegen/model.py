"""Stage 3, model: the frozen, lxml-free description of one API that passes rewrite and resolve reads.

``build_api`` joins the parsed WSDL (types, operations, optionality: the wire
truth) with the catalogue (owners, properties, since-versions, privileges,
secrets, reference targets: facts the WSDL lacks). Where they disagree on a
shape, the WSDL wins; what the catalogue lacks is recorded in ``Api.gaps``.
Python names start equal to wire names; ``passes.escape_python_names`` fixes
the ones Python cannot take.

``build_api`` reads as its steps: ``split_complex_types`` (array wrappers
apart from data types), then one ``join_*`` step per part of the model (data
types, operations, managed types, enums), each returning what it built and
the catalogue gaps it found.
"""

from __future__ import annotations

from dataclasses import dataclass

from .catalogue import Catalogue, CatMember
from .sibling import Sibling
from .wsdl import InputFile, RawComplexType, RawElement, Source, WsdlSet

NAMESPACE = "urn:vim25"
XSD_BUILTINS = frozenset(
    {
        "string",
        "boolean",
        "byte",
        "short",
        "int",
        "long",
        "float",
        "double",
        "dateTime",
        "base64Binary",
        "anyURI",
        "anyType",
    }
)
MOR = "ManagedObjectReference"


@dataclass(frozen=True)
class Member:
    """A data field, managed-object property, parameter or result."""

    wire_name: str
    py_name: str
    type: str  # wire type name
    kind: str  # primitive | any | enum | data | fault | mor
    array: bool
    optional: bool
    since: str
    secret: bool = False
    target: str | None = None  # managed type of a reference, when known
    privilege: str | None = None  # read privilege (property) or privilege on the passed object (parameter)
    link: str | None = None  # data type whose key a string field holds


@dataclass(frozen=True)
class DataType:
    """A data object or fault type."""

    name: str
    py_name: str
    module: str  # snake_case module name inside types/ or faults/
    base: str | None
    fields: tuple[Member, ...]  # inherited first, then own, in wire order
    own_count: int  # the last ``own_count`` fields are declared on this type
    is_fault: bool
    since: str
    source: Source

    @property
    def own_fields(self) -> tuple[Member, ...]:
        return self.fields[len(self.fields) - self.own_count :]


@dataclass(frozen=True)
class EnumValue:
    wire_name: str
    py_name: str


@dataclass(frozen=True)
class EnumType:
    name: str
    values: tuple[EnumValue, ...]
    since: str
    source: Source


@dataclass(frozen=True)
class ArrayType:
    """An ``ArrayOfX`` wrapper; appears on the wire only as an xsi:type."""

    name: str
    item_type: str
    item_element: str


@dataclass(frozen=True)
class Operation:
    name: str
    owner: str | None
    params: tuple[Member, ...]  # without _this
    result: Member | None
    task_result: Member | None  # what TaskInfo.result holds, for operations returning a Task
    faults: tuple[str, ...]
    privilege: str | None
    since: str
    safe_reason: str | None  # why re-sending is safe; None: not safe
    source: Source


@dataclass(frozen=True)
class ManagedType:
    name: str
    module: str
    base: str | None
    properties: tuple[Member, ...]  # own properties
    operations: tuple[str, ...]  # own operations, by name
    since: str


@dataclass(frozen=True)
class Api:
    """One generated binding set."""

    namespace: str
    version: str
    versions: tuple[str, ...]
    files: tuple[InputFile, ...]  # WSDL files, then catalogue files
    data_types: tuple[DataType, ...]
    enums: tuple[EnumType, ...]
    arrays: tuple[ArrayType, ...]
    operations: tuple[Operation, ...]
    managed: tuple[ManagedType, ...]
    gaps: tuple[str, ...]
    service: str = "vim25"  # the package name: "vim25", "pbm"
    # For a service importing vim25 types: the sibling package's folder name, and each
    # imported name -> its module there ("faults.method_fault").
    sibling: str | None = None
    imported: tuple[tuple[str, str], ...] = ()
    # This service's version -> the vim25 version it belongs to (pyvmomi's version parents).
    version_parents: tuple[tuple[str, str], ...] = ()
    # (pyVmomi's name, WSDL name) of each type, for the reference's search: vim.vm.ConfigSpec
    vmodl_names: tuple[tuple[str, str], ...] = ()

    @property
    def imported_modules(self) -> dict[str, str]:
        return dict(self.imported)


def _kind(type_name: str, wsdl: WsdlSet) -> str:
    if type_name == "anyType":
        return "any"
    if type_name in XSD_BUILTINS:
        return "primitive"
    if type_name == MOR:
        return "mor"
    if type_name in wsdl.enums:
        return "enum"
    return "data"  # faults are told apart by passes.mark_fault_members, once the hierarchy is known


def _member(el: RawElement, wsdl: WsdlSet, cat: CatMember | None, version: str) -> Member:
    """A member as the WSDL shapes it, with the catalogue's facts where it has them."""
    return Member(
        wire_name=el.name,
        py_name=el.name,
        type=el.type,
        kind=_kind(el.type, wsdl),
        array=el.unbounded,
        optional=el.min_occurs == 0,
        since=(cat.since if cat and cat.since else version),
        secret=bool(cat and cat.secret),
        target=cat.target if cat and el.type == MOR else None,
        privilege=cat.privilege if cat else None,
        link=cat.link if cat and el.type == "string" else None,
    )


def _is_array_wrapper(ct: RawComplexType) -> bool:
    return (
        ct.name.startswith("ArrayOf")
        and ct.base is None
        and len(ct.elements) == 1
        and ct.elements[0].unbounded
    )


def is_own(ct_namespace: str, wsdl: WsdlSet) -> bool:
    """Whether a definition belongs to the service being generated (fragments have no namespace)."""
    return ct_namespace in ("", wsdl.namespace)


def imported_names(wsdl: WsdlSet) -> dict[str, Source]:
    """Every type of another namespace the service's own definitions need, with where first needed.

    The closure: a vim25 type a pbm type uses brings the vim25 types it uses.
    """
    needed: dict[str, Source] = {}
    todo: list[tuple[str, Source]] = []

    def use(type_name: str, source: Source) -> None:
        if type_name in XSD_BUILTINS or type_name == MOR or type_name in needed:
            return
        ct = wsdl.complex_types.get(type_name)
        enum = wsdl.enums.get(type_name)
        namespace = ct.namespace if ct else enum.namespace if enum else ""
        if not is_own(namespace, wsdl):
            needed[type_name] = source
            todo.append((type_name, source))

    for ct in wsdl.complex_types.values():
        if is_own(ct.namespace, wsdl):
            if ct.base:
                use(ct.base, ct.source)
            for el in ct.elements:
                use(el.type, el.source)
    for op in wsdl.operations.values():
        if op.returnval is not None:
            use(op.returnval.type, op.returnval.source)
        for fault in op.faults:
            use(fault, op.source)
    while todo:
        name, source = todo.pop()
        needed_type = wsdl.complex_types.get(name)
        if needed_type is not None:
            if needed_type.base:
                use(needed_type.base, source)
            for el in needed_type.elements:
                use(el.type, source)
    return needed


def _root(name: str, types: dict[str, RawComplexType]) -> str:
    while (base := types[name].base) is not None and base in types:
        name = base
    return name


def build_api(
    wsdl: WsdlSet,
    catalogue: Catalogue,
    catalogue_files: tuple[InputFile, ...],
    sibling: Sibling | None = None,
) -> Api:
    """Join the WSDL and the catalogue into an :class:`Api`, one named step per part.

    Only definitions of the service's own namespace are generated; types of
    another namespace come from ``sibling`` (checked by ``validate.validate_sibling``).
    Members typed with a fault still say kind "data": ``passes.mark_fault_members``
    tells them apart.
    """
    arrays, data_raw = split_complex_types(wsdl)
    data_types, data_gaps = join_data_types(wsdl, catalogue, data_raw, sibling)
    operations, operation_gaps = join_operations(wsdl, catalogue)
    managed, property_gaps = join_managed_types(wsdl, catalogue, frozenset(data_raw))
    enums, enum_gaps = join_enums(wsdl, catalogue)
    imported: tuple[tuple[str, str], ...] = ()
    if sibling is not None:
        imported = tuple(sorted((n, m) for n in imported_names(wsdl) if (m := sibling.module(n)) is not None))
    names = [*(d.name for d in data_types), *(m.name for m in managed), *(e.name for e in enums)]
    return Api(
        service=wsdl.service,
        sibling=sibling.name if sibling is not None else None,
        imported=imported,
        version_parents=tuple(sorted(catalogue.parents.items())),
        namespace=wsdl.namespace,
        version=wsdl.version,
        versions=catalogue.versions,
        files=wsdl.files + catalogue_files,
        data_types=data_types,
        enums=enums,
        arrays=arrays,
        operations=operations,
        managed=managed,
        gaps=data_gaps + operation_gaps + property_gaps + enum_gaps,
        vmodl_names=tuple(sorted((catalogue.vmodl[name], name) for name in names if name in catalogue.vmodl)),
    )


def split_complex_types(wsdl: WsdlSet) -> tuple[tuple[ArrayType, ...], dict[str, RawComplexType]]:
    """The ``ArrayOfX`` wrappers, and the service's own data and fault types by name.

    Request types and ManagedObjectReference are neither: operations and
    references are modelled on their own.
    """
    request_types = {op.request_type for op in wsdl.operations.values()}
    arrays = []
    data_raw: dict[str, RawComplexType] = {}
    for name, ct in wsdl.complex_types.items():
        if _is_array_wrapper(ct):
            item = ct.elements[0]
            arrays.append(ArrayType(name, item.type, item.name))
        elif name not in request_types and name != MOR and is_own(ct.namespace, wsdl):
            data_raw[name] = ct
    return tuple(arrays), data_raw


def join_data_types(
    wsdl: WsdlSet, catalogue: Catalogue, data_raw: dict[str, RawComplexType], sibling: Sibling | None
) -> tuple[tuple[DataType, ...], tuple[str, ...]]:
    """Data and fault types with their inherited fields first, and the types the catalogue lacks.

    A chain that leaves the service's own types continues in the sibling: its
    fields are taken exactly as the sibling class has them.
    """
    version = wsdl.version
    gaps = []
    data_types = []
    for name, ct in data_raw.items():
        chain = []
        cursor: str | None = name
        while cursor is not None and cursor in data_raw:
            chain.append(data_raw[cursor])
            cursor = data_raw[cursor].base
        fields: list[Member] = list(_sibling_fields(cursor, sibling, wsdl)) if cursor else []
        for level in reversed(chain):
            cat_type = catalogue.data.get(level.name)
            cat_fields = {f.name: f for f in cat_type.fields} if cat_type else {}
            for el in level.elements:
                fields.append(_member(el, wsdl, cat_fields.get(el.name), version))
        cat = catalogue.data.get(name)
        if cat is None:
            gaps.append(f"{ct.source}: data type {name} is not in the catalogue (since {version} assumed)")
        data_types.append(
            DataType(
                name=name,
                py_name=name,
                module=name,
                base=ct.base,
                fields=tuple(fields),
                own_count=len(ct.elements),
                is_fault=_is_fault(name, data_raw, sibling),
                since=cat.since if cat and cat.since else version,
                source=ct.source,
            )
        )
    return tuple(data_types), tuple(gaps)


def join_operations(wsdl: WsdlSet, catalogue: Catalogue) -> tuple[tuple[Operation, ...], tuple[str, ...]]:
    """Operations with their owner, privilege and task result, and those the catalogue places nowhere."""
    version = wsdl.version
    owners: dict[str, str] = {}
    cat_methods = {}
    for mo in catalogue.managed.values():
        for method in mo.methods:
            owners[method.name] = mo.name
            cat_methods[method.name] = method
    gaps = []
    operations = []
    for name, raw in wsdl.operations.items():
        cat_method = cat_methods.get(name)
        if cat_method is None:
            gaps.append(f"{raw.source}: operation {name} has no owner in the catalogue (put on _Unplaced)")
        cat_params = {p.name: p for p in cat_method.params} if cat_method else {}
        request = wsdl.complex_types[raw.request_type]
        params = tuple(
            _member(el, wsdl, cat_params.get(el.name), version)
            for el in request.elements
            if el.name != "_this"
        )
        since = cat_method.since if cat_method and cat_method.since else version
        result = None
        if raw.returnval is not None:
            result_cat = CatMember(
                "returnval",
                raw.returnval.type,
                raw.returnval.unbounded,
                raw.returnval.min_occurs == 0,
                since,
                bool(cat_method and cat_method.result_secret),
                cat_method.result_target if cat_method else None,
            )
            result = _member(raw.returnval, wsdl, result_cat, version)
        task_result = None
        if cat_method is not None and cat_method.task_result is not None:
            tr = cat_method.task_result
            task_result = Member(
                "result", "result", tr.type, _kind(tr.type, wsdl), tr.array, False, since, False, tr.target
            )
        operations.append(
            Operation(
                name=name,
                owner=owners.get(name),
                params=params,
                result=result,
                task_result=task_result,
                faults=tuple(f for f in raw.faults),
                privilege=cat_method.privilege if cat_method else None,
                since=since,
                safe_reason=catalogue.safe_ops.get(name),
                source=raw.source,
            )
        )
    return tuple(operations), tuple(gaps)


def join_managed_types(
    wsdl: WsdlSet, catalogue: Catalogue, data_names: frozenset[str]
) -> tuple[tuple[ManagedType, ...], tuple[str, ...]]:
    """Managed types from the catalogue (the WSDL has none), and properties of types the WSDL lacks.

    ``data_names`` are the service's own data and fault types. A property of
    another type is left out and reported; an operation the WSDL does not
    define is left out silently (the catalogue is cut to the WSDL's version).
    """
    version = wsdl.version
    wsdl_ops = set(wsdl.operations)
    known_types = data_names | set(wsdl.enums) | XSD_BUILTINS | {MOR}
    gaps = []
    managed = []
    for mo in catalogue.managed.values():
        props = []
        for p in mo.properties:
            if p.type not in known_types:
                gaps.append(f"property {mo.name}.{p.name}: type {p.type} is not in the WSDL")
                continue
            props.append(
                Member(
                    p.name,
                    p.name,
                    p.type,
                    _kind(p.type, wsdl),
                    p.array,
                    p.optional,
                    p.since or version,
                    p.secret,
                    p.target,
                    p.privilege,
                    p.link,
                )
            )
        managed.append(
            ManagedType(
                name=mo.name,
                module=mo.name,
                base=mo.base if mo.base in catalogue.managed else None,
                properties=tuple(props),
                operations=tuple(m.name for m in mo.methods if m.name in wsdl_ops),
                since=mo.since or version,
            )
        )
    return tuple(managed), tuple(gaps)


def join_enums(wsdl: WsdlSet, catalogue: Catalogue) -> tuple[tuple[EnumType, ...], tuple[str, ...]]:
    """The service's own enums with their since-versions, and those the catalogue lacks."""
    own = [e for e in wsdl.enums.values() if is_own(e.namespace, wsdl)]
    gaps = tuple(
        f"{e.source}: enum {e.name} is not in the catalogue (since {wsdl.version} assumed)"
        for e in own
        if e.name not in catalogue.enum_since
    )
    enums = tuple(
        EnumType(
            name=e.name,
            values=tuple(EnumValue(v, v) for v in e.values),
            since=catalogue.enum_since.get(e.name) or wsdl.version,
            source=e.source,
        )
        for e in own
    )
    return enums, gaps


def _is_fault(name: str, own: dict[str, RawComplexType], sibling: Sibling | None) -> bool:
    """Whether a type derives from MethodFault, through the sibling's faults when its chain leaves ``own``."""
    cursor: str | None = name
    while cursor is not None and cursor in own:
        if cursor == "MethodFault":
            return True
        cursor = own[cursor].base
    return cursor is not None and sibling is not None and sibling.is_fault(cursor)


def _sibling_fields(base: str, sibling: Sibling | None, wsdl: WsdlSet) -> tuple[Member, ...]:
    """The inherited fields of a sibling base class, as Members (kinds from the set's own XSD)."""
    if sibling is None:
        return ()
    return tuple(
        Member(
            wire_name=f.wire,
            py_name=f.name,
            type=f.type,
            kind=_kind(f.type, wsdl),
            array=f.array,
            optional=f.optional,
            since=f.since,
            secret=f.secret,
            target=f.target,
        )
        for f in sibling.fields.get(base, ())
    )
