# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostTcpHba: data object type, extends HostHostBusAdapter. Since 7.0.3.0."""

from __future__ import annotations

from typing import ClassVar

from .host_host_bus_adapter import HostHostBusAdapter
from pyvmomo._base import Field as _F


class HostTcpHba(HostHostBusAdapter):
    """HostTcpHba: data object extending HostHostBusAdapter, since 7.0.3.0.

    Attributes:
        associatedPnic: string, optional, since 7.0.3.0.
    """

    __slots__ = ("associatedPnic", )
    _wire_name_: ClassVar[str] = "HostTcpHba"
    _since_: ClassVar[str] = "7.0.3.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("key", "string", 2, "2.0"),
        _F("device", "string", 0, "2.0"),
        _F("bus", "int", 0, "2.0"),
        _F("status", "string", 0, "2.0"),
        _F("model", "string", 0, "2.0"),
        _F("driver", "string", 2, "2.0"),
        _F("pci", "string", 2, "2.0"),
        _F("storageProtocol", "string", 2, "7.0.0.0"),
        _F("associatedPnic", "string", 2, "7.0.3.0"),
    )
    associatedPnic: str | None

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
        associatedPnic: str | None = None,
    ) -> None:
        self.key = key
        self.device = device
        self.bus = bus
        self.status = status
        self.model = model
        self.driver = driver
        self.pci = pci
        self.storageProtocol = storageProtocol
        self.associatedPnic = associatedPnic
