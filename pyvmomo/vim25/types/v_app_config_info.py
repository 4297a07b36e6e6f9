# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""VAppConfigInfo: data object type, extends VmConfigInfo. Since 4.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .vm_config_info import VmConfigInfo
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .managed_by_info import ManagedByInfo
    from .v_app_entity_config_info import VAppEntityConfigInfo
    from .v_app_ip_assignment_info import VAppIPAssignmentInfo
    from .v_app_ovf_section_info import VAppOvfSectionInfo
    from .v_app_product_info import VAppProductInfo
    from .v_app_property_info import VAppPropertyInfo


class VAppConfigInfo(VmConfigInfo):
    """VAppConfigInfo: data object extending VmConfigInfo, since 4.0.

    Attributes:
        entityConfig: list of VAppEntityConfigInfo, since 4.0.
        annotation: string, since 4.0.
        instanceUuid: string, optional, since 4.1.
        managedBy: ManagedByInfo, optional, since 5.0.
    """

    __slots__ = ("entityConfig", "annotation", "instanceUuid", "managedBy", )
    _wire_name_: ClassVar[str] = "VAppConfigInfo"
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
        _F("entityConfig", "VAppEntityConfigInfo", 3, "4.0"),
        _F("annotation", "string", 0, "4.0"),
        _F("instanceUuid", "string", 2, "4.1"),
        _F("managedBy", "ManagedByInfo", 2, "5.0"),
    )
    entityConfig: list[VAppEntityConfigInfo]
    annotation: str
    instanceUuid: str | None
    managedBy: ManagedByInfo | None

    def __init__(
        self,
        *,
        ipAssignment: VAppIPAssignmentInfo,
        installBootRequired: bool,
        installBootStopDelay: int,
        annotation: str,
        product: list[VAppProductInfo] | None = None,
        property: list[VAppPropertyInfo] | None = None,
        eula: list[str] | None = None,
        ovfSection: list[VAppOvfSectionInfo] | None = None,
        ovfEnvironmentTransport: list[str] | None = None,
        entityConfig: list[VAppEntityConfigInfo] | None = None,
        instanceUuid: str | None = None,
        managedBy: ManagedByInfo | None = None,
    ) -> None:
        self.product: list[VAppProductInfo] = [] if product is None else product
        self.property: list[VAppPropertyInfo] = [] if property is None else property
        self.ipAssignment = ipAssignment
        self.eula: list[str] = [] if eula is None else eula
        self.ovfSection: list[VAppOvfSectionInfo] = [] if ovfSection is None else ovfSection
        self.ovfEnvironmentTransport: list[str] = [] if ovfEnvironmentTransport is None else ovfEnvironmentTransport
        self.installBootRequired = installBootRequired
        self.installBootStopDelay = installBootStopDelay
        self.entityConfig = [] if entityConfig is None else entityConfig
        self.annotation = annotation
        self.instanceUuid = instanceUuid
        self.managedBy = managedBy
