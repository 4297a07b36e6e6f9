# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostHostBusAdapter: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F


class HostHostBusAdapter(DynamicData):
    """HostHostBusAdapter: data object extending DynamicData, since 2.0.

    Attributes:
        key: string, optional, since 2.0.
        device: string, since 2.0.
        bus: int, since 2.0.
        status: string, since 2.0.
        model: string, since 2.0.
        driver: string, optional, since 2.0.
        pci: string, optional, since 2.0.
        storageProtocol: string, optional, since 7.0.0.0.
    """

    __slots__ = ("key", "device", "bus", "status", "model", "driver", "pci", "storageProtocol", )
    _wire_name_: ClassVar[str] = "HostHostBusAdapter"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("key", "string", 2, "2.0"),
        _F("device", "string", 0, "2.0"),
        _F("bus", "int", 0, "2.0"),
        _F("status", "string", 0, "2.0"),
        _F("model", "string", 0, "2.0"),
        _F("driver", "string", 2, "2.0"),
        _F("pci", "string", 2, "2.0"),
        _F("storageProtocol", "string", 2, "7.0.0.0"),
    )
    key: str | None
    device: str
    bus: int
    status: str
    model: str
    driver: str | None
    pci: str | None
    storageProtocol: str | None

    def __init__(
        self,
        *,
        device: str,
        bus: int,
        status: str,
        model: str,
        key: str | None = None,
        driver: str | None = None,
        pci: str | None = None,
        storageProtocol: str | None = None,
    ) -> None:
        self.key = key
        self.device = device
        self.bus = bus
        self.status = status
        self.model = model
        self.driver = driver
        self.pci = pci
        self.storageProtocol = storageProtocol
