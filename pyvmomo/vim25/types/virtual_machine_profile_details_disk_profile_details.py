# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""VirtualMachineProfileDetailsDiskProfileDetails: data object type, extends DynamicData. Since 6.7."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from collections.abc import Sequence
    from .virtual_machine_profile_spec import VirtualMachineProfileSpec


class VirtualMachineProfileDetailsDiskProfileDetails(DynamicData):
    """VirtualMachineProfileDetailsDiskProfileDetails: data object extending DynamicData, since 6.7.

    Attributes:
        diskId: int, since 6.7.
        profile: list of VirtualMachineProfileSpec, since 6.7.
    """

    __slots__ = ("diskId", "profile", )
    _wire_name_: ClassVar[str] = "VirtualMachineProfileDetailsDiskProfileDetails"
    _since_: ClassVar[str] = "6.7"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("diskId", "int", 0, "6.7"),
        _F("profile", "VirtualMachineProfileSpec", 3, "6.7"),
    )
    diskId: int
    profile: list[VirtualMachineProfileSpec]

    def __init__(
        self,
        *,
        diskId: int,
        profile: Sequence[VirtualMachineProfileSpec] | None = None,
    ) -> None:
        self.diskId = diskId
        self.profile = [] if profile is None else list(profile)
