"""Stage 0, extract the vim25 facts the WSDL lacks from pyVmomi's type registry.

Role:
    The vim25 WSDL gives the wire shapes (types, operations, messages) but not
    which managed object owns each operation, what properties managed objects
    have, since which API version each member exists, privileges, secret flags,
    or which managed type a ``ManagedObjectReference`` member points at. The
    pinned pyVmomi release (Apache-2.0) carries all of these in its generated
    type registry. This module reads that registry ONCE, at development time,
    and writes the facts to ``wsdl/vim25.json``, which is committed; the code
    generator (``catalogue.py``) reads only that JSON. pyVmomi is a dev-only
    dependency and is never imported by pyvmomo at run time.

Decisions:
    * Raw definitions, not classes. ``pyVmomi/__init__`` registers every type
      definition (``CreateManagedType``/``CreateDataType``/``CreateEnumType``
      store their arguments in ``VmomiSupport._managedDefMap``,
      ``_dataDefMap`` and ``_enumDefMap``) but builds classes lazily. We read
      those argument lists directly and never call ``GetVmodlType`` per type,
      so extraction takes well under a second.
    * Namespace. Only definitions whose version maps to the ``urn:vim25``
      service namespace are kept (pbm, sms, eam, vslm, vsan and reflect live
      in other namespaces).
    * vSAN. ``pyVmomi/_typeinfo_vsanhealth.py`` (the vSAN Management SDK
      bindings, served by the vSAN health service, not by ``/sdk``) defines
      172 types that share ``urn:vim25`` but are never in the public vim25
      WSDL. We drop every vim25 type whose definition comes from that module
      (found by scanning its ``Create*Type("<vmodl name>"`` calls) and check
      that each dropped name contains "vsan". vSAN-named types of the main
      vim bindings (``HostVsanSystem``, ``VsanClusterCoreConfig``...) stay.
      Any member still referring to a dropped type is an error.
    * Names. Every type is named by its WSDL name (pyVmomi's ``wsdlName``).
      Primitives become XSD names; ``vmodl.TypeName``/``MethodName``/
      ``PropertyPath`` become ``string``; managed types used as a member type
      become ``ManagedObjectReference`` with ``target`` set to the managed
      type (``null`` for the generic ``vmodl.ManagedObject``). A ``F_LINK``
      field (a key that refers to another data object) is a string on the
      wire, so it is reported as ``string`` with ``link`` naming the data
      type whose key it holds (26 fields, e.g. ``HostVirtualNic.port`` ->
      ``HostPortGroupPort``). Array types ``X[]`` become ``type=X, array=true``.
    * Privileges and secrets. Methods and properties carry pyVmomi's
      privilege; so do parameters (110 vim25 parameters name the privilege
      needed on the object they pass, e.g. ``RelocateVM_Task(pool)`` ->
      ``Resource.AssignVMToPool``). A method result flagged secret
      (``AcquireCloneTicket``) keeps that flag as ``result.secret``.
    * Roots. ``ManagedObject`` and ``DataObject`` are omitted; their children
      get ``base: null``. The three VmomiSupport built-ins are given their
      WSDL shape: ``MethodFault`` has no base (pyVmomi derives it from
      DynamicData only for convenience), ``RuntimeFault`` extends it, and
      ``LocalizedMethodFault`` (a wrapper pyVmomi derives from MethodFault
      for deserialisation) extends ``DynamicData`` and is not a fault.
    * Versions. pyVmomi tags members with internal version names
      (``vim.version.v7_0_3_0``). The vim25 versions form a single chain
      ordered by ancestry (``parentMap``). A member's ``since`` is the wire id
      of the first *numbered* vim25 release whose ancestry contains its
      version: ``vim.version.v7_0_3_0`` -> ``7.0.3.0``; ``vmodl.*`` and
      ``vmodl.query.*`` versions (which have no id) -> the first release that
      includes them (``vmodl.query.version.version3`` -> ``4.1``); the
      non-numeric ids ``2.5u2``, ``2.5u2server`` and ``m5CA1EF4D`` (an
      unpublished 9.1.0.1) -> the next numbered release. ``versions`` lists
      only numbered ids so that consumers can compare them as integer tuples.
      Versions outside vim25 or unknown to ``parentMap`` are logged.
    * Other services. ``--service pbm`` extracts the Storage Policy service
      (``urn:pbm``, ``wsdl/pbm.json``) the same way: definitions whose version
      maps to ``pbm``, ``since`` on the pbm version chain (whose ids follow
      vSphere releases since 6.5), vim25 types they use named by their WSDL
      name (the pbm package imports them from vim25), and ``parents``: each
      pbm version -> the newest numbered vim25 version in its ancestry, which
      is how the client picks the PBM version for a negotiated vim25 version.
    * Order. Members keep pyVmomi's declaration order; the JSON is written
      with sorted keys and fixed indentation so the output is deterministic.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import itertools
import json
import logging
import re
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Final, NotRequired, TypedDict

PYVMOMI_VERSION: Final = "9.1.1.0"
NAMESPACE: Final = "urn:vim25"
SERVICE_NS: Final = "vim25"
VSAN_TYPEINFO_MODULE: Final = "pyVmomi._typeinfo_vsanhealth"
DEFAULT_OUT: Final = Path(__file__).resolve().parent.parent / "wsdl" / "vim25.json"

# pyVmomi's member flags (VmomiSupport.F_*); checked against the library at run time.
F_LINK: Final = 1
F_LINKABLE: Final = 2
F_OPTIONAL: Final = 4
F_SECRET: Final = 8

MOR: Final = "ManagedObjectReference"
TASK: Final = "vim.Task"
VOID: Final = "void"
MANAGED_ROOT: Final = "vmodl.ManagedObject"
DATA_ROOT: Final = "vmodl.DataObject"
METHOD_FAULT: Final = "vmodl.MethodFault"
LOCALIZED_METHOD_FAULT: Final = "vmodl.LocalizedMethodFault"
DYNAMIC_DATA: Final = "vmodl.DynamicData"

# pyVmomi primitive type names -> XSD names.
PRIMITIVES: Final[dict[str, str]] = {
    "string": "string",
    "boolean": "boolean",
    "bool": "boolean",
    "byte": "byte",
    "short": "short",
    "int": "int",
    "long": "long",
    "float": "float",
    "double": "double",
    "anyType": "anyType",
    "vmodl.DateTime": "dateTime",
    "vmodl.Binary": "base64Binary",
    "vmodl.URI": "anyURI",
    "vmodl.TypeName": "string",
    "vmodl.MethodName": "string",
    "vmodl.PropertyPath": "string",
}

_CREATE_RE: Final = re.compile(r'^Create(?:Data|Managed|Enum)Type\("([^"]+)"', re.MULTILINE)
_NUMBERED_RE: Final = re.compile(r"\d+(?:\.\d+)*")

log = logging.getLogger(__name__)


class SourceInfo(TypedDict):
    """Where the facts come from."""

    pyvmomi: str
    namespace: str


class FieldEntry(TypedDict):
    """A data-object field."""

    name: str
    type: str
    array: bool
    optional: bool
    since: str
    secret: bool
    target: str | None
    link: str | None


class ParamEntry(FieldEntry):
    """A method parameter: a field plus the privilege needed on what it passes."""

    privilege: str | None


class PropertyEntry(TypedDict):
    """A managed-object property."""

    name: str
    type: str
    array: bool
    optional: bool
    since: str
    privilege: str | None
    secret: bool
    target: str | None
    link: str | None


class ResultEntry(TypedDict):
    """The declared (wire) result of a method."""

    type: str
    array: bool
    optional: bool
    secret: bool
    target: str | None


class TaskResultEntry(TypedDict):
    """The real result of a method that returns a Task (``TaskInfo.result``)."""

    type: str
    array: bool
    target: str | None


class MethodEntry(TypedDict):
    """A method declared on a managed type."""

    name: str
    since: str
    privilege: str | None
    params: list[ParamEntry]
    result: ResultEntry | None
    task_result: TaskResultEntry | None
    faults: list[str]


class ManagedEntry(TypedDict):
    """A managed type with its own properties and methods."""

    vmodl: str  # pyVmomi's name (vim.VirtualMachine), for the API reference's search
    base: str | None
    since: str
    properties: list[PropertyEntry]
    methods: list[MethodEntry]


class DataEntry(TypedDict):
    """A data object or fault type with its own fields."""

    vmodl: str  # pyVmomi's name (vim.vm.ConfigSpec)
    base: str | None
    since: str
    fault: bool
    fields: list[FieldEntry]


class EnumEntry(TypedDict):
    """An enumeration."""

    vmodl: str  # pyVmomi's name (vim.VirtualMachine.PowerState)
    since: str
    values: list[str]


class Catalogue(TypedDict):
    """The whole catalogue, as written to ``wsdl/vim25.json``."""

    source: SourceInfo
    versions: list[str]
    parents: NotRequired[dict[str, str]]  # only for services other than vim25
    managed: dict[str, ManagedEntry]
    data: dict[str, DataEntry]
    enums: dict[str, EnumEntry]


class CatalogueError(RuntimeError):
    """The pyVmomi registry does not have the shape this extractor expects."""


def _import_registry() -> Any:
    """Import pyVmomi lazily and return its ``VmomiSupport`` module.

    Returns:
        The ``pyVmomi.VmomiSupport`` module (untyped pyVmomi internals).

    Raises:
        CatalogueError: pyVmomi is missing or is not the pinned release.
    """
    try:
        pyvmomi = importlib.import_module("pyVmomi")
        support = importlib.import_module("pyVmomi.VmomiSupport")
    except ImportError as exc:
        raise CatalogueError(
            "extracting the catalogue needs pyVmomi "
            f"{PYVMOMI_VERSION}: pip install 'pyvmomo[catalogue]' "
            f"(or pip install pyvmomi=={PYVMOMI_VERSION})"
        ) from exc
    found = getattr(pyvmomi, "version_info_str", "unknown")
    if found != PYVMOMI_VERSION:
        raise CatalogueError(
            f"the catalogue is pinned to pyvmomi=={PYVMOMI_VERSION}, found {found}: "
            f"pip install pyvmomi=={PYVMOMI_VERSION}"
        )
    flags = (support.F_LINK, support.F_LINKABLE, support.F_OPTIONAL, support.F_SECRET)
    if flags != (F_LINK, F_LINKABLE, F_OPTIONAL, F_SECRET):
        raise CatalogueError(f"unexpected pyVmomi member flags {flags}")
    return support


def _vsan_health_names() -> frozenset[str]:
    """Return the vmodl names defined by pyVmomi's vSAN health bindings.

    Returns:
        Every name passed to ``Create*Type`` in ``_typeinfo_vsanhealth.py``.

    Raises:
        CatalogueError: the module cannot be found.
    """
    spec = importlib.util.find_spec(VSAN_TYPEINFO_MODULE)
    if spec is None or spec.origin is None:
        raise CatalogueError(f"cannot locate {VSAN_TYPEINFO_MODULE}")
    text = Path(spec.origin).read_text(encoding="utf-8")
    return frozenset(_CREATE_RE.findall(text))


class _Extractor:
    """Convert pyVmomi's raw definitions into catalogue entries."""

    def __init__(self, support: Any, service: str = SERVICE_NS) -> None:
        self.service = service
        self._parents: dict[str, set[str]] = support.parentMap
        self._service_ns: dict[str, str] = support.serviceNsMap
        self._version_ids: dict[str, str] = support.versionIdMap
        self.anomalies: list[str] = []
        self._chain = self._vim25_chain()
        self._since_cache: dict[str, str] = {}
        # Every definition of every service, for the WSDL names of types a service imports.
        self._all_defs = (support._dataDefMap, support._enumDefMap)
        self._all_managed: dict[str, list[Any]] = support._managedDefMap

        vsan = _vsan_health_names() if service == SERVICE_NS else frozenset()
        self.managed_defs: dict[str, list[Any]] = {}
        self.data_defs: dict[str, list[Any]] = {}
        self.enum_defs: dict[str, list[Any]] = {}
        self.excluded: dict[str, str] = {}  # vmodl name -> wsdl name
        maps: tuple[tuple[dict[str, list[Any]], dict[str, list[Any]], int], ...] = (
            (support._managedDefMap, self.managed_defs, 3),
            (support._dataDefMap, self.data_defs, 3),
            (support._enumDefMap, self.enum_defs, 2),
        )
        for source, target, version_index in maps:
            for vmodl_name, definition in source.items():
                if self._service_ns.get(definition[version_index]) != service:
                    continue
                if vmodl_name in vsan:
                    wsdl_name = str(definition[1])
                    if "vsan" not in wsdl_name.lower():
                        raise CatalogueError(f"{vmodl_name} from the vSAN bindings is not vSAN-named")
                    self.excluded[vmodl_name] = wsdl_name
                    continue
                target[vmodl_name] = definition

    # Versions -----------------------------------------------------------

    def _vim25_chain(self) -> list[str]:
        """Return the vim25 versions that have a wire id, oldest first.

        Raises:
            CatalogueError: the versions do not form a single ancestry chain.
        """
        chain = [
            v for v in self._parents if self._service_ns.get(v) == self.service and self._version_ids.get(v)
        ]
        chain.sort(key=lambda v: len(self._parents[v]))
        for older, newer in itertools.pairwise(chain):
            if not self._parents[older] < self._parents[newer]:
                raise CatalogueError(f"vim25 versions {older} and {newer} are not a chain")
        numbered = [self._version_ids[v] for v in chain if _is_numbered(self._version_ids[v])]
        keys = [_numeric_key(v) for v in numbered]
        if keys != sorted(keys):
            raise CatalogueError(f"vim25 version ids do not ascend with ancestry: {numbered}")
        return chain

    def versions(self) -> list[str]:
        """Return the numbered wire version ids of the service, ascending."""
        return [self._version_ids[v] for v in self._chain if _is_numbered(self._version_ids[v])]

    def parents(self) -> dict[str, str]:
        """Each numbered service version -> the newest numbered vim25 version in its ancestry."""
        if self.service == SERVICE_NS:
            return {}
        out = {}
        for version in self._chain:
            vim25 = [
                self._version_ids[p]
                for p in self._parents[version]
                if self._service_ns.get(p) == SERVICE_NS and _is_numbered(self._version_ids.get(p) or "")
            ]
            if vim25 and _is_numbered(self._version_ids[version]):
                out[self._version_ids[version]] = max(vim25, key=_numeric_key)
        return out

    def since(self, version: str, where: str) -> str:
        """Map an internal version name to the first numbered release containing it.

        Args:
            version: pyVmomi's version name, e.g. ``vim.version.v7_0_3_0``.
            where: What is being tagged, for anomaly messages.

        Returns:
            A numbered vim25 wire version id such as ``"7.0.3.0"``.

        Raises:
            CatalogueError: no vim25 release contains the version.
        """
        cached = self._since_cache.get(version)
        if cached is None:
            if version not in self._parents:
                raise CatalogueError(f"{where}: unknown version {version}")
            for candidate in self._chain:
                wire_id = self._version_ids[candidate]
                if _is_numbered(wire_id) and version in self._parents[candidate]:
                    cached = wire_id
                    break
            else:
                raise CatalogueError(f"{where}: no vim25 release includes {version}")
            self._since_cache[version] = cached
        if self._service_ns.get(version) != self.service:
            self.anomalies.append(f"{where}: non-{self.service} version {version} (mapped to {cached})")
        return cached

    # Types --------------------------------------------------------------

    def _wsdl_name(self, vmodl_name: str, where: str) -> str:
        """Return the WSDL name of a vim25 data, fault or enum type.

        Raises:
            CatalogueError: the type is unknown, dropped or in another namespace.
        """
        for defs in (self.data_defs, self.enum_defs):
            definition = defs.get(vmodl_name)
            if definition is not None:
                return str(definition[1])
        if self.service != SERVICE_NS:  # a vim25 type the service uses
            for defs in self._all_defs:
                definition = defs.get(vmodl_name)
                if definition is not None:
                    return str(definition[1])
        if vmodl_name in self.excluded:
            raise CatalogueError(f"{where}: refers to dropped vSAN type {vmodl_name}")
        raise CatalogueError(f"{where}: type {vmodl_name} is not a vim25 type")

    def type_ref(self, type_name: str, flags: int, where: str) -> tuple[str, bool, str | None, str | None]:
        """Convert a pyVmomi member type to ``(wsdl type, array, target, link)``.

        Args:
            type_name: pyVmomi's type, e.g. ``vim.Datastore[]``.
            flags: The member's ``F_*`` flags.
            where: What is being converted, for error messages.

        Returns:
            The WSDL type name, whether it is an array, the managed type a
            reference points at (``None`` when not a reference or when it
            may point at any managed object), and for a link the data type
            whose key the string holds.
        """
        array = type_name.endswith("[]")
        base = type_name[:-2] if array else type_name
        if flags & F_LINK:
            # A link is serialised as the key of the linked object.
            return "string", array, None, self._wsdl_name(base, where)
        primitive = PRIMITIVES.get(base)
        if primitive is not None:
            return primitive, array, None, None
        if base == MANAGED_ROOT:
            return MOR, array, None, None
        managed = self.managed_defs.get(base) or self._all_managed.get(base)
        if managed is not None:
            return MOR, array, str(managed[1]), None
        if base in self.excluded:
            raise CatalogueError(f"{where}: refers to dropped vSAN type {base}")
        return self._wsdl_name(base, where), array, None, None

    # Entries ------------------------------------------------------------

    def field(self, raw: Sequence[Any], where: str) -> FieldEntry:
        """Convert a data field or parameter tuple ``(name, type, version, flags, ...)``."""
        name, type_name, version, flags = str(raw[0]), str(raw[1]), str(raw[2]), int(raw[3])
        here = f"{where}.{name}"
        wsdl_type, array, target, link = self.type_ref(type_name, flags, here)
        return FieldEntry(
            name=name,
            type=wsdl_type,
            array=array,
            optional=bool(flags & F_OPTIONAL),
            since=self.since(version, here),
            secret=bool(flags & F_SECRET),
            target=target,
            link=link,
        )

    def param(self, raw: Sequence[Any], where: str) -> ParamEntry:
        """Convert a parameter tuple ``(name, type, version, flags, privilege)``."""
        base = self.field(raw, where)
        return ParamEntry(**base, privilege=_opt_str(raw[4]) if len(raw) > 4 else None)

    def prop(self, raw: Sequence[Any], where: str) -> PropertyEntry:
        """Convert a managed property tuple ``(name, type, version, flags, privilege)``."""
        base = self.field(raw, where)
        return PropertyEntry(
            name=base["name"],
            type=base["type"],
            array=base["array"],
            optional=base["optional"],
            since=base["since"],
            privilege=_opt_str(raw[4]),
            secret=base["secret"],
            target=base["target"],
            link=base["link"],
        )

    def method(self, raw: Sequence[Any], owner: str) -> MethodEntry:
        """Convert a method tuple ``(vmodl, wsdl, version, params, result, priv, faults)``."""
        wsdl_name = str(raw[1])
        where = f"{owner}.{wsdl_name}"
        params = [self.param(p, where) for p in raw[3]]
        result_flags, result_type, real_type = int(raw[4][0]), str(raw[4][1]), str(raw[4][2])
        result: ResultEntry | None = None
        task_result: TaskResultEntry | None = None
        if result_type != VOID:
            r_type, r_array, r_target, _ = self.type_ref(result_type, result_flags, where)
            result = ResultEntry(
                type=r_type,
                array=r_array,
                optional=bool(result_flags & F_OPTIONAL),
                secret=bool(result_flags & F_SECRET),
                target=r_target,
            )
        returns_task = result_type == TASK
        if returns_task != wsdl_name.endswith("_Task"):
            self.anomalies.append(f"{where}: returns {result_type}, name disagrees")
        if returns_task and real_type != VOID:
            t_type, t_array, t_target, _ = self.type_ref(real_type, 0, f"{where}(task result)")
            task_result = TaskResultEntry(type=t_type, array=t_array, target=t_target)
        elif not returns_task and real_type != result_type:
            self.anomalies.append(f"{where}: result {result_type} vs {real_type}")
        faults = [self._wsdl_name(f, f"{where}(fault)") for f in raw[6] or ()]
        return MethodEntry(
            name=wsdl_name,
            since=self.since(str(raw[2]), where),
            privilege=_opt_str(raw[5]),
            params=params,
            result=result,
            task_result=task_result,
            faults=faults,
        )

    def managed(self) -> dict[str, ManagedEntry]:
        """Convert every kept managed type except the ``ManagedObject`` root."""
        out: dict[str, ManagedEntry] = {}
        for vmodl_name, (_, wsdl_name, parent, version, props, methods) in self.managed_defs.items():
            if parent is None:  # the ManagedObject root itself
                continue
            base = None
            if parent != MANAGED_ROOT:
                parent_def = self.managed_defs.get(parent)
                if parent_def is None:
                    raise CatalogueError(f"{wsdl_name}: base {parent} is not kept")
                base = str(parent_def[1])
            out[str(wsdl_name)] = ManagedEntry(
                vmodl=vmodl_name,
                base=base,
                since=self.since(version, str(wsdl_name)),
                properties=[self.prop(p, str(wsdl_name)) for p in props or ()],
                methods=[self.method(m, str(wsdl_name)) for m in methods or ()],
            )
        return out

    def _is_fault(self, vmodl_name: str) -> bool:
        cursor: str | None = vmodl_name
        while cursor is not None and cursor != DATA_ROOT:
            if cursor == METHOD_FAULT:
                return True
            definition = self.data_defs.get(cursor)
            cursor = None if definition is None else definition[2]
        return False

    def data(self) -> dict[str, DataEntry]:
        """Convert every kept data and fault type except the ``DataObject`` root."""
        out: dict[str, DataEntry] = {}
        for vmodl_name, (_, wsdl_name, parent, version, props) in self.data_defs.items():
            if parent is None:  # the DataObject root itself
                continue
            fault = self._is_fault(vmodl_name)
            base: str | None
            if vmodl_name == METHOD_FAULT or parent == DATA_ROOT:
                base = None
            elif vmodl_name == LOCALIZED_METHOD_FAULT:
                base, fault = str(self.data_defs[DYNAMIC_DATA][1]), False
            else:
                base = self._wsdl_name(parent, f"{wsdl_name}(base)")
            out[str(wsdl_name)] = DataEntry(
                vmodl=vmodl_name,
                base=base,
                since=self.since(version, str(wsdl_name)),
                fault=fault,
                fields=[self.field(p, str(wsdl_name)) for p in props or ()],
            )
        return out

    def enums(self) -> dict[str, EnumEntry]:
        """Convert every kept enum type."""
        return {
            str(wsdl_name): EnumEntry(
                vmodl=vmodl_name, since=self.since(version, str(wsdl_name)), values=[str(v) for v in values]
            )
            for vmodl_name, (_, wsdl_name, version, values) in self.enum_defs.items()
        }


