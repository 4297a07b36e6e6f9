"""A scripted fake vSphere SOAP endpoint for wire-level tests.

Role:
    vcsim is the SDK's main test target, but it cannot be told to answer one
    particular call with a hand-written fault, to advertise an arbitrary list
    of API versions, or to show exactly which bytes and headers a client sent.
    ``FakeVSphere`` is a tiny HTTP/1.1 server for those tests: it serves a
    configurable ``/sdk/vimServiceVersions.xml``, records every ``POST /sdk``
    (path, headers including ``SOAPAction``, raw body) and answers each SOAP
    operation through a handler registered with :meth:`FakeVSphere.on`.

Design decisions:
    * Standard library :class:`http.server.ThreadingHTTPServer` on
      ``127.0.0.1`` port 0, ``HTTP/1.1`` with ``Content-Length`` framing so a
      pooled client keeps its connection alive.  Open connections are tracked
      and shut down on :meth:`FakeVSphere.stop`, so a stopped server really
      stops answering even on idle keep-alive sockets.
    * Handlers get the operation element (the first element child of
      ``soapenv:Body``, parsed with a non-resolving lxml parser) plus the
      request headers, and return ``(status, body)`` or
      ``(status, body, extra_headers)``; the latter is how the built-in
      ``Login`` sets its ``vmware_soap_session`` cookie.
    * Responses use the wire format of a real vCenter: an envelope declaring
      the ``soapenc``/``soapenv``/``xsd``/``xsi`` prefixes, the response
      element in default namespace ``urn:vim25``, faults as HTTP 500 with
      ``ServerFaultCode`` and a ``<XxxFault xsi:type="Xxx">`` detail.
    * Built-in handlers (``RetrieveServiceContent``, ``Login``, ``Logout``,
      ``CurrentTime``) emit elements in the order of the vim25 7.0.3 schema
      (``ServiceContent``, ``AboutInfo``, ``UserSession``), required ones
      always present.  Session checking is off by default; with
      ``enforce_sessions=True`` every operation outside
      :attr:`FakeVSphere.anonymous_methods` needs a live session cookie and
      otherwise gets a ``NotAuthenticated`` fault (see
      :meth:`FakeVSphere.expire_sessions` for re-login tests).
    * The cookie is set without ``Secure`` (the fake speaks plain HTTP and a
      ``Secure`` cookie would never be sent back by ``requests``).
    * PBM (the storage policy service) is answered at ``/pbm/sdk`` from the
      same handler table (its operation names all start with ``Pbm``), with
      a built-in ``PbmRetrieveServiceContent`` in namespace ``urn:pbm``.  A
      real vCenter authenticates PBM calls by the ``vcSessionCookie`` SOAP
      header, not by the HTTP cookie (vcsim does the opposite), so with
      ``enforce_sessions=True`` PBM calls need that header to hold a live
      session token (the cookie's value without its quotes, as pyvmomi
      sends it); :attr:`RecordedRequest.vc_session_cookie` shows what a
      client sent.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import http.cookies
import logging
import socket
import threading
import types
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from email.message import Message
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Final, Self, cast
from xml.sax.saxutils import escape

from lxml import etree

__all__ = [
    "DEFAULT_VERSIONS",
    "PBM_NS",
    "SESSION_COOKIE",
    "FakeVSphere",
    "Handler",
    "HandlerResult",
    "RecordedRequest",
    "fault_response",
    "moref_xml",
    "soap_envelope",
    "soap_fault",
    "soap_response",
    "vc_session_cookie",
    "versions_xml",
]

_log = logging.getLogger(__name__)

SOAPENV_NS: Final = "http://schemas.xmlsoap.org/soap/envelope/"
VIM25_NS: Final = "urn:vim25"
PBM_NS: Final = "urn:pbm"
SESSION_COOKIE: Final = "vmware_soap_session"
"""Name of the session cookie vCenter and ESXi set on ``Login``."""

DEFAULT_VERSIONS: Final[tuple[str, ...]] = (
    "7.0.3.0",
    "7.0.2.0",
    "7.0.1.0",
    "7.0.0.0",
    "6.7.3",
    "6.7.2",
    "6.7.1",
    "6.7",
    "6.5",
    "6.0",
    "5.5",
)
"""Versions advertised by default, newest first (a vCenter 7.0 U3)."""

HandlerResult = tuple[int, str] | tuple[int, str, Sequence[tuple[str, str]]]
"""``(status, body)`` or ``(status, body, extra_headers)``."""

Handler = Callable[[etree._Element, Message], HandlerResult]
"""Answers one SOAP operation: ``fn(operation_element, headers) -> HandlerResult``."""

_ENVELOPE_OPEN: Final = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<soapenv:Envelope xmlns:soapenc="http://schemas.xmlsoap.org/soap/encoding/"\n'
    ' xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"\n'
    ' xmlns:xsd="http://www.w3.org/2001/XMLSchema"\n'
    ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n'
    "<soapenv:Body>\n"
)
_ENVELOPE_CLOSE: Final = "\n</soapenv:Body>\n</soapenv:Envelope>"
_XML_CONTENT_TYPE: Final = "text/xml; charset=utf-8"


# -- wire-format helpers -------------------------------------------------------------


def soap_envelope(body_inner_xml: str) -> str:
    """Wrap XML in a SOAP 1.1 envelope as vSphere writes it.

    Args:
        body_inner_xml: The content of ``soapenv:Body`` (e.g. a
            ``<XxxResponse xmlns="urn:vim25">`` element).

    Returns:
        The complete document, XML declaration included.
    """
    return _ENVELOPE_OPEN + body_inner_xml + _ENVELOPE_CLOSE


def soap_response(method: str, returnval_inner_xml: str | None = None, *, namespace: str = VIM25_NS) -> str:
    """Build the envelope of a successful call.

    Args:
        method: The SOAP operation name; the element is ``<methodResponse>``.
        returnval_inner_xml: Content of ``<returnval>``; ``None`` for a void
            operation (no ``returnval`` at all).
        namespace: The response element's namespace (:data:`PBM_NS` for PBM).

    Returns:
        The complete response document.
    """
    returnval = "" if returnval_inner_xml is None else f"<returnval>{returnval_inner_xml}</returnval>"
    return soap_envelope(f'<{method}Response xmlns="{namespace}">{returnval}</{method}Response>')


def soap_fault(
    fault_type: str,
    faultstring: str,
    detail_inner_xml: str = "",
    *,
    faultcode: str = "ServerFaultCode",
) -> str:
    """Build a SOAP fault envelope in vSphere's wire format.

    Args:
        fault_type: The vim25 fault type, e.g. ``"NotAuthenticated"``; the
            detail element becomes ``<NotAuthenticatedFault
            xsi:type="NotAuthenticated">``.
        faultstring: Human-readable message (escaped here).
        detail_inner_xml: The fault's fields, already serialised.
        faultcode: The SOAP fault code; vSphere always sends ``ServerFaultCode``.

    Returns:
        The complete fault document (send it with HTTP status 500).
    """
    return soap_envelope(
        "<soapenv:Fault>"
        f"<faultcode>{escape(faultcode)}</faultcode>"
        f"<faultstring>{escape(faultstring)}</faultstring>"
        "<detail>"
        f'<{fault_type}Fault xmlns="{VIM25_NS}" xsi:type="{fault_type}">'
        f"{detail_inner_xml}"
        f"</{fault_type}Fault>"
        "</detail>"
        "</soapenv:Fault>"
    )


def fault_response(fault_type: str, faultstring: str, detail_inner_xml: str = "") -> tuple[int, str]:
    """Build a handler result carrying a fault: ``(500, soap_fault(...))``.

    Args:
        fault_type: The vim25 fault type, e.g. ``"InvalidLogin"``.
        faultstring: Human-readable message.
        detail_inner_xml: The fault's fields, already serialised.

    Returns:
        A :data:`HandlerResult` with HTTP status 500.
    """
    return 500, soap_fault(fault_type, faultstring, detail_inner_xml)


def moref_xml(tag: str, mo_type: str, value: str) -> str:
    """Serialise a ManagedObjectReference element.

    Args:
        tag: Element name, e.g. ``"rootFolder"``.
        mo_type: Managed object type, e.g. ``"Folder"``.
        value: The moref value, e.g. ``"group-d1"``.

    Returns:
        ``<tag type="mo_type">value</tag>``.
    """
    return f'<{tag} type="{escape(mo_type)}">{escape(value)}</{tag}>'


def versions_xml(versions: Sequence[str]) -> str:
    """Build ``vimServiceVersions.xml`` in the format vCenter and ESXi serve.

    Args:
        versions: API versions of ``urn:vim25``, newest first.

    Returns:
        The document text.

    Raises:
        ValueError: If ``versions`` is empty.
    """
    if not versions:
        raise ValueError("versions must name at least one version")
    newest, *prior = versions
    prior_xml = "".join(f"\n   <version>{escape(v)}</version>" for v in prior)
    return (
        '<?xml version="1.0" encoding="UTF-8" ?>\n'
        '<namespaces version="1.0">\n'
        " <namespace>\n"
        "  <name>urn:vim25</name>\n"
        f"  <version>{escape(newest)}</version>\n"
        f"  <priorVersions>{prior_xml}\n  </priorVersions>\n"
        " </namespace>\n"
        "</namespaces>\n"
    )


def _now_xsd() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _child_text(element: etree._Element, name: str) -> str | None:
    for child in element:
        if isinstance(child.tag, str) and etree.QName(child).localname == name:
            return child.text or ""
    return None


# -- records ---------------------------------------------------------------------------


@dataclass(frozen=True)
class RecordedRequest:
    """One request as the fake received it.

    Attributes:
        method: HTTP method (``"POST"`` for SOAP calls).
        path: Request target as sent, e.g. ``"/sdk"``.
        headers: The request headers (case-insensitive ``get``).
        body: Raw request body bytes.
        soap_method: SOAP operation name, if the body was a SOAP envelope.
    """

    method: str
    path: str
    headers: Message
    body: bytes
    soap_method: str | None = None

    @property
    def soap_action(self) -> str | None:
        """The ``SOAPAction`` header, quotes included, or ``None``."""
        return self.headers.get("SOAPAction")

    def operation(self) -> etree._Element | None:
        """Parse the body and return the operation element, if any."""
        return _parse_operation(self.body)

    @property
    def vc_session_cookie(self) -> str | None:
        """The ``vcSessionCookie`` SOAP header's text, or ``None`` when absent."""
        operation = self.operation()
        return vc_session_cookie(operation) if operation is not None else None


