# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostNvmeOverRdmaParameters: data object type, extends HostNvmeTransportParameters. Since 7.0.0.0."""

from __future__ import annotations

from typing import ClassVar

from .host_nvme_transport_parameters import HostNvmeTransportParameters
from pyvmomo._base import Field as _F


class HostNvmeOverRdmaParameters(HostNvmeTransportParameters):
    """HostNvmeOverRdmaParameters: data object extending HostNvmeTransportParameters, since 7.0.0.0.

    Attributes:
        address: string, since 7.0.0.0.
        addressFamily: string, optional, since 7.0.0.0.
        portNumber: int, optional, since 7.0.0.0.
    """

    __slots__ = ("address", "addressFamily", "portNumber", )
    _wire_name_: ClassVar[str] = "HostNvmeOverRdmaParameters"
    _since_: ClassVar[str] = "7.0.0.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("address", "string", 0, "7.0.0.0"),
        _F("addressFamily", "string", 2, "7.0.0.0"),
        _F("portNumber", "int", 2, "7.0.0.0"),
    )
    address: str
    addressFamily: str | None
    portNumber: int | None

    def __init__(
        self,
        *,
        address: str,
        addressFamily: str | None = None,
        portNumber: int | None = None,
    ) -> None:
        self.address = address
        self.addressFamily = addressFamily
        self.portNumber = portNumber
