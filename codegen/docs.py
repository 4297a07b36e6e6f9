"""The documentation site: the guides in ``docs/`` plus an API reference rendered from the model.

``pyvmomo-codegen docs --guides docs --out build/docs`` (``make docs``) writes a
static site that needs no server-side code:

- ``api/``: a page per managed type (methods with their Python signatures,
  parameters, result, faults, privilege, since-version; properties), per data
  type, fault and enum. Pages are rendered from the same :class:`~codegen.model.Api`
  the bindings are generated from, so the reference lists exactly what the
  package holds, for whichever WSDL it was built from. The WSDL carries no
  documentation: pages state what the model says in this module's own words,
  never text from VMware's reference.
- Every type name in a signature or table is a link. Faults list the operations
  that declare them, types list where they are used, so the graph can be walked
  both ways.
- ``search-index.js`` is a JSON array of ``[name, kind, url, owner]`` assigned to
  one global and loaded by ``assets/search.js`` on first use: a script rather
  than a fetched ``.json`` so that search also works when the site is opened
  from disk.
- Guides are Markdown (Python-Markdown). ``api:Name`` and ``api:Type.member``
  links, and inline code spans that name a type (`` `VirtualMachine` ``), are
  resolved against the model; an unknown name or a link to a missing page
  fails the build, so guides cannot drift from the bindings. Pages written
  under other issues get a placeholder when absent, so links to them stay valid.
- Other services (PBM) get a section of their own under ``api/<service>/``
  (overview, managed objects, data objects, faults, enums, search entries),
  built from their own model; names they import from vim25 link to the vim25 pages.
- Same inputs, same bytes: everything sorted, no timestamps. The output folder
  is replaced whole.
"""

from __future__ import annotations

import importlib
import inspect
import json
import posixpath
import re
import shutil
import time
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree

import jinja2
import markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor
from markupsafe import Markup, escape

from . import annotate
from .model import Api, DataType, ManagedType, Member, Operation
from .render import TEMPLATES

DOCS_TEMPLATES = TEMPLATES / "docs"
ASSETS = ("style.css", "search.js")
API_ROOT = "../../"  # every reference page lives at api/<kind>/<Name>.html
_HUMP = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")  # where a CamelCase name may wrap on index pages


class DocsError(Exception):
    """The site cannot be built: a guide links to something that does not exist."""


@dataclass(frozen=True)
class GuideEntry:
    """One page of the guide's navigation, in reading order.

    Attributes:
        source: Path under the docs folder.
        title: Title in the navigation.
        placeholder: Markdown shown when the file is absent (it is written
            under another issue); None makes the file required.
    """

    source: str
    title: str
    placeholder: str | None = None


def _placeholder(title: str, source: str, instead: str) -> str:
    return (
        f"# {title}\n\nThis page is kept in `docs/{source}`, which this build does not yet have. {instead}\n"
    )


GUIDE: tuple[GuideEntry, ...] = (
    GuideEntry("index.md", "Overview"),
    GuideEntry("guide/connect.md", "Connect"),
    GuideEntry("guide/calls.md", "Call methods"),
    GuideEntry("guide/faults.md", "Faults"),
    GuideEntry(
        "guide/sessions.md",
        "Sessions and retries",
        _placeholder(
            "Sessions and retries",
            "guide/sessions.md",
            "Until then, [Design decisions](../design.md#what-is-retried) says what pyvmomo "
            "re-sends and when it logs in again.",
        ),
    ),
    GuideEntry("guide/property-collector.md", "Read properties"),
    GuideEntry("guide/tasks.md", "Tasks"),
    GuideEntry(
        "guide/inventory-and-tasks.md",
        "Inventory and task helpers",
        _placeholder(
            "Inventory and task helpers",
            "guide/inventory-and-tasks.md",
            "Until then, [Read properties](property-collector.md) and [Tasks](tasks.md) show "
            "the calls such helpers are built on.",
        ),
    ),
    GuideEntry("guide/files-and-appliances.md", "Files and appliances"),
    GuideEntry("guide/save-and-replay.md", "Save specs, replay replies"),
    GuideEntry("guide/storage-policies.md", "Storage policies"),
    GuideEntry("guide/regenerate.md", "Bindings for your vSphere"),
    GuideEntry("guide/testing-with-vcsim.md", "Test with vcsim"),
    GuideEntry("guide/from-pyvmomi.md", "Coming from pyvmomi"),
    GuideEntry("design.md", "Design decisions"),
    GuideEntry(
        "benchmarks.md",
        "Benchmarks",
        _placeholder("Benchmarks", "benchmarks.md", "`make bench` measures pyvmomo against pyvmomi."),
    ),
)
COPIED_SUFFIXES = frozenset({".png", ".svg", ".jpg", ".jpeg", ".gif", ".webp"})


