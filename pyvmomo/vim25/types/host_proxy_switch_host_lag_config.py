# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostProxySwitchHostLagConfig: data object type, extends DynamicData. Since 5.5."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .key_value import KeyValue


class HostProxySwitchHostLagConfig(DynamicData):
    """HostProxySwitchHostLagConfig: data object extending DynamicData, since 5.5.

    Attributes:
        lagKey: string, since 5.5.
        lagName: string, optional, since 5.5.
        uplinkPort: list of KeyValue, since 5.5.
    """

    __slots__ = ("lagKey", "lagName", "uplinkPort", )
    _wire_name_: ClassVar[str] = "HostProxySwitchHostLagConfig"
    _since_: ClassVar[str] = "5.5"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("lagKey", "string", 0, "5.5"),
        _F("lagName", "string", 2, "5.5"),
        _F("uplinkPort", "KeyValue", 3, "5.5"),
    )
    lagKey: str
    lagName: str | None
    uplinkPort: list[KeyValue]

    def __init__(
        self,
        *,
        lagKey: str,
        lagName: str | None = None,
        uplinkPort: list[KeyValue] | None = None,
    ) -> None:
        self.lagKey = lagKey
        self.lagName = lagName
        self.uplinkPort = [] if uplinkPort is None else uplinkPort
