"""Stage 1, parse: read a vSphere WSDL set (vim25, pbm...) into plain, lxml-free records.

The set is entered through its ``*Service.wsdl`` (``vimService.wsdl``,
``pbmService.wsdl``; or ``vim.wsdl``) and every
``import``/``include`` is followed relative to the file that names it, from a
folder or an ``https://host/sdk/`` URL alike. The XSD files include each other
repeatedly, so each resolved location is read once.

Only the shapes the vim25 WSDL actually uses are understood; anything else is
recorded as an :class:`UnknownShape` so that ``validate.py`` can refuse it with
its file and line instead of the generator guessing.

Each type keeps the ``targetNamespace`` of the schema that defines it: the pbm
set carries vim25's XSD files (``urn:vim25``) beside its own (``urn:pbm``), and
only the service's own namespace is generated (``model.py``).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from urllib.parse import urljoin, urlparse
from urllib.request import url2pathname

from lxml import etree

XSD = "http://www.w3.org/2001/XMLSchema"
WSDL = "http://schemas.xmlsoap.org/wsdl/"
SOAP = "http://schemas.xmlsoap.org/wsdl/soap/"

Fetch = Callable[[str], bytes]


@dataclass(frozen=True)
class Source:
    """Where a definition was read: a file name (not a path) and a line."""

    file: str
    line: int

    def __str__(self) -> str:
        return f"{self.file}:{self.line}"


@dataclass(frozen=True)
class RawElement:
    """An ``<element>`` inside a complexType sequence."""

    name: str
    type: str  # local name; XSD builtins keep their own name ("string", "anyType")
    min_occurs: int
    unbounded: bool
    source: Source


@dataclass(frozen=True)
class RawComplexType:
    """A named ``<complexType>``: a base (extension) and its own elements."""

    name: str
    base: str | None
    elements: tuple[RawElement, ...]
    simple_content: bool
    source: Source
    namespace: str = ""  # the defining schema's targetNamespace


@dataclass(frozen=True)
class RawEnum:
    """A named ``<simpleType>`` restricting xsd:string to enumeration values."""

    name: str
    values: tuple[str, ...]
    source: Source
    namespace: str = ""  # the defining schema's targetNamespace


@dataclass(frozen=True)
class RawOperation:
    """A portType operation with its request, response and declared faults."""

    name: str
    request_type: str
    returnval: RawElement | None
    faults: tuple[str, ...]  # fault *type* names (element "XxxFault" -> type "Xxx")
    soap_action: str
    source: Source


@dataclass(frozen=True)
class UnknownShape:
    """A schema construct this generator does not understand."""

    what: str
    source: Source


@dataclass(frozen=True)
class InputFile:
    """One file of the set and its SHA-256, for the provenance header."""

    name: str
    sha256: str


@dataclass(frozen=True)
class WsdlSet:
    """Everything read from one WSDL set."""

    complex_types: dict[str, RawComplexType]
    enums: dict[str, RawEnum]
    operations: dict[str, RawOperation]
    files: tuple[InputFile, ...]
    unknown: tuple[UnknownShape, ...]
    version: str  # from the soapAction "urn:vim25/<version>"
    namespace: str = "urn:vim25"  # the service's namespace, from the same soapAction

    @property
    def service(self) -> str:
        """The service's short name: ``"vim25"``, ``"pbm"``; also its package name."""
        return self.namespace.partition(":")[2]


@dataclass
class _Reader:
    fetch: Fetch
    seen: dict[str, str] = field(default_factory=dict)  # location -> file name
    files: list[InputFile] = field(default_factory=list)
    docs: list[tuple[str, etree._Element]] = field(default_factory=list)

    def read(self, location: str) -> None:
        if location in self.seen:
            return
        data = self.fetch(location)
        name = Path(urlparse(location).path).name
        self.seen[location] = name
        self.files.append(InputFile(name, hashlib.sha256(data).hexdigest()))
        root = etree.fromstring(data, _safe_parser(), base_url=location)
        self.docs.append((name, root))
        for node in root.iter(f"{{{XSD}}}include", f"{{{XSD}}}import", f"{{{WSDL}}}import"):
            ref = node.get("schemaLocation") or node.get("location")
            if ref:
                self.read(urljoin(location, ref))


