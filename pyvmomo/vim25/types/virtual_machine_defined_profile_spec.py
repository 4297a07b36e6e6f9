# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""VirtualMachineDefinedProfileSpec: data object type, extends VirtualMachineProfileSpec. Since 5.5."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .virtual_machine_profile_spec import VirtualMachineProfileSpec
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .key_value import KeyValue
    from .replication_spec import ReplicationSpec
    from .virtual_machine_profile_raw_data import VirtualMachineProfileRawData


class VirtualMachineDefinedProfileSpec(VirtualMachineProfileSpec):
    """VirtualMachineDefinedProfileSpec: data object extending VirtualMachineProfileSpec, since 5.5.

    Attributes:
        profileId: string, since 5.5.
        replicationSpec: ReplicationSpec, optional, since 6.5.
        profileData: VirtualMachineProfileRawData, optional, since 5.5.
        profileParams: list of KeyValue, since 6.7.
    """

    __slots__ = ("profileId", "replicationSpec", "profileData", "profileParams", )
    _wire_name_: ClassVar[str] = "VirtualMachineDefinedProfileSpec"
    _since_: ClassVar[str] = "5.5"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("profileId", "string", 0, "5.5"),
        _F("replicationSpec", "ReplicationSpec", 2, "6.5"),
        _F("profileData", "VirtualMachineProfileRawData", 2, "5.5"),
        _F("profileParams", "KeyValue", 3, "6.7"),
    )
    profileId: str
    replicationSpec: ReplicationSpec | None
    profileData: VirtualMachineProfileRawData | None
    profileParams: list[KeyValue]

    def __init__(
        self,
        *,
        profileId: str,
        replicationSpec: ReplicationSpec | None = None,
        profileData: VirtualMachineProfileRawData | None = None,
        profileParams: list[KeyValue] | None = None,
    ) -> None:
        self.profileId = profileId
        self.replicationSpec = replicationSpec
        self.profileData = profileData
        self.profileParams = [] if profileParams is None else profileParams
