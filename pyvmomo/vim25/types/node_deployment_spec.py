# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""NodeDeploymentSpec: data object type, extends DynamicData. Since 6.5."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .customization_ip_settings import CustomizationIPSettings
    from ..managed.datastore import Datastore
    from ..managed.folder import Folder
    from ..managed.host_system import HostSystem
    from ..managed.network import Network
    from ..managed.resource_pool import ResourcePool
    from .service_locator import ServiceLocator


class NodeDeploymentSpec(DynamicData):
    """NodeDeploymentSpec: data object extending DynamicData, since 6.5.

    Attributes:
        esxHost: reference to HostSystem, optional, since 6.5.
        datastore: reference to Datastore, optional, since 6.5.
        publicNetworkPortGroup: reference to Network, optional, since 6.5.
        clusterNetworkPortGroup: reference to Network, optional, since 6.5.
        folder: reference to Folder, since 6.5.
        resourcePool: reference to ResourcePool, optional, since 6.5.
        managementVc: ServiceLocator, optional, since 6.5.
        nodeName: string, since 6.5.
        ipSettings: CustomizationIPSettings, since 6.5.
    """

    __slots__ = ("esxHost", "datastore", "publicNetworkPortGroup", "clusterNetworkPortGroup", "folder", "resourcePool", "managementVc", "nodeName", "ipSettings", )
    _wire_name_: ClassVar[str] = "NodeDeploymentSpec"
    _since_: ClassVar[str] = "6.5"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("esxHost", "ManagedObjectReference", 2, "6.5", target="HostSystem"),
        _F("datastore", "ManagedObjectReference", 2, "6.5", target="Datastore"),
        _F("publicNetworkPortGroup", "ManagedObjectReference", 2, "6.5", target="Network"),
        _F("clusterNetworkPortGroup", "ManagedObjectReference", 2, "6.5", target="Network"),
        _F("folder", "ManagedObjectReference", 0, "6.5", target="Folder"),
        _F("resourcePool", "ManagedObjectReference", 2, "6.5", target="ResourcePool"),
        _F("managementVc", "ServiceLocator", 2, "6.5"),
        _F("nodeName", "string", 0, "6.5"),
        _F("ipSettings", "CustomizationIPSettings", 0, "6.5"),
    )
    esxHost: HostSystem | None
    datastore: Datastore | None
    publicNetworkPortGroup: Network | None
    clusterNetworkPortGroup: Network | None
    folder: Folder
    resourcePool: ResourcePool | None
    managementVc: ServiceLocator | None
    nodeName: str
    ipSettings: CustomizationIPSettings

    def __init__(
        self,
        *,
        folder: Folder,
        nodeName: str,
        ipSettings: CustomizationIPSettings,
        esxHost: HostSystem | None = None,
        datastore: Datastore | None = None,
        publicNetworkPortGroup: Network | None = None,
        clusterNetworkPortGroup: Network | None = None,
        resourcePool: ResourcePool | None = None,
        managementVc: ServiceLocator | None = None,
    ) -> None:
        self.esxHost = esxHost
        self.datastore = datastore
        self.publicNetworkPortGroup = publicNetworkPortGroup
        self.clusterNetworkPortGroup = clusterNetworkPortGroup
        self.folder = folder
        self.resourcePool = resourcePool
        self.managementVc = managementVc
        self.nodeName = nodeName
        self.ipSettings = ipSettings
