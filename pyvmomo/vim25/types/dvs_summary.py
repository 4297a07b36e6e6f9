# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""DVSSummary: data object type, extends DynamicData. Since 4.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .dvs_contact_info import DVSContactInfo
    from .distributed_virtual_switch_product_spec import DistributedVirtualSwitchProductSpec
    from ..managed.host_system import HostSystem
    from ..managed.virtual_machine import VirtualMachine


class DVSSummary(DynamicData):
    """DVSSummary: data object extending DynamicData, since 4.0.

    Attributes:
        name: string, since 4.0.
        uuid: string, since 4.0.
        numPorts: int, since 4.0.
        productInfo: DistributedVirtualSwitchProductSpec, optional, since 4.0.
        hostMember: list of references to HostSystem, since 4.0.
        vm: list of references to VirtualMachine, since 4.0.
        host: list of references to HostSystem, since 4.0.
        portgroupName: list of string, since 4.0.
        description: string, optional, since 4.0.
        contact: DVSContactInfo, optional, since 4.0.
        numHosts: int, optional, since 5.5.
    """

    __slots__ = ("name", "uuid", "numPorts", "productInfo", "hostMember", "vm", "host", "portgroupName", "description", "contact", "numHosts", )
    _wire_name_: ClassVar[str] = "DVSSummary"
    _since_: ClassVar[str] = "4.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("name", "string", 0, "4.0"),
        _F("uuid", "string", 0, "4.0"),
        _F("numPorts", "int", 0, "4.0"),
        _F("productInfo", "DistributedVirtualSwitchProductSpec", 2, "4.0"),
        _F("hostMember", "ManagedObjectReference", 3, "4.0", target="HostSystem"),
        _F("vm", "ManagedObjectReference", 3, "4.0", target="VirtualMachine"),
        _F("host", "ManagedObjectReference", 3, "4.0", target="HostSystem"),
        _F("portgroupName", "string", 3, "4.0"),
        _F("description", "string", 2, "4.0"),
        _F("contact", "DVSContactInfo", 2, "4.0"),
        _F("numHosts", "int", 2, "5.5"),
    )
    name: str
    uuid: str
    numPorts: int
    productInfo: DistributedVirtualSwitchProductSpec | None
    hostMember: list[HostSystem]
    vm: list[VirtualMachine]
    host: list[HostSystem]
    portgroupName: list[str]
    description: str | None
    contact: DVSContactInfo | None
    numHosts: int | None

    def __init__(
        self,
        *,
        name: str,
        uuid: str,
        numPorts: int,
        productInfo: DistributedVirtualSwitchProductSpec | None = None,
        hostMember: list[HostSystem] | None = None,
        vm: list[VirtualMachine] | None = None,
        host: list[HostSystem] | None = None,
        portgroupName: list[str] | None = None,
        description: str | None = None,
        contact: DVSContactInfo | None = None,
        numHosts: int | None = None,
    ) -> None:
        self.name = name
        self.uuid = uuid
        self.numPorts = numPorts
        self.productInfo = productInfo
        self.hostMember = [] if hostMember is None else hostMember
        self.vm = [] if vm is None else vm
        self.host = [] if host is None else host
        self.portgroupName = [] if portgroupName is None else portgroupName
        self.description = description
        self.contact = contact
        self.numHosts = numHosts
