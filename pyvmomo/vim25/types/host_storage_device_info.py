# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostStorageDeviceInfo: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from collections.abc import Sequence
    from .host_host_bus_adapter import HostHostBusAdapter
    from .host_multipath_info import HostMultipathInfo
    from .host_nvme_topology import HostNvmeTopology
    from .host_plug_store_topology import HostPlugStoreTopology
    from .host_scsi_topology import HostScsiTopology
    from .scsi_lun import ScsiLun


class HostStorageDeviceInfo(DynamicData):
    """HostStorageDeviceInfo: data object extending DynamicData, since 2.0.

    Attributes:
        hostBusAdapter: list of HostHostBusAdapter, since 2.0.
        scsiLun: list of ScsiLun, since 2.0.
        scsiTopology: HostScsiTopology, optional, since 2.0.
        nvmeTopology: HostNvmeTopology, optional, since 7.0.0.0.
        multipathInfo: HostMultipathInfo, optional, since 2.0.
        plugStoreTopology: HostPlugStoreTopology, optional, since 4.0.
        softwareInternetScsiEnabled: boolean, since 2.0.
    """

    __slots__ = ("hostBusAdapter", "scsiLun", "scsiTopology", "nvmeTopology", "multipathInfo", "plugStoreTopology", "softwareInternetScsiEnabled", )
    _wire_name_: ClassVar[str] = "HostStorageDeviceInfo"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("hostBusAdapter", "HostHostBusAdapter", 3, "2.0"),
        _F("scsiLun", "ScsiLun", 3, "2.0"),
        _F("scsiTopology", "HostScsiTopology", 2, "2.0"),
        _F("nvmeTopology", "HostNvmeTopology", 2, "7.0.0.0"),
        _F("multipathInfo", "HostMultipathInfo", 2, "2.0"),
        _F("plugStoreTopology", "HostPlugStoreTopology", 2, "4.0"),
        _F("softwareInternetScsiEnabled", "boolean", 0, "2.0"),
    )
    hostBusAdapter: list[HostHostBusAdapter]
    scsiLun: list[ScsiLun]
    scsiTopology: HostScsiTopology | None
    nvmeTopology: HostNvmeTopology | None
    multipathInfo: HostMultipathInfo | None
    plugStoreTopology: HostPlugStoreTopology | None
    softwareInternetScsiEnabled: bool

    def __init__(
        self,
        *,
        softwareInternetScsiEnabled: bool,
        hostBusAdapter: Sequence[HostHostBusAdapter] | None = None,
        scsiLun: Sequence[ScsiLun] | None = None,
        scsiTopology: HostScsiTopology | None = None,
        nvmeTopology: HostNvmeTopology | None = None,
        multipathInfo: HostMultipathInfo | None = None,
        plugStoreTopology: HostPlugStoreTopology | None = None,
    ) -> None:
        self.hostBusAdapter = [] if hostBusAdapter is None else list(hostBusAdapter)
        self.scsiLun = [] if scsiLun is None else list(scsiLun)
        self.scsiTopology = scsiTopology
        self.nvmeTopology = nvmeTopology
        self.multipathInfo = multipathInfo
        self.plugStoreTopology = plugStoreTopology
        self.softwareInternetScsiEnabled = softwareInternetScsiEnabled