def vc_session_cookie(operation: etree._Element) -> str | None:
    """Return the ``vcSessionCookie`` SOAP header of the envelope holding ``operation``.

    Args:
        operation: An operation element as handlers receive it.

    Returns:
        The header's text (any namespace), or ``None`` when there is none.
    """
    header = operation.getroottree().getroot().find(f"{{{SOAPENV_NS}}}Header")
    if header is None:
        return None
    return _child_text(header, "vcSessionCookie")


def _parse_operation(body: bytes) -> etree._Element | None:
    if not body:
        return None
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    try:
        root = etree.fromstring(body, parser)
    except etree.XMLSyntaxError:
        return None
    soap_body = root.find(f"{{{SOAPENV_NS}}}Body")
    if soap_body is None:
        return None
    for child in soap_body:
        if isinstance(child.tag, str):
            return child
    return None


@dataclass
class _Session:
    key: str
    user_name: str
    login_time: str = field(default_factory=_now_xsd)


# -- HTTP plumbing -------------------------------------------------------------------


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    # socketserver's default backlog of 5 drops the SYNs of a burst of pooled
    # clients connecting at once, and each dropped SYN costs a 1 s retransmit.
    request_queue_size = 128

    def __init__(self, fake: FakeVSphere, address: tuple[str, int]) -> None:
        self.fake = fake
        self.open_connections: set[socket.socket] = set()
        self.connections_lock = threading.Lock()
        super().__init__(address, _RequestHandler)

    def close_open_connections(self) -> None:
        with self.connections_lock:
            connections = list(self.open_connections)
        for conn in connections:
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)


