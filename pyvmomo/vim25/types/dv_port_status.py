# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""DVPortStatus: data object type, extends DynamicData. Since 4.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .numeric_range import NumericRange


class DVPortStatus(DynamicData):
    """DVPortStatus: data object extending DynamicData, since 4.0.

    Attributes:
        linkUp: boolean, since 4.0.
        blocked: boolean, since 4.0.
        vlanIds: list of NumericRange, since 4.0.
        trunkingMode: boolean, optional, since 4.0.
        mtu: int, optional, since 4.0.
        linkPeer: string, optional, since 4.0.
        macAddress: string, optional, since 4.0.
        statusDetail: string, optional, since 4.1.
        vmDirectPathGen2Active: boolean, optional, since 4.1.
        vmDirectPathGen2InactiveReasonNetwork: list of string, since 4.1.
        vmDirectPathGen2InactiveReasonOther: list of string, since 4.1.
        vmDirectPathGen2InactiveReasonExtended: string, optional, since 4.1.
    """

    __slots__ = ("linkUp", "blocked", "vlanIds", "trunkingMode", "mtu", "linkPeer", "macAddress", "statusDetail", "vmDirectPathGen2Active", "vmDirectPathGen2InactiveReasonNetwork", "vmDirectPathGen2InactiveReasonOther", "vmDirectPathGen2InactiveReasonExtended", )
    _wire_name_: ClassVar[str] = "DVPortStatus"
    _since_: ClassVar[str] = "4.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("linkUp", "boolean", 0, "4.0"),
        _F("blocked", "boolean", 0, "4.0"),
        _F("vlanIds", "NumericRange", 3, "4.0"),
        _F("trunkingMode", "boolean", 2, "4.0"),
        _F("mtu", "int", 2, "4.0"),
        _F("linkPeer", "string", 2, "4.0"),
        _F("macAddress", "string", 2, "4.0"),
        _F("statusDetail", "string", 2, "4.1"),
        _F("vmDirectPathGen2Active", "boolean", 2, "4.1"),
        _F("vmDirectPathGen2InactiveReasonNetwork", "string", 3, "4.1"),
        _F("vmDirectPathGen2InactiveReasonOther", "string", 3, "4.1"),
        _F("vmDirectPathGen2InactiveReasonExtended", "string", 2, "4.1"),
    )
    linkUp: bool
    blocked: bool
    vlanIds: list[NumericRange]
    trunkingMode: bool | None
    mtu: int | None
    linkPeer: str | None
    macAddress: str | None
    statusDetail: str | None
    vmDirectPathGen2Active: bool | None
    vmDirectPathGen2InactiveReasonNetwork: list[str]
    vmDirectPathGen2InactiveReasonOther: list[str]
    vmDirectPathGen2InactiveReasonExtended: str | None

    def __init__(
        self,
        *,
        linkUp: bool,
        blocked: bool,
        vlanIds: list[NumericRange] | None = None,
        trunkingMode: bool | None = None,
        mtu: int | None = None,
        linkPeer: str | None = None,
        macAddress: str | None = None,
        statusDetail: str | None = None,
        vmDirectPathGen2Active: bool | None = None,
        vmDirectPathGen2InactiveReasonNetwork: list[str] | None = None,
        vmDirectPathGen2InactiveReasonOther: list[str] | None = None,
        vmDirectPathGen2InactiveReasonExtended: str | None = None,
    ) -> None:
        self.linkUp = linkUp
        self.blocked = blocked
        self.vlanIds = [] if vlanIds is None else vlanIds
        self.trunkingMode = trunkingMode
        self.mtu = mtu
        self.linkPeer = linkPeer
        self.macAddress = macAddress
        self.statusDetail = statusDetail
        self.vmDirectPathGen2Active = vmDirectPathGen2Active
        self.vmDirectPathGen2InactiveReasonNetwork = [] if vmDirectPathGen2InactiveReasonNetwork is None else vmDirectPathGen2InactiveReasonNetwork
        self.vmDirectPathGen2InactiveReasonOther = [] if vmDirectPathGen2InactiveReasonOther is None else vmDirectPathGen2InactiveReasonOther
        self.vmDirectPathGen2InactiveReasonExtended = vmDirectPathGen2InactiveReasonExtended
