# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""OvfCreateImportSpecParams: data object type, extends OvfManagerCommonParams. Since 4.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .ovf_manager_common_params import OvfManagerCommonParams
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from ..managed.host_system import HostSystem
    from .key_value import KeyValue
    from .ovf_consumer_ost_node import OvfConsumerOstNode
    from .ovf_network_mapping import OvfNetworkMapping
    from .ovf_resource_map import OvfResourceMap


class OvfCreateImportSpecParams(OvfManagerCommonParams):
    """OvfCreateImportSpecParams: data object extending OvfManagerCommonParams, since 4.0.

    Attributes:
        entityName: string, since 4.0.
        hostSystem: reference to HostSystem, optional, since 4.0.
        networkMapping: list of OvfNetworkMapping, since 4.0.
        ipAllocationPolicy: string, optional, since 4.0.
        ipProtocol: string, optional, since 4.0.
        propertyMapping: list of KeyValue, since 4.0.
        resourceMapping: list of OvfResourceMap, since 4.1.
        diskProvisioning: string, optional, since 4.1.
        instantiationOst: OvfConsumerOstNode, optional, since 5.0.
    """

    __slots__ = ("entityName", "hostSystem", "networkMapping", "ipAllocationPolicy", "ipProtocol", "propertyMapping", "resourceMapping", "diskProvisioning", "instantiationOst", )
    _wire_name_: ClassVar[str] = "OvfCreateImportSpecParams"
    _since_: ClassVar[str] = "4.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("locale", "string", 0, "4.0"),
        _F("deploymentOption", "string", 0, "4.0"),
        _F("msgBundle", "KeyValue", 3, "4.0"),
        _F("importOption", "string", 3, "5.1"),
        _F("entityName", "string", 0, "4.0"),
        _F("hostSystem", "ManagedObjectReference", 2, "4.0", target="HostSystem"),
        _F("networkMapping", "OvfNetworkMapping", 3, "4.0"),
        _F("ipAllocationPolicy", "string", 2, "4.0"),
        _F("ipProtocol", "string", 2, "4.0"),
        _F("propertyMapping", "KeyValue", 3, "4.0"),
        _F("resourceMapping", "OvfResourceMap", 3, "4.1"),
        _F("diskProvisioning", "string", 2, "4.1"),
        _F("instantiationOst", "OvfConsumerOstNode", 2, "5.0"),
    )
    entityName: str
    hostSystem: HostSystem | None
    networkMapping: list[OvfNetworkMapping]
    ipAllocationPolicy: str | None
    ipProtocol: str | None
    propertyMapping: list[KeyValue]
    resourceMapping: list[OvfResourceMap]
    diskProvisioning: str | None
    instantiationOst: OvfConsumerOstNode | None

    def __init__(
        self,
        *,
        locale: str,
        deploymentOption: str,
        entityName: str,
        msgBundle: list[KeyValue] | None = None,
        importOption: list[str] | None = None,
        hostSystem: HostSystem | None = None,
        networkMapping: list[OvfNetworkMapping] | None = None,
        ipAllocationPolicy: str | None = None,
        ipProtocol: str | None = None,
        propertyMapping: list[KeyValue] | None = None,
        resourceMapping: list[OvfResourceMap] | None = None,
        diskProvisioning: str | None = None,
        instantiationOst: OvfConsumerOstNode | None = None,
    ) -> None:
        self.locale = locale
        self.deploymentOption = deploymentOption
        self.msgBundle: list[KeyValue] = [] if msgBundle is None else msgBundle
        self.importOption: list[str] = [] if importOption is None else importOption
        self.entityName = entityName
        self.hostSystem = hostSystem
        self.networkMapping = [] if networkMapping is None else networkMapping
        self.ipAllocationPolicy = ipAllocationPolicy
        self.ipProtocol = ipProtocol
        self.propertyMapping = [] if propertyMapping is None else propertyMapping
        self.resourceMapping = [] if resourceMapping is None else resourceMapping
        self.diskProvisioning = diskProvisioning
        self.instantiationOst = instantiationOst
