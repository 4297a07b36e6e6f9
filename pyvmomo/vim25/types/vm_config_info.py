# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""VmConfigInfo: data object type, extends DynamicData. Since 4.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .v_app_ip_assignment_info import VAppIPAssignmentInfo
    from .v_app_ovf_section_info import VAppOvfSectionInfo
    from .v_app_product_info import VAppProductInfo
    from .v_app_property_info import VAppPropertyInfo


class VmConfigInfo(DynamicData):
    """VmConfigInfo: data object extending DynamicData, since 4.0.

    Attributes:
        product: list of VAppProductInfo, since 4.0.
        property: list of VAppPropertyInfo, since 4.0.
        ipAssignment: VAppIPAssignmentInfo, since 4.0.
        eula: list of string, since 4.0.
        ovfSection: list of VAppOvfSectionInfo, since 4.0.
        ovfEnvironmentTransport: list of string, since 4.0.
        installBootRequired: boolean, since 4.0.
        installBootStopDelay: int, since 4.0.
    """

    __slots__ = ("product", "property", "ipAssignment", "eula", "ovfSection", "ovfEnvironmentTransport", "installBootRequired", "installBootStopDelay", )
    _wire_name_: ClassVar[str] = "VmConfigInfo"
    _since_: ClassVar[str] = "4.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("product", "VAppProductInfo", 3, "4.0"),
        _F("property", "VAppPropertyInfo", 3, "4.0"),
        _F("ipAssignment", "VAppIPAssignmentInfo", 0, "4.0"),
        _F("eula", "string", 3, "4.0"),
        _F("ovfSection", "VAppOvfSectionInfo", 3, "4.0"),
        _F("ovfEnvironmentTransport", "string", 3, "4.0"),
        _F("installBootRequired", "boolean", 0, "4.0"),
        _F("installBootStopDelay", "int", 0, "4.0"),
    )
    product: list[VAppProductInfo]
    property: list[VAppPropertyInfo]
    ipAssignment: VAppIPAssignmentInfo
    eula: list[str]
    ovfSection: list[VAppOvfSectionInfo]
    ovfEnvironmentTransport: list[str]
    installBootRequired: bool
    installBootStopDelay: int

    def __init__(
        self,
        *,
        ipAssignment: VAppIPAssignmentInfo,
        installBootRequired: bool,
        installBootStopDelay: int,
        product: list[VAppProductInfo] | None = None,
        property: list[VAppPropertyInfo] | None = None,
        eula: list[str] | None = None,
        ovfSection: list[VAppOvfSectionInfo] | None = None,
        ovfEnvironmentTransport: list[str] | None = None,
    ) -> None:
        self.product = [] if product is None else product
        self.property = [] if property is None else property
        self.ipAssignment = ipAssignment
        self.eula = [] if eula is None else eula
        self.ovfSection = [] if ovfSection is None else ovfSection
        self.ovfEnvironmentTransport = [] if ovfEnvironmentTransport is None else ovfEnvironmentTransport
        self.installBootRequired = installBootRequired
        self.installBootStopDelay = installBootStopDelay
