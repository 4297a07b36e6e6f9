# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""Network: managed object proxy, extends ManagedEntity. Since 2.0."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from .managed_entity import ManagedEntity, ManagedEntityProperties
from pyvmomo.property import fetch_into as _fetch_into

if TYPE_CHECKING:
    from .host_system import HostSystem
    from ..types.network_summary import NetworkSummary
    from .virtual_machine import VirtualMachine

_DESTROY_NETWORK: _Operation[None] = _Operation(
    "DestroyNetwork",
    (),
    None,
    faults=("ResourceInUse", "RuntimeFault", ),
    since="2.0",
    privilege="Network.Delete",
    safe=False,
    task_result=None,
)


class NetworkProperties(ManagedEntityProperties):
    """Network's properties as read by fetch(), retrieve() and watch(), base types' included.

    Only the requested properties are set (unset on the server: None, or [] for
    a list). Reading one that was not requested raises AttributeError, and one
    the server refused raises its fault. A dotted path fills a partial data
    object: its other members stay unset, even those the WSDL requires.
    """

    __slots__ = ("summary", "host", "vm", )
    obj: Network  # pyright: ignore[reportIncompatibleVariableOverride]
    summary: NetworkSummary
    host: list[HostSystem]
    vm: list[VirtualMachine]


class Network(ManagedEntity):
    """Network: managed object proxy extending ManagedEntity, since 2.0.

    Properties (read them typed with fetch() or client.retrieve(); none is fetched implicitly):
        summary: NetworkSummary, since 2.0.
        host: list of references to HostSystem, since 2.0.
        vm: list of references to VirtualMachine, since 2.0.
    """

    __slots__ = ()
    _type_: ClassVar[str] = "Network"
    _properties_: ClassVar[dict[str, _F]] = {
        "summary": _F("summary", "NetworkSummary", 0, "2.0"),
        "host": _F("host", "ManagedObjectReference", 3, "2.0", target="HostSystem"),
        "vm": _F("vm", "ManagedObjectReference", 3, "2.0", target="VirtualMachine"),
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
        "DestroyNetwork": _DESTROY_NETWORK,
    }
    _property_class_ = NetworkProperties

    def fetch(self, *paths: str) -> NetworkProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, NetworkProperties, paths)

    def DestroyNetwork(
        self,
        *,
        _timeout: float | None = None,
    ) -> None:
        """DestroyNetwork: an operation of Network, since 2.0.

        Privilege: Network.Delete.

        Returns:
            None.

        Raises:
            ResourceInUse, RuntimeFault.
        """
        return self._transport.invoke(self, _DESTROY_NETWORK, (), _timeout)
