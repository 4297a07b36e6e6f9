# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""DvsPortConnectedEvent: data object type, extends DvsEvent. Since 4.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dvs_event import DvsEvent
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from datetime import datetime
    from .compute_resource_event_argument import ComputeResourceEventArgument
    from .datacenter_event_argument import DatacenterEventArgument
    from .datastore_event_argument import DatastoreEventArgument
    from .distributed_virtual_switch_port_connectee import DistributedVirtualSwitchPortConnectee
    from .dvs_event_argument import DvsEventArgument
    from .host_event_argument import HostEventArgument
    from .network_event_argument import NetworkEventArgument
    from .vm_event_argument import VmEventArgument


class DvsPortConnectedEvent(DvsEvent):
    """DvsPortConnectedEvent: data object extending DvsEvent, since 4.0.

    Attributes:
        portKey: string, since 4.0.
        connectee: DistributedVirtualSwitchPortConnectee, optional, since 4.0.
    """

    __slots__ = ("portKey", "connectee", )
    _wire_name_: ClassVar[str] = "DvsPortConnectedEvent"
    _since_: ClassVar[str] = "4.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("key", "int", 0, "2.0"),
        _F("chainId", "int", 0, "2.0"),
        _F("createdTime", "dateTime", 0, "2.0"),
        _F("userName", "string", 0, "2.0"),
        _F("datacenter", "DatacenterEventArgument", 2, "2.0"),
        _F("computeResource", "ComputeResourceEventArgument", 2, "2.0"),
        _F("host", "HostEventArgument", 2, "2.0"),
        _F("vm", "VmEventArgument", 2, "2.0"),
        _F("ds", "DatastoreEventArgument", 2, "4.0"),
        _F("net", "NetworkEventArgument", 2, "4.0"),
        _F("dvs", "DvsEventArgument", 2, "4.0"),
        _F("fullFormattedMessage", "string", 2, "2.0"),
        _F("changeTag", "string", 2, "4.0"),
        _F("portKey", "string", 0, "4.0"),
        _F("connectee", "DistributedVirtualSwitchPortConnectee", 2, "4.0"),
    )
    portKey: str
    connectee: DistributedVirtualSwitchPortConnectee | None

    def __init__(
        self,
        *,
        key: int,
        chainId: int,
        createdTime: datetime,
        userName: str,
        portKey: str,
        datacenter: DatacenterEventArgument | None = None,
        computeResource: ComputeResourceEventArgument | None = None,
        host: HostEventArgument | None = None,
        vm: VmEventArgument | None = None,
        ds: DatastoreEventArgument | None = None,
        net: NetworkEventArgument | None = None,
        dvs: DvsEventArgument | None = None,
        fullFormattedMessage: str | None = None,
        changeTag: str | None = None,
        connectee: DistributedVirtualSwitchPortConnectee | None = None,
    ) -> None:
        self.key = key
        self.chainId = chainId
        self.createdTime = createdTime
        self.userName = userName
        self.datacenter = datacenter
        self.computeResource = computeResource
        self.host = host
        self.vm = vm
        self.ds = ds
        self.net = net
        self.dvs = dvs
        self.fullFormattedMessage = fullFormattedMessage
        self.changeTag = changeTag
        self.portKey = portKey
        self.connectee = connectee