def _safe_parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, remove_comments=True)


def read_file(location: str) -> bytes:
    """Fetch a ``file://`` location (the default fetcher)."""
    return Path(url2pathname(urlparse(location).path)).read_bytes()


def entry_location(source: str | Path) -> str:
    """The entry WSDL of a folder, a file, or a server URL, as a URL string."""
    text = str(source)
    if text.startswith(("http://", "https://")):
        return text if text.endswith(".wsdl") else text.rstrip("/") + "/vimService.wsdl"
    path = Path(text).resolve()
    if path.is_dir():
        services = sorted(path.glob("*Service.wsdl"))
        if len(services) == 1:
            path = services[0]
        else:
            path = path / "vimService.wsdl" if (path / "vimService.wsdl").exists() else path / "vim.wsdl"
    if not path.exists():
        raise FileNotFoundError(
            f"no WSDL at {path}; pass --wsdl a WSDL folder, an entry file or https://host/sdk/vimService.wsdl"
        )
    return path.as_uri()


def parse_wsdl(source: str | Path, fetch: Fetch = read_file) -> WsdlSet:
    """Read a WSDL set from a folder, an entry file or a URL."""
    reader = _Reader(fetch)
    reader.read(entry_location(source))
    complex_types: dict[str, RawComplexType] = {}
    enums: dict[str, RawEnum] = {}
    elements: dict[str, etree._Element] = {}
    messages: dict[str, str] = {}
    unknown: list[UnknownShape] = []
    port_ops: list[tuple[str, etree._Element]] = []
    actions: dict[str, str] = {}
    for name, root in reader.docs:
        for schema in _schemas(root):
            _read_schema(name, schema, complex_types, enums, elements, unknown)
        for msg in root.iterfind(f"{{{WSDL}}}message"):
            part = msg.find(f"{{{WSDL}}}part")
            if part is not None:
                messages[msg.get("name", "")] = _local(part.get("element", ""))
        for op in root.iterfind(f"{{{WSDL}}}portType/{{{WSDL}}}operation"):
            port_ops.append((name, op))
        for op in root.iterfind(f"{{{WSDL}}}binding/{{{WSDL}}}operation"):
            soap_op = op.find(f"{{{SOAP}}}operation")
            if soap_op is not None:
                actions[op.get("name", "")] = soap_op.get("soapAction", "")
    operations = {}
    for file_name, op in port_ops:
        raw = _read_operation(file_name, op, elements, messages, actions, unknown)
        operations[raw.name] = raw
    namespace, version = _version(actions)
    return WsdlSet(
        complex_types=complex_types,
        enums=enums,
        operations=operations,
        files=tuple(sorted(reader.files, key=lambda f: f.name)),
        unknown=tuple(unknown),
        version=version,
        namespace=namespace,
    )


def _schemas(root: etree._Element) -> list[etree._Element]:
    if root.tag == f"{{{XSD}}}schema":
        return [root]
    return list(root.iterfind(f"{{{WSDL}}}types/{{{XSD}}}schema"))


def _local(qname: str) -> str:
    return qname.rpartition(":")[2]


def _src(file: str, node: etree._Element) -> Source:
    line = node.sourceline
    return Source(file, line if isinstance(line, int) else 0)


_KNOWN_TOP = {"include", "import", "complexType", "simpleType", "element"}


