# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostSpecification: data object type, extends DynamicData. Since 6.5."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from datetime import datetime
    from .host_sub_specification import HostSubSpecification
    from ..managed.host_system import HostSystem


class HostSpecification(DynamicData):
    """HostSpecification: data object extending DynamicData, since 6.5.

    Attributes:
        createdTime: dateTime, since 6.5.
        lastModified: dateTime, optional, since 6.5.
        host: reference to HostSystem, since 6.5.
        subSpecs: list of HostSubSpecification, since 6.5.
        changeID: string, optional, since 6.5.
    """

    __slots__ = ("createdTime", "lastModified", "host", "subSpecs", "changeID", )
    _wire_name_: ClassVar[str] = "HostSpecification"
    _since_: ClassVar[str] = "6.5"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("createdTime", "dateTime", 0, "6.5"),
        _F("lastModified", "dateTime", 2, "6.5"),
        _F("host", "ManagedObjectReference", 0, "6.5", target="HostSystem"),
        _F("subSpecs", "HostSubSpecification", 3, "6.5"),
        _F("changeID", "string", 2, "6.5"),
    )
    createdTime: datetime
    lastModified: datetime | None
    host: HostSystem
    subSpecs: list[HostSubSpecification]
    changeID: str | None

    def __init__(
        self,
        *,
        createdTime: datetime,
        host: HostSystem,
        lastModified: datetime | None = None,
        subSpecs: list[HostSubSpecification] | None = None,
        changeID: str | None = None,
    ) -> None:
        self.createdTime = createdTime
        self.lastModified = lastModified
        self.host = host
        self.subSpecs = [] if subSpecs is None else subSpecs
        self.changeID = changeID
