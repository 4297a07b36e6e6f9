# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""NetworkSummary: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from ..managed.network import Network


class NetworkSummary(DynamicData):
    """NetworkSummary: data object extending DynamicData, since 2.0.

    Attributes:
        network: reference to Network, optional, since 2.0.
        name: string, since 2.0.
        accessible: boolean, since 2.0.
        ipPoolName: string, optional, since 4.0.
        ipPoolId: int, optional, since 5.1.
    """

    __slots__ = ("network", "name", "accessible", "ipPoolName", "ipPoolId", )
    _wire_name_: ClassVar[str] = "NetworkSummary"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("network", "ManagedObjectReference", 2, "2.0", target="Network"),
        _F("name", "string", 0, "2.0"),
        _F("accessible", "boolean", 0, "2.0"),
        _F("ipPoolName", "string", 2, "4.0"),
        _F("ipPoolId", "int", 2, "5.1"),
    )
    network: Network | None
    name: str
    accessible: bool
    ipPoolName: str | None
    ipPoolId: int | None

    def __init__(
        self,
        *,
        name: str,
        accessible: bool,
        network: Network | None = None,
        ipPoolName: str | None = None,
        ipPoolId: int | None = None,
    ) -> None:
        self.network = network
        self.name = name
        self.accessible = accessible
        self.ipPoolName = ipPoolName
        self.ipPoolId = ipPoolId