def _is_numbered(version_id: str) -> bool:
    return _NUMBERED_RE.fullmatch(version_id) is not None


def _numeric_key(version_id: str) -> tuple[int, ...]:
    parts = tuple(int(p) for p in version_id.split("."))
    return parts + (0,) * (4 - len(parts))


def _opt_str(value: object) -> str | None:
    return None if value is None else str(value)


def extract_catalogue(service: str = SERVICE_NS) -> Catalogue:
    """Read pyVmomi's registry and build the catalogue of ``service`` (``"vim25"``, ``"pbm"``).

    Returns:
        The catalogue; see the module docstring and ``wsdl/vim25.json``.

    Raises:
        CatalogueError: pyVmomi is missing, is not the pinned release, or its
            registry does not have the expected shape.
    """
    extractor = _Extractor(_import_registry(), service)
    managed = extractor.managed()
    data = extractor.data()
    enums = extractor.enums()
    seen: set[str] = set()
    for names in (managed, data, enums):
        clash = seen & names.keys()
        if clash:
            raise CatalogueError(f"WSDL names used twice: {sorted(clash)}")
        seen |= names.keys()
    for anomaly in sorted(set(extractor.anomalies)):
        log.warning("%s", anomaly)
    log.info(
        "dropped %d vSAN health types: %s",
        len(extractor.excluded),
        ", ".join(sorted(extractor.excluded.values())),
    )
    catalogue = Catalogue(
        source=SourceInfo(pyvmomi=PYVMOMI_VERSION, namespace=f"urn:{service}"),
        versions=extractor.versions(),
        managed=managed,
        data=data,
        enums=enums,
    )
    if service != SERVICE_NS:
        catalogue["parents"] = extractor.parents()
    return catalogue


def render_catalogue(catalogue: Catalogue) -> str:
    """Serialise a catalogue deterministically.

    Args:
        catalogue: The catalogue to serialise.

    Returns:
        The JSON text, ending in a newline.
    """
    return json.dumps(catalogue, sort_keys=True, indent=1, ensure_ascii=True) + "\n"


def write_catalogue(path: Path, service: str = SERVICE_NS) -> None:
    """Extract the catalogue of ``service`` and write it to ``path``.

    Args:
        path: Destination file, normally ``wsdl/vim25.json`` (``wsdl/pbm.json``).
        service: ``"vim25"`` or ``"pbm"``.
    """
    text = render_catalogue(extract_catalogue(service))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="ascii", newline="\n")


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point: ``python -m codegen.extract_catalogue --out FILE``.

    Args:
        argv: Arguments without the program name; ``sys.argv[1:]`` when None.

    Returns:
        The process exit status.
    """
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="catalogue file to write")
    parser.add_argument("-v", "--verbose", action="store_true", help="also log dropped types")
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING, format="%(levelname)s %(message)s"
    )
    started = time.perf_counter()
    try:
        write_catalogue(args.out)
    except CatalogueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"wrote {args.out} in {time.perf_counter() - started:.2f}s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
