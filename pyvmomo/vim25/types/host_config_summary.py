# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostConfigSummary: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .about_info import AboutInfo
    from ..managed.datastore import Datastore
    from .host_feature_version_info import HostFeatureVersionInfo
    from ..managed.network import Network


class HostConfigSummary(DynamicData):
    """HostConfigSummary: data object extending DynamicData, since 2.0.

    Attributes:
        name: string, since 2.0.
        port: int, since 2.0.
        sslThumbprint: string, optional, since 4.0.
        product: AboutInfo, optional, since 2.0.
        vmotionEnabled: boolean, since 2.0.
        faultToleranceEnabled: boolean, optional, since 4.0.
        featureVersion: list of HostFeatureVersionInfo, since 4.1.
        agentVmDatastore: reference to Datastore, optional, since 5.0.
        agentVmNetwork: reference to Network, optional, since 5.0.
    """

    __slots__ = ("name", "port", "sslThumbprint", "product", "vmotionEnabled", "faultToleranceEnabled", "featureVersion", "agentVmDatastore", "agentVmNetwork", )
    _wire_name_: ClassVar[str] = "HostConfigSummary"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("name", "string", 0, "2.0"),
        _F("port", "int", 0, "2.0"),
        _F("sslThumbprint", "string", 2, "4.0"),
        _F("product", "AboutInfo", 2, "2.0"),
        _F("vmotionEnabled", "boolean", 0, "2.0"),
        _F("faultToleranceEnabled", "boolean", 2, "4.0"),
        _F("featureVersion", "HostFeatureVersionInfo", 3, "4.1"),
        _F("agentVmDatastore", "ManagedObjectReference", 2, "5.0", target="Datastore"),
        _F("agentVmNetwork", "ManagedObjectReference", 2, "5.0", target="Network"),
    )
    name: str
    port: int
    sslThumbprint: str | None
    product: AboutInfo | None
    vmotionEnabled: bool
    faultToleranceEnabled: bool | None
    featureVersion: list[HostFeatureVersionInfo]
    agentVmDatastore: Datastore | None
    agentVmNetwork: Network | None

    def __init__(
        self,
        *,
        name: str,
        port: int,
        vmotionEnabled: bool,
        sslThumbprint: str | None = None,
        product: AboutInfo | None = None,
        faultToleranceEnabled: bool | None = None,
        featureVersion: list[HostFeatureVersionInfo] | None = None,
        agentVmDatastore: Datastore | None = None,
        agentVmNetwork: Network | None = None,
    ) -> None:
        self.name = name
        self.port = port
        self.sslThumbprint = sslThumbprint
        self.product = product
        self.vmotionEnabled = vmotionEnabled
        self.faultToleranceEnabled = faultToleranceEnabled
        self.featureVersion = [] if featureVersion is None else featureVersion
        self.agentVmDatastore = agentVmDatastore
        self.agentVmNetwork = agentVmNetwork
