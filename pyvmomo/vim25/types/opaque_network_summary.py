# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""OpaqueNetworkSummary: data object type, extends NetworkSummary. Since 5.5."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .network_summary import NetworkSummary
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from ..managed.network import Network


class OpaqueNetworkSummary(NetworkSummary):
    """OpaqueNetworkSummary: data object extending NetworkSummary, since 5.5.

    Attributes:
        opaqueNetworkId: string, since 5.5.
        opaqueNetworkType: string, since 5.5.
    """

    __slots__ = ("opaqueNetworkId", "opaqueNetworkType", )
    _wire_name_: ClassVar[str] = "OpaqueNetworkSummary"
    _since_: ClassVar[str] = "5.5"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("network", "ManagedObjectReference", 2, "2.0", target="Network"),
        _F("name", "string", 0, "2.0"),
        _F("accessible", "boolean", 0, "2.0"),
        _F("ipPoolName", "string", 2, "4.0"),
        _F("ipPoolId", "int", 2, "5.1"),
        _F("opaqueNetworkId", "string", 0, "5.5"),
        _F("opaqueNetworkType", "string", 0, "5.5"),
    )
    opaqueNetworkId: str
    opaqueNetworkType: str

    def __init__(
        self,
        *,
        name: str,
        accessible: bool,
        opaqueNetworkId: str,
        opaqueNetworkType: str,
        network: Network | None = None,
        ipPoolName: str | None = None,
        ipPoolId: int | None = None,
    ) -> None:
        self.network = network
        self.name = name
        self.accessible = accessible
        self.ipPoolName = ipPoolName
        self.ipPoolId = ipPoolId
        self.opaqueNetworkId = opaqueNetworkId
        self.opaqueNetworkType = opaqueNetworkType
