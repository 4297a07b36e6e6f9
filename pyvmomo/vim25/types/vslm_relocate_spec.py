# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""VslmRelocateSpec: data object type, extends VslmMigrateSpec. Since 6.5."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .vslm_migrate_spec import VslmMigrateSpec
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from collections.abc import Sequence
    from .disk_crypto_spec import DiskCryptoSpec
    from .virtual_machine_profile_spec import VirtualMachineProfileSpec
    from .vslm_create_spec_backing_spec import VslmCreateSpecBackingSpec


class VslmRelocateSpec(VslmMigrateSpec):
    """VslmRelocateSpec: data object extending VslmMigrateSpec, since 6.5."""

    __slots__ = ()
    _wire_name_: ClassVar[str] = "VslmRelocateSpec"
    _since_: ClassVar[str] = "6.5"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("backingSpec", "VslmCreateSpecBackingSpec", 0, "6.5"),
        _F("profile", "VirtualMachineProfileSpec", 3, "6.7"),
        _F("consolidate", "boolean", 2, "6.5"),
        _F("disksCrypto", "DiskCryptoSpec", 2, "7.0.0.0"),
    )

    def __init__(
        self,
        *,
        backingSpec: VslmCreateSpecBackingSpec,
        profile: Sequence[VirtualMachineProfileSpec] | None = None,
        consolidate: bool | None = None,
        disksCrypto: DiskCryptoSpec | None = None,
    ) -> None:
        self.backingSpec = backingSpec
        self.profile: list[VirtualMachineProfileSpec] = [] if profile is None else list(profile)
        self.consolidate = consolidate
        self.disksCrypto = disksCrypto
