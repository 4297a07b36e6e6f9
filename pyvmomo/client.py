"""``connect()`` and :class:`Client`: the public entry point.

A client owns one :class:`~pyvmomo._transport.Transport` and the
``ServiceContent`` fetched once at connect. Proxies in replies come back bound
to the same transport, so ``client.content.propertyCollector`` is ready to call.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable, Iterable, Sequence
from types import ModuleType, TracebackType
from typing import TYPE_CHECKING, Any, Literal, TypeVar, overload
from urllib.parse import urlsplit, urlunsplit

from . import _log
from ._base import ManagedObject, Operation
from ._endpoint import check_header_value
from ._errors import ArgumentError, PyvmomoError, ServerFault
from ._registry import Registry
from .property import ObjectProperties, Readable, Retrieval

if TYPE_CHECKING:
    import ssl

    from ._options import ConnectOptions
    from ._pbm import Pbm
    from ._retry import RetryPolicy
    from ._transport import Transport
    from .files import Files
    from .guest import GuestFiles
    from .ovf import Ovf
    from .task import TaskMixin
    from .vim25.managed.session_manager import SessionManager
    from .vim25.types.service_content import ServiceContent
    from .vim25.types.task_info import TaskInfo
    from .vim25.types.user_session import UserSession
    from .watch import Watch

log = _log.Logger("pyvmomo.transport")

M = TypeVar("M", bound=ManagedObject)
P = TypeVar("P", bound=ObjectProperties[Any])
R = TypeVar("R")


def normalize_url(url: str, port: int | None = None) -> str:
    """``vc.example.com`` -> ``https://vc.example.com/sdk``; an explicit port wins."""
    if "://" not in url:
        url = "https://" + url
    parts = urlsplit(url)
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    chosen = port or parts.port
    netloc = f"{host}:{chosen}" if chosen else host
    path = parts.path if parts.path not in ("", "/") else "/sdk"
    return urlunsplit((parts.scheme, netloc, path, "", ""))