class _RequestHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "FakeVSphere/1.0"
    sys_version = ""
    # Headers and body go out in separate writes; without TCP_NODELAY each reply
    # waits ~40 ms for the client's delayed ACK.
    disable_nagle_algorithm = True

    @property
    def _fake(self) -> FakeVSphere:
        return cast(_HTTPServer, self.server).fake

    def setup(self) -> None:
        super().setup()
        server = cast(_HTTPServer, self.server)
        with server.connections_lock:
            server.open_connections.add(self.connection)

    def finish(self) -> None:
        server = cast(_HTTPServer, self.server)
        with server.connections_lock:
            server.open_connections.discard(self.connection)
        with contextlib.suppress(OSError):
            super().finish()

    def log_message(self, format: str, *args: object) -> None:
        _log.debug("fakevsphere: " + format, *args)

    def _read_body(self) -> bytes:
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length > 0 else b""

    def _reply(
        self,
        status: int,
        body: bytes,
        content_type: str,
        extra_headers: Sequence[tuple[str, str]] = (),
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in extra_headers:
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def do_GET(self) -> None:
        fake = self._fake
        fake._record(RecordedRequest("GET", self.path, self.headers, b""), soap=False)
        if self.path.split("?", 1)[0] == fake.path + "/vimServiceVersions.xml":
            status, text = fake.versions_status, fake.versions_body
            self._reply(status, text.encode("utf-8"), _XML_CONTENT_TYPE)
            return
        self._reply(404, b"", "text/plain")

    def do_POST(self) -> None:
        fake = self._fake
        body = self._read_body()
        operation = _parse_operation(body)
        soap_method = etree.QName(operation).localname if operation is not None else None
        record = RecordedRequest("POST", self.path, self.headers, body, soap_method)
        path = self.path.split("?", 1)[0]
        if path != fake.path and (fake.pbm_path is None or path != fake.pbm_path):
            fake._record(record, soap=False)
            self._reply(404, b"", "text/plain")
            return
        fake._record(record, soap=True)
        result = fake._dispatch(operation, self.headers, pbm=path == fake.pbm_path)
        status, text = result[0], result[1]
        extra: Sequence[tuple[str, str]] = result[2] if len(result) == 3 else ()
        self._reply(status, text.encode("utf-8"), _XML_CONTENT_TYPE, extra)


# -- the server --------------------------------------------------------------------


class FakeVSphere:
    """Scripted SOAP server answering per-operation handlers on ``127.0.0.1``.

    Example:
        >>> with FakeVSphere(versions=["8.0.2.0", "8.0.1.0"]) as server:  # doctest: +SKIP
        ...     server.on("CreateFolder", lambda op, h: fault_response("DuplicateName", "dup"))
        ...     client = connect(server.url)
        ...     assert server.requests[-1].soap_action == '"urn:vim25/8.0.2.0"'

    Attributes:
        versions: Advertised ``urn:vim25`` versions, newest first.
        path: The SOAP endpoint path (``/sdk``).
        pbm_path: The PBM endpoint path (``/pbm/sdk``), or ``None`` for none.
        versions_status: HTTP status for ``vimServiceVersions.xml`` (set to 404
            to emulate a host without the file).
        versions_body: Body served for ``vimServiceVersions.xml``.
        api_type: ``AboutInfo.apiType`` (``"VirtualCenter"`` or ``"HostAgent"``).
        users: Accepted ``userName -> password`` pairs; ``None`` accepts any.
        enforce_sessions: Whether non-anonymous operations need a session.
        anonymous_methods: Operations allowed without a session.
        instance_uuid: ``AboutInfo.instanceUuid``.
        errors: Exceptions raised by handlers (each also answered with a
            ``SystemError`` fault), for tests to assert on.
    """

    def __init__(
        self,
        versions: Sequence[str] = DEFAULT_VERSIONS,
        *,
        path: str = "/sdk",
        pbm_path: str | None = "/pbm/sdk",
        api_type: str = "VirtualCenter",
        users: dict[str, str] | None = None,
        enforce_sessions: bool = False,
        host: str = "127.0.0.1",
        port: int = 0,
    ) -> None:
        """Create a stopped server.

        Args:
            versions: ``urn:vim25`` versions to advertise, newest first; the
                newest is also ``about.apiVersion``.
            path: The SOAP endpoint path.
            pbm_path: The PBM endpoint path; ``None`` serves no PBM.
            api_type: ``AboutInfo.apiType``.
            users: Accepted credentials; ``None`` accepts any user/password.
            enforce_sessions: Require a live session cookie for operations not
                in :attr:`anonymous_methods`.
            host: Address to listen on.
            port: Port to listen on; ``0`` picks a free one.

        Raises:
            ValueError: If ``versions`` is empty.
        """
        self.versions: list[str] = list(versions)
        self.versions_body = versions_xml(self.versions)
        self.versions_status = 200
        self.path = path
        self.pbm_path = pbm_path
        self.api_type = api_type
        self.users = users
        self.enforce_sessions = enforce_sessions
        self.anonymous_methods: set[str] = {"RetrieveServiceContent", "Login", "PbmRetrieveServiceContent"}
        self.instance_uuid = str(uuid.uuid4())
        self.errors: list[BaseException] = []
        self._host = host
        self._port = port
        self._lock = threading.Lock()
        self._requests: list[RecordedRequest] = []
        self._all_requests: list[RecordedRequest] = []
        self._sessions: dict[str, _Session] = {}
        self._handlers: dict[str, Handler] = {
            "RetrieveServiceContent": self._retrieve_service_content,
            "Login": self._login,
            "Logout": self._logout,
            "CurrentTime": self._current_time,
            "PbmRetrieveServiceContent": self._pbm_retrieve_service_content,
        }
        self._server: _HTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle -----------------------------------------------------------------
    def start(self) -> Self:
        """Bind and serve in a background thread.

        Returns:
            The server itself.

        Raises:
            RuntimeError: If already started.
        """
        if self._server is not None:
            raise RuntimeError("FakeVSphere already started")
        server = _HTTPServer(self, (self._host, self._port))
        self._port = server.server_address[1]
        self._server = server
        self._thread = threading.Thread(
            target=server.serve_forever, args=(0.05,), name="fakevsphere", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving, close open connections and release the port."""
        server, self._server = self._server, None
        if server is None:
            return
        server.shutdown()
        server.close_open_connections()
        server.server_close()
        if self._thread is not None:
            self._thread.join(5.0)
            self._thread = None

    def __enter__(self) -> Self:
        """Start the server (if needed) and return it."""
        if self._server is None:
            self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: types.TracebackType | None,
    ) -> None:
        """Stop the server; a handler that crashed fails the test (it was answered as a fault)."""
        self.stop()
        if exc_type is None and self.errors:
            raise AssertionError(f"FakeVSphere handlers raised: {self.errors!r}")

    @property
    def port(self) -> int:
        """The listening port (known after :meth:`start`)."""
        return self._port

    @property
    def base_url(self) -> str:
        """``http://127.0.0.1:PORT`` without a path."""
        return f"http://{self._host}:{self._port}"

    @property
    def url(self) -> str:
        """The SOAP endpoint URL, e.g. ``http://127.0.0.1:PORT/sdk``."""
        return self.base_url + self.path

    @property
    def pbm_url(self) -> str:
        """The PBM endpoint URL, e.g. ``http://127.0.0.1:PORT/pbm/sdk``.

        Raises:
            RuntimeError: If the fake serves no PBM (``pbm_path=None``).
        """
        if self.pbm_path is None:
            raise RuntimeError("this FakeVSphere serves no PBM: pbm_path is None")
        return self.base_url + self.pbm_path

    @property
    def newest_version(self) -> str:
        """The newest advertised version (``about.apiVersion``)."""
        return self.versions[0]

    # -- scripting -----------------------------------------------------------------
    def on(self, method: str, handler: Handler) -> None:
        """Register (or replace) the handler answering SOAP ``method``.

        Args:
            method: The SOAP operation name, e.g. ``"RetrieveServiceContent"``.
            handler: ``fn(operation_element, headers) -> (status, body[, headers])``.
        """
        with self._lock:
            self._handlers[method] = handler

    def remove_handler(self, method: str) -> None:
        """Forget the handler of ``method`` (calls then get an unknown-method fault).

        Args:
            method: The SOAP operation name.
        """
        with self._lock:
            self._handlers.pop(method, None)

    # -- records -------------------------------------------------------------------
    @property
    def requests(self) -> list[RecordedRequest]:
        """Snapshot of the ``POST`` requests to the SOAP path, oldest first."""
        with self._lock:
            return list(self._requests)

    @property
    def all_requests(self) -> list[RecordedRequest]:
        """Snapshot of every request received (GETs and stray paths included)."""
        with self._lock:
            return list(self._all_requests)

    def soap_methods(self) -> list[str | None]:
        """Return the SOAP operation names of :attr:`requests`, in order."""
        return [r.soap_method for r in self.requests]

    def clear_requests(self) -> None:
        """Forget all recorded requests."""
        with self._lock:
            self._requests.clear()
            self._all_requests.clear()

    # -- sessions ------------------------------------------------------------------
    @property
    def sessions(self) -> dict[str, str]:
        """Snapshot of live sessions: cookie token -> user name."""
        with self._lock:
            return {token: s.user_name for token, s in self._sessions.items()}

    def expire_sessions(self) -> None:
        """Invalidate every session (as a vCenter session timeout would)."""
        with self._lock:
            self._sessions.clear()

    def session_token(self, headers: Message) -> str | None:
        """Return the session token in ``headers``' cookie if it is live.

        Args:
            headers: Request headers.

        Returns:
            The token, or ``None`` when there is no live session cookie.
        """
        cookie_header = headers.get("Cookie")
        if not cookie_header:
            return None
        cookies = http.cookies.SimpleCookie()
        try:
            cookies.load(cookie_header)
        except http.cookies.CookieError:
            return None
        morsel = cookies.get(SESSION_COOKIE)
        if morsel is None:
            return None
        with self._lock:
            return morsel.value if morsel.value in self._sessions else None

    # -- internals -----------------------------------------------------------------
    def _record(self, record: RecordedRequest, *, soap: bool) -> None:
        with self._lock:
            self._all_requests.append(record)
            if soap:
                self._requests.append(record)

    def _dispatch(self, operation: etree._Element | None, headers: Message, *, pbm: bool) -> HandlerResult:
        if operation is None:
            return fault_response("InvalidRequest", "Unable to parse SOAP request body")
        method = etree.QName(operation).localname
        with self._lock:
            handler = self._handlers.get(method)
        if handler is None or (pbm and etree.QName(operation).namespace != PBM_NS):
            namespace = PBM_NS if pbm else VIM25_NS
            return fault_response(
                "InvalidRequest",
                f"Unable to resolve WSDL method name {method} for namespace name {namespace}",
            )
        if pbm:
            token = vc_session_cookie(operation)
            with self._lock:
                authenticated = token is not None and token in self._sessions
        else:
            authenticated = self.session_token(headers) is not None
        if self.enforce_sessions and method not in self.anonymous_methods and not authenticated:
            return fault_response(
                "NotAuthenticated",
                "The session is not authenticated.",
                moref_xml("object", "Folder", "group-d1") + "<privilegeId>System.View</privilegeId>",
            )
        try:
            return handler(operation, headers)
        except Exception as exc:  # reported to the client and kept for the test
            _log.exception("fakevsphere: handler for %s failed", method)
            with self._lock:
                self.errors.append(exc)
            return fault_response(
                "SystemError", f"handler error: {exc}", f"<reason>{escape(str(exc))}</reason>"
            )

    # -- built-in handlers -------------------------------------------------------------
    def _about_xml(self) -> str:
        api_version = self.newest_version
        product_version = ".".join(api_version.split(".")[:3])
        if self.api_type == "HostAgent":
            name, line, os_type = "VMware ESXi", "embeddedEsx", "vmnix-x86"
        else:
            name, line, os_type = "VMware vCenter Server", "vpx", "linux-x64"
        build = "99999999"
        fields = [
            ("name", name),
            ("fullName", f"{name} {product_version} build-{build}"),
            ("vendor", "VMware, Inc."),
            ("version", product_version),
            ("build", build),
            ("localeVersion", "INTL"),
            ("localeBuild", "000"),
            ("osType", os_type),
            ("productLineId", line),
            ("apiType", self.api_type),
            ("apiVersion", api_version),
            ("instanceUuid", self.instance_uuid),
        ]
        return "<about>" + "".join(f"<{k}>{escape(v)}</{k}>" for k, v in fields) + "</about>"

    def _retrieve_service_content(self, operation: etree._Element, headers: Message) -> HandlerResult:
        content = (
            moref_xml("rootFolder", "Folder", "group-d1")
            + moref_xml("propertyCollector", "PropertyCollector", "propertyCollector")
            + moref_xml("viewManager", "ViewManager", "ViewManager")
            + self._about_xml()
            + moref_xml("sessionManager", "SessionManager", "SessionManager")
        )
        return 200, soap_response("RetrieveServiceContent", content)

    def _pbm_retrieve_service_content(self, operation: etree._Element, headers: Message) -> HandlerResult:
        # PbmServiceInstanceContent in the order of the pbm 8.0 schema.
        about = (
            "<aboutInfo><name>PBM</name><version>8.0.0.0</version>"
            f"<instanceUuid>{escape(self.instance_uuid)}</instanceUuid></aboutInfo>"
        )
        content = (
            about
            + moref_xml("sessionManager", "PbmSessionManager", "SessionManager")
            + moref_xml(
                "capabilityMetadataManager", "PbmCapabilityMetadataManager", "CapabilityMetadataManager"
            )
            + moref_xml("profileManager", "PbmProfileProfileManager", "ProfileManager")
            + moref_xml("complianceManager", "PbmComplianceManager", "complianceManager")
            + moref_xml("placementSolver", "PbmPlacementSolver", "placementSolver")
            + moref_xml("replicationManager", "PbmReplicationManager", "ReplicationManager")
        )
        return 200, soap_response("PbmRetrieveServiceContent", content, namespace=PBM_NS)

    def _login(self, operation: etree._Element, headers: Message) -> HandlerResult:
        user = _child_text(operation, "userName") or ""
        password = _child_text(operation, "password") or ""
        if self.users is not None and self.users.get(user) != password:
            return fault_response(
                "InvalidLogin", "Cannot complete login due to an incorrect user name or password."
            )
        token = uuid.uuid4().hex
        session = _Session(key=str(uuid.uuid4()), user_name=user)
        with self._lock:
            self._sessions[token] = session
        locale = _child_text(operation, "locale") or "en"
        fields = [
            ("key", session.key),
            ("userName", user),
            ("fullName", user),
            ("loginTime", session.login_time),
            ("lastActiveTime", session.login_time),
            ("locale", locale),
            ("messageLocale", locale),
        ]
        returnval = "".join(f"<{k}>{escape(v)}</{k}>" for k, v in fields)
        cookie = f'{SESSION_COOKIE}="{token}"; Path=/; HttpOnly'
        return 200, soap_response("Login", returnval), [("Set-Cookie", cookie)]

    def _logout(self, operation: etree._Element, headers: Message) -> HandlerResult:
        token = self.session_token(headers)
        if token is not None:
            with self._lock:
                self._sessions.pop(token, None)
        return 200, soap_response("Logout")

    def _current_time(self, operation: etree._Element, headers: Message) -> HandlerResult:
        return 200, soap_response("CurrentTime", _now_xsd())