@dataclass(frozen=True)
class SiteReport:
    """What a build wrote."""

    pages: int
    search_entries: int
    seconds: float


# --------------------------------------------------------------------------- the model, indexed


class Reference:
    """The model indexed for pages: where each name lives and who uses it.

    ``prefix`` is where the pages live (``api/``, or ``api/pbm/`` for another
    service); a name the model does not define is looked up in ``parent``
    (the vim25 reference of a service that imports vim25 types).
    """

    def __init__(self, api: Api, prefix: str = "api/", parent: Reference | None = None) -> None:
        self.api = api
        self.prefix = prefix
        self.parent = parent
        self.managed = {m.name: m for m in api.managed}
        self.kinds = annotate.Kinds.of(api)
        self.data = {d.name: d for d in api.data_types}
        self.enums = {e.name: e for e in api.enums}
        self.ops = {o.name: o for o in api.operations}
        self.subtypes: dict[str, list[str]] = defaultdict(list)
        bases = [(m.name, m.base) for m in api.managed] + [(d.name, d.base) for d in api.data_types]
        for name, base in bases:
            if base:
                self.subtypes[base].append(name)
        self.raised_by: dict[str, list[Operation]] = defaultdict(list)
        for op in api.operations:
            for fault in op.faults:
                self.raised_by[fault].append(op)
        self.own_fields = {d.name: {f.wire_name for f in d.own_fields} for d in api.data_types}
        self.used_by = self._uses()
        self.services: list[Reference] = []  # other services' references, for guides' links

    def url(self, name: str) -> str | None:
        """The page of a type, relative to the site root."""
        if name in self.managed:
            return f"{self.prefix}managed/{name}.html"
        if name in self.enums:
            return f"{self.prefix}enums/{name}.html"
        data = self.data.get(name)
        if data is not None:
            return f"{self.prefix}{'faults' if data.is_fault else 'data'}/{name}.html"
        return self.parent.url(name) if self.parent is not None else None

    def op_url(self, op: Operation) -> str:
        """An operation's entry: on its owner's page, or in the overview's list of unplaced ones."""
        owner = f"{self.prefix}managed/{op.owner}.html" if op.owner else f"{self.prefix}index.html"
        return f"{owner}#{op.name}"

    def chain(self, name: str) -> list[str]:
        """``name`` and its bases, nearest first."""
        out: list[str] = []
        cursor: str | None = name
        while cursor is not None:
            out.append(cursor)
            named: ManagedType | DataType | None = self.managed.get(cursor) or self.data.get(cursor)
            if named is None and self.parent is not None:  # a vim25 base of a PBM type
                return out + self.parent.chain(cursor)[1:]
            cursor = named.base if named else None
        return out

    def fields_of(self, name: str) -> set[str]:
        """The wire names of the fields ``name`` declares itself (a vim25 base's too)."""
        found = self.own_fields.get(name)
        if found is None and self.parent is not None:
            return self.parent.fields_of(name)
        return found or set()

    def resolve(self, dotted: str) -> str | None:
        """``Type``, ``Type.member`` (inherited too) or an operation's name -> URL."""
        name, _, member = dotted.partition(".")
        page = self.url(name)
        op = self.ops.get(name)
        if page is None and op is None and self.parent is None:
            for service in self.services:  # a guide naming a PBM type or operation
                found = service.resolve(dotted)
                if found is not None:
                    return found
        if page is None and op is not None and not member:
            return self.op_url(op)
        if page is None or not member:
            return page
        if name in self.enums:
            return f"{page}#{member}" if member in {v.wire_name for v in self.enums[name].values} else None
        for owner in self.chain(name):
            if owner in self.managed:
                mo = self.managed[owner]
                if member in mo.operations or member in {p.wire_name for p in mo.properties}:
                    return f"{self.prefix}managed/{owner}.html#{member}"
            elif member in self.fields_of(owner):
                return f"{self.url(owner)}#{member}"
        if name not in self.managed and name not in self.data and self.parent is not None:
            return self.parent.resolve(dotted)
        return None

    def declared_on(self, name: str, field: str) -> str:
        """The type in ``name``'s chain that declares ``field``."""
        for owner in self.chain(name):
            if field in self.fields_of(owner):
                return owner
        return name

    def is_runtime_fault(self, name: str) -> bool:
        return "RuntimeFault" in self.chain(name)

    def _uses(self) -> dict[str, list[tuple[str, str]]]:
        uses: dict[str, set[tuple[str, str]]] = defaultdict(set)

        def note(m: Member, label: str, url: str) -> None:
            used = m.target if m.kind == "mor" else m.type
            if used and self.url(used):
                uses[used].add((label, url))

        for d in self.api.data_types:
            page = self.url(d.name) or ""
            for f in d.own_fields:
                note(f, f"{d.name}.{f.wire_name}", f"{page}#{f.wire_name}")
        for op in self.api.operations:
            url = self.op_url(op)
            for p in op.params:
                note(p, f"{op.name}({p.wire_name})", url)
            for result in (op.result, op.task_result):
                if result is not None:
                    note(result, f"{op.name}() result", url)
        for mo in self.api.managed:
            for p in mo.properties:
                note(p, f"{mo.name}.{p.wire_name}", f"{self.prefix}managed/{mo.name}.html#{p.wire_name}")
        return {name: sorted(found) for name, found in uses.items()}