def _read_schema(
    file: str,
    schema: etree._Element,
    complex_types: dict[str, RawComplexType],
    enums: dict[str, RawEnum],
    elements: dict[str, etree._Element],
    unknown: list[UnknownShape],
) -> None:
    namespace = schema.get("targetNamespace", "")
    for node in schema:
        if not isinstance(node.tag, str):
            continue
        kind = etree.QName(node).localname
        if kind not in _KNOWN_TOP:
            unknown.append(UnknownShape(f"schema child <{kind}>", _src(file, node)))
        elif kind == "complexType":
            ct = replace(_read_complex_type(file, node, unknown), namespace=namespace)
            _check_unique(ct.name, ct.source, complex_types, enums, unknown)
            complex_types.setdefault(ct.name, ct)
        elif kind == "simpleType":
            enum = replace(_read_enum(file, node, unknown), namespace=namespace)
            _check_unique(enum.name, enum.source, complex_types, enums, unknown)
            enums.setdefault(enum.name, enum)
        elif kind == "element":
            elements.setdefault(node.get("name", ""), node)


def _check_unique(
    name: str,
    source: Source,
    complex_types: dict[str, RawComplexType],
    enums: dict[str, RawEnum],
    unknown: list[UnknownShape],
) -> None:
    """A type name defined twice (each file is read once, so this is a real clash) is refused."""
    first = complex_types.get(name) or enums.get(name)
    if first is not None:
        # Across namespaces too: pyvmomo names a class by its local name.
        unknown.append(UnknownShape(f"second definition of type {name} (first at {first.source})", source))


def _read_enum(file: str, node: etree._Element, unknown: list[UnknownShape]) -> RawEnum:
    name = node.get("name", "")
    restriction = node.find(f"{{{XSD}}}restriction")
    if restriction is None:
        child = next((etree.QName(c).localname for c in node if isinstance(c.tag, str)), "nothing")
        unknown.append(
            UnknownShape(f"simpleType {name} with <{child}> instead of <restriction>", _src(file, node))
        )
        return RawEnum(name, (), _src(file, node))
    if _local(restriction.get("base", "")) != "string":
        unknown.append(
            UnknownShape(f"simpleType {name} restricting {restriction.get('base')}", _src(file, node))
        )
    values = []
    for facet in restriction:
        if not isinstance(facet.tag, str):
            continue
        if etree.QName(facet).localname != "enumeration":
            unknown.append(
                UnknownShape(
                    f"<{etree.QName(facet).localname}> facet in simpleType {name}", _src(file, facet)
                )
            )
            continue
        values.append(facet.get("value", ""))
    return RawEnum(name, tuple(values), _src(file, node))


def _read_complex_type(file: str, node: etree._Element, unknown: list[UnknownShape]) -> RawComplexType:
    name = node.get("name", "")
    base: str | None = None
    simple_content = False
    extra = set(node.keys()) - {"name"}
    if extra:
        unknown.append(UnknownShape(f"complexType attributes {sorted(extra)} on {name}", _src(file, node)))
    seq: etree._Element | None = node.find(f"{{{XSD}}}sequence")
    content = node.find(f"{{{XSD}}}complexContent")
    if content is not None:
        ext = content.find(f"{{{XSD}}}extension")
        if ext is None:
            unknown.append(UnknownShape(f"complexContent without extension in {name}", _src(file, node)))
        else:
            base = _local(ext.get("base", ""))
            seq = ext.find(f"{{{XSD}}}sequence")
            for child in ext:
                if isinstance(child.tag, str) and etree.QName(child).localname != "sequence":
                    unknown.append(
                        UnknownShape(
                            f"<{etree.QName(child).localname}> in extension of {name}", _src(file, child)
                        )
                    )
    if seq is not None and set(seq.keys()):
        unknown.append(UnknownShape(f"sequence attributes {sorted(seq.keys())} in {name}", _src(file, seq)))
    simple = node.find(f"{{{XSD}}}simpleContent")
    if simple is not None:
        simple_content = True
        if name != "ManagedObjectReference":
            unknown.append(
                UnknownShape(f"simpleContent outside ManagedObjectReference: {name}", _src(file, node))
            )
    for child in node:
        if isinstance(child.tag, str) and etree.QName(child).localname not in {
            "sequence",
            "complexContent",
            "simpleContent",
        }:
            unknown.append(UnknownShape(f"<{etree.QName(child).localname}> in {name}", _src(file, child)))
    elements = _read_sequence(file, name, seq, unknown) if seq is not None else ()
    return RawComplexType(name, base, elements, simple_content, _src(file, node))


