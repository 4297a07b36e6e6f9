# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""VirtualMachineDeviceRuntimeInfoVirtualEthernetCardRuntimeState: data object type, extends VirtualMachineDeviceRuntimeInfoDeviceRuntimeState. Since 4.1."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .virtual_machine_device_runtime_info_device_runtime_state import VirtualMachineDeviceRuntimeInfoDeviceRuntimeState
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .virtual_machine_feature_requirement import VirtualMachineFeatureRequirement


class VirtualMachineDeviceRuntimeInfoVirtualEthernetCardRuntimeState(VirtualMachineDeviceRuntimeInfoDeviceRuntimeState):
    """VirtualMachineDeviceRuntimeInfoVirtualEthernetCardRuntimeState: data object extending VirtualMachineDeviceRuntimeInfoDeviceRuntimeState, since 4.1.

    Attributes:
        vmDirectPathGen2Active: boolean, since 4.1.
        vmDirectPathGen2InactiveReasonVm: list of string, since 4.1.
        vmDirectPathGen2InactiveReasonOther: list of string, since 4.1.
        vmDirectPathGen2InactiveReasonExtended: string, optional, since 4.1.
        reservationStatus: string, optional, since 5.5.
        attachmentStatus: string, optional, since 6.7.
        featureRequirement: list of VirtualMachineFeatureRequirement, since 6.7.
    """

    __slots__ = ("vmDirectPathGen2Active", "vmDirectPathGen2InactiveReasonVm", "vmDirectPathGen2InactiveReasonOther", "vmDirectPathGen2InactiveReasonExtended", "reservationStatus", "attachmentStatus", "featureRequirement", )
    _wire_name_: ClassVar[str] = "VirtualMachineDeviceRuntimeInfoVirtualEthernetCardRuntimeState"
    _since_: ClassVar[str] = "4.1"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("vmDirectPathGen2Active", "boolean", 0, "4.1"),
        _F("vmDirectPathGen2InactiveReasonVm", "string", 3, "4.1"),
        _F("vmDirectPathGen2InactiveReasonOther", "string", 3, "4.1"),
        _F("vmDirectPathGen2InactiveReasonExtended", "string", 2, "4.1"),
        _F("reservationStatus", "string", 2, "5.5"),
        _F("attachmentStatus", "string", 2, "6.7"),
        _F("featureRequirement", "VirtualMachineFeatureRequirement", 3, "6.7"),
    )
    vmDirectPathGen2Active: bool
    vmDirectPathGen2InactiveReasonVm: list[str]
    vmDirectPathGen2InactiveReasonOther: list[str]
    vmDirectPathGen2InactiveReasonExtended: str | None
    reservationStatus: str | None
    attachmentStatus: str | None
    featureRequirement: list[VirtualMachineFeatureRequirement]

    def __init__(
        self,
        *,
        vmDirectPathGen2Active: bool,
        vmDirectPathGen2InactiveReasonVm: list[str] | None = None,
        vmDirectPathGen2InactiveReasonOther: list[str] | None = None,
        vmDirectPathGen2InactiveReasonExtended: str | None = None,
        reservationStatus: str | None = None,
        attachmentStatus: str | None = None,
        featureRequirement: list[VirtualMachineFeatureRequirement] | None = None,
    ) -> None:
        self.vmDirectPathGen2Active = vmDirectPathGen2Active
        self.vmDirectPathGen2InactiveReasonVm = [] if vmDirectPathGen2InactiveReasonVm is None else vmDirectPathGen2InactiveReasonVm
        self.vmDirectPathGen2InactiveReasonOther = [] if vmDirectPathGen2InactiveReasonOther is None else vmDirectPathGen2InactiveReasonOther
        self.vmDirectPathGen2InactiveReasonExtended = vmDirectPathGen2InactiveReasonExtended
        self.reservationStatus = reservationStatus
        self.attachmentStatus = attachmentStatus
        self.featureRequirement = [] if featureRequirement is None else featureRequirement
