# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""VirtualMachineRelocateSpecDiskLocator: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from collections.abc import Sequence
    from ..managed.datastore import Datastore
    from .virtual_device_backing_info import VirtualDeviceBackingInfo
    from .virtual_machine_base_independent_filter_spec import VirtualMachineBaseIndependentFilterSpec
    from .virtual_machine_profile_spec import VirtualMachineProfileSpec
    from .virtual_machine_relocate_spec_disk_locator_backing_spec import VirtualMachineRelocateSpecDiskLocatorBackingSpec


class VirtualMachineRelocateSpecDiskLocator(DynamicData):
    """VirtualMachineRelocateSpecDiskLocator: data object extending DynamicData, since 2.0.

    Attributes:
        diskId: int, since 2.0.
        datastore: reference to Datastore, since 2.0.
        diskMoveType: string, optional, since 4.0.
        diskBackingInfo: VirtualDeviceBackingInfo, optional, since 5.0.
        profile: list of VirtualMachineProfileSpec, since 5.5.
        backing: VirtualMachineRelocateSpecDiskLocatorBackingSpec, optional, since 7.0.0.0.
        filterSpec: list of VirtualMachineBaseIndependentFilterSpec, since 7.0.2.1.
    """

    __slots__ = ("diskId", "datastore", "diskMoveType", "diskBackingInfo", "profile", "backing", "filterSpec", )
    _wire_name_: ClassVar[str] = "VirtualMachineRelocateSpecDiskLocator"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("diskId", "int", 0, "2.0"),
        _F("datastore", "ManagedObjectReference", 0, "2.0", target="Datastore"),
        _F("diskMoveType", "string", 2, "4.0"),
        _F("diskBackingInfo", "VirtualDeviceBackingInfo", 2, "5.0"),
        _F("profile", "VirtualMachineProfileSpec", 3, "5.5"),
        _F("backing", "VirtualMachineRelocateSpecDiskLocatorBackingSpec", 2, "7.0.0.0"),
        _F("filterSpec", "VirtualMachineBaseIndependentFilterSpec", 3, "7.0.2.1"),
    )
    diskId: int
    datastore: Datastore
    diskMoveType: str | None
    diskBackingInfo: VirtualDeviceBackingInfo | None
    profile: list[VirtualMachineProfileSpec]
    backing: VirtualMachineRelocateSpecDiskLocatorBackingSpec | None
    filterSpec: list[VirtualMachineBaseIndependentFilterSpec]

    def __init__(
        self,
        *,
        diskId: int,
        datastore: Datastore,
        diskMoveType: str | None = None,
        diskBackingInfo: VirtualDeviceBackingInfo | None = None,
        profile: Sequence[VirtualMachineProfileSpec] | None = None,
        backing: VirtualMachineRelocateSpecDiskLocatorBackingSpec | None = None,
        filterSpec: Sequence[VirtualMachineBaseIndependentFilterSpec] | None = None,
    ) -> None:
        self.diskId = diskId
        self.datastore = datastore
        self.diskMoveType = diskMoveType
        self.diskBackingInfo = diskBackingInfo
        self.profile = [] if profile is None else list(profile)
        self.backing = backing
        self.filterSpec = [] if filterSpec is None else list(filterSpec)
