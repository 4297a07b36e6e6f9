# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""DistributedVirtualPort: data object type, extends DynamicData. Since 4.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from datetime import datetime
    from .dv_port_config_info import DVPortConfigInfo
    from .dv_port_state import DVPortState
    from .distributed_virtual_switch_port_connectee import DistributedVirtualSwitchPortConnectee
    from ..managed.host_system import HostSystem


class DistributedVirtualPort(DynamicData):
    """DistributedVirtualPort: data object extending DynamicData, since 4.0.

    Attributes:
        key: string, since 4.0.
        config: DVPortConfigInfo, since 4.0.
        dvsUuid: string, since 4.0.
        portgroupKey: string, optional, since 4.0.
        proxyHost: reference to HostSystem, optional, since 4.0.
        connectee: DistributedVirtualSwitchPortConnectee, optional, since 4.0.
        conflict: boolean, since 4.0.
        conflictPortKey: string, optional, since 4.0.
        state: DVPortState, optional, since 4.0.
        connectionCookie: int, optional, since 4.0.
        lastStatusChange: dateTime, since 4.0.
        hostLocalPort: boolean, optional, since 5.1.
        externalId: string, optional, since 7.0.0.0.
        segmentPortId: string, optional, since 7.0.0.0.
    """

    __slots__ = ("key", "config", "dvsUuid", "portgroupKey", "proxyHost", "connectee", "conflict", "conflictPortKey", "state", "connectionCookie", "lastStatusChange", "hostLocalPort", "externalId", "segmentPortId", )
    _wire_name_: ClassVar[str] = "DistributedVirtualPort"
    _since_: ClassVar[str] = "4.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("key", "string", 0, "4.0"),
        _F("config", "DVPortConfigInfo", 0, "4.0"),
        _F("dvsUuid", "string", 0, "4.0"),
        _F("portgroupKey", "string", 2, "4.0"),
        _F("proxyHost", "ManagedObjectReference", 2, "4.0", target="HostSystem"),
        _F("connectee", "DistributedVirtualSwitchPortConnectee", 2, "4.0"),
        _F("conflict", "boolean", 0, "4.0"),
        _F("conflictPortKey", "string", 2, "4.0"),
        _F("state", "DVPortState", 2, "4.0"),
        _F("connectionCookie", "int", 2, "4.0"),
        _F("lastStatusChange", "dateTime", 0, "4.0"),
        _F("hostLocalPort", "boolean", 2, "5.1"),
        _F("externalId", "string", 2, "7.0.0.0"),
        _F("segmentPortId", "string", 2, "7.0.0.0"),
    )
    key: str
    config: DVPortConfigInfo
    dvsUuid: str
    portgroupKey: str | None
    proxyHost: HostSystem | None
    connectee: DistributedVirtualSwitchPortConnectee | None
    conflict: bool
    conflictPortKey: str | None
    state: DVPortState | None
    connectionCookie: int | None
    lastStatusChange: datetime
    hostLocalPort: bool | None
    externalId: str | None
    segmentPortId: str | None

    def __init__(
        self,
        *,
        key: str,
        config: DVPortConfigInfo,
        dvsUuid: str,
        conflict: bool,
        lastStatusChange: datetime,
        portgroupKey: str | None = None,
        proxyHost: HostSystem | None = None,
        connectee: DistributedVirtualSwitchPortConnectee | None = None,
        conflictPortKey: str | None = None,
        state: DVPortState | None = None,
        connectionCookie: int | None = None,
        hostLocalPort: bool | None = None,
        externalId: str | None = None,
        segmentPortId: str | None = None,
    ) -> None:
        self.key = key
        self.config = config
        self.dvsUuid = dvsUuid
        self.portgroupKey = portgroupKey
        self.proxyHost = proxyHost
        self.connectee = connectee
        self.conflict = conflict
        self.conflictPortKey = conflictPortKey
        self.state = state
        self.connectionCookie = connectionCookie
        self.lastStatusChange = lastStatusChange
        self.hostLocalPort = hostLocalPort
        self.externalId = externalId
        self.segmentPortId = segmentPortId
