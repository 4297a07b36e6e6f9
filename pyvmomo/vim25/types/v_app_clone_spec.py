# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""VAppCloneSpec: data object type, extends DynamicData. Since 4.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from ..managed.datastore import Datastore
    from ..managed.folder import Folder
    from ..managed.host_system import HostSystem
    from .key_value import KeyValue
    from .resource_config_spec import ResourceConfigSpec
    from .v_app_clone_spec_network_mapping_pair import VAppCloneSpecNetworkMappingPair
    from .v_app_clone_spec_resource_map import VAppCloneSpecResourceMap


class VAppCloneSpec(DynamicData):
    """VAppCloneSpec: data object extending DynamicData, since 4.0.

    Attributes:
        location: reference to Datastore, since 4.0.
        host: reference to HostSystem, optional, since 4.0.
        resourceSpec: ResourceConfigSpec, optional, since 4.0.
        vmFolder: reference to Folder, optional, since 4.0.
        networkMapping: list of VAppCloneSpecNetworkMappingPair, since 4.0.
        property: list of KeyValue, since 4.0.
        resourceMapping: list of VAppCloneSpecResourceMap, since 4.1.
        provisioning: string, optional, since 4.1.
    """

    __slots__ = ("location", "host", "resourceSpec", "vmFolder", "networkMapping", "property", "resourceMapping", "provisioning", )
    _wire_name_: ClassVar[str] = "VAppCloneSpec"
    _since_: ClassVar[str] = "4.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("location", "ManagedObjectReference", 0, "4.0", target="Datastore"),
        _F("host", "ManagedObjectReference", 2, "4.0", target="HostSystem"),
        _F("resourceSpec", "ResourceConfigSpec", 2, "4.0"),
        _F("vmFolder", "ManagedObjectReference", 2, "4.0", target="Folder"),
        _F("networkMapping", "VAppCloneSpecNetworkMappingPair", 3, "4.0"),
        _F("property", "KeyValue", 3, "4.0"),
        _F("resourceMapping", "VAppCloneSpecResourceMap", 3, "4.1"),
        _F("provisioning", "string", 2, "4.1"),
    )
    location: Datastore
    host: HostSystem | None
    resourceSpec: ResourceConfigSpec | None
    vmFolder: Folder | None
    networkMapping: list[VAppCloneSpecNetworkMappingPair]
    property: list[KeyValue]
    resourceMapping: list[VAppCloneSpecResourceMap]
    provisioning: str | None

    def __init__(
        self,
        *,
        location: Datastore,
        host: HostSystem | None = None,
        resourceSpec: ResourceConfigSpec | None = None,
        vmFolder: Folder | None = None,
        networkMapping: list[VAppCloneSpecNetworkMappingPair] | None = None,
        property: list[KeyValue] | None = None,
        resourceMapping: list[VAppCloneSpecResourceMap] | None = None,
        provisioning: str | None = None,
    ) -> None:
        self.location = location
        self.host = host
        self.resourceSpec = resourceSpec
        self.vmFolder = vmFolder
        self.networkMapping = [] if networkMapping is None else networkMapping
        self.property = [] if property is None else property
        self.resourceMapping = [] if resourceMapping is None else resourceMapping
        self.provisioning = provisioning
