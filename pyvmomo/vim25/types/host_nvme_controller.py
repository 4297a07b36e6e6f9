# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostNvmeController: data object type, extends DynamicData. Since 7.0.0.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .host_nvme_namespace import HostNvmeNamespace


class HostNvmeController(DynamicData):
    """HostNvmeController: data object extending DynamicData, since 7.0.0.0.

    Attributes:
        key: string, since 7.0.0.0.
        controllerNumber: int, since 7.0.0.0.
        subnqn: string, since 7.0.0.0.
        name: string, since 7.0.0.0.
        associatedAdapter: string holding the key of a HostHostBusAdapter, since 7.0.0.0.
        transportType: string, since 7.0.0.0.
        fusedOperationSupported: boolean, since 7.0.0.0.
        numberOfQueues: int, since 7.0.0.0.
        queueSize: int, since 7.0.0.0.
        attachedNamespace: list of HostNvmeNamespace, since 7.0.0.0.
        vendorId: string, optional, since 7.0.0.0.
        model: string, optional, since 7.0.0.0.
        serialNumber: string, optional, since 7.0.0.0.
        firmwareVersion: string, optional, since 7.0.0.0.
    """

    __slots__ = ("key", "controllerNumber", "subnqn", "name", "associatedAdapter", "transportType", "fusedOperationSupported", "numberOfQueues", "queueSize", "attachedNamespace", "vendorId", "model", "serialNumber", "firmwareVersion", )
    _wire_name_: ClassVar[str] = "HostNvmeController"
    _since_: ClassVar[str] = "7.0.0.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("key", "string", 0, "7.0.0.0"),
        _F("controllerNumber", "int", 0, "7.0.0.0"),
        _F("subnqn", "string", 0, "7.0.0.0"),
        _F("name", "string", 0, "7.0.0.0"),
        _F("associatedAdapter", "string", 0, "7.0.0.0"),
        _F("transportType", "string", 0, "7.0.0.0"),
        _F("fusedOperationSupported", "boolean", 0, "7.0.0.0"),
        _F("numberOfQueues", "int", 0, "7.0.0.0"),
        _F("queueSize", "int", 0, "7.0.0.0"),
        _F("attachedNamespace", "HostNvmeNamespace", 3, "7.0.0.0"),
        _F("vendorId", "string", 2, "7.0.0.0"),
        _F("model", "string", 2, "7.0.0.0"),
        _F("serialNumber", "string", 2, "7.0.0.0"),
        _F("firmwareVersion", "string", 2, "7.0.0.0"),
    )
    key: str
    controllerNumber: int
    subnqn: str
    name: str
    associatedAdapter: str
    transportType: str
    fusedOperationSupported: bool
    numberOfQueues: int
    queueSize: int
    attachedNamespace: list[HostNvmeNamespace]
    vendorId: str | None
    model: str | None
    serialNumber: str | None
    firmwareVersion: str | None

    def __init__(
        self,
        *,
        key: str,
        controllerNumber: int,
        subnqn: str,
        name: str,
        associatedAdapter: str,
        transportType: str,
        fusedOperationSupported: bool,
        numberOfQueues: int,
        queueSize: int,
        attachedNamespace: list[HostNvmeNamespace] | None = None,
        vendorId: str | None = None,
        model: str | None = None,
        serialNumber: str | None = None,
        firmwareVersion: str | None = None,
    ) -> None:
        self.key = key
        self.controllerNumber = controllerNumber
        self.subnqn = subnqn
        self.name = name
        self.associatedAdapter = associatedAdapter
        self.transportType = transportType
        self.fusedOperationSupported = fusedOperationSupported
        self.numberOfQueues = numberOfQueues
        self.queueSize = queueSize
        self.attachedNamespace = [] if attachedNamespace is None else attachedNamespace
        self.vendorId = vendorId
        self.model = model
        self.serialNumber = serialNumber
        self.firmwareVersion = firmwareVersion
