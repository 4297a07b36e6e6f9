# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostPlugStoreTopology: data object type, extends DynamicData. Since 4.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .host_plug_store_topology_adapter import HostPlugStoreTopologyAdapter
    from .host_plug_store_topology_device import HostPlugStoreTopologyDevice
    from .host_plug_store_topology_path import HostPlugStoreTopologyPath
    from .host_plug_store_topology_plugin import HostPlugStoreTopologyPlugin
    from .host_plug_store_topology_target import HostPlugStoreTopologyTarget


class HostPlugStoreTopology(DynamicData):
    """HostPlugStoreTopology: data object extending DynamicData, since 4.0.

    Attributes:
        adapter: list of HostPlugStoreTopologyAdapter, since 4.0.
        path: list of HostPlugStoreTopologyPath, since 4.0.
        target: list of HostPlugStoreTopologyTarget, since 4.0.
        device: list of HostPlugStoreTopologyDevice, since 4.0.
        plugin: list of HostPlugStoreTopologyPlugin, since 4.0.
    """

    __slots__ = ("adapter", "path", "target", "device", "plugin", )
    _wire_name_: ClassVar[str] = "HostPlugStoreTopology"
    _since_: ClassVar[str] = "4.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("adapter", "HostPlugStoreTopologyAdapter", 3, "4.0"),
        _F("path", "HostPlugStoreTopologyPath", 3, "4.0"),
        _F("target", "HostPlugStoreTopologyTarget", 3, "4.0"),
        _F("device", "HostPlugStoreTopologyDevice", 3, "4.0"),
        _F("plugin", "HostPlugStoreTopologyPlugin", 3, "4.0"),
    )
    adapter: list[HostPlugStoreTopologyAdapter]
    path: list[HostPlugStoreTopologyPath]
    target: list[HostPlugStoreTopologyTarget]
    device: list[HostPlugStoreTopologyDevice]
    plugin: list[HostPlugStoreTopologyPlugin]

    def __init__(
        self,
        *,
        adapter: list[HostPlugStoreTopologyAdapter] | None = None,
        path: list[HostPlugStoreTopologyPath] | None = None,
        target: list[HostPlugStoreTopologyTarget] | None = None,
        device: list[HostPlugStoreTopologyDevice] | None = None,
        plugin: list[HostPlugStoreTopologyPlugin] | None = None,
    ) -> None:
        self.adapter = [] if adapter is None else adapter
        self.path = [] if path is None else path
        self.target = [] if target is None else target
        self.device = [] if device is None else device
        self.plugin = [] if plugin is None else plugin
