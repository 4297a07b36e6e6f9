# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""DVSCapability: data object type, extends DynamicData. Since 4.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .dvs_feature_capability import DVSFeatureCapability
    from .distributed_virtual_switch_host_product_spec import DistributedVirtualSwitchHostProductSpec


class DVSCapability(DynamicData):
    """DVSCapability: data object extending DynamicData, since 4.0.

    Attributes:
        dvsOperationSupported: boolean, optional, since 4.0.
        dvPortGroupOperationSupported: boolean, optional, since 4.0.
        dvPortOperationSupported: boolean, optional, since 4.0.
        compatibleHostComponentProductInfo: list of DistributedVirtualSwitchHostProductSpec, since 4.0.
        featuresSupported: DVSFeatureCapability, optional, since 4.1.
    """

    __slots__ = ("dvsOperationSupported", "dvPortGroupOperationSupported", "dvPortOperationSupported", "compatibleHostComponentProductInfo", "featuresSupported", )
    _wire_name_: ClassVar[str] = "DVSCapability"
    _since_: ClassVar[str] = "4.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("dvsOperationSupported", "boolean", 2, "4.0"),
        _F("dvPortGroupOperationSupported", "boolean", 2, "4.0"),
        _F("dvPortOperationSupported", "boolean", 2, "4.0"),
        _F("compatibleHostComponentProductInfo", "DistributedVirtualSwitchHostProductSpec", 3, "4.0"),
        _F("featuresSupported", "DVSFeatureCapability", 2, "4.1"),
    )
    dvsOperationSupported: bool | None
    dvPortGroupOperationSupported: bool | None
    dvPortOperationSupported: bool | None
    compatibleHostComponentProductInfo: list[DistributedVirtualSwitchHostProductSpec]
    featuresSupported: DVSFeatureCapability | None

    def __init__(
        self,
        *,
        dvsOperationSupported: bool | None = None,
        dvPortGroupOperationSupported: bool | None = None,
        dvPortOperationSupported: bool | None = None,
        compatibleHostComponentProductInfo: list[DistributedVirtualSwitchHostProductSpec] | None = None,
        featuresSupported: DVSFeatureCapability | None = None,
    ) -> None:
        self.dvsOperationSupported = dvsOperationSupported
        self.dvPortGroupOperationSupported = dvPortGroupOperationSupported
        self.dvPortOperationSupported = dvPortOperationSupported
        self.compatibleHostComponentProductInfo = [] if compatibleHostComponentProductInfo is None else compatibleHostComponentProductInfo
        self.featuresSupported = featuresSupported
