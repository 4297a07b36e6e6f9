# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""VirtualMachineConfigOption: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from collections.abc import Sequence
    from .datastore_option import DatastoreOption
    from .guest_os_descriptor import GuestOsDescriptor
    from .virtual_device import VirtualDevice
    from .virtual_hardware_option import VirtualHardwareOption
    from .virtual_machine_capability import VirtualMachineCapability
    from .virtual_machine_property_relation import VirtualMachinePropertyRelation


class VirtualMachineConfigOption(DynamicData):
    """VirtualMachineConfigOption: data object extending DynamicData, since 2.0.

    Attributes:
        version: string, since 2.0.
        description: string, since 2.0.
        guestOSDescriptor: list of GuestOsDescriptor, since 2.0.
        guestOSDefaultIndex: int, since 2.0.
        hardwareOptions: VirtualHardwareOption, since 2.0.
        capabilities: VirtualMachineCapability, since 2.0.
        datastore: DatastoreOption, since 2.0.
        defaultDevice: list of VirtualDevice, since 2.0.
        supportedMonitorType: list of string, since 2.5.
        supportedOvfEnvironmentTransport: list of string, since 4.0.
        supportedOvfInstallTransport: list of string, since 4.0.
        propertyRelations: list of VirtualMachinePropertyRelation, since 6.7.
    """

    __slots__ = ("version", "description", "guestOSDescriptor", "guestOSDefaultIndex", "hardwareOptions", "capabilities", "datastore", "defaultDevice", "supportedMonitorType", "supportedOvfEnvironmentTransport", "supportedOvfInstallTransport", "propertyRelations", )
    _wire_name_: ClassVar[str] = "VirtualMachineConfigOption"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("version", "string", 0, "2.0"),
        _F("description", "string", 0, "2.0"),
        _F("guestOSDescriptor", "GuestOsDescriptor", 1, "2.0"),
        _F("guestOSDefaultIndex", "int", 0, "2.0"),
        _F("hardwareOptions", "VirtualHardwareOption", 0, "2.0"),
        _F("capabilities", "VirtualMachineCapability", 0, "2.0"),
        _F("datastore", "DatastoreOption", 0, "2.0"),
        _F("defaultDevice", "VirtualDevice", 3, "2.0"),
        _F("supportedMonitorType", "string", 1, "2.5"),
        _F("supportedOvfEnvironmentTransport", "string", 3, "4.0"),
        _F("supportedOvfInstallTransport", "string", 3, "4.0"),
        _F("propertyRelations", "VirtualMachinePropertyRelation", 3, "6.7"),
    )
    version: str
    description: str
    guestOSDescriptor: list[GuestOsDescriptor]
    guestOSDefaultIndex: int
    hardwareOptions: VirtualHardwareOption
    capabilities: VirtualMachineCapability
    datastore: DatastoreOption
    defaultDevice: list[VirtualDevice]
    supportedMonitorType: list[str]
    supportedOvfEnvironmentTransport: list[str]
    supportedOvfInstallTransport: list[str]
    propertyRelations: list[VirtualMachinePropertyRelation]

    def __init__(
        self,
        *,
        version: str,
        description: str,
        guestOSDescriptor: list[GuestOsDescriptor],
        guestOSDefaultIndex: int,
        hardwareOptions: VirtualHardwareOption,
        capabilities: VirtualMachineCapability,
        datastore: DatastoreOption,
        supportedMonitorType: list[str],
        defaultDevice: Sequence[VirtualDevice] | None = None,
        supportedOvfEnvironmentTransport: list[str] | None = None,
        supportedOvfInstallTransport: list[str] | None = None,
        propertyRelations: list[VirtualMachinePropertyRelation] | None = None,
    ) -> None:
        self.version = version
        self.description = description
        self.guestOSDescriptor = guestOSDescriptor
        self.guestOSDefaultIndex = guestOSDefaultIndex
        self.hardwareOptions = hardwareOptions
        self.capabilities = capabilities
        self.datastore = datastore
        self.defaultDevice = [] if defaultDevice is None else list(defaultDevice)
        self.supportedMonitorType = supportedMonitorType
        self.supportedOvfEnvironmentTransport = [] if supportedOvfEnvironmentTransport is None else supportedOvfEnvironmentTransport
        self.supportedOvfInstallTransport = [] if supportedOvfInstallTransport is None else supportedOvfInstallTransport
        self.propertyRelations = [] if propertyRelations is None else propertyRelations
