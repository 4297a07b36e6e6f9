# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""DVSTrafficShapingPolicy: data object type, extends InheritablePolicy. Since 4.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .inheritable_policy import InheritablePolicy
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .bool_policy import BoolPolicy
    from .long_policy import LongPolicy


class DVSTrafficShapingPolicy(InheritablePolicy):
    """DVSTrafficShapingPolicy: data object extending InheritablePolicy, since 4.0.

    Attributes:
        enabled: BoolPolicy, optional, since 4.0.
        averageBandwidth: LongPolicy, optional, since 4.0.
        peakBandwidth: LongPolicy, optional, since 4.0.
        burstSize: LongPolicy, optional, since 4.0.
    """

    __slots__ = ("enabled", "averageBandwidth", "peakBandwidth", "burstSize", )
    _wire_name_: ClassVar[str] = "DVSTrafficShapingPolicy"
    _since_: ClassVar[str] = "4.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("inherited", "boolean", 0, "4.0"),
        _F("enabled", "BoolPolicy", 2, "4.0"),
        _F("averageBandwidth", "LongPolicy", 2, "4.0"),
        _F("peakBandwidth", "LongPolicy", 2, "4.0"),
        _F("burstSize", "LongPolicy", 2, "4.0"),
    )
    enabled: BoolPolicy | None
    averageBandwidth: LongPolicy | None
    peakBandwidth: LongPolicy | None
    burstSize: LongPolicy | None

    def __init__(
        self,
        *,
        inherited: bool,
        enabled: BoolPolicy | None = None,
        averageBandwidth: LongPolicy | None = None,
        peakBandwidth: LongPolicy | None = None,
        burstSize: LongPolicy | None = None,
    ) -> None:
        self.inherited = inherited
        self.enabled = enabled
        self.averageBandwidth = averageBandwidth
        self.peakBandwidth = peakBandwidth
        self.burstSize = burstSize
