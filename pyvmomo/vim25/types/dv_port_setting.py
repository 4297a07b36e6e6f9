# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""DVPortSetting: data object type, extends DynamicData. Since 4.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .bool_policy import BoolPolicy
    from .dvs_traffic_shaping_policy import DVSTrafficShapingPolicy
    from .dvs_vendor_specific_config import DVSVendorSpecificConfig
    from .dvs_filter_policy import DvsFilterPolicy
    from .string_policy import StringPolicy


class DVPortSetting(DynamicData):
    """DVPortSetting: data object extending DynamicData, since 4.0.

    Attributes:
        blocked: BoolPolicy, optional, since 4.0.
        vmDirectPathGen2Allowed: BoolPolicy, optional, since 4.1.
        inShapingPolicy: DVSTrafficShapingPolicy, optional, since 4.0.
        outShapingPolicy: DVSTrafficShapingPolicy, optional, since 4.0.
        vendorSpecificConfig: DVSVendorSpecificConfig, optional, since 4.0.
        networkResourcePoolKey: StringPolicy, optional, since 5.0.
        filterPolicy: DvsFilterPolicy, optional, since 5.5.
    """

    __slots__ = ("blocked", "vmDirectPathGen2Allowed", "inShapingPolicy", "outShapingPolicy", "vendorSpecificConfig", "networkResourcePoolKey", "filterPolicy", )
    _wire_name_: ClassVar[str] = "DVPortSetting"
    _since_: ClassVar[str] = "4.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("blocked", "BoolPolicy", 2, "4.0"),
        _F("vmDirectPathGen2Allowed", "BoolPolicy", 2, "4.1"),
        _F("inShapingPolicy", "DVSTrafficShapingPolicy", 2, "4.0"),
        _F("outShapingPolicy", "DVSTrafficShapingPolicy", 2, "4.0"),
        _F("vendorSpecificConfig", "DVSVendorSpecificConfig", 2, "4.0"),
        _F("networkResourcePoolKey", "StringPolicy", 2, "5.0"),
        _F("filterPolicy", "DvsFilterPolicy", 2, "5.5"),
    )
    blocked: BoolPolicy | None
    vmDirectPathGen2Allowed: BoolPolicy | None
    inShapingPolicy: DVSTrafficShapingPolicy | None
    outShapingPolicy: DVSTrafficShapingPolicy | None
    vendorSpecificConfig: DVSVendorSpecificConfig | None
    networkResourcePoolKey: StringPolicy | None
    filterPolicy: DvsFilterPolicy | None

    def __init__(
        self,
        *,
        blocked: BoolPolicy | None = None,
        vmDirectPathGen2Allowed: BoolPolicy | None = None,
        inShapingPolicy: DVSTrafficShapingPolicy | None = None,
        outShapingPolicy: DVSTrafficShapingPolicy | None = None,
        vendorSpecificConfig: DVSVendorSpecificConfig | None = None,
        networkResourcePoolKey: StringPolicy | None = None,
        filterPolicy: DvsFilterPolicy | None = None,
    ) -> None:
        self.blocked = blocked
        self.vmDirectPathGen2Allowed = vmDirectPathGen2Allowed
        self.inShapingPolicy = inShapingPolicy
        self.outShapingPolicy = outShapingPolicy
        self.vendorSpecificConfig = vendorSpecificConfig
        self.networkResourcePoolKey = networkResourcePoolKey
        self.filterPolicy = filterPolicy
