# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostNvmeConnectSpec: data object type, extends HostNvmeSpec. Since 7.0.0.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .host_nvme_spec import HostNvmeSpec
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .host_nvme_transport_parameters import HostNvmeTransportParameters


class HostNvmeConnectSpec(HostNvmeSpec):
    """HostNvmeConnectSpec: data object extending HostNvmeSpec, since 7.0.0.0.

    Attributes:
        subnqn: string, since 7.0.0.0.
        controllerId: int, optional, since 7.0.0.0.
        adminQueueSize: int, optional, since 7.0.0.0.
        keepAliveTimeout: int, optional, since 7.0.0.0.
    """

    __slots__ = ("subnqn", "controllerId", "adminQueueSize", "keepAliveTimeout", )
    _wire_name_: ClassVar[str] = "HostNvmeConnectSpec"
    _since_: ClassVar[str] = "7.0.0.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("hbaName", "string", 0, "7.0.0.0"),
        _F("transportParameters", "HostNvmeTransportParameters", 0, "7.0.0.0"),
        _F("subnqn", "string", 0, "7.0.0.0"),
        _F("controllerId", "int", 2, "7.0.0.0"),
        _F("adminQueueSize", "int", 2, "7.0.0.0"),
        _F("keepAliveTimeout", "int", 2, "7.0.0.0"),
    )
    subnqn: str
    controllerId: int | None
    adminQueueSize: int | None
    keepAliveTimeout: int | None

    def __init__(
        self,
        *,
        hbaName: str,
        transportParameters: HostNvmeTransportParameters,
        subnqn: str,
        controllerId: int | None = None,
        adminQueueSize: int | None = None,
        keepAliveTimeout: int | None = None,
    ) -> None:
        self.hbaName = hbaName
        self.transportParameters = transportParameters
        self.subnqn = subnqn
        self.controllerId = controllerId
        self.adminQueueSize = adminQueueSize
        self.keepAliveTimeout = keepAliveTimeout