# --------------------------------------------------------------------------- types as linked HTML


class Formatter:
    """Linked, escaped HTML for types and signatures, as seen from pages at ``root``.

    Built with f-strings over ``escape`` (Markup.format is ten times slower) and
    memoised per name: a build formats about a hundred thousand type references.
    """

    def __init__(self, ref: Reference, root: str) -> None:
        self.ref = ref
        self.root = root
        self._links: dict[tuple[str, str, str | None], Markup] = {}

    def link(self, name: str, anchor: str = "", text: str | None = None) -> Markup:
        key = (name, anchor, text)
        html = self._links.get(key)
        if html is None:
            url = self.ref.url(name)
            label = escape(text or name)
            if url is None:
                html = Markup(f"<span>{label}</span>")
            else:
                href = escape(self.root + url + (f"#{anchor}" if anchor else ""))
                html = Markup(f'<a href="{href}">{label}</a>')
            self._links[key] = html
        return html

    def wrapping_link(self, name: str) -> Markup:
        """A link whose CamelCase name may wrap between its words (``<wbr>``), for index columns."""
        url = self.ref.url(name)
        label = _HUMP.sub("<wbr>", str(escape(name)))
        if url is None:
            return Markup(f"<span>{label}</span>")
        return Markup(f'<a href="{escape(self.root + url)}">{label}</a>')

    # -- annotate.Spelling: the shapes come from codegen/annotate.py, shared with the code.

    def proxy(self, name: str) -> Markup:
        return self.link(name)

    def any_proxy(self) -> Markup:
        return Markup('<span title="a reference to a managed object of any type">ManagedObject</span>')

    def data(self, name: str) -> Markup:
        return self.link(name)

    def enum(self, name: str) -> Markup:  # open enums are plain str in the code; link the values
        return Markup(f'<span title="a {escape(name)} value">{self.link(name, text="str")}</span>')

    def enum_input(self, name: str) -> Markup:  # a Literal of the known values, or an explicit EnumValue
        alias = self.link(name, text=annotate.enum_alias(name))
        return Markup(f'<span title="a {escape(name)} value">{alias} | EnumValue</span>')

    def primitive(self, python: str, xsd: str) -> Markup:
        return Markup(f'<span title="xsd:{escape(xsd)}">{escape(python)}</span>')

    def generic(self, outer: Markup, inner: Markup) -> Markup:
        return Markup(f"{outer}[{inner}]")

    def listed(self, inner: Markup) -> Markup:
        return Markup(f"list[{inner}]")

    def sequence(self, inner: Markup) -> Markup:
        return Markup(f'<span title="a list or tuple; items may be subtypes">Sequence</span>[{inner}]')

    def optional(self, inner: Markup) -> Markup:
        return Markup(f"{inner} | None")

    def none(self) -> Markup:
        return Markup("None")

    def annotation(self, m: Member) -> Markup:
        return annotate.annotation(self, m, self.ref.kinds)

    def param(self, m: Member) -> Markup:
        if not m.optional:
            return Markup(f"{escape(m.py_name)}: {annotate.input_annotation(self, m, self.ref.kinds)}")
        return Markup(f"{escape(m.py_name)}: {annotate.param_annotation(self, m, self.ref.kinds)} = None")

    def task_inner(self, op: Operation) -> Markup:
        return annotate.task_result(self, op, self.ref.kinds)

    def result(self, op: Operation) -> Markup:
        return annotate.result_annotation(self, op, self.ref.kinds)

    def returns_task(self, op: Operation) -> bool:
        return annotate.returns_task(op, self.ref.kinds)

    def signature(self, op: Operation) -> Markup:
        params = [p for p in op.params if not p.optional] + [p for p in op.params if p.optional]
        lines = "".join(f"    {self.param(p)},\n" for p in params)
        timeout = "    _timeout: float | None = None,\n"
        return Markup(f"{escape(op.name)}(\n    *,\n{lines}{timeout}) -&gt; {self.result(op)}")

    def constructor(self, d: DataType) -> Markup:
        fields = [f for f in d.fields if not f.optional] + [f for f in d.fields if f.optional]
        if not fields:
            return Markup(f"{escape(d.name)}()")
        lines = "".join(f"    {self.param(f)},\n" for f in fields)
        return Markup(f"{escape(d.name)}(\n    *,\n{lines})")

    def names(self, names: Iterable[str]) -> Markup:
        return Markup(", ".join(self.link(n) for n in names))


