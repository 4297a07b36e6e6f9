"""Stage 1b, load the managed-object catalogue and filter it to one API version.

The catalogue (``wsdl/vim25.json``) holds what the WSDL does not say: which
managed type owns each operation, managed-object properties, since-versions,
privileges, secret flags and the targets of reference-typed members. It is
extracted once from pyvmomi's type registry by ``extract_catalogue.py``; this
module only reads it. Members newer than the WSDL being generated are dropped
here, so a 5.5 run never sees a 7.0 member.

Both files are optional: without a catalogue every operation is unplaced and
every member gets the WSDL's version (``model.build_api`` reports the gaps);
without a safe-ops list nothing is re-sent after the server may have seen it.
From a source checkout the files are ``wsdl/*.json``; from a wheel they are
packaged as ``pyvmomo_codegen/data/*.json``.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


def _data_file(name: str) -> Path:
    """A packaged data file (wheel), else the checkout's ``wsdl/`` copy."""
    here = Path(__file__).resolve().parent
    packaged = here / "data" / name
    return packaged if packaged.exists() else here.parent / "wsdl" / name


DEFAULT_CATALOGUE = _data_file("vim25.json")
DEFAULT_SAFE_OPS = _data_file("safe_ops.json")
DEFAULT_SECRETS = _data_file("secrets.json")


def service_defaults(service: str) -> tuple[Path, Path, Path | None]:
    """(catalogue, safe ops, secrets) of a service: vim25's files, or ``pbm.json``, ``pbm_safe_ops.json``."""
    if service == "vim25":
        return DEFAULT_CATALOGUE, DEFAULT_SAFE_OPS, DEFAULT_SECRETS
    return _data_file(f"{service}.json"), _data_file(f"{service}_safe_ops.json"), None


def version_key(version: str) -> tuple[int, ...]:
    """Order version ids numerically: ``"6.5" < "6.7.1" < "7.0.3.0"``."""
    parts = tuple(int(p) for p in version.split("."))
    return parts + (0,) * (4 - len(parts))


@dataclass(frozen=True)
class CatMember:
    """A property, data field or parameter as the catalogue knows it."""

    name: str
    type: str
    array: bool
    optional: bool
    since: str
    secret: bool
    target: str | None
    privilege: str | None = None
    link: str | None = None  # the data type whose key a string field holds


@dataclass(frozen=True)
class CatMethod:
    """A method of a managed type."""

    name: str
    since: str
    privilege: str | None
    params: tuple[CatMember, ...]
    result_target: str | None
    result_secret: bool
    task_result: CatMember | None
    faults: tuple[str, ...]


@dataclass(frozen=True)
class CatManaged:
    """A managed type: its base, own properties and own methods."""

    name: str
    base: str | None
    since: str
    properties: tuple[CatMember, ...]
    methods: tuple[CatMethod, ...]


@dataclass(frozen=True)
class CatData:
    """A data or fault type: its own fields."""

    name: str
    base: str | None
    since: str
    fields: tuple[CatMember, ...]


@dataclass(frozen=True)
class Catalogue:
    """The catalogue filtered to one API version."""

    managed: dict[str, CatManaged]
    data: dict[str, CatData]
    enum_since: dict[str, str]
    versions: tuple[str, ...]  # every known version up to and including the target
    safe_ops: dict[str, str]  # operation -> why re-sending it is safe
    sha256: str  # "" when generated without a catalogue
    safe_ops_sha256: str  # "" when generated without a safe-ops list
    secrets_sha256: str  # "" when generated without a secrets list
    # A service's version -> the vim25 version it goes with (pbm "7.0.3.0" -> "7.0.3.0"); empty for vim25.
    parents: dict[str, str] = field(default_factory=dict)
    vmodl: dict[str, str] = field(default_factory=dict)  # WSDL type name -> pyVmomi's (vim.vm.ConfigSpec)


