# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""PhysicalNicCdpInfo: data object type, extends DynamicData. Since 2.5."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .physical_nic_cdp_device_capability import PhysicalNicCdpDeviceCapability


class PhysicalNicCdpInfo(DynamicData):
    """PhysicalNicCdpInfo: data object extending DynamicData, since 2.5.

    Attributes:
        cdpVersion: int, optional, since 2.5.
        timeout: int, optional, since 2.5.
        ttl: int, optional, since 2.5.
        samples: int, optional, since 2.5.
        devId: string, optional, since 2.5.
        address: string, optional, since 2.5.
        portId: string, optional, since 2.5.
        deviceCapability: PhysicalNicCdpDeviceCapability, optional, since 2.5.
        softwareVersion: string, optional, since 2.5.
        hardwarePlatform: string, optional, since 2.5.
        ipPrefix: string, optional, since 2.5.
        ipPrefixLen: int, optional, since 2.5.
        vlan: int, optional, since 2.5.
        fullDuplex: boolean, optional, since 2.5.
        mtu: int, optional, since 2.5.
        systemName: string, optional, since 2.5.
        systemOID: string, optional, since 2.5.
        mgmtAddr: string, optional, since 2.5.
        location: string, optional, since 2.5.
    """

    __slots__ = ("cdpVersion", "timeout", "ttl", "samples", "devId", "address", "portId", "deviceCapability", "softwareVersion", "hardwarePlatform", "ipPrefix", "ipPrefixLen", "vlan", "fullDuplex", "mtu", "systemName", "systemOID", "mgmtAddr", "location", )
    _wire_name_: ClassVar[str] = "PhysicalNicCdpInfo"
    _since_: ClassVar[str] = "2.5"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("cdpVersion", "int", 2, "2.5"),
        _F("timeout", "int", 2, "2.5"),
        _F("ttl", "int", 2, "2.5"),
        _F("samples", "int", 2, "2.5"),
        _F("devId", "string", 2, "2.5"),
        _F("address", "string", 2, "2.5"),
        _F("portId", "string", 2, "2.5"),
        _F("deviceCapability", "PhysicalNicCdpDeviceCapability", 2, "2.5"),
        _F("softwareVersion", "string", 2, "2.5"),
        _F("hardwarePlatform", "string", 2, "2.5"),
        _F("ipPrefix", "string", 2, "2.5"),
        _F("ipPrefixLen", "int", 2, "2.5"),
        _F("vlan", "int", 2, "2.5"),
        _F("fullDuplex", "boolean", 2, "2.5"),
        _F("mtu", "int", 2, "2.5"),
        _F("systemName", "string", 2, "2.5"),
        _F("systemOID", "string", 2, "2.5"),
        _F("mgmtAddr", "string", 2, "2.5"),
        _F("location", "string", 2, "2.5"),
    )
    cdpVersion: int | None
    timeout: int | None
    ttl: int | None
    samples: int | None
    devId: str | None
    address: str | None
    portId: str | None
    deviceCapability: PhysicalNicCdpDeviceCapability | None
    softwareVersion: str | None
    hardwarePlatform: str | None
    ipPrefix: str | None
    ipPrefixLen: int | None
    vlan: int | None
    fullDuplex: bool | None
    mtu: int | None
    systemName: str | None
    systemOID: str | None
    mgmtAddr: str | None
    location: str | None

    def __init__(
        self,
        *,
        cdpVersion: int | None = None,
        timeout: int | None = None,
        ttl: int | None = None,
        samples: int | None = None,
        devId: str | None = None,
        address: str | None = None,
        portId: str | None = None,
        deviceCapability: PhysicalNicCdpDeviceCapability | None = None,
        softwareVersion: str | None = None,
        hardwarePlatform: str | None = None,
        ipPrefix: str | None = None,
        ipPrefixLen: int | None = None,
        vlan: int | None = None,
        fullDuplex: bool | None = None,
        mtu: int | None = None,
        systemName: str | None = None,
        systemOID: str | None = None,
        mgmtAddr: str | None = None,
        location: str | None = None,
    ) -> None:
        self.cdpVersion = cdpVersion
        self.timeout = timeout
        self.ttl = ttl
        self.samples = samples
        self.devId = devId
        self.address = address
        self.portId = portId
        self.deviceCapability = deviceCapability
        self.softwareVersion = softwareVersion
        self.hardwarePlatform = hardwarePlatform
        self.ipPrefix = ipPrefix
        self.ipPrefixLen = ipPrefixLen
        self.vlan = vlan
        self.fullDuplex = fullDuplex
        self.mtu = mtu
        self.systemName = systemName
        self.systemOID = systemOID
        self.mgmtAddr = mgmtAddr
        self.location = location