# --------------------------------------------------------------------------- guides (Markdown)


class _LinkResolver(Treeprocessor):
    """Rewrites ``.md`` and ``api:`` links and links inline code that names a type."""

    def __init__(self, md: markdown.Markdown, site: _GuideSite) -> None:
        super().__init__(md)
        self.site = site

    def run(self, root: ElementTree.Element) -> None:
        for parent in list(root.iter()):
            for index, child in enumerate(list(parent)):
                if child.tag == "a":
                    child.set("href", self.site.href(child.get("href", "")))
                elif child.tag == "code" and parent.tag not in ("pre", "a"):
                    target = self.site.code_link(child.text or "")
                    if target is not None:
                        link = ElementTree.Element("a", {"href": target, "class": "api"})
                        link.tail, child.tail = child.tail, None
                        parent.remove(child)
                        link.append(child)
                        parent.insert(index, link)


class _LinkExtension(Extension):
    def __init__(self, site: _GuideSite) -> None:
        super().__init__()
        self.site = site

    def extendMarkdown(self, md: markdown.Markdown) -> None:
        md.treeprocessors.register(_LinkResolver(md, self.site), "pyvmomo_links", 1)


_CODE_NAME = re.compile(r"[A-Z][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)?")


class _GuideSite:
    """State shared by the Markdown pages of one build: known pages, the current page, problems."""

    def __init__(self, ref: Reference, pages: set[str]) -> None:
        self.ref = ref
        self.pages = pages  # source paths under docs/, e.g. "guide/connect.md"
        self.page = ""
        self.problems: list[str] = []
        self.md = markdown.Markdown(
            extensions=["fenced_code", "tables", "toc", "sane_lists", _LinkExtension(self)],
            extension_configs={"toc": {"permalink": False}},
        )

    @property
    def root(self) -> str:
        return "../" * self.page.count("/")

    def href(self, href: str) -> str:
        if href.startswith("api:"):
            url = self.ref.resolve(href[4:])
            if url is None:
                self.problems.append(f"docs/{self.page}: {href} names nothing in the API")
                return href
            return self.root + url
        if "://" in href or href.startswith(("#", "mailto:")):
            return href
        path, hash_, fragment = href.partition("#")
        if not path.endswith(".md"):
            return href
        target = posixpath.normpath(posixpath.join(posixpath.dirname(self.page), path))
        if target not in self.pages:
            self.problems.append(f"docs/{self.page}: link to {href}, which is not a page of the site")
        return path[:-3] + ".html" + hash_ + fragment

    def code_link(self, text: str) -> str | None:
        if not _CODE_NAME.fullmatch(text):
            return None
        url = self.ref.resolve(text)
        return None if url is None else self.root + url

    def convert(self, page: str, text: str) -> tuple[Markup, str, list[tuple[str, str]]]:
        """HTML, title and (heading, id) pairs of one Markdown page."""
        self.page = page
        self.md.reset()
        html = self.md.convert(text)
        tokens = getattr(self.md, "toc_tokens", [])
        title = tokens[0]["name"] if tokens and tokens[0]["level"] == 1 else page
        sections = [(t["name"], t["id"]) for top in tokens for t in top["children"]]
        return Markup(html), title, sections


