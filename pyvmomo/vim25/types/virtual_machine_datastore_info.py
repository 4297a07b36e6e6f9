# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""VirtualMachineDatastoreInfo: data object type, extends VirtualMachineTargetInfo. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .virtual_machine_target_info import VirtualMachineTargetInfo
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .datastore_capability import DatastoreCapability
    from .datastore_summary import DatastoreSummary


class VirtualMachineDatastoreInfo(VirtualMachineTargetInfo):
    """VirtualMachineDatastoreInfo: data object extending VirtualMachineTargetInfo, since 2.0.

    Attributes:
        datastore: DatastoreSummary, since 2.0.
        capability: DatastoreCapability, since 2.0.
        maxFileSize: long, since 2.0.
        maxVirtualDiskCapacity: long, optional, since 5.5.
        maxPhysicalRDMFileSize: long, optional, since 6.0.
        maxVirtualRDMFileSize: long, optional, since 6.0.
        mode: string, since 2.0.
        vStorageSupport: string, optional, since 5.0.
    """

    __slots__ = ("datastore", "capability", "maxFileSize", "maxVirtualDiskCapacity", "maxPhysicalRDMFileSize", "maxVirtualRDMFileSize", "mode", "vStorageSupport", )
    _wire_name_: ClassVar[str] = "VirtualMachineDatastoreInfo"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("name", "string", 0, "2.0"),
        _F("configurationTag", "string", 3, "2.0"),
        _F("datastore", "DatastoreSummary", 0, "2.0"),
        _F("capability", "DatastoreCapability", 0, "2.0"),
        _F("maxFileSize", "long", 0, "2.0"),
        _F("maxVirtualDiskCapacity", "long", 2, "5.5"),
        _F("maxPhysicalRDMFileSize", "long", 2, "6.0"),
        _F("maxVirtualRDMFileSize", "long", 2, "6.0"),
        _F("mode", "string", 0, "2.0"),
        _F("vStorageSupport", "string", 2, "5.0"),
    )
    datastore: DatastoreSummary
    capability: DatastoreCapability
    maxFileSize: int
    maxVirtualDiskCapacity: int | None
    maxPhysicalRDMFileSize: int | None
    maxVirtualRDMFileSize: int | None
    mode: str
    vStorageSupport: str | None

    def __init__(
        self,
        *,
        name: str,
        datastore: DatastoreSummary,
        capability: DatastoreCapability,
        maxFileSize: int,
        mode: str,
        configurationTag: list[str] | None = None,
        maxVirtualDiskCapacity: int | None = None,
        maxPhysicalRDMFileSize: int | None = None,
        maxVirtualRDMFileSize: int | None = None,
        vStorageSupport: str | None = None,
    ) -> None:
        self.name = name
        self.configurationTag: list[str] = [] if configurationTag is None else configurationTag
        self.datastore = datastore
        self.capability = capability
        self.maxFileSize = maxFileSize
        self.maxVirtualDiskCapacity = maxVirtualDiskCapacity
        self.maxPhysicalRDMFileSize = maxPhysicalRDMFileSize
        self.maxVirtualRDMFileSize = maxVirtualRDMFileSize
        self.mode = mode
        self.vStorageSupport = vStorageSupport
