# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""VMwareVspanPort: data object type, extends DynamicData. Since 5.0."""

from __future__ import annotations

from typing import ClassVar

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F


class VMwareVspanPort(DynamicData):
    """VMwareVspanPort: data object extending DynamicData, since 5.0.

    Attributes:
        portKey: list of string, since 5.0.
        uplinkPortName: list of string, since 5.0.
        wildcardPortConnecteeType: list of string, since 5.0.
        vlans: list of int, since 5.1.
        ipAddress: list of string, since 5.1.
    """

    __slots__ = ("portKey", "uplinkPortName", "wildcardPortConnecteeType", "vlans", "ipAddress", )
    _wire_name_: ClassVar[str] = "VMwareVspanPort"
    _since_: ClassVar[str] = "5.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("portKey", "string", 3, "5.0"),
        _F("uplinkPortName", "string", 3, "5.0"),
        _F("wildcardPortConnecteeType", "string", 3, "5.0"),
        _F("vlans", "int", 3, "5.1"),
        _F("ipAddress", "string", 3, "5.1"),
    )
    portKey: list[str]
    uplinkPortName: list[str]
    wildcardPortConnecteeType: list[str]
    vlans: list[int]
    ipAddress: list[str]

    def __init__(
        self,
        *,
        portKey: list[str] | None = None,
        uplinkPortName: list[str] | None = None,
        wildcardPortConnecteeType: list[str] | None = None,
        vlans: list[int] | None = None,
        ipAddress: list[str] | None = None,
    ) -> None:
        self.portKey = [] if portKey is None else portKey
        self.uplinkPortName = [] if uplinkPortName is None else uplinkPortName
        self.wildcardPortConnecteeType = [] if wildcardPortConnecteeType is None else wildcardPortConnecteeType
        self.vlans = [] if vlans is None else vlans
        self.ipAddress = [] if ipAddress is None else ipAddress
