# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostDhcpServiceSpec: data object type, extends DynamicData. Since 2.5."""

from __future__ import annotations

from typing import ClassVar

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F


class HostDhcpServiceSpec(DynamicData):
    """HostDhcpServiceSpec: data object extending DynamicData, since 2.5.

    Attributes:
        virtualSwitch: string, since 2.5.
        defaultLeaseDuration: int, since 2.5.
        leaseBeginIp: string, since 2.5.
        leaseEndIp: string, since 2.5.
        maxLeaseDuration: int, since 2.5.
        unlimitedLease: boolean, since 2.5.
        ipSubnetAddr: string, since 2.5.
        ipSubnetMask: string, since 2.5.
    """

    __slots__ = ("virtualSwitch", "defaultLeaseDuration", "leaseBeginIp", "leaseEndIp", "maxLeaseDuration", "unlimitedLease", "ipSubnetAddr", "ipSubnetMask", )
    _wire_name_: ClassVar[str] = "HostDhcpServiceSpec"
    _since_: ClassVar[str] = "2.5"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("virtualSwitch", "string", 0, "2.5"),
        _F("defaultLeaseDuration", "int", 0, "2.5"),
        _F("leaseBeginIp", "string", 0, "2.5"),
        _F("leaseEndIp", "string", 0, "2.5"),
        _F("maxLeaseDuration", "int", 0, "2.5"),
        _F("unlimitedLease", "boolean", 0, "2.5"),
        _F("ipSubnetAddr", "string", 0, "2.5"),
        _F("ipSubnetMask", "string", 0, "2.5"),
    )
    virtualSwitch: str
    defaultLeaseDuration: int
    leaseBeginIp: str
    leaseEndIp: str
    maxLeaseDuration: int
    unlimitedLease: bool
    ipSubnetAddr: str
    ipSubnetMask: str

    def __init__(
        self,
        *,
        virtualSwitch: str,
        defaultLeaseDuration: int,
        leaseBeginIp: str,
        leaseEndIp: str,
        maxLeaseDuration: int,
        unlimitedLease: bool,
        ipSubnetAddr: str,
        ipSubnetMask: str,
    ) -> None:
        self.virtualSwitch = virtualSwitch
        self.defaultLeaseDuration = defaultLeaseDuration
        self.leaseBeginIp = leaseBeginIp
        self.leaseEndIp = leaseEndIp
        self.maxLeaseDuration = maxLeaseDuration
        self.unlimitedLease = unlimitedLease
        self.ipSubnetAddr = ipSubnetAddr
        self.ipSubnetMask = ipSubnetMask