class Client:
    """A connection to one vCenter or ESXi endpoint. Use as a context manager.

    Thread-safe: any number of threads may share one client and its proxies.
    They share the HTTP connection pool (size it with ``pool_size``), the
    session (cookie, ``UserSession``, the login that renews it) and the
    registry of session-bound objects; when the session expires, one thread
    logs in again while the others wait and then re-send their own call.
    Proxies and data objects are plain values: share them freely, but do not
    mutate one data object from two threads at once.
    """

    def __init__(self, transport: Transport) -> None:
        self.transport = transport
        si = self.ref_by_name("ServiceInstance", "ServiceInstance")
        # A script uses a few of the ~45 managers: import each proxy module when it is read.
        transport.registry.references_on_read("ServiceContent")
        transport.session.content = self._call(si, "RetrieveServiceContent", None, False, {})
        self._pbm: Pbm | None = None
        self._pbm_lock = threading.Lock()

    @property
    def pbm(self) -> Pbm:
        """The Storage Policy service (PBM) at ``/pbm/sdk``, in this session (``pyvmomo._pbm``).

        Made on first use (``PbmServiceInstanceContent`` fetched once); ``pyvmomo.pbm``
        is not imported before. Use ``client.pbm.content.profileManager`` and friends.
        """
        with self._pbm_lock:
            if self._pbm is None:
                from ._pbm import Pbm

                self._pbm = Pbm(self.transport)
            return self._pbm

    @functools.cached_property
    def files(self) -> Files:
        """Datastore files: upload, download, listdir, mkdir, delete (``pyvmomo.files``)."""
        from .files import Files

        return Files(self)

    @functools.cached_property
    def ovf(self) -> Ovf:
        """OVF and OVA packages: ``deploy()`` and ``export()`` (``pyvmomo.ovf``)."""
        from .ovf import Ovf

        return Ovf(self)

    @functools.cached_property
    def guest_files(self) -> GuestFiles:
        """Files into and out of guests through VMware Tools (``pyvmomo.guest``)."""
        from .guest import GuestFiles

        return GuestFiles(self)

    @property
    def content(self) -> ServiceContent:
        """The ``ServiceContent``, fetched once at connect: the entry to every manager.

        Each manager's proxy is made when its member is first read (a subclass of
        ``ServiceContent``, same name, does that), so connect() imports only the
        proxy module it uses itself (``SessionManager``, to log in).
        """
        content: ServiceContent = self.transport.session.content
        return content

    @property
    def session(self) -> UserSession | None:
        """The current ``UserSession`` (renewed by re-login), or None when logged out."""
        session: UserSession | None = self.transport.session.user
        return session

    @property
    def api_version(self) -> str:
        """The API version negotiated with the server (``"6.5"`` on vcsim)."""
        return self.transport.version

    @property
    def session_cookie(self) -> str | None:
        """The session cookie, to hand to another process (``connect(session_cookie=...)``)."""
        return self.transport.session.cookie

    def login(self, user: str, password: str, locale: str | None = None) -> UserSession:
        """Log in; the transport keeps the session and renews it when it expires."""
        session: UserSession = self._session_manager().Login(userName=user, password=password, locale=locale)
        return session

    def logout(self) -> None:
        """End the session; automatic re-login and the keepalive stop.

        The client forgets the session even when the Logout call fails (the
        session already expired, the server is gone); the failure is raised.
        """
        session = self.transport.session
        session.stop_keepalive()
        try:
            if session.user is not None or session.cookie is not None:
                self._session_manager().Logout()
        finally:
            session.forget()

    def clone_session(self, clone_ticket: str) -> UserSession:
        """Join the session of another client with a ticket from its ``AcquireCloneTicket()``.

        A clone ticket works once, so a cloned session is not renewed when it expires.
        """
        session: UserSession = self._session_manager().CloneSession(cloneTicket=clone_ticket)
        return session

    def start_keepalive(self, interval: float) -> None:
        """Call ``CurrentTime`` every ``interval`` seconds on a daemon thread, so an idle session lives.

        Off by default. A keepalive that finds the session expired logs in
        again like any call. Stopped by :meth:`stop_keepalive`, :meth:`logout`
        and :meth:`close`.
        """
        si = self.ref_by_name("ServiceInstance", "ServiceInstance")
        self.transport.session.start_keepalive(interval, lambda: self.call(si, "CurrentTime"))

    def stop_keepalive(self) -> None:
        """Stop the keepalive thread, if running."""
        self.transport.session.stop_keepalive()

    def _current_session(self) -> UserSession | None:
        """``SessionManager.currentSession``: whose session the cookie names (None: nobody's).

        A dead session's cookie makes reading it raise ``NotAuthenticated``.
        """
        session: UserSession | None = self._session_manager().fetch("currentSession")["currentSession"]
        return session

    def _session_manager(self) -> SessionManager:
        manager = self.content.sessionManager
        if manager is None:
            raise ArgumentError("this endpoint has no SessionManager")
        return manager

    def ref(self, cls: type[M], value: str) -> M:
        """A proxy for an existing object, e.g. ``client.ref(VirtualMachine, "vm-42")``; no I/O."""
        if not (isinstance(cls, type) and issubclass(cls, ManagedObject)):
            raise ArgumentError(f"ref() takes a proxy class such as VirtualMachine, got {cls!r}")
        return cls(self.transport, value)

    def ref_by_name(self, type_name: str, value: str) -> ManagedObject:
        """A proxy from a wire type name; unknown types give a generic proxy."""
        return self.transport.decoder.reference_value(type_name, value)

    def call(
        self,
        ref: ManagedObject,
        method: str,
        _timeout: float | None = None,
        *,
        unknown_ok: bool = False,
        **params: Any,
    ) -> object:
        """Call any operation by its wire name, through the same transport.

        Parameters are checked against the operation's metadata. A name the
        bindings do not know is refused with the closest known names (a
        misspelling, or pyvmomi's capitalised spelling of a lowercase wire
        name such as ``reloadVirtualMachineFromPath_Task``), unless
        ``unknown_ok=True`` says it belongs to a newer server: then it is sent
        with parameters typed from their Python values. The result is
        ``object``: check its type (``isinstance``) before using it, or call
        the typed proxy method instead.
        """
        return self._call(ref, method, _timeout, unknown_ok, params)

    def _call(
        self, ref: ManagedObject, method: str, timeout: float | None, unknown_ok: bool, params: dict[str, Any]
    ) -> Any:
        op = self.transport.registry.operation(method)
        if op is None:
            if not unknown_ok:
                raise ArgumentError(_unknown_operation(method, self.transport.registry.operation_names()))
            op = _ad_hoc_operation(method, params)
        unknown = set(params) - {p.name for p in op.params}
        if unknown:
            raise ArgumentError(f"{method} has no parameter {', '.join(sorted(unknown))}")
        args = tuple(params.get(p.name) for p in op.params)
        return self.transport.invoke(ref, op, args, timeout)

    def close(self) -> None:
        """Stop the keepalive, log out of a session this client logged in, close connections.

        A session adopted with ``connect(session_cookie=...)`` and never
        renewed here is left alive for its other holders (call :meth:`logout`
        to end it). A failing Logout (the session already expired, the server
        is gone) is logged, not raised: the connections are closed either way.
        """
        try:
            if self.session is not None and self.transport.session.generation:
                self.logout()
        except PyvmomoError as exc:
            log.info("logout while closing failed: %s", exc)
        finally:
            self.transport.close()

    def __enter__(self) -> Client:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<pyvmomo.Client {self.transport.url} API {self.api_version}>"

    # -- property collector and task helpers (pyvmomo.property, pyvmomo.task) --

    def retrieve(
        self,
        cls: type[Readable[P]],
        paths: Sequence[str] = (),
        *,
        root: ManagedObject | None = None,
        recursive: bool = True,
        page_size: int | None = None,
        check_paths: bool = True,
    ) -> Retrieval[P]:
        """Properties of every ``cls`` object under ``root``, page by page, as a lazy iterator.

        ``root`` is a folder, datacenter, cluster... (default: the root folder)
        or a view the caller owns. Calls: CreateContainerView,
        RetrievePropertiesEx, ContinueRetrievePropertiesEx per further page of
        ``page_size`` objects, DestroyView; CancelRetrievePropertiesEx if the
        iteration stops early (``close()`` or leaving ``with``). Paths are
        checked locally first. Each item is the class's properties object
        (``VirtualMachineProperties`` for ``VirtualMachine``): the requested
        properties as typed attributes (``row.runtime.powerState``), plus
        ``.obj``, ``.values``, ``.errors`` and ``row["runtime.powerState"]``.
        """
        return Retrieval(
            self.transport,
            cls,
            paths,
            root=root,
            recursive=recursive,
            page_size=page_size,
            check_paths=check_paths,
        )

    def watch(
        self, objects: Sequence[Readable[P]], paths: Sequence[str], *, timeout: float | None = None
    ) -> Watch[P]:
        """Changes of ``paths`` on ``objects`` as an iterator: current values first, then each change.

        Each change carries ``properties``, the object's watched properties
        as typed attributes (``change.properties.runtime.powerState``).

        One private collector and filter, followed with WaitForUpdatesEx and
        rebuilt after a re-login. Stop with ``close()`` or ``with``; with
        ``timeout`` the iteration ends after that many seconds.
        """
        from .watch import Watch  # with task.py: loaded by the first watch or wait, not by connect()

        return Watch(self.transport, objects, paths, timeout=timeout)

    @overload
    def wait_all(
        self,
        tasks: Iterable[TaskMixin[R]],
        *,
        timeout: float | None = None,
        on_progress: Callable[[TaskInfo], None] | None = None,
        progress: bool = False,
        return_exceptions: Literal[False] = False,
    ) -> list[R]: ...

    @overload
    def wait_all(
        self,
        tasks: Iterable[TaskMixin[R]],
        *,
        timeout: float | None = None,
        on_progress: Callable[[TaskInfo], None] | None = None,
        progress: bool = False,
        return_exceptions: bool,
    ) -> list[R | PyvmomoError]: ...

    def wait_all(
        self,
        tasks: Iterable[TaskMixin[R]],
        *,
        timeout: float | None = None,
        on_progress: Callable[[TaskInfo], None] | None = None,
        progress: bool = False,
        return_exceptions: bool = False,
    ) -> list[R] | list[R | PyvmomoError]:
        """Wait for many tasks with one private collector and one filter; see ``pyvmomo.task.wait_all``.

        Tasks of one result type give a list of it (``list[VirtualMachine]`` for clones).
        """
        from .task import wait_all

        return wait_all(
            tasks,
            timeout=timeout,
            on_progress=on_progress,
            progress=progress,
            return_exceptions=return_exceptions,
        )