# --------------------------------------------------------------------------- the site


class _Site:
    def __init__(self, api: Api, docs: Path | None, package: str, services: tuple[Api, ...] = ()) -> None:
        self.ref = Reference(api)
        self.ref.services = [Reference(s, f"api/{s.service}/", self.ref) for s in services]
        self.docs = docs
        self.package = package
        self.env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(str(DOCS_TEMPLATES)),
            undefined=jinja2.StrictUndefined,
            autoescape=True,
            trim_blocks=True,
            lstrip_blocks=True,
        )
        self.pages: dict[str, str] = {}
        self.search: list[list[str]] = []
        self.nav = self._nav()

    def _nav(self) -> list[tuple[str, str]]:
        if self.docs is None:
            return []
        nav = [(e.title, e.source) for e in GUIDE]
        listed = {e.source for e in GUIDE}
        for extra in sorted(p.relative_to(self.docs).as_posix() for p in self.docs.rglob("*.md")):
            if extra not in listed:
                nav.append((_first_heading(self.docs / extra) or extra, extra))
        return [(title, source[:-3] + ".html") for title, source in nav]

    def emit(self, path: str, template: str, title: str, **context: object) -> None:
        root = "../" * path.count("/")
        context.setdefault("api", self.ref.api)
        context.setdefault("package", self.package)
        context.setdefault("prefix", "api/")
        self.pages[path] = self.env.get_template(template).render(
            path=path,
            root=root,
            title=title,
            nav=self.nav,
            services=[s.api for s in self.ref.services],
            **context,
        )

    def index(self, name: str, kind: str, url: str, owner: str = "") -> None:
        self.search.append([name, kind, url, owner])

    # -- reference pages

    def reference(self) -> None:
        self._reference(self.ref, self.package)
        for service in self.ref.services:  # pyvmomo.pbm beside pyvmomo.vim25
            self._reference(service, f"{self.package.rpartition('.')[0]}.{service.api.service}".lstrip("."))

    def _reference(self, ref: Reference, package: str) -> None:
        fmt = Formatter(ref, "../" * (ref.prefix.count("/") - 1) + API_ROOT)
        common = {"ref": ref, "fmt": fmt, "api": ref.api, "package": package, "prefix": ref.prefix}
        # Another service's entries say so in the search results: "PBM method".
        service = "" if ref.parent is None else f"{ref.api.service.upper()} "

        def index(name: str, kind: str, url: str, owner: str = "") -> None:
            self.index(name, service + kind, url, owner)

        for mo in ref.api.managed:
            ops = [ref.ops[name] for name in mo.operations]
            inherited = [(base, ref.managed[base]) for base in ref.chain(mo.name)[1:] if base in ref.managed]
            self.emit(
                f"{ref.prefix}managed/{mo.name}.html",
                "managed.html.j2",
                mo.name,
                mo=mo,
                ops=ops,
                inherited=inherited,
                **common,
            )
            index(mo.name, "managed object", f"{ref.prefix}managed/{mo.name}.html")
            for op in ops:
                index(op.name, "method", ref.op_url(op), mo.name)
            for p in mo.properties:
                index(p.wire_name, "property", f"{ref.prefix}managed/{mo.name}.html#{p.wire_name}", mo.name)
        for d in ref.api.data_types:
            url = ref.url(d.name) or ""
            self.emit(url, "data.html.j2", d.name, d=d, **common)
            index(d.name, "fault" if d.is_fault else "data object", url)
            for f in d.own_fields:
                index(f.wire_name, "field", f"{url}#{f.wire_name}", d.name)
        for e in ref.api.enums:
            url = ref.url(e.name) or ""
            self.emit(url, "enum.html.j2", e.name, e=e, **common)
            index(e.name, "enum", url)
        for op in ref.api.operations:
            if op.owner is None:
                index(op.name, "method", ref.op_url(op))
        for vmodl, name in ref.api.vmodl_names:  # migration aid: pyvmomi's vim.vm.ConfigSpec finds ours
            page = ref.url(name)
            if page:
                index(vmodl, "pyvmomi name", page, name)
        self._lists(ref, fmt, common)

    def _lists(self, ref: Reference, fmt: Formatter, common: dict[str, object]) -> None:
        kinds: list[tuple[str, str, list[str]]] = [
            ("managed", "Managed objects", [m.name for m in ref.api.managed]),
            ("data", "Data objects", [d.name for d in ref.api.data_types if not d.is_fault]),
            ("faults", "Faults", [d.name for d in ref.api.data_types if d.is_fault]),
            ("enums", "Enums", [e.name for e in ref.api.enums]),
        ]
        for folder, title, names in kinds:
            groups: dict[str, list[str]] = defaultdict(list)
            for name in names:
                groups[name[0].upper()].append(name)
            self.emit(
                f"{ref.prefix}{folder}/index.html",
                "list.html.j2",
                title,
                groups=sorted(groups.items()),
                **common,
            )
        top = {**common, "fmt": Formatter(ref, "../" * ref.prefix.count("/"))}
        counts = [(folder, title, len(names)) for folder, title, names in kinds]
        if ref.parent is None:  # the hand-written helpers sit beside the vim25 reference
            counts.append(
                ("helpers", "Helpers (hand-written)", self._helpers(f"{ref.prefix}helpers/index.html"))
            )
        self.emit(
            f"{ref.prefix}index.html",
            "reference.html.j2",
            "API reference" if ref.parent is None else f"API reference: {ref.api.service}",
            kinds=counts,
            **top,
        )
        self.emit(f"{ref.prefix}arrays.html", "arrays.html.j2", "Array wrappers", **top)

    def _helpers(self, path: str) -> int:
        """A page of the hand-written helpers (connect, files, ovf, guest files, tasks, views,
        save and load), read from their signatures and docstrings; returns how many it lists."""
        text = [
            "# Helpers\n\nHand-written around the generated proxies (snake_case names: local or "
            "composite work; each remote step is one proxy call). Signatures and docstrings as in the code.\n"
        ]
        listed = 0
        for module_name, names in HELPERS:
            module = importlib.import_module(module_name)
            for name in names:
                obj = getattr(module, name)
                anchor = f"{module_name}.{name}"
                text.append(f"\n## {name} {{: #{anchor} }}\n\n`{module_name}.{name}{_signature(obj)}`\n")
                text.append(_docstring(obj))
                self.index(name, "helper", f"{path}#{anchor}", module_name)
                listed += 1
                if isinstance(obj, type):
                    for member, value in sorted(vars(obj).items()):
                        function = getattr(value, "fget", None) or getattr(value, "func", None) or value
                        if member.startswith("_") or not callable(function):
                            continue
                        text.append(f"\n### {name}.{member} {{: #{anchor}.{member} }}\n\n")
                        text.append(f"`{member}{_signature(function)}`\n\n{_docstring(function)}")
                        self.index(f"{name}.{member}", "helper", f"{path}#{anchor}.{member}", module_name)
        html = markdown.markdown("".join(text), extensions=["attr_list", "fenced_code"])
        self.emit(path, "guide.html.j2", "Helpers", content=Markup(html))
        return listed

    # -- guide pages

    def guides(self) -> None:
        if self.docs is None:
            self.emit("index.html", "home.html.j2", "pyvmomo")
            return
        sources: dict[str, str] = {}
        for entry in GUIDE:
            path = self.docs / entry.source
            if path.exists():
                sources[entry.source] = path.read_text()
            elif entry.placeholder is not None:
                sources[entry.source] = entry.placeholder
            else:
                raise DocsError(f"{path} is missing")
        for path in sorted(self.docs.rglob("*.md")):
            sources.setdefault(path.relative_to(self.docs).as_posix(), path.read_text())
        site = _GuideSite(self.ref, set(sources))
        for source, text in sources.items():
            html, title, sections = site.convert(source, text)
            out = source[:-3] + ".html"
            self.emit(out, "guide.html.j2", title, content=html)
            self.index(title, "guide", out)
            for heading, anchor in sections:
                self.index(heading, "section", f"{out}#{anchor}", title)
        if site.problems:
            raise DocsError("broken links in the guides:\n  " + "\n  ".join(site.problems))

    def files(self) -> dict[str, str]:
        """Every text file of the site: pages, assets and the search index."""
        files = dict(self.pages)
        for name in ASSETS:
            files[f"assets/{name}"] = (DOCS_TEMPLATES / name).read_text()
        payload = json.dumps(sorted(self.search), separators=(",", ":"), ensure_ascii=False)
        files["search-index.js"] = f"window.PYVMOMO_SEARCH_INDEX = {payload};\n"
        return files

    def images(self) -> list[tuple[Path, str]]:
        """Pictures under the docs folder, with their path in the site."""
        if self.docs is None:
            return []
        found = sorted(p for p in self.docs.rglob("*") if p.suffix.lower() in COPIED_SUFFIXES)
        return [(p, p.relative_to(self.docs).as_posix()) for p in found]


