# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""OvfResourceMap: data object type, extends DynamicData. Since 4.1."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from ..managed.datastore import Datastore
    from .resource_config_spec import ResourceConfigSpec
    from ..managed.resource_pool import ResourcePool


class OvfResourceMap(DynamicData):
    """OvfResourceMap: data object extending DynamicData, since 4.1.

    Attributes:
        source: string, since 4.1.
        parent: reference to ResourcePool, optional, since 4.1.
        resourceSpec: ResourceConfigSpec, optional, since 4.1.
        datastore: reference to Datastore, optional, since 4.1.
    """

    __slots__ = ("source", "parent", "resourceSpec", "datastore", )
    _wire_name_: ClassVar[str] = "OvfResourceMap"
    _since_: ClassVar[str] = "4.1"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("source", "string", 0, "4.1"),
        _F("parent", "ManagedObjectReference", 2, "4.1", target="ResourcePool"),
        _F("resourceSpec", "ResourceConfigSpec", 2, "4.1"),
        _F("datastore", "ManagedObjectReference", 2, "4.1", target="Datastore"),
    )
    source: str
    parent: ResourcePool | None
    resourceSpec: ResourceConfigSpec | None
    datastore: Datastore | None

    def __init__(
        self,
        *,
        source: str,
        parent: ResourcePool | None = None,
        resourceSpec: ResourceConfigSpec | None = None,
        datastore: Datastore | None = None,
    ) -> None:
        self.source = source
        self.parent = parent
        self.resourceSpec = resourceSpec
        self.datastore = datastore
