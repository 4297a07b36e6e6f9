# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostProxySwitch: data object type, extends DynamicData. Since 4.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .distributed_virtual_switch_host_member_transport_zone_info import DistributedVirtualSwitchHostMemberTransportZoneInfo
    from .host_proxy_switch_host_lag_config import HostProxySwitchHostLagConfig
    from .host_proxy_switch_spec import HostProxySwitchSpec
    from .key_value import KeyValue


class HostProxySwitch(DynamicData):
    """HostProxySwitch: data object extending DynamicData, since 4.0.

    Attributes:
        dvsUuid: string, since 4.0.
        dvsName: string, since 4.0.
        key: string, since 4.0.
        numPorts: int, since 4.0.
        configNumPorts: int, optional, since 5.0.
        numPortsAvailable: int, since 4.0.
        uplinkPort: list of KeyValue, since 4.0.
        mtu: int, optional, since 4.0.
        pnic: list of string holding the key of a PhysicalNic, since 4.0.
        spec: HostProxySwitchSpec, since 4.0.
        hostLag: list of HostProxySwitchHostLagConfig, since 5.5.
        networkReservationSupported: boolean, optional, since 5.5.
        nsxtEnabled: boolean, optional, since 7.0.0.0.
        ensEnabled: boolean, optional, since 7.0.0.0.
        ensInterruptEnabled: boolean, optional, since 7.0.0.0.
        transportZones: list of DistributedVirtualSwitchHostMemberTransportZoneInfo, since 7.0.0.0.
        nsxUsedUplinkPort: list of string, since 7.0.0.0.
        nsxtStatus: string, optional, since 7.0.0.0.
        nsxtStatusDetail: string, optional, since 7.0.0.0.
    """

    __slots__ = ("dvsUuid", "dvsName", "key", "numPorts", "configNumPorts", "numPortsAvailable", "uplinkPort", "mtu", "pnic", "spec", "hostLag", "networkReservationSupported", "nsxtEnabled", "ensEnabled", "ensInterruptEnabled", "transportZones", "nsxUsedUplinkPort", "nsxtStatus", "nsxtStatusDetail", )
    _wire_name_: ClassVar[str] = "HostProxySwitch"
    _since_: ClassVar[str] = "4.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("dvsUuid", "string", 0, "4.0"),
        _F("dvsName", "string", 0, "4.0"),
        _F("key", "string", 0, "4.0"),
        _F("numPorts", "int", 0, "4.0"),
        _F("configNumPorts", "int", 2, "5.0"),
        _F("numPortsAvailable", "int", 0, "4.0"),
        _F("uplinkPort", "KeyValue", 3, "4.0"),
        _F("mtu", "int", 2, "4.0"),
        _F("pnic", "string", 3, "4.0"),
        _F("spec", "HostProxySwitchSpec", 0, "4.0"),
        _F("hostLag", "HostProxySwitchHostLagConfig", 3, "5.5"),
        _F("networkReservationSupported", "boolean", 2, "5.5"),
        _F("nsxtEnabled", "boolean", 2, "7.0.0.0"),
        _F("ensEnabled", "boolean", 2, "7.0.0.0"),
        _F("ensInterruptEnabled", "boolean", 2, "7.0.0.0"),
        _F("transportZones", "DistributedVirtualSwitchHostMemberTransportZoneInfo", 3, "7.0.0.0"),
        _F("nsxUsedUplinkPort", "string", 3, "7.0.0.0"),
        _F("nsxtStatus", "string", 2, "7.0.0.0"),
        _F("nsxtStatusDetail", "string", 2, "7.0.0.0"),
    )
    dvsUuid: str
    dvsName: str
    key: str
    numPorts: int
    configNumPorts: int | None
    numPortsAvailable: int
    uplinkPort: list[KeyValue]
    mtu: int | None
    pnic: list[str]
    spec: HostProxySwitchSpec
    hostLag: list[HostProxySwitchHostLagConfig]
    networkReservationSupported: bool | None
    nsxtEnabled: bool | None
    ensEnabled: bool | None
    ensInterruptEnabled: bool | None
    transportZones: list[DistributedVirtualSwitchHostMemberTransportZoneInfo]
    nsxUsedUplinkPort: list[str]
    nsxtStatus: str | None
    nsxtStatusDetail: str | None

    def __init__(
        self,
        *,
        dvsUuid: str,
        dvsName: str,
        key: str,
        numPorts: int,
        numPortsAvailable: int,
        spec: HostProxySwitchSpec,
        configNumPorts: int | None = None,
        uplinkPort: list[KeyValue] | None = None,
        mtu: int | None = None,
        pnic: list[str] | None = None,
        hostLag: list[HostProxySwitchHostLagConfig] | None = None,
        networkReservationSupported: bool | None = None,
        nsxtEnabled: bool | None = None,
        ensEnabled: bool | None = None,
        ensInterruptEnabled: bool | None = None,
        transportZones: list[DistributedVirtualSwitchHostMemberTransportZoneInfo] | None = None,
        nsxUsedUplinkPort: list[str] | None = None,
        nsxtStatus: str | None = None,
        nsxtStatusDetail: str | None = None,
    ) -> None:
        self.dvsUuid = dvsUuid
        self.dvsName = dvsName
        self.key = key
        self.numPorts = numPorts
        self.configNumPorts = configNumPorts
        self.numPortsAvailable = numPortsAvailable
        self.uplinkPort = [] if uplinkPort is None else uplinkPort
        self.mtu = mtu
        self.pnic = [] if pnic is None else pnic
        self.spec = spec
        self.hostLag = [] if hostLag is None else hostLag
        self.networkReservationSupported = networkReservationSupported
        self.nsxtEnabled = nsxtEnabled
        self.ensEnabled = ensEnabled
        self.ensInterruptEnabled = ensInterruptEnabled
        self.transportZones = [] if transportZones is None else transportZones
        self.nsxUsedUplinkPort = [] if nsxUsedUplinkPort is None else nsxUsedUplinkPort
        self.nsxtStatus = nsxtStatus
        self.nsxtStatusDetail = nsxtStatusDetail