# The hand-written public helpers the API reference lists, module by module.
HELPERS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("pyvmomo", ("connect", "Client", "ConnectOptions", "RetryPolicy")),
    ("pyvmomo.files", ("Files", "DatastorePath")),
    ("pyvmomo.ovf", ("Ovf",)),
    ("pyvmomo.guest", ("GuestFiles",)),
    ("pyvmomo.task", ("TaskMixin", "wait_all")),
    ("pyvmomo.property", ("container_view", "list_view", "property_collector", "property_filter")),
    ("pyvmomo.serialize", ("to_json", "from_json", "to_xml", "from_xml", "decode_reply")),
)


class _Annotation(str):
    """An annotation kept as text (``from __future__ import annotations``), shown without quotes."""

    def __repr__(self) -> str:
        return str(self)


def _signature(obj: object) -> str:
    try:
        signature = inspect.signature(obj)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return ""

    def plain(annotation: object) -> object:
        return _Annotation(annotation) if isinstance(annotation, str) else annotation

    def default(value: object) -> object:
        # A function's repr carries its address, which would change the page at every build.
        if callable(value) and hasattr(value, "__name__") and not isinstance(value, type):
            module = getattr(value, "__module__", None) or type(getattr(value, "__self__", None)).__module__
            return _Annotation(f"{module}.{value.__name__}")
        return value

    parameters = [
        p.replace(annotation=plain(p.annotation), default=default(p.default))
        for p in signature.parameters.values()
    ]
    return str(signature.replace(parameters=parameters, return_annotation=plain(signature.return_annotation)))


