# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostRuntimeInfoNetStackInstanceRuntimeInfo: data object type, extends DynamicData. Since 5.5."""

from __future__ import annotations

from typing import ClassVar

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F


class HostRuntimeInfoNetStackInstanceRuntimeInfo(DynamicData):
    """HostRuntimeInfoNetStackInstanceRuntimeInfo: data object extending DynamicData, since 5.5.

    Attributes:
        netStackInstanceKey: string, since 5.5.
        state: string, optional, since 5.5.
        vmknicKeys: list of string, since 5.5.
        maxNumberOfConnections: int, optional, since 5.5.
        currentIpV6Enabled: boolean, optional, since 5.5.
    """

    __slots__ = ("netStackInstanceKey", "state", "vmknicKeys", "maxNumberOfConnections", "currentIpV6Enabled", )
    _wire_name_: ClassVar[str] = "HostRuntimeInfoNetStackInstanceRuntimeInfo"
    _since_: ClassVar[str] = "5.5"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("netStackInstanceKey", "string", 0, "5.5"),
        _F("state", "string", 2, "5.5"),
        _F("vmknicKeys", "string", 3, "5.5"),
        _F("maxNumberOfConnections", "int", 2, "5.5"),
        _F("currentIpV6Enabled", "boolean", 2, "5.5"),
    )
    netStackInstanceKey: str
    state: str | None
    vmknicKeys: list[str]
    maxNumberOfConnections: int | None
    currentIpV6Enabled: bool | None

    def __init__(
        self,
        *,
        netStackInstanceKey: str,
        state: str | None = None,
        vmknicKeys: list[str] | None = None,
        maxNumberOfConnections: int | None = None,
        currentIpV6Enabled: bool | None = None,
    ) -> None:
        self.netStackInstanceKey = netStackInstanceKey
        self.state = state
        self.vmknicKeys = [] if vmknicKeys is None else vmknicKeys
        self.maxNumberOfConnections = maxNumberOfConnections
        self.currentIpV6Enabled = currentIpV6Enabled
