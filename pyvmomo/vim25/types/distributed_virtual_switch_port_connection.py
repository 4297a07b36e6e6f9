# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""DistributedVirtualSwitchPortConnection: data object type, extends DynamicData. Since 4.0."""

from __future__ import annotations

from typing import ClassVar

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F


class DistributedVirtualSwitchPortConnection(DynamicData):
    """DistributedVirtualSwitchPortConnection: data object extending DynamicData, since 4.0.

    Attributes:
        switchUuid: string, since 4.0.
        portgroupKey: string, optional, since 4.0.
        portKey: string, optional, since 4.0.
        connectionCookie: int, optional, since 4.0.
    """

    __slots__ = ("switchUuid", "portgroupKey", "portKey", "connectionCookie", )
    _wire_name_: ClassVar[str] = "DistributedVirtualSwitchPortConnection"
    _since_: ClassVar[str] = "4.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("switchUuid", "string", 0, "4.0"),
        _F("portgroupKey", "string", 2, "4.0"),
        _F("portKey", "string", 2, "4.0"),
        _F("connectionCookie", "int", 2, "4.0"),
    )
    switchUuid: str
    portgroupKey: str | None
    portKey: str | None
    connectionCookie: int | None

    def __init__(
        self,
        *,
        switchUuid: str,
        portgroupKey: str | None = None,
        portKey: str | None = None,
        connectionCookie: int | None = None,
    ) -> None:
        self.switchUuid = switchUuid
        self.portgroupKey = portgroupKey
        self.portKey = portKey
        self.connectionCookie = connectionCookie
