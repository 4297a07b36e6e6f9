# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""VAppIPAssignmentInfo: data object type, extends DynamicData. Since 4.0."""

from __future__ import annotations

from typing import ClassVar

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F


class VAppIPAssignmentInfo(DynamicData):
    """VAppIPAssignmentInfo: data object extending DynamicData, since 4.0.

    Attributes:
        supportedAllocationScheme: list of string, since 4.0.
        ipAllocationPolicy: string, optional, since 4.0.
        supportedIpProtocol: list of string, since 4.0.
        ipProtocol: string, optional, since 4.0.
    """

    __slots__ = ("supportedAllocationScheme", "ipAllocationPolicy", "supportedIpProtocol", "ipProtocol", )
    _wire_name_: ClassVar[str] = "VAppIPAssignmentInfo"
    _since_: ClassVar[str] = "4.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("supportedAllocationScheme", "string", 3, "4.0"),
        _F("ipAllocationPolicy", "string", 2, "4.0"),
        _F("supportedIpProtocol", "string", 3, "4.0"),
        _F("ipProtocol", "string", 2, "4.0"),
    )
    supportedAllocationScheme: list[str]
    ipAllocationPolicy: str | None
    supportedIpProtocol: list[str]
    ipProtocol: str | None

    def __init__(
        self,
        *,
        supportedAllocationScheme: list[str] | None = None,
        ipAllocationPolicy: str | None = None,
        supportedIpProtocol: list[str] | None = None,
        ipProtocol: str | None = None,
    ) -> None:
        self.supportedAllocationScheme = [] if supportedAllocationScheme is None else supportedAllocationScheme
        self.ipAllocationPolicy = ipAllocationPolicy
        self.supportedIpProtocol = [] if supportedIpProtocol is None else supportedIpProtocol
        self.ipProtocol = ipProtocol
