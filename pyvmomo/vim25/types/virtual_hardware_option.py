# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""VirtualHardwareOption: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from collections.abc import Sequence
    from .int_option import IntOption
    from .long_option import LongOption
    from .resource_config_option import ResourceConfigOption
    from .virtual_device_option import VirtualDeviceOption


class VirtualHardwareOption(DynamicData):
    """VirtualHardwareOption: data object extending DynamicData, since 2.0.

    Attributes:
        hwVersion: int, since 2.0.
        virtualDeviceOption: list of VirtualDeviceOption, since 2.0.
        deviceListReadonly: boolean, since 2.0.
        numCPU: list of int, since 2.0.
        numCoresPerSocket: IntOption, optional, since 5.0.
        numCpuReadonly: boolean, since 2.0.
        memoryMB: LongOption, since 2.0.
        numPCIControllers: IntOption, since 2.0.
        numIDEControllers: IntOption, since 2.0.
        numUSBControllers: IntOption, since 2.0.
        numUSBXHCIControllers: IntOption, optional, since 5.0.
        numSIOControllers: IntOption, since 2.0.
        numPS2Controllers: IntOption, since 2.0.
        licensingLimit: list of string, since 2.0.
        numSupportedWwnPorts: IntOption, optional, since 4.0.
        numSupportedWwnNodes: IntOption, optional, since 4.0.
        resourceConfigOption: ResourceConfigOption, optional, since 4.1.
        numNVDIMMControllers: IntOption, optional, since 6.7.
        numTPMDevices: IntOption, optional, since 6.7.
        numWDTDevices: IntOption, optional, since 7.0.0.0.
        numPrecisionClockDevices: IntOption, optional, since 7.0.0.0.
        epcMemoryMB: LongOption, optional, since 7.0.0.0.
    """

    __slots__ = ("hwVersion", "virtualDeviceOption", "deviceListReadonly", "numCPU", "numCoresPerSocket", "numCpuReadonly", "memoryMB", "numPCIControllers", "numIDEControllers", "numUSBControllers", "numUSBXHCIControllers", "numSIOControllers", "numPS2Controllers", "licensingLimit", "numSupportedWwnPorts", "numSupportedWwnNodes", "resourceConfigOption", "numNVDIMMControllers", "numTPMDevices", "numWDTDevices", "numPrecisionClockDevices", "epcMemoryMB", )
    _wire_name_: ClassVar[str] = "VirtualHardwareOption"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("hwVersion", "int", 0, "2.0"),
        _F("virtualDeviceOption", "VirtualDeviceOption", 1, "2.0"),
        _F("deviceListReadonly", "boolean", 0, "2.0"),
        _F("numCPU", "int", 1, "2.0"),
        _F("numCoresPerSocket", "IntOption", 2, "5.0"),
        _F("numCpuReadonly", "boolean", 0, "2.0"),
        _F("memoryMB", "LongOption", 0, "2.0"),
        _F("numPCIControllers", "IntOption", 0, "2.0"),
        _F("numIDEControllers", "IntOption", 0, "2.0"),
        _F("numUSBControllers", "IntOption", 0, "2.0"),
        _F("numUSBXHCIControllers", "IntOption", 2, "5.0"),
        _F("numSIOControllers", "IntOption", 0, "2.0"),
        _F("numPS2Controllers", "IntOption", 0, "2.0"),
        _F("licensingLimit", "string", 3, "2.0"),
        _F("numSupportedWwnPorts", "IntOption", 2, "4.0"),
        _F("numSupportedWwnNodes", "IntOption", 2, "4.0"),
        _F("resourceConfigOption", "ResourceConfigOption", 2, "4.1"),
        _F("numNVDIMMControllers", "IntOption", 2, "6.7"),
        _F("numTPMDevices", "IntOption", 2, "6.7"),
        _F("numWDTDevices", "IntOption", 2, "7.0.0.0"),
        _F("numPrecisionClockDevices", "IntOption", 2, "7.0.0.0"),
        _F("epcMemoryMB", "LongOption", 2, "7.0.0.0"),
    )
    hwVersion: int
    virtualDeviceOption: list[VirtualDeviceOption]
    deviceListReadonly: bool
    numCPU: list[int]
    numCoresPerSocket: IntOption | None
    numCpuReadonly: bool
    memoryMB: LongOption
    numPCIControllers: IntOption
    numIDEControllers: IntOption
    numUSBControllers: IntOption
    numUSBXHCIControllers: IntOption | None
    numSIOControllers: IntOption
    numPS2Controllers: IntOption
    licensingLimit: list[str]
    numSupportedWwnPorts: IntOption | None
    numSupportedWwnNodes: IntOption | None
    resourceConfigOption: ResourceConfigOption | None
    numNVDIMMControllers: IntOption | None
    numTPMDevices: IntOption | None
    numWDTDevices: IntOption | None
    numPrecisionClockDevices: IntOption | None
    epcMemoryMB: LongOption | None

    def __init__(
        self,
        *,
        hwVersion: int,
        virtualDeviceOption: Sequence[VirtualDeviceOption],
        deviceListReadonly: bool,
        numCPU: list[int],
        numCpuReadonly: bool,
        memoryMB: LongOption,
        numPCIControllers: IntOption,
        numIDEControllers: IntOption,
        numUSBControllers: IntOption,
        numSIOControllers: IntOption,
        numPS2Controllers: IntOption,
        numCoresPerSocket: IntOption | None = None,
        numUSBXHCIControllers: IntOption | None = None,
        licensingLimit: list[str] | None = None,
        numSupportedWwnPorts: IntOption | None = None,
        numSupportedWwnNodes: IntOption | None = None,
        resourceConfigOption: ResourceConfigOption | None = None,
        numNVDIMMControllers: IntOption | None = None,
        numTPMDevices: IntOption | None = None,
        numWDTDevices: IntOption | None = None,
        numPrecisionClockDevices: IntOption | None = None,
        epcMemoryMB: LongOption | None = None,
    ) -> None:
        self.hwVersion = hwVersion
        self.virtualDeviceOption = list(virtualDeviceOption)
        self.deviceListReadonly = deviceListReadonly
        self.numCPU = numCPU
        self.numCoresPerSocket = numCoresPerSocket
        self.numCpuReadonly = numCpuReadonly
        self.memoryMB = memoryMB
        self.numPCIControllers = numPCIControllers
        self.numIDEControllers = numIDEControllers
        self.numUSBControllers = numUSBControllers
        self.numUSBXHCIControllers = numUSBXHCIControllers
        self.numSIOControllers = numSIOControllers
        self.numPS2Controllers = numPS2Controllers
        self.licensingLimit = [] if licensingLimit is None else licensingLimit
        self.numSupportedWwnPorts = numSupportedWwnPorts
        self.numSupportedWwnNodes = numSupportedWwnNodes
        self.resourceConfigOption = resourceConfigOption
        self.numNVDIMMControllers = numNVDIMMControllers
        self.numTPMDevices = numTPMDevices
        self.numWDTDevices = numWDTDevices
        self.numPrecisionClockDevices = numPrecisionClockDevices
        self.epcMemoryMB = epcMemoryMB
