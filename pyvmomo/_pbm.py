"""``client.pbm``: the Storage Policy service (PBM) of the client's server, in the client's session.

PBM is a SOAP service of its own (namespace ``urn:pbm``, bindings in
``pyvmomo.pbm``) served by vCenter at ``/pbm/sdk``. It has no login: it trusts
the vim25 session.

Design decisions:
- One transport, two endpoints. :meth:`Transport.for_service` gives a
  transport to ``/pbm/sdk`` sharing the client's HTTP pool (host, TLS
  settings, pin, proxy), retry policy and :class:`~pyvmomo._session.Session`.
  The ``pyvmomo.pbm`` registry has the client's vim25 registry as its
  parent, so vim25 faults in PBM replies are the classes the session knows.
- Authentication, as pyvmomi does: the ``vmware_soap_session`` cookie's value
  (without its quotes) in a ``vcSessionCookie`` SOAP header, read at every
  post, so a call re-sent after a re-login carries the new session; the
  HTTP cookie goes along as well (vcsim checks only that one).
- Re-login: a PBM call refused as ``NotAuthenticated`` goes through
  ``Session.run`` like any call: one single-flight vim25 re-login, then that
  call is re-sent, under the same safe-retry rules (``wsdl/pbm_safe_ops.json``).
- Version, as pyvmomi's version parents say: the newest PBM version whose
  vim25 parent is at most the negotiated vim25 version (vim25 7.0.3.0 ->
  PBM 7.0.3.0; 6.7.3 -> 6.7.2), capped by the bindings; below 6.5, PBM 2.0.
  vCenter publishes no PBM versions document that would say more (vcsim has none).
- ``PbmServiceInstanceContent`` is fetched once, when ``client.pbm`` is first used.
"""

from __future__ import annotations

import importlib.util
from typing import TYPE_CHECKING, TypeVar, cast

from ._base import ManagedObject
from ._errors import ArgumentError
from ._registry import Registry
from ._session import SESSION_COOKIE
from ._soap import version_key

if TYPE_CHECKING:
    from ._transport import Transport
    from .pbm.managed.pbm_service_instance import PbmServiceInstance
    from .pbm.types.pbm_service_instance_content import PbmServiceInstanceContent

PATH = "/pbm/sdk"
OLDEST = "2.0"  # the PBM of vSphere 6.0, for a vim25 older than every version parent
M = TypeVar("M", bound=ManagedObject)


def choose_pbm_version(vim25_version: str, registry: Registry) -> str:
    """The PBM version that goes with a negotiated vim25 version (see the module docstring)."""
    limit = version_key(vim25_version)
    candidates = [v for v, parent in registry.version_parents.items() if version_key(parent) <= limit]
    if not candidates:
        return OLDEST
    return max(candidates, key=version_key)


def pbm_package(vim25_package: str) -> str:
    """The PBM bindings beside a vim25 package: ``mybindings.vim25`` -> ``mybindings.pbm`` if it exists."""
    parent = vim25_package.rpartition(".")[0]
    sibling = f"{parent}.pbm" if parent else "pbm"
    try:
        found = sibling != "pyvmomo.pbm" and importlib.util.find_spec(sibling) is not None
    except ModuleNotFoundError:  # the vim25 bindings' parent is no package
        found = False
    return sibling if found else "pyvmomo.pbm"


def vc_session_header(transport: Transport) -> bytes:
    """The ``vcSessionCookie`` header element of the current session (empty when logged out)."""
    cookie = transport.session.cookies.get(SESSION_COOKIE)
    if not cookie:
        return b""
    token = cookie.strip('"').replace("&", "&amp;").replace("<", "&lt;")
    return f"<vcSessionCookie>{token}</vcSessionCookie>".encode()


class Pbm:
    """The Storage Policy service, reached as ``client.pbm``.

    Attributes:
        transport: The transport to ``/pbm/sdk`` (shares the client's pool and session).
        content: The ``PbmServiceInstanceContent``: ``profileManager``,
            ``placementSolver``, ``complianceManager``...
        version: The PBM API version spoken (from the negotiated vim25 version).
    """

    def __init__(self, vim25: Transport) -> None:
        registry = Registry(pbm_package(vim25.registry.package), parent=vim25.registry)
        self.version: str = choose_pbm_version(vim25.version, registry)
        self.transport: Transport = vim25.for_service(
            PATH, registry, self.version, soap_header=lambda: vc_session_header(vim25)
        )
        instance = cast(
            "PbmServiceInstance",
            self.transport.decoder.reference_value("PbmServiceInstance", "ServiceInstance"),
        )
        self.content: PbmServiceInstanceContent = instance.PbmRetrieveServiceContent()

    def ref(self, cls: type[M], value: str) -> M:
        """A proxy of a PBM managed type by its value, bound to this service."""
        if not (isinstance(cls, type) and issubclass(cls, ManagedObject)):
            raise ArgumentError(f"ref() takes a proxy class such as PbmPlacementSolver, got {cls!r}")
        return cls(self.transport, value)

    def __repr__(self) -> str:
        return f"<pyvmomo.Pbm {self.transport.url} PBM {self.version}>"
