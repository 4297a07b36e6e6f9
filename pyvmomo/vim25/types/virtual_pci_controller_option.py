# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""VirtualPCIControllerOption: data object type, extends VirtualControllerOption. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .virtual_controller_option import VirtualControllerOption
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from collections.abc import Sequence
    from .bool_option import BoolOption
    from .int_option import IntOption
    from .virtual_device_backing_option import VirtualDeviceBackingOption
    from .virtual_device_bus_slot_option import VirtualDeviceBusSlotOption
    from .virtual_device_connect_option import VirtualDeviceConnectOption


class VirtualPCIControllerOption(VirtualControllerOption):
    """VirtualPCIControllerOption: data object extending VirtualControllerOption, since 2.0.

    Attributes:
        numSCSIControllers: IntOption, since 2.0.
        numEthernetCards: IntOption, since 2.0.
        numVideoCards: IntOption, since 2.0.
        numSoundCards: IntOption, since 2.0.
        numVmiRoms: IntOption, since 2.5.
        numVmciDevices: IntOption, optional, since 4.0.
        numPCIPassthroughDevices: IntOption, optional, since 4.0.
        numSasSCSIControllers: IntOption, optional, since 4.0.
        numVmxnet3EthernetCards: IntOption, optional, since 4.0.
        numParaVirtualSCSIControllers: IntOption, optional, since 4.0.
        numSATAControllers: IntOption, optional, since 5.5.
        numNVMEControllers: IntOption, optional, since 6.5.
        numVmxnet3VrdmaEthernetCards: IntOption, optional, since 6.7.
    """

    __slots__ = ("numSCSIControllers", "numEthernetCards", "numVideoCards", "numSoundCards", "numVmiRoms", "numVmciDevices", "numPCIPassthroughDevices", "numSasSCSIControllers", "numVmxnet3EthernetCards", "numParaVirtualSCSIControllers", "numSATAControllers", "numNVMEControllers", "numVmxnet3VrdmaEthernetCards", )
    _wire_name_: ClassVar[str] = "VirtualPCIControllerOption"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("type", "string", 0, "2.0"),
        _F("connectOption", "VirtualDeviceConnectOption", 2, "2.0"),
        _F("busSlotOption", "VirtualDeviceBusSlotOption", 2, "5.1"),
        _F("controllerType", "string", 2, "2.0"),
        _F("autoAssignController", "BoolOption", 2, "2.0"),
        _F("backingOption", "VirtualDeviceBackingOption", 3, "2.0"),
        _F("defaultBackingOptionIndex", "int", 2, "2.0"),
        _F("licensingLimit", "string", 3, "2.0"),
        _F("deprecated", "boolean", 0, "2.0"),
        _F("plugAndPlay", "boolean", 0, "2.0"),
        _F("hotRemoveSupported", "boolean", 2, "4.0"),
        _F("devices", "IntOption", 0, "2.0"),
        _F("supportedDevice", "string", 3, "2.0"),
        _F("numSCSIControllers", "IntOption", 0, "2.0"),
        _F("numEthernetCards", "IntOption", 0, "2.0"),
        _F("numVideoCards", "IntOption", 0, "2.0"),
        _F("numSoundCards", "IntOption", 0, "2.0"),
        _F("numVmiRoms", "IntOption", 0, "2.5"),
        _F("numVmciDevices", "IntOption", 2, "4.0"),
        _F("numPCIPassthroughDevices", "IntOption", 2, "4.0"),
        _F("numSasSCSIControllers", "IntOption", 2, "4.0"),
        _F("numVmxnet3EthernetCards", "IntOption", 2, "4.0"),
        _F("numParaVirtualSCSIControllers", "IntOption", 2, "4.0"),
        _F("numSATAControllers", "IntOption", 2, "5.5"),
        _F("numNVMEControllers", "IntOption", 2, "6.5"),
        _F("numVmxnet3VrdmaEthernetCards", "IntOption", 2, "6.7"),
    )
    numSCSIControllers: IntOption
    numEthernetCards: IntOption
    numVideoCards: IntOption
    numSoundCards: IntOption
    numVmiRoms: IntOption
    numVmciDevices: IntOption | None
    numPCIPassthroughDevices: IntOption | None
    numSasSCSIControllers: IntOption | None
    numVmxnet3EthernetCards: IntOption | None
    numParaVirtualSCSIControllers: IntOption | None
    numSATAControllers: IntOption | None
    numNVMEControllers: IntOption | None
    numVmxnet3VrdmaEthernetCards: IntOption | None

    def __init__(
        self,
        *,
        type: str,
        deprecated: bool,
        plugAndPlay: bool,
        devices: IntOption,
        numSCSIControllers: IntOption,
        numEthernetCards: IntOption,
        numVideoCards: IntOption,
        numSoundCards: IntOption,
        numVmiRoms: IntOption,
        connectOption: VirtualDeviceConnectOption | None = None,
        busSlotOption: VirtualDeviceBusSlotOption | None = None,
        controllerType: str | None = None,
        autoAssignController: BoolOption | None = None,
        backingOption: Sequence[VirtualDeviceBackingOption] | None = None,
        defaultBackingOptionIndex: int | None = None,
        licensingLimit: list[str] | None = None,
        hotRemoveSupported: bool | None = None,
        supportedDevice: list[str] | None = None,
        numVmciDevices: IntOption | None = None,
        numPCIPassthroughDevices: IntOption | None = None,
        numSasSCSIControllers: IntOption | None = None,
        numVmxnet3EthernetCards: IntOption | None = None,
        numParaVirtualSCSIControllers: IntOption | None = None,
        numSATAControllers: IntOption | None = None,
        numNVMEControllers: IntOption | None = None,
        numVmxnet3VrdmaEthernetCards: IntOption | None = None,
    ) -> None:
        self.type = type
        self.connectOption = connectOption
        self.busSlotOption = busSlotOption
        self.controllerType = controllerType
        self.autoAssignController = autoAssignController
        self.backingOption: list[VirtualDeviceBackingOption] = [] if backingOption is None else list(backingOption)
        self.defaultBackingOptionIndex = defaultBackingOptionIndex
        self.licensingLimit: list[str] = [] if licensingLimit is None else licensingLimit
        self.deprecated = deprecated
        self.plugAndPlay = plugAndPlay
        self.hotRemoveSupported = hotRemoveSupported
        self.devices = devices
        self.supportedDevice: list[str] = [] if supportedDevice is None else supportedDevice
        self.numSCSIControllers = numSCSIControllers
        self.numEthernetCards = numEthernetCards
        self.numVideoCards = numVideoCards
        self.numSoundCards = numSoundCards
        self.numVmiRoms = numVmiRoms
        self.numVmciDevices = numVmciDevices
        self.numPCIPassthroughDevices = numPCIPassthroughDevices
        self.numSasSCSIControllers = numSasSCSIControllers
        self.numVmxnet3EthernetCards = numVmxnet3EthernetCards
        self.numParaVirtualSCSIControllers = numParaVirtualSCSIControllers
        self.numSATAControllers = numSATAControllers
        self.numNVMEControllers = numNVMEControllers
        self.numVmxnet3VrdmaEthernetCards = numVmxnet3VrdmaEthernetCards
