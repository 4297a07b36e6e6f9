# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""VirtualMachineRelocateSpec: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from collections.abc import Sequence
    from pyvmomo._xsd import EnumValue
    from ..enums import VirtualMachineRelocateTransformationValue
    from .crypto_spec import CryptoSpec
    from ..managed.datastore import Datastore
    from ..managed.folder import Folder
    from ..managed.host_system import HostSystem
    from ..managed.resource_pool import ResourcePool
    from .service_locator import ServiceLocator
    from .virtual_device_config_spec import VirtualDeviceConfigSpec
    from .virtual_machine_profile_spec import VirtualMachineProfileSpec
    from .virtual_machine_relocate_spec_disk_locator import VirtualMachineRelocateSpecDiskLocator


class VirtualMachineRelocateSpec(DynamicData):
    """VirtualMachineRelocateSpec: data object extending DynamicData, since 2.0.

    Attributes:
        service: ServiceLocator, optional, since 6.0.
        folder: reference to Folder, optional, since 6.0.
        datastore: reference to Datastore, optional, since 2.0.
        diskMoveType: string, optional, since 4.0.
        pool: reference to ResourcePool, optional, since 2.0.
        host: reference to HostSystem, optional, since 2.0.
        disk: list of VirtualMachineRelocateSpecDiskLocator, since 2.0.
        transform: VirtualMachineRelocateTransformation value (str), optional, since 2.0.
        deviceChange: list of VirtualDeviceConfigSpec, since 5.5.
        profile: list of VirtualMachineProfileSpec, since 5.5.
        cryptoSpec: CryptoSpec, optional, since 7.0.0.0.
    """

    __slots__ = ("service", "folder", "datastore", "diskMoveType", "pool", "host", "disk", "transform", "deviceChange", "profile", "cryptoSpec", )
    _wire_name_: ClassVar[str] = "VirtualMachineRelocateSpec"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("service", "ServiceLocator", 2, "6.0"),
        _F("folder", "ManagedObjectReference", 2, "6.0", target="Folder"),
        _F("datastore", "ManagedObjectReference", 2, "2.0", target="Datastore"),
        _F("diskMoveType", "string", 2, "4.0"),
        _F("pool", "ManagedObjectReference", 2, "2.0", target="ResourcePool"),
        _F("host", "ManagedObjectReference", 2, "2.0", target="HostSystem"),
        _F("disk", "VirtualMachineRelocateSpecDiskLocator", 3, "2.0"),
        _F("transform", "VirtualMachineRelocateTransformation", 2, "2.0"),
        _F("deviceChange", "VirtualDeviceConfigSpec", 3, "5.5"),
        _F("profile", "VirtualMachineProfileSpec", 3, "5.5"),
        _F("cryptoSpec", "CryptoSpec", 2, "7.0.0.0"),
    )
    service: ServiceLocator | None
    folder: Folder | None
    datastore: Datastore | None
    diskMoveType: str | None
    pool: ResourcePool | None
    host: HostSystem | None
    disk: list[VirtualMachineRelocateSpecDiskLocator]
    transform: str | None
    deviceChange: list[VirtualDeviceConfigSpec]
    profile: list[VirtualMachineProfileSpec]
    cryptoSpec: CryptoSpec | None

    def __init__(
        self,
        *,
        service: ServiceLocator | None = None,
        folder: Folder | None = None,
        datastore: Datastore | None = None,
        diskMoveType: str | None = None,
        pool: ResourcePool | None = None,
        host: HostSystem | None = None,
        disk: list[VirtualMachineRelocateSpecDiskLocator] | None = None,
        transform: VirtualMachineRelocateTransformationValue | EnumValue | None = None,
        deviceChange: Sequence[VirtualDeviceConfigSpec] | None = None,
        profile: Sequence[VirtualMachineProfileSpec] | None = None,
        cryptoSpec: CryptoSpec | None = None,
    ) -> None:
        self.service = service
        self.folder = folder
        self.datastore = datastore
        self.diskMoveType = diskMoveType
        self.pool = pool
        self.host = host
        self.disk = [] if disk is None else disk
        self.transform = transform
        self.deviceChange = [] if deviceChange is None else list(deviceChange)
        self.profile = [] if profile is None else list(profile)
        self.cryptoSpec = cryptoSpec
