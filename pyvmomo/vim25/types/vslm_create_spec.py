# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""VslmCreateSpec: data object type, extends DynamicData. Since 6.5."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from collections.abc import Sequence
    from .crypto_spec import CryptoSpec
    from .key_value import KeyValue
    from .virtual_machine_profile_spec import VirtualMachineProfileSpec
    from .vslm_create_spec_backing_spec import VslmCreateSpecBackingSpec


class VslmCreateSpec(DynamicData):
    """VslmCreateSpec: data object extending DynamicData, since 6.5.

    Attributes:
        name: string, since 6.5.
        keepAfterDeleteVm: boolean, optional, since 6.7.
        backingSpec: VslmCreateSpecBackingSpec, since 6.5.
        capacityInMB: long, since 6.5.
        profile: list of VirtualMachineProfileSpec, since 6.7.
        crypto: CryptoSpec, optional, since 7.0.0.0.
        metadata: list of KeyValue, since 6.7.2.
    """

    __slots__ = ("name", "keepAfterDeleteVm", "backingSpec", "capacityInMB", "profile", "crypto", "metadata", )
    _wire_name_: ClassVar[str] = "VslmCreateSpec"
    _since_: ClassVar[str] = "6.5"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("name", "string", 0, "6.5"),
        _F("keepAfterDeleteVm", "boolean", 2, "6.7"),
        _F("backingSpec", "VslmCreateSpecBackingSpec", 0, "6.5"),
        _F("capacityInMB", "long", 0, "6.5"),
        _F("profile", "VirtualMachineProfileSpec", 3, "6.7"),
        _F("crypto", "CryptoSpec", 2, "7.0.0.0"),
        _F("metadata", "KeyValue", 3, "6.7.2"),
    )
    name: str
    keepAfterDeleteVm: bool | None
    backingSpec: VslmCreateSpecBackingSpec
    capacityInMB: int
    profile: list[VirtualMachineProfileSpec]
    crypto: CryptoSpec | None
    metadata: list[KeyValue]

    def __init__(
        self,
        *,
        name: str,
        backingSpec: VslmCreateSpecBackingSpec,
        capacityInMB: int,
        keepAfterDeleteVm: bool | None = None,
        profile: Sequence[VirtualMachineProfileSpec] | None = None,
        crypto: CryptoSpec | None = None,
        metadata: list[KeyValue] | None = None,
    ) -> None:
        self.name = name
        self.keepAfterDeleteVm = keepAfterDeleteVm
        self.backingSpec = backingSpec
        self.capacityInMB = capacityInMB
        self.profile = [] if profile is None else list(profile)
        self.crypto = crypto
        self.metadata = [] if metadata is None else metadata