def _member(raw: dict[str, Any], owner: str = "", secrets: frozenset[str] = frozenset()) -> CatMember:
    return CatMember(
        name=raw["name"],
        type=raw["type"],
        array=bool(raw.get("array", False)),
        optional=bool(raw.get("optional", False)),
        since=raw.get("since") or "",
        secret=bool(raw.get("secret", False)) or f"{owner}.{raw['name']}" in secrets,
        target=raw.get("target"),
        privilege=raw.get("privilege"),
        link=raw.get("link"),
    )


EMPTY: dict[str, Any] = {"versions": [], "managed": {}, "data": {}, "enums": {}}


def load_catalogue(
    version: str,
    path: Path | None = DEFAULT_CATALOGUE,
    safe_ops_path: Path | None = DEFAULT_SAFE_OPS,
    secrets_path: Path | None = DEFAULT_SECRETS,
) -> Catalogue:
    """Read the catalogue and keep only members introduced at or before ``version``.

    Args:
        version: The API version of the WSDL being generated (``"5.5"``).
        path: The catalogue JSON, or None to generate without one.
        safe_ops_path: The safe-ops JSON, or None for an empty list.
        secrets_path: The reviewed list of members to treat as secret beyond
            the catalogue's flags (``wsdl/secrets.json``), or None.
    """
    data = path.read_bytes() if path is not None else b""
    safe_data = safe_ops_path.read_bytes() if safe_ops_path is not None else b""
    secrets_data = secrets_path.read_bytes() if secrets_path is not None else b""
    secrets = frozenset(json.loads(secrets_data)["members"]) if secrets_data else frozenset()
    raw = json.loads(data) if data else EMPTY
    limit = version_key(version)

    def known(since: str | None) -> bool:
        return not since or version_key(since) <= limit

    managed = {}
    for name, mo in raw["managed"].items():
        if not known(mo.get("since")):
            continue
        methods = tuple(
            CatMethod(
                name=m["name"],
                since=m.get("since") or "",
                privilege=m.get("privilege"),
                params=tuple(_member(p, m["name"], secrets) for p in m["params"] if known(p.get("since"))),
                result_target=(m.get("result") or {}).get("target"),
                result_secret=bool((m.get("result") or {}).get("secret", False)),
                task_result=_member({"name": "result", **m["task_result"]}) if m.get("task_result") else None,
                faults=tuple(m.get("faults", ())),
            )
            for m in mo["methods"]
            if known(m.get("since"))
        )
        managed[name] = CatManaged(
            name=name,
            base=mo.get("base"),
            since=mo.get("since") or "",
            properties=tuple(_member(p) for p in mo["properties"] if known(p.get("since"))),
            methods=methods,
        )
    data_types = {
        name: CatData(
            name=name,
            base=dt.get("base"),
            since=dt.get("since") or "",
            fields=tuple(_member(f, name, secrets) for f in dt["fields"] if known(f.get("since"))),
        )
        for name, dt in raw["data"].items()
        if known(dt.get("since"))
    }
    enum_since = {name: e.get("since") or "" for name, e in raw["enums"].items() if known(e.get("since"))}
    vmodl = {
        name: entry["vmodl"]
        for kind in ("managed", "data", "enums")
        for name, entry in raw[kind].items()
        if known(entry.get("since")) and entry.get("vmodl")
    }
    versions = tuple(v for v in raw["versions"] if version_key(v) <= limit)
    if version not in versions:
        versions = (*versions, version)
    return Catalogue(
        managed=managed,
        data=data_types,
        enum_since=enum_since,
        versions=versions,
        safe_ops=dict(json.loads(safe_data)["operations"]) if safe_data else {},
        sha256=hashlib.sha256(data).hexdigest() if data else "",
        safe_ops_sha256=hashlib.sha256(safe_data).hexdigest() if safe_data else "",
        secrets_sha256=hashlib.sha256(secrets_data).hexdigest() if secrets_data else "",
        parents={v: p for v, p in raw.get("parents", {}).items() if version_key(v) <= limit},
        vmodl=vmodl,
    )