def _unknown_operation(method: str, known: Iterable[str]) -> str:
    import difflib  # only for a refused name's suggestions

    names = list(known)
    close = difflib.get_close_matches(method, names, n=3, cutoff=0.75)
    folded = [name for name in names if name.lower() == method.lower() and name not in close]
    close = folded + close
    hint = f"Did you mean {' or '.join(repr(name) for name in close[:3])}? " if close else ""
    return (
        f"{method} is not an operation these bindings know. {hint}"
        "If it belongs to a newer server, pass unknown_ok=True to send it as it is."
    )


def _ad_hoc_operation(method: str, params: dict[str, Any]) -> Operation[Any]:
    from ._base import OPTIONAL, Field

    fields = tuple(Field(name, "anyType", OPTIONAL) for name in params)
    return Operation(method, fields, Field("returnval", "anyType", OPTIONAL))


def connect(
    url: str,
    user: str | None = None,
    password: str | None = None,
    *,
    port: int | None = None,
    options: ConnectOptions | None = None,
    verify: bool | str | None = None,
    thumbprint: str | None = None,
    connect_timeout: float | None = None,
    read_timeout: float | None = None,
    pool_size: int | None = None,
    retry: RetryPolicy | None = None,
    allow_insecure_http: bool | None = None,
    proxy: str | None = None,
    trust_env: bool | None = None,
    ssl_context: ssl.SSLContext | None = None,
    cert: tuple[str, str] | None = None,
    compress: bool | None = None,
    sdk_tunnel: str | None = None,
    session_cookie: str | None = None,
    clone_ticket: str | None = None,
    keepalive: float | None = None,
    bindings: str | ModuleType = "pyvmomo.vim25",
) -> Client:
    """Connect to ``url`` (``https://vc.example.com/sdk`` or a host name) and log in.

    The API version is negotiated from ``/sdk/vimServiceVersions.xml``.

    Sessions: with ``user``, ``Login`` is called and repeated whenever the
    session expires. With ``session_cookie`` (another client's
    ``client.session_cookie``) that session is reused if it is alive; given
    ``user`` too, it is renewed by logging in when it is not, or when it
    expires later; alone, a dead cookie raises ``ArgumentError``. With
    ``clone_ticket`` (from another client's ``AcquireCloneTicket()``) that
    client's session is cloned; a cloned session is not renewed.
    ``keepalive`` seconds start :meth:`Client.start_keepalive` (off by default).

    Connection settings (TLS ``verify``, ``thumbprint``, ``ssl_context`` and
    client ``cert``, timeouts, ``pool_size``, ``retry``, ``allow_insecure_http``,
    ``proxy`` and ``trust_env``, ``compress``, ``sdk_tunnel``) come either as one
    :class:`~pyvmomo.ConnectOptions` in ``options`` or as these keywords, whose
    defaults are ConnectOptions' (verify on, 10 s to connect, 120 s per try of
    a call, 16 connections, proxies from the environment, gzip on); giving
    both is an ``ArgumentError``. docs/guide/connect.md explains each.

    ``bindings`` selects a generated binding package other than the built-in
    ``pyvmomo.vim25``.
    """
    if session_cookie:
        check_header_value("session_cookie", session_cookie)  # before anything is sent

    settings: dict[str, Any] = {
        "verify": verify,
        "thumbprint": thumbprint,
        "connect_timeout": connect_timeout,
        "read_timeout": read_timeout,
        "pool_size": pool_size,
        "retry": retry,
        "allow_insecure_http": allow_insecure_http,
        "proxy": proxy,
        "trust_env": trust_env,
        "ssl_context": ssl_context,
        "cert": cert,
        "compress": compress,
        "sdk_tunnel": sdk_tunnel,
    }
    given = {name: value for name, value in settings.items() if value is not None}
    if options is not None and given:
        raise ArgumentError(
            f"connect() takes connection settings in options= or as keywords, not both: {', '.join(given)}"
        )
    if options is None and given:
        from ._options import ConnectOptions  # attrs loads here, to validate what was given

        options = ConnectOptions(**given)
    # Nothing given: the Transport's own defaults are ConnectOptions', and attrs need not load.
    from ._transport import Transport  # with h11 and ssl: at the first connect, not at `import pyvmomo`

    chosen = options.transport_settings() if options is not None else {}
    transport = Transport(normalize_url(url, port), registry=Registry(bindings), **chosen)
    try:
        transport.negotiate()
        client = Client(transport)
        if session_cookie:
            _reuse_session(client, session_cookie, user, password)
        elif clone_ticket:
            client.clone_session(clone_ticket)
        elif user is not None:
            client.login(user, password or "")
        if keepalive is not None:
            client.start_keepalive(keepalive)
    except BaseException:
        transport.close()
        raise
    return client


def _reuse_session(client: Client, cookie: str, user: str | None, password: str | None) -> None:
    """Adopt the session ``cookie`` names; log in instead (or later) when ``user`` is given."""
    state = client.transport.session
    state.cookie = cookie
    try:
        session = client._current_session()
    except ServerFault as exc:
        if not client.transport.registry.is_fault(exc, "NotAuthenticated"):
            raise
        session = None
    if session is None:
        state.cookie = None
        if user is None:
            raise ArgumentError("session_cookie does not name a live session; pass user= to log in instead")
        client.login(user, password or "")
        return
    state.user = session
    if user is not None:
        manager = client._session_manager()
        state.remember_login(manager, manager._operations_["Login"], (user, password or "", None))
