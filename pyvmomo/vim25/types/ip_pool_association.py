# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""IpPoolAssociation: data object type, extends DynamicData. Since 4.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from ..managed.network import Network


class IpPoolAssociation(DynamicData):
    """IpPoolAssociation: data object extending DynamicData, since 4.0.

    Attributes:
        network: reference to Network, optional, since 4.0.
        networkName: string, since 4.0.
    """

    __slots__ = ("network", "networkName", )
    _wire_name_: ClassVar[str] = "IpPoolAssociation"
    _since_: ClassVar[str] = "4.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("network", "ManagedObjectReference", 2, "4.0", target="Network"),
        _F("networkName", "string", 0, "4.0"),
    )
    network: Network | None
    networkName: str

    def __init__(
        self,
        *,
        networkName: str,
        network: Network | None = None,
    ) -> None:
        self.network = network
        self.networkName = networkName
