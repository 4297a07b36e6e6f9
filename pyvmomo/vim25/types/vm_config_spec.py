# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""VmConfigSpec: data object type, extends DynamicData. Since 4.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .v_app_ip_assignment_info import VAppIPAssignmentInfo
    from .v_app_ovf_section_spec import VAppOvfSectionSpec
    from .v_app_product_spec import VAppProductSpec
    from .v_app_property_spec import VAppPropertySpec


class VmConfigSpec(DynamicData):
    """VmConfigSpec: data object extending DynamicData, since 4.0.

    Attributes:
        product: list of VAppProductSpec, since 4.0.
        property: list of VAppPropertySpec, since 4.0.
        ipAssignment: VAppIPAssignmentInfo, optional, since 4.0.
        eula: list of string, since 4.0.
        ovfSection: list of VAppOvfSectionSpec, since 4.0.
        ovfEnvironmentTransport: list of string, since 4.0.
        installBootRequired: boolean, optional, since 4.0.
        installBootStopDelay: int, optional, since 4.0.
    """

    __slots__ = ("product", "property", "ipAssignment", "eula", "ovfSection", "ovfEnvironmentTransport", "installBootRequired", "installBootStopDelay", )
    _wire_name_: ClassVar[str] = "VmConfigSpec"
    _since_: ClassVar[str] = "4.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("product", "VAppProductSpec", 3, "4.0"),
        _F("property", "VAppPropertySpec", 3, "4.0"),
        _F("ipAssignment", "VAppIPAssignmentInfo", 2, "4.0"),
        _F("eula", "string", 3, "4.0"),
        _F("ovfSection", "VAppOvfSectionSpec", 3, "4.0"),
        _F("ovfEnvironmentTransport", "string", 3, "4.0"),
        _F("installBootRequired", "boolean", 2, "4.0"),
        _F("installBootStopDelay", "int", 2, "4.0"),
    )
    product: list[VAppProductSpec]
    property: list[VAppPropertySpec]
    ipAssignment: VAppIPAssignmentInfo | None
    eula: list[str]
    ovfSection: list[VAppOvfSectionSpec]
    ovfEnvironmentTransport: list[str]
    installBootRequired: bool | None
    installBootStopDelay: int | None

    def __init__(
        self,
        *,
        product: list[VAppProductSpec] | None = None,
        property: list[VAppPropertySpec] | None = None,
        ipAssignment: VAppIPAssignmentInfo | None = None,
        eula: list[str] | None = None,
        ovfSection: list[VAppOvfSectionSpec] | None = None,
        ovfEnvironmentTransport: list[str] | None = None,
        installBootRequired: bool | None = None,
        installBootStopDelay: int | None = None,
    ) -> None:
        self.product = [] if product is None else product
        self.property = [] if property is None else property
        self.ipAssignment = ipAssignment
        self.eula = [] if eula is None else eula
        self.ovfSection = [] if ovfSection is None else ovfSection
        self.ovfEnvironmentTransport = [] if ovfEnvironmentTransport is None else ovfEnvironmentTransport
        self.installBootRequired = installBootRequired
        self.installBootStopDelay = installBootStopDelay
