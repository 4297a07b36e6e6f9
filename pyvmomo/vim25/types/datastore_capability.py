# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""DatastoreCapability: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F


class DatastoreCapability(DynamicData):
    """DatastoreCapability: data object extending DynamicData, since 2.0.

    Attributes:
        directoryHierarchySupported: boolean, since 2.0.
        rawDiskMappingsSupported: boolean, since 2.0.
        perFileThinProvisioningSupported: boolean, since 2.0.
        storageIORMSupported: boolean, optional, since 4.1.
        nativeSnapshotSupported: boolean, optional, since 5.1.
        topLevelDirectoryCreateSupported: boolean, optional, since 5.5.
        seSparseSupported: boolean, optional, since 5.5.
        vmfsSparseSupported: boolean, optional, since 6.5.
        vsanSparseSupported: boolean, optional, since 6.5.
        upitSupported: boolean, optional, since 6.5.
        vmdkExpandSupported: boolean, optional, since 6.7.
        clusteredVmdkSupported: boolean, optional, since 7.0.0.0.
    """

    __slots__ = ("directoryHierarchySupported", "rawDiskMappingsSupported", "perFileThinProvisioningSupported", "storageIORMSupported", "nativeSnapshotSupported", "topLevelDirectoryCreateSupported", "seSparseSupported", "vmfsSparseSupported", "vsanSparseSupported", "upitSupported", "vmdkExpandSupported", "clusteredVmdkSupported", )
    _wire_name_: ClassVar[str] = "DatastoreCapability"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("directoryHierarchySupported", "boolean", 0, "2.0"),
        _F("rawDiskMappingsSupported", "boolean", 0, "2.0"),
        _F("perFileThinProvisioningSupported", "boolean", 0, "2.0"),
        _F("storageIORMSupported", "boolean", 2, "4.1"),
        _F("nativeSnapshotSupported", "boolean", 2, "5.1"),
        _F("topLevelDirectoryCreateSupported", "boolean", 2, "5.5"),
        _F("seSparseSupported", "boolean", 2, "5.5"),
        _F("vmfsSparseSupported", "boolean", 2, "6.5"),
        _F("vsanSparseSupported", "boolean", 2, "6.5"),
        _F("upitSupported", "boolean", 2, "6.5"),
        _F("vmdkExpandSupported", "boolean", 2, "6.7"),
        _F("clusteredVmdkSupported", "boolean", 2, "7.0.0.0"),
    )
    directoryHierarchySupported: bool
    rawDiskMappingsSupported: bool
    perFileThinProvisioningSupported: bool
    storageIORMSupported: bool | None
    nativeSnapshotSupported: bool | None
    topLevelDirectoryCreateSupported: bool | None
    seSparseSupported: bool | None
    vmfsSparseSupported: bool | None
    vsanSparseSupported: bool | None
    upitSupported: bool | None
    vmdkExpandSupported: bool | None
    clusteredVmdkSupported: bool | None

    def __init__(
        self,
        *,
        directoryHierarchySupported: bool,
        rawDiskMappingsSupported: bool,
        perFileThinProvisioningSupported: bool,
        storageIORMSupported: bool | None = None,
        nativeSnapshotSupported: bool | None = None,
        topLevelDirectoryCreateSupported: bool | None = None,
        seSparseSupported: bool | None = None,
        vmfsSparseSupported: bool | None = None,
        vsanSparseSupported: bool | None = None,
        upitSupported: bool | None = None,
        vmdkExpandSupported: bool | None = None,
        clusteredVmdkSupported: bool | None = None,
    ) -> None:
        self.directoryHierarchySupported = directoryHierarchySupported
        self.rawDiskMappingsSupported = rawDiskMappingsSupported
        self.perFileThinProvisioningSupported = perFileThinProvisioningSupported
        self.storageIORMSupported = storageIORMSupported
        self.nativeSnapshotSupported = nativeSnapshotSupported
        self.topLevelDirectoryCreateSupported = topLevelDirectoryCreateSupported
        self.seSparseSupported = seSparseSupported
        self.vmfsSparseSupported = vmfsSparseSupported
        self.vsanSparseSupported = vsanSparseSupported
        self.upitSupported = upitSupported
        self.vmdkExpandSupported = vmdkExpandSupported
        self.clusteredVmdkSupported = clusteredVmdkSupported
