# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""VirtualSATAControllerOption: data object type, extends VirtualControllerOption. Since 5.5."""

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


class VirtualSATAControllerOption(VirtualControllerOption):
    """VirtualSATAControllerOption: data object extending VirtualControllerOption, since 5.5.

    Attributes:
        numSATADisks: IntOption, since 5.5.
        numSATACdroms: IntOption, since 5.5.
    """

    __slots__ = ("numSATADisks", "numSATACdroms", )
    _wire_name_: ClassVar[str] = "VirtualSATAControllerOption"
    _since_: ClassVar[str] = "5.5"
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
        _F("numSATADisks", "IntOption", 0, "5.5"),
        _F("numSATACdroms", "IntOption", 0, "5.5"),
    )
    numSATADisks: IntOption
    numSATACdroms: IntOption

    def __init__(
        self,
        *,
        type: str,
        deprecated: bool,
        plugAndPlay: bool,
        devices: IntOption,
        numSATADisks: IntOption,
        numSATACdroms: IntOption,
        connectOption: VirtualDeviceConnectOption | None = None,
        busSlotOption: VirtualDeviceBusSlotOption | None = None,
        controllerType: str | None = None,
        autoAssignController: BoolOption | None = None,
        backingOption: Sequence[VirtualDeviceBackingOption] | None = None,
        defaultBackingOptionIndex: int | None = None,
        licensingLimit: list[str] | None = None,
        hotRemoveSupported: bool | None = None,
        supportedDevice: list[str] | None = None,
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
        self.numSATADisks = numSATADisks
        self.numSATACdroms = numSATACdroms