def _docstring(obj: object) -> str:
    doc = inspect.getdoc(obj) or ""
    return str(escape(doc)).replace("``", "`") + "\n" if doc else ""


def _first_heading(path: Path) -> str | None:
    for line in path.read_text().splitlines():
        if line.startswith("# "):
            return line[2:].strip()
    return None


def build_site(
    api: Api,
    out: Path,
    docs: Path | None = None,
    *,
    package: str = "pyvmomo.vim25",
    reference: bool = True,
    services: tuple[Api, ...] = (),
) -> SiteReport:
    """Write the site for ``api`` (and the guides under ``docs``, if given) into ``out``.

    Args:
        api: The model the bindings were generated from.
        out: The site folder; replaced whole.
        docs: The Markdown guides (the repository's ``docs/``), or None for a
            reference-only site.
        package: Import path of the bindings, shown in examples.
        reference: False leaves out the API reference pages (guides' links to
            it are still checked); for quick checks of the guides.
        services: Models of other services (pbm) that import vim25 types,
            each documented in its own section under ``api/<service>/``.

    Raises:
        DocsError: A guide links to a page or an API name that does not exist.
    """
    start = time.perf_counter()
    site = _render(api, docs, package, reference, services)
    if out.exists():
        shutil.rmtree(out)
    for rel, text in site.files().items():
        path = out / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    for image, rel in site.images():
        (out / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(image, out / rel)
    return SiteReport(len(site.pages), len(site.search), time.perf_counter() - start)


def render_site(
    api: Api,
    docs: Path | None = None,
    *,
    package: str = "pyvmomo.vim25",
    reference: bool = True,
    services: tuple[Api, ...] = (),
) -> dict[str, str]:
    """The text files :func:`build_site` writes, as relative path -> text (no I/O but reading ``docs``)."""
    return _render(api, docs, package, reference, services).files()


def _render(
    api: Api, docs: Path | None, package: str, reference: bool, services: tuple[Api, ...] = ()
) -> _Site:
    site = _Site(api, docs, package, services)
    site.guides()
    if reference:
        site.reference()
    return site
