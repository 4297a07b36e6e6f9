# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostNvmeDiscoverSpec: data object type, extends HostNvmeSpec. Since 7.0.0.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .host_nvme_spec import HostNvmeSpec
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .host_nvme_transport_parameters import HostNvmeTransportParameters


class HostNvmeDiscoverSpec(HostNvmeSpec):
    """HostNvmeDiscoverSpec: data object extending HostNvmeSpec, since 7.0.0.0.

    Attributes:
        autoConnect: boolean, optional, since 7.0.0.0.
        rootDiscoveryController: boolean, optional, since 7.0.3.0.
    """

    __slots__ = ("autoConnect", "rootDiscoveryController", )
    _wire_name_: ClassVar[str] = "HostNvmeDiscoverSpec"
    _since_: ClassVar[str] = "7.0.0.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("hbaName", "string", 0, "7.0.0.0"),
        _F("transportParameters", "HostNvmeTransportParameters", 0, "7.0.0.0"),
        _F("autoConnect", "boolean", 2, "7.0.0.0"),
        _F("rootDiscoveryController", "boolean", 2, "7.0.3.0"),
    )
    autoConnect: bool | None
    rootDiscoveryController: bool | None

    def __init__(
        self,
        *,
        hbaName: str,
        transportParameters: HostNvmeTransportParameters,
        autoConnect: bool | None = None,
        rootDiscoveryController: bool | None = None,
    ) -> None:
        self.hbaName = hbaName
        self.transportParameters = transportParameters
        self.autoConnect = autoConnect
        self.rootDiscoveryController = rootDiscoveryController
