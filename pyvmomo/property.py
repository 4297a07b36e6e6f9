"""Reading properties and following changes: the property-collector helpers.

Role:
    ``client.retrieve()``, ``proxy.fetch()`` and ``client.watch()`` read and
    follow properties (``client.watch()`` lives in ``pyvmomo.watch``); the
    context managers :func:`container_view`, :func:`list_view`,
    :func:`property_collector` and :func:`property_filter` create
    session-bound objects and destroy them on exit.

Design decisions:
    * No hidden round trips. ``retrieve`` is CreateContainerView,
      RetrievePropertiesEx, one ContinueRetrievePropertiesEx per further page
      (CancelRetrievePropertiesEx if the caller stops early) and DestroyView;
      ``fetch`` is one RetrievePropertiesEx. Property access on a proxy never
      talks to the server: there is none.
    * Property paths are checked locally before anything is sent: the first
      segment against the proxy class's ``_properties_`` (base classes
      included), the rest against the data types' ``_fields_``. A typo is an
      ``ArgumentError`` naming the type and the bad segment.
    * Values come back as the catalogue declares them: arrays as lists (``[]``
      when unset), unset values as ``None``, numbers as plain ``int``/``float``.
      Per-object faults (``missingSet``: NoPermission, InvalidProperty) are
      kept per object and path, and raised when that path is read.
    * Views, collectors, filters and paging tokens die with their session. The
      helpers notice it three ways: the transport's ``SessionObjectsLost``, a
      ``ManagedObjectNotFound`` naming one of their own objects (vcsim's answer
      for a dead session's view), or ``transport.session.generation`` having moved since
      they were built (the transport cannot see that a token string is
      session-bound). ``retrieve`` then builds a new view and starts again,
      skipping references it already yielded, so no object is repeated or
      lost; a view the caller passed in cannot be rebuilt here, so that case
      raises ``SessionObjectsLost``. ``pyvmomo.watch`` uses the same checks.
    * What a read returns (``ObjectProperties``, the base of the generated
      ``VirtualMachineProperties``...) and how a reply fills it live in
      ``pyvmomo._properties``; this module sends the calls.
    * Data objects are built with ``registry.new`` rather than imported, so the
      helpers work with any generated binding package.
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from contextlib import contextmanager
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from . import _log
from ._base import Field, ManagedObject, UnknownManagedObject
from ._errors import ArgumentError, PyvmomoError, ServerFault, SessionObjectsLost
from ._properties import Chain, as_declared, fill, last_field, typed_value
from ._properties import ObjectProperties as ObjectProperties
from ._properties import Readable as Readable
from ._properties import properties_class as properties_class
from ._session import discard
from ._soap import version_key

if TYPE_CHECKING:
    from ._transport import Transport
    from .client import Client

M = TypeVar("M", bound=ManagedObject)
P = TypeVar("P", bound=ObjectProperties[Any])
T = TypeVar("T")
log = _log.Logger("pyvmomo.property")

MAX_REBUILDS = 3  # consecutive rebuilds without progress before giving up
VIEW_TYPES = frozenset({"ContainerView", "ListView", "InventoryView"})


# -- property paths ------------------------------------------------------------------

_NOT_DATA = frozenset({"ManagedObjectReference", "anyType"})
_managed_properties: dict[type, dict[str, Field]] = {}


def managed_properties(cls: type[ManagedObject]) -> dict[str, Field]:
    """Every property of a proxy class by wire name, base classes included."""
    found = _managed_properties.get(cls)
    if found is None:
        found = {}
        for klass in reversed(cls.__mro__):
            for field in vars(klass).get("_properties_", {}).values():
                found[field.wire] = field
        _managed_properties[cls] = found
    return found


def resolve_path(transport: Transport, cls: type[ManagedObject], path: str) -> Field:
    """The catalogue's field at the end of ``path`` on ``cls``.

    Raises:
        ArgumentError: see :func:`resolve_chain`.
    """
    return resolve_chain(transport, cls, path)[-1]


def resolve_chain(transport: Transport, cls: type[ManagedObject], path: str) -> tuple[Field, ...]:
    """The catalogue's fields along ``path`` on ``cls``, one per segment.

    Raises:
        ArgumentError: a segment names nothing, goes through an array or a
            reference, or is newer than the API version the connection speaks.
    """
    type_name = cls._type_
    if not path or path.strip() != path:
        raise ArgumentError(f"{path!r} is not a property path of {type_name}")
    first, *rest = path.split(".")
    candidates = managed_properties(cls)
    field = candidates.get(first)
    if field is None:
        hint = _hint(first, candidates)
        raise ArgumentError(f"{type_name} has no property {first!r} (in path {path!r}){hint}")
    owner = type_name
    _check_since(transport, owner, field, path)
    walked = first
    chain = [field]
    for segment in rest:
        if field.array:
            raise ArgumentError(
                f"path {path!r} on {type_name} goes through {owner}.{field.wire}, an array of "
                f"{field.type}; request {walked!r} and pick items locally"
            )
        data_cls = None if field.type in _NOT_DATA else transport.registry.data_class(field.type)
        if data_cls is None:
            raise ArgumentError(
                f"path {path!r} on {type_name}: {owner}.{field.wire} is a {field.type}, "
                f"which has no member {segment!r}"
            )
        owner = field.type
        members = transport.registry.field_map(data_cls)
        found = members.get(segment)
        if found is None:
            hint = _hint(segment, members)
            raise ArgumentError(f"{owner} has no member {segment!r} (in path {path!r} on {type_name}){hint}")
        field = found
        _check_since(transport, owner, field, path)
        walked += "." + segment
        chain.append(field)
    return tuple(chain)


def _hint(name: str, known: Iterable[str]) -> str:
    import difflib  # only for a typo's suggestion

    close = difflib.get_close_matches(name, list(known), n=1)
    return f"; did you mean {close[0]!r}?" if close else ""


def _check_since(transport: Transport, owner: str, field: Field, path: str) -> None:
    if field.since and version_key(field.since) > version_key(transport.version):
        raise ArgumentError(
            f"{owner}.{field.wire} (in path {path!r}) exists since API {field.since}, "
            f"but this connection speaks {transport.version}"
        )


def path_fields(
    transport: Transport, cls: type[ManagedObject], paths: Sequence[str], check: bool
) -> dict[str, Chain]:
    if isinstance(paths, str):
        raise ArgumentError(f"paths must be a list of property paths, not the string {paths!r}")
    if issubclass(cls, UnknownManagedObject):
        return dict.fromkeys(paths, ())
    if not check:  # still typed where the catalogue knows the path, so its attribute is filled
        return {path: _chain_or_nothing(transport, cls, path) for path in paths}
    return {path: resolve_chain(transport, cls, path) for path in paths}


def _chain_or_nothing(transport: Transport, cls: type[ManagedObject], path: str) -> Chain:
    try:
        return resolve_chain(transport, cls, path)
    except ArgumentError:
        return ()


def _object_properties(transport: Transport, content: Any, fields: dict[str, Chain], into: type[P]) -> P:
    values: dict[str, Any] = {}
    errors: dict[str, ServerFault] = {}
    for prop in content.propSet or ():
        field = last_field(fields.get(prop.name, ()))
        values[prop.name] = typed_value(as_declared(transport, prop.val, field), field)
    for missing in content.missingSet or ():
        errors[missing.path] = transport.registry.fault_from(
            missing.fault, remote_object=repr(content.obj), otherwise=f"property {missing.path!r}"
        )
    for path, chain in fields.items():
        if path not in values and path not in errors:
            values[path] = typed_value(None, last_field(chain))
    props = into(content.obj, values, errors)
    if into is not ObjectProperties:
        fill(transport, props, fields, values, fresh=True)
    return props


# -- noticing lost session objects -------------------------------------------------


class _Lost(Exception):
    """Internal: objects this helper built died with their session."""


# -- context managers --------------------------------------------------------------


def _view_manager(transport: Transport) -> Any:
    manager = transport.session.content.viewManager
    if manager is None:
        raise ArgumentError("this endpoint has no ViewManager")
    return manager


def _type_names(types: type[ManagedObject] | Sequence[type[ManagedObject]]) -> list[str]:
    items = [types] if isinstance(types, type) else list(types)
    for item in items:
        if not (isinstance(item, type) and issubclass(item, ManagedObject)):
            raise ArgumentError(f"expected proxy classes such as VirtualMachine, got {item!r}")
    return [item._type_ for item in items]


@contextmanager
def container_view(
    client: Client,
    types: type[ManagedObject] | Sequence[type[ManagedObject]],
    root: ManagedObject | None = None,
    recursive: bool = True,
) -> Iterator[Any]:
    """A ContainerView of ``types`` under ``root`` (default: the root folder), destroyed on exit.

    One CreateContainerView call on entry, one DestroyView on exit.
    """
    transport = client.transport
    view = _view_manager(transport).CreateContainerView(
        container=root or transport.session.content.rootFolder, type=_type_names(types), recursive=recursive
    )
    try:
        yield view
    finally:
        discard(view, view.DestroyView)


@contextmanager
def list_view(client: Client, objects: Sequence[ManagedObject]) -> Iterator[Any]:
    """A ListView of ``objects``, destroyed on exit (CreateListView, DestroyView)."""
    view = _view_manager(client.transport).CreateListView(obj=list(objects))
    try:
        yield view
    finally:
        discard(view, view.DestroyView)


@contextmanager
def property_collector(client: Client) -> Iterator[Any]:
    """A private PropertyCollector, destroyed on exit with its filters.

    One CreatePropertyCollector on entry, one DestroyPropertyCollector on exit.
    """
    collector = client.transport.session.content.propertyCollector.CreatePropertyCollector()
    try:
        yield collector
    finally:
        discard(collector, collector.DestroyPropertyCollector)


@contextmanager
def property_filter(collector: Any, spec: Any, partial_updates: bool = False) -> Iterator[Any]:
    """A PropertyFilter on ``collector`` for ``spec``, destroyed on exit.

    One CreateFilter call on entry, one DestroyPropertyFilter on exit.
    """
    created = collector.CreateFilter(spec=spec, partialUpdates=partial_updates)
    try:
        yield created
    finally:
        discard(created, created.DestroyPropertyFilter)


# -- retrieve and fetch ------------------------------------------------------------


class Retrieval(Generic[P]):
    """The lazy result of ``client.retrieve()``: an iterator of the class's properties objects.

    ``client.retrieve(VirtualMachine, ...)`` yields ``VirtualMachineProperties``.

    Pages are fetched as the iteration reaches them. Stop early with
    ``close()`` or by leaving a ``with`` block: the pending paging token is
    cancelled and the view destroyed (dropping the last reference does the
    same in CPython). Each object is yielded at most once, even when the
    session dies mid-way and the view is rebuilt.
    """

    def __init__(
        self,
        transport: Transport,
        cls: type[Readable[P]],
        paths: Sequence[str],
        *,
        root: ManagedObject | None,
        recursive: bool,
        page_size: int | None,
        check_paths: bool,
    ) -> None:
        if not (isinstance(cls, type) and issubclass(cls, ManagedObject)):
            raise ArgumentError(f"retrieve() takes a proxy class such as VirtualMachine, got {cls!r}")
        into: type[P] = properties_class(cls)
        if page_size is not None and page_size < 1:
            raise ArgumentError(f"page_size must be at least 1, got {page_size}")
        fields = path_fields(transport, cls, paths, check_paths)
        # The generator must not refer back to this object, so that dropping it closes the generator.
        self._results = _Pages(transport, cls, into, fields, root, recursive, page_size).iterate()

    def __iter__(self) -> Retrieval[P]:
        return self

    def __next__(self) -> P:
        return next(self._results)

    def close(self) -> None:
        """Stop: cancel the pending page token and destroy the view."""
        self._results.close()

    def __enter__(self) -> Retrieval[P]:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class _Pages(Generic[P]):
    """The calls behind a :class:`Retrieval`: view, pages, and rebuilding after session loss."""

    def __init__(
        self,
        transport: Transport,
        cls: type[ManagedObject],
        into: type[P],
        fields: dict[str, Chain],
        root: ManagedObject | None,
        recursive: bool,
        page_size: int | None,
    ) -> None:
        self._transport = transport
        self._cls = cls
        self._into = into
        self._fields = fields
        self._root = root
        self._recursive = recursive
        self._page_size = page_size

    def _user_view(self) -> bool:
        return self._root is not None and self._root.type in VIEW_TYPES

    def iterate(self) -> Generator[P, None, None]:
        seen: set[tuple[str, str]] = set()
        rebuilds = 0
        while True:
            one_pass = self._one_pass()
            try:
                for item in one_pass:
                    key = (item.obj.type, item.obj.value)
                    if key in seen:
                        continue
                    seen.add(key)
                    rebuilds = 0
                    yield item
                return
            except _Lost as lost:
                if self._user_view():
                    raise SessionObjectsLost(
                        f"retrieve(): the view {self._root!r} passed as root belonged to an ended "
                        "session; create it again (or let retrieve() create its own)",
                        lost=(repr(self._root),),
                    ) from lost.__cause__
                rebuilds += 1
                if rebuilds > MAX_REBUILDS:
                    raise SessionObjectsLost(
                        f"retrieve(): the session ended {rebuilds} times in a row; giving up"
                    ) from lost.__cause__
                log.info("retrieve(): %s; rebuilding the view and resuming", lost)
            finally:
                one_pass.close()  # on early exit: cancel the token, destroy the view

    def _one_pass(self) -> Generator[P, None, None]:
        """One view, one RetrievePropertiesEx and its Continue pages; raises _Lost."""
        transport = self._transport
        new = transport.registry.new
        collector = transport.session.content.propertyCollector
        logins = transport.session.generation
        view: Any = None
        dead = False
        pending: str | None = None
        try:
            if self._user_view():
                start: Any = self._root
            else:
                view = _view_manager(transport).CreateContainerView(
                    container=self._root or transport.session.content.rootFolder,
                    type=[self._cls._type_],
                    recursive=self._recursive,
                )
                logins = (
                    transport.session.generation
                )  # a re-login during the create still gave a view of the new session
                start = view
            owned = (start,)
            # Registry.new cannot take a field called "name" (its own first parameter).
            into_view = transport.registry.new("TraversalSpec", name="view", type=start.type, path="view")
            spec = new(
                "PropertyFilterSpec",
                objectSet=[new("ObjectSpec", obj=start, skip=True, selectSet=[into_view])],
                propSet=[new("PropertySpec", type=self._cls._type_, pathSet=list(self._fields))],
            )
            options = new("RetrieveOptions", maxObjects=self._page_size)
            result = self._call(
                collector.RetrievePropertiesEx, logins, owned, specSet=[spec], options=options
            )
            while result is not None:
                pending = result.token or None
                for content in result.objects:
                    yield _object_properties(transport, content, self._fields, self._into)
                if pending is None:
                    break
                if transport.session.generation != logins:
                    raise _Lost("the session was renewed, so its paging token is void")
                token, pending = pending, None  # the call consumes the token, whatever its outcome
                result = self._call(collector.ContinueRetrievePropertiesEx, logins, owned, token=token)
        except _Lost:
            dead = True
            raise
        finally:
            alive = not dead and transport.session.generation == logins
            if pending is not None and alive:
                token = pending
                discard(collector, lambda: collector.CancelRetrievePropertiesEx(token=token))
            if view is not None and alive:
                discard(view, view.DestroyView)

    def _call(
        self, method: Callable[..., T], logins: int, owned: Sequence[ManagedObject], **params: Any
    ) -> T:
        """One remote call; session loss (or a re-login during it) becomes _Lost."""
        transport = self._transport
        try:
            result = method(**params)
        except PyvmomoError as exc:
            if transport.session.lost(exc, logins, owned):
                raise _Lost(str(exc)) from exc
            raise
        if transport.session.generation != logins:
            raise _Lost("the session was renewed during the call")
        return result


def fetch(obj: M, paths: Sequence[str], *, check_paths: bool = True) -> ObjectProperties[M]:
    """Several properties of one object in one RetrievePropertiesEx call, untyped (``row["path"]``)."""
    found: ObjectProperties[M] = fetch_into(obj, ObjectProperties, paths, check_paths=check_paths)
    return found


def fetch_into(obj: ManagedObject, into: type[P], paths: Sequence[str], *, check_paths: bool = True) -> P:
    """Several properties of one object in one RetrievePropertiesEx call, as an ``into`` object.

    Generated proxies call it from ``fetch``: ``vm.fetch(...)`` returns ``VirtualMachineProperties``.
    """
    if not paths:
        raise ArgumentError(f"fetch() on {obj!r} needs at least one property path")
    transport = obj._transport
    fields = path_fields(transport, type(obj), paths, check_paths)
    new = transport.registry.new
    spec = new(
        "PropertyFilterSpec",
        objectSet=[new("ObjectSpec", obj=obj)],
        propSet=[new("PropertySpec", type=obj.type, pathSet=list(fields))],
    )
    result = transport.session.content.propertyCollector.RetrievePropertiesEx(
        specSet=[spec], options=new("RetrieveOptions")
    )
    for content in result.objects if result is not None else ():
        if content.obj == obj:
            return _object_properties(transport, content, fields, into)
    raise PyvmomoError(f"RetrievePropertiesEx returned nothing for {obj!r}")
