# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostNvmeDiscoveryLogEntry: data object type, extends DynamicData. Since 7.0.0.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .host_nvme_transport_parameters import HostNvmeTransportParameters


class HostNvmeDiscoveryLogEntry(DynamicData):
    """HostNvmeDiscoveryLogEntry: data object extending DynamicData, since 7.0.0.0.

    Attributes:
        subnqn: string, since 7.0.0.0.
        subsystemType: string, since 7.0.0.0.
        subsystemPortId: int, since 7.0.0.0.
        controllerId: int, since 7.0.0.0.
        adminQueueMaxSize: int, since 7.0.0.0.
        transportParameters: HostNvmeTransportParameters, since 7.0.0.0.
        transportRequirements: string, since 7.0.0.0.
        connected: boolean, since 7.0.0.0.
    """

    __slots__ = ("subnqn", "subsystemType", "subsystemPortId", "controllerId", "adminQueueMaxSize", "transportParameters", "transportRequirements", "connected", )
    _wire_name_: ClassVar[str] = "HostNvmeDiscoveryLogEntry"
    _since_: ClassVar[str] = "7.0.0.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("subnqn", "string", 0, "7.0.0.0"),
        _F("subsystemType", "string", 0, "7.0.0.0"),
        _F("subsystemPortId", "int", 0, "7.0.0.0"),
        _F("controllerId", "int", 0, "7.0.0.0"),
        _F("adminQueueMaxSize", "int", 0, "7.0.0.0"),
        _F("transportParameters", "HostNvmeTransportParameters", 0, "7.0.0.0"),
        _F("transportRequirements", "string", 0, "7.0.0.0"),
        _F("connected", "boolean", 0, "7.0.0.0"),
    )
    subnqn: str
    subsystemType: str
    subsystemPortId: int
    controllerId: int
    adminQueueMaxSize: int
    transportParameters: HostNvmeTransportParameters
    transportRequirements: str
    connected: bool

    def __init__(
        self,
        *,
        subnqn: str,
        subsystemType: str,
        subsystemPortId: int,
        controllerId: int,
        adminQueueMaxSize: int,
        transportParameters: HostNvmeTransportParameters,
        transportRequirements: str,
        connected: bool,
    ) -> None:
        self.subnqn = subnqn
        self.subsystemType = subsystemType
        self.subsystemPortId = subsystemPortId
        self.controllerId = controllerId
        self.adminQueueMaxSize = adminQueueMaxSize
        self.transportParameters = transportParameters
        self.transportRequirements = transportRequirements
        self.connected = connected
