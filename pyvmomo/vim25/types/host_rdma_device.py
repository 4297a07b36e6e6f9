# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostRdmaDevice: data object type, extends DynamicData. Since 7.0.0.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .host_rdma_device_backing import HostRdmaDeviceBacking
    from .host_rdma_device_capability import HostRdmaDeviceCapability
    from .host_rdma_device_connection_info import HostRdmaDeviceConnectionInfo


class HostRdmaDevice(DynamicData):
    """HostRdmaDevice: data object extending DynamicData, since 7.0.0.0.

    Attributes:
        key: string, since 7.0.0.0.
        device: string, since 7.0.0.0.
        driver: string, optional, since 7.0.0.0.
        description: string, optional, since 7.0.0.0.
        backing: HostRdmaDeviceBacking, optional, since 7.0.0.0.
        connectionInfo: HostRdmaDeviceConnectionInfo, since 7.0.0.0.
        capability: HostRdmaDeviceCapability, since 7.0.0.0.
    """

    __slots__ = ("key", "device", "driver", "description", "backing", "connectionInfo", "capability", )
    _wire_name_: ClassVar[str] = "HostRdmaDevice"
    _since_: ClassVar[str] = "7.0.0.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("key", "string", 0, "7.0.0.0"),
        _F("device", "string", 0, "7.0.0.0"),
        _F("driver", "string", 2, "7.0.0.0"),
        _F("description", "string", 2, "7.0.0.0"),
        _F("backing", "HostRdmaDeviceBacking", 2, "7.0.0.0"),
        _F("connectionInfo", "HostRdmaDeviceConnectionInfo", 0, "7.0.0.0"),
        _F("capability", "HostRdmaDeviceCapability", 0, "7.0.0.0"),
    )
    key: str
    device: str
    driver: str | None
    description: str | None
    backing: HostRdmaDeviceBacking | None
    connectionInfo: HostRdmaDeviceConnectionInfo
    capability: HostRdmaDeviceCapability

    def __init__(
        self,
        *,
        key: str,
        device: str,
        connectionInfo: HostRdmaDeviceConnectionInfo,
        capability: HostRdmaDeviceCapability,
        driver: str | None = None,
        description: str | None = None,
        backing: HostRdmaDeviceBacking | None = None,
    ) -> None:
        self.key = key
        self.device = device
        self.driver = driver
        self.description = description
        self.backing = backing
        self.connectionInfo = connectionInfo
        self.capability = capability
