# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostGatewaySpec: data object type, extends DynamicData. Since 6.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .key_value import KeyValue


class HostGatewaySpec(DynamicData):
    """HostGatewaySpec: data object extending DynamicData, since 6.0.

    Attributes:
        gatewayType: string, since 6.0.
        gatewayId: string, optional, since 6.0.
        trustVerificationToken: string, optional, since 6.0.
        hostAuthParams: list of KeyValue, since 6.0.
    """

    __slots__ = ("gatewayType", "gatewayId", "trustVerificationToken", "hostAuthParams", )
    _wire_name_: ClassVar[str] = "HostGatewaySpec"
    _since_: ClassVar[str] = "6.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("gatewayType", "string", 0, "6.0"),
        _F("gatewayId", "string", 2, "6.0"),
        _F("trustVerificationToken", "string", 2, "6.0"),
        _F("hostAuthParams", "KeyValue", 3, "6.0"),
    )
    gatewayType: str
    gatewayId: str | None
    trustVerificationToken: str | None
    hostAuthParams: list[KeyValue]

    def __init__(
        self,
        *,
        gatewayType: str,
        gatewayId: str | None = None,
        trustVerificationToken: str | None = None,
        hostAuthParams: list[KeyValue] | None = None,
    ) -> None:
        self.gatewayType = gatewayType
        self.gatewayId = gatewayId
        self.trustVerificationToken = trustVerificationToken
        self.hostAuthParams = [] if hostAuthParams is None else hostAuthParams
