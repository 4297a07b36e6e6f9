# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""SoftwarePackage: data object type, extends DynamicData. Since 6.5."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from datetime import datetime
    from .relation import Relation
    from .software_package_capability import SoftwarePackageCapability


class SoftwarePackage(DynamicData):
    """SoftwarePackage: data object extending DynamicData, since 6.5.

    Attributes:
        name: string, since 6.5.
        version: string, since 6.5.
        type: string, since 6.5.
        vendor: string, since 6.5.
        acceptanceLevel: string, since 6.5.
        summary: string, since 6.5.
        description: string, since 6.5.
        referenceURL: list of string, since 6.5.
        creationDate: dateTime, optional, since 6.5.
        depends: list of Relation, since 6.5.
        conflicts: list of Relation, since 6.5.
        replaces: list of Relation, since 6.5.
        provides: list of string, since 6.5.
        maintenanceModeRequired: boolean, optional, since 6.5.
        hardwarePlatformsRequired: list of string, since 6.5.
        capability: SoftwarePackageCapability, since 6.5.
        tag: list of string, since 6.5.
        payload: list of string, since 6.5.
    """

    __slots__ = ("name", "version", "type", "vendor", "acceptanceLevel", "summary", "description", "referenceURL", "creationDate", "depends", "conflicts", "replaces", "provides", "maintenanceModeRequired", "hardwarePlatformsRequired", "capability", "tag", "payload", )
    _wire_name_: ClassVar[str] = "SoftwarePackage"
    _since_: ClassVar[str] = "6.5"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("name", "string", 0, "6.5"),
        _F("version", "string", 0, "6.5"),
        _F("type", "string", 0, "6.5"),
        _F("vendor", "string", 0, "6.5"),
        _F("acceptanceLevel", "string", 0, "6.5"),
        _F("summary", "string", 0, "6.5"),
        _F("description", "string", 0, "6.5"),
        _F("referenceURL", "string", 3, "6.5"),
        _F("creationDate", "dateTime", 2, "6.5"),
        _F("depends", "Relation", 3, "6.5"),
        _F("conflicts", "Relation", 3, "6.5"),
        _F("replaces", "Relation", 3, "6.5"),
        _F("provides", "string", 3, "6.5"),
        _F("maintenanceModeRequired", "boolean", 2, "6.5"),
        _F("hardwarePlatformsRequired", "string", 3, "6.5"),
        _F("capability", "SoftwarePackageCapability", 0, "6.5"),
        _F("tag", "string", 3, "6.5"),
        _F("payload", "string", 3, "6.5"),
    )
    name: str
    version: str
    type: str
    vendor: str
    acceptanceLevel: str
    summary: str
    description: str
    referenceURL: list[str]
    creationDate: datetime | None
    depends: list[Relation]
    conflicts: list[Relation]
    replaces: list[Relation]
    provides: list[str]
    maintenanceModeRequired: bool | None
    hardwarePlatformsRequired: list[str]
    capability: SoftwarePackageCapability
    tag: list[str]
    payload: list[str]

    def __init__(
        self,
        *,
        name: str,
        version: str,
        type: str,
        vendor: str,
        acceptanceLevel: str,
        summary: str,
        description: str,
        capability: SoftwarePackageCapability,
        referenceURL: list[str] | None = None,
        creationDate: datetime | None = None,
        depends: list[Relation] | None = None,
        conflicts: list[Relation] | None = None,
        replaces: list[Relation] | None = None,
        provides: list[str] | None = None,
        maintenanceModeRequired: bool | None = None,
        hardwarePlatformsRequired: list[str] | None = None,
        tag: list[str] | None = None,
        payload: list[str] | None = None,
    ) -> None:
        self.name = name
        self.version = version
        self.type = type
        self.vendor = vendor
        self.acceptanceLevel = acceptanceLevel
        self.summary = summary
        self.description = description
        self.referenceURL = [] if referenceURL is None else referenceURL
        self.creationDate = creationDate
        self.depends = [] if depends is None else depends
        self.conflicts = [] if conflicts is None else conflicts
        self.replaces = [] if replaces is None else replaces
        self.provides = [] if provides is None else provides
        self.maintenanceModeRequired = maintenanceModeRequired
        self.hardwarePlatformsRequired = [] if hardwarePlatformsRequired is None else hardwarePlatformsRequired
        self.capability = capability
        self.tag = [] if tag is None else tag
        self.payload = [] if payload is None else payload
