# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""FileBackedVirtualDiskSpec: data object type, extends VirtualDiskSpec. Since 2.5."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .virtual_disk_spec import VirtualDiskSpec
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from collections.abc import Sequence
    from .crypto_spec import CryptoSpec
    from .virtual_machine_profile_spec import VirtualMachineProfileSpec


class FileBackedVirtualDiskSpec(VirtualDiskSpec):
    """FileBackedVirtualDiskSpec: data object extending VirtualDiskSpec, since 2.5.

    Attributes:
        capacityKb: long, since 2.5.
        profile: list of VirtualMachineProfileSpec, since 5.5.
        crypto: CryptoSpec, optional, since 6.5.
    """

    __slots__ = ("capacityKb", "profile", "crypto", )
    _wire_name_: ClassVar[str] = "FileBackedVirtualDiskSpec"
    _since_: ClassVar[str] = "2.5"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("diskType", "string", 0, "2.5"),
        _F("adapterType", "string", 0, "2.5"),
        _F("capacityKb", "long", 0, "2.5"),
        _F("profile", "VirtualMachineProfileSpec", 3, "5.5"),
        _F("crypto", "CryptoSpec", 2, "6.5"),
    )
    capacityKb: int
    profile: list[VirtualMachineProfileSpec]
    crypto: CryptoSpec | None

    def __init__(
        self,
        *,
        diskType: str,
        adapterType: str,
        capacityKb: int,
        profile: Sequence[VirtualMachineProfileSpec] | None = None,
        crypto: CryptoSpec | None = None,
    ) -> None:
        self.diskType = diskType
        self.adapterType = adapterType
        self.capacityKb = capacityKb
        self.profile = [] if profile is None else list(profile)
        self.crypto = crypto