def _read_sequence(
    file: str, owner: str, seq: etree._Element, unknown: list[UnknownShape]
) -> tuple[RawElement, ...]:
    out = []
    for el in seq:
        if not isinstance(el.tag, str):
            continue
        if etree.QName(el).localname != "element":
            unknown.append(
                UnknownShape(f"sequence item <{etree.QName(el).localname}> in {owner}", _src(file, el))
            )
            continue
        if el.get("type") is None:
            what = "ref=" + repr(el.get("ref")) if el.get("ref") else "an inline type"
            unknown.append(UnknownShape(f"element with {what} in {owner}", _src(file, el)))
            continue
        extra = set(el.keys()) - {"name", "type", "minOccurs", "maxOccurs"}
        if extra:
            unknown.append(UnknownShape(f"element attributes {sorted(extra)} in {owner}", _src(file, el)))
        max_occurs = el.get("maxOccurs", "1")
        if max_occurs not in {"1", "unbounded"}:
            unknown.append(UnknownShape(f"maxOccurs={max_occurs} in {owner}", _src(file, el)))
        out.append(
            RawElement(
                name=el.get("name", ""),
                type=_local(el.get("type", "")),
                min_occurs=int(el.get("minOccurs", "1")),
                unbounded=max_occurs == "unbounded",
                source=_src(file, el),
            )
        )
    return tuple(out)


def _read_operation(
    file: str,
    op: etree._Element,
    elements: dict[str, etree._Element],
    messages: dict[str, str],
    actions: dict[str, str],
    unknown: list[UnknownShape],
) -> RawOperation:
    name = op.get("name", "")
    src = _src(file, op)
    input_msg = op.find(f"{{{WSDL}}}input")
    output_msg = op.find(f"{{{WSDL}}}output")
    request_el = elements.get(
        messages.get(_local(input_msg.get("message", "")) if input_msg is not None else "", "")
    )
    request_type = _local(request_el.get("type", "")) if request_el is not None else ""
    if not request_type:
        unknown.append(UnknownShape(f"operation {name} without a typed request element", src))
    returnval: RawElement | None = None
    response_el = elements.get(
        messages.get(_local(output_msg.get("message", "")) if output_msg is not None else "", "")
    )
    if response_el is None:
        unknown.append(UnknownShape(f"operation {name} without a response element", src))
    else:
        seq = response_el.find(f"{{{XSD}}}complexType/{{{XSD}}}sequence")
        items = _read_sequence(file, f"{name}Response", seq, unknown) if seq is not None else ()
        if len(items) > 1 or (items and items[0].name != "returnval"):
            unknown.append(UnknownShape(f"response of {name} is not 0 or 1 returnval", src))
        returnval = items[0] if items else None
    faults = []
    for fault in op.iterfind(f"{{{WSDL}}}fault"):
        element = elements.get(messages.get(_local(fault.get("message", "")), ""))
        if element is None:
            unknown.append(UnknownShape(f"fault {fault.get('name')} of {name} has no element", src))
            continue
        faults.append(_local(element.get("type", "")))
    return RawOperation(
        name=name,
        request_type=request_type,
        returnval=returnval,
        faults=tuple(faults),
        soap_action=actions.get(name, ""),
        source=src,
    )


def _version(actions: dict[str, str]) -> tuple[str, str]:
    """(service namespace, API version) from the soapActions, all ``urn:<service>/<version>``."""
    found = {a.rpartition("/")[::2] for a in actions.values() if a.startswith("urn:") and "/" in a}
    if len(found) != 1:
        raise ValueError(f"expected one urn:<service>/<version> soapAction, found {sorted(found)}")
    return found.pop()
