# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""OvfParseDescriptorResult: data object type, extends DynamicData. Since 4.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .key_value import KeyValue
    from .localized_method_fault import LocalizedMethodFault
    from .ovf_consumer_ost_node import OvfConsumerOstNode
    from .ovf_deployment_option import OvfDeploymentOption
    from .ovf_network_info import OvfNetworkInfo
    from .v_app_product_info import VAppProductInfo
    from .v_app_property_info import VAppPropertyInfo


class OvfParseDescriptorResult(DynamicData):
    """OvfParseDescriptorResult: data object extending DynamicData, since 4.0.

    Attributes:
        eula: list of string, since 4.0.
        network: list of OvfNetworkInfo, since 4.0.
        ipAllocationScheme: list of string, since 4.0.
        ipProtocols: list of string, since 4.0.
        property: list of VAppPropertyInfo, since 4.0.
        productInfo: VAppProductInfo, optional, since 4.0.
        annotation: string, since 4.0.
        approximateDownloadSize: long, optional, since 4.0.
        approximateFlatDeploymentSize: long, optional, since 4.0.
        approximateSparseDeploymentSize: long, optional, since 4.0.
        defaultEntityName: string, since 4.0.
        virtualApp: boolean, since 4.0.
        deploymentOption: list of OvfDeploymentOption, since 4.0.
        defaultDeploymentOption: string, since 4.0.
        entityName: list of KeyValue, since 4.1.
        annotatedOst: OvfConsumerOstNode, optional, since 5.0.
        error: list of LocalizedMethodFault, since 4.0.
        warning: list of LocalizedMethodFault, since 4.0.
    """

    __slots__ = ("eula", "network", "ipAllocationScheme", "ipProtocols", "property", "productInfo", "annotation", "approximateDownloadSize", "approximateFlatDeploymentSize", "approximateSparseDeploymentSize", "defaultEntityName", "virtualApp", "deploymentOption", "defaultDeploymentOption", "entityName", "annotatedOst", "error", "warning", )
    _wire_name_: ClassVar[str] = "OvfParseDescriptorResult"
    _since_: ClassVar[str] = "4.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("eula", "string", 3, "4.0"),
        _F("network", "OvfNetworkInfo", 3, "4.0"),
        _F("ipAllocationScheme", "string", 3, "4.0"),
        _F("ipProtocols", "string", 3, "4.0"),
        _F("property", "VAppPropertyInfo", 3, "4.0"),
        _F("productInfo", "VAppProductInfo", 2, "4.0"),
        _F("annotation", "string", 0, "4.0"),
        _F("approximateDownloadSize", "long", 2, "4.0"),
        _F("approximateFlatDeploymentSize", "long", 2, "4.0"),
        _F("approximateSparseDeploymentSize", "long", 2, "4.0"),
        _F("defaultEntityName", "string", 0, "4.0"),
        _F("virtualApp", "boolean", 0, "4.0"),
        _F("deploymentOption", "OvfDeploymentOption", 3, "4.0"),
        _F("defaultDeploymentOption", "string", 0, "4.0"),
        _F("entityName", "KeyValue", 3, "4.1"),
        _F("annotatedOst", "OvfConsumerOstNode", 2, "5.0"),
        _F("error", "LocalizedMethodFault", 3, "4.0"),
        _F("warning", "LocalizedMethodFault", 3, "4.0"),
    )
    eula: list[str]
    network: list[OvfNetworkInfo]
    ipAllocationScheme: list[str]
    ipProtocols: list[str]
    property: list[VAppPropertyInfo]
    productInfo: VAppProductInfo | None
    annotation: str
    approximateDownloadSize: int | None
    approximateFlatDeploymentSize: int | None
    approximateSparseDeploymentSize: int | None
    defaultEntityName: str
    virtualApp: bool
    deploymentOption: list[OvfDeploymentOption]
    defaultDeploymentOption: str
    entityName: list[KeyValue]
    annotatedOst: OvfConsumerOstNode | None
    error: list[LocalizedMethodFault]
    warning: list[LocalizedMethodFault]

    def __init__(
        self,
        *,
        annotation: str,
        defaultEntityName: str,
        virtualApp: bool,
        defaultDeploymentOption: str,
        eula: list[str] | None = None,
        network: list[OvfNetworkInfo] | None = None,
        ipAllocationScheme: list[str] | None = None,
        ipProtocols: list[str] | None = None,
        property: list[VAppPropertyInfo] | None = None,
        productInfo: VAppProductInfo | None = None,
        approximateDownloadSize: int | None = None,
        approximateFlatDeploymentSize: int | None = None,
        approximateSparseDeploymentSize: int | None = None,
        deploymentOption: list[OvfDeploymentOption] | None = None,
        entityName: list[KeyValue] | None = None,
        annotatedOst: OvfConsumerOstNode | None = None,
        error: list[LocalizedMethodFault] | None = None,
        warning: list[LocalizedMethodFault] | None = None,
    ) -> None:
        self.eula = [] if eula is None else eula
        self.network = [] if network is None else network
        self.ipAllocationScheme = [] if ipAllocationScheme is None else ipAllocationScheme
        self.ipProtocols = [] if ipProtocols is None else ipProtocols
        self.property = [] if property is None else property
        self.productInfo = productInfo
        self.annotation = annotation
        self.approximateDownloadSize = approximateDownloadSize
        self.approximateFlatDeploymentSize = approximateFlatDeploymentSize
        self.approximateSparseDeploymentSize = approximateSparseDeploymentSize
        self.defaultEntityName = defaultEntityName
        self.virtualApp = virtualApp
        self.deploymentOption = [] if deploymentOption is None else deploymentOption
        self.defaultDeploymentOption = defaultDeploymentOption
        self.entityName = [] if entityName is None else entityName
        self.annotatedOst = annotatedOst
        self.error = [] if error is None else error
        self.warning = [] if warning is None else warning
