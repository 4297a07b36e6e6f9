# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""DatastoreSummary: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from ..managed.datastore import Datastore


class DatastoreSummary(DynamicData):
    """DatastoreSummary: data object extending DynamicData, since 2.0.

    Attributes:
        datastore: reference to Datastore, optional, since 2.0.
        name: string, since 2.0.
        url: string, since 2.0.
        capacity: long, since 2.0.
        freeSpace: long, since 2.0.
        uncommitted: long, optional, since 4.0.
        accessible: boolean, since 2.0.
        multipleHostAccess: boolean, optional, since 2.0.
        type: string, since 2.0.
        maintenanceMode: string, optional, since 5.0.
    """

    __slots__ = ("datastore", "name", "url", "capacity", "freeSpace", "uncommitted", "accessible", "multipleHostAccess", "type", "maintenanceMode", )
    _wire_name_: ClassVar[str] = "DatastoreSummary"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("datastore", "ManagedObjectReference", 2, "2.0", target="Datastore"),
        _F("name", "string", 0, "2.0"),
        _F("url", "string", 0, "2.0"),
        _F("capacity", "long", 0, "2.0"),
        _F("freeSpace", "long", 0, "2.0"),
        _F("uncommitted", "long", 2, "4.0"),
        _F("accessible", "boolean", 0, "2.0"),
        _F("multipleHostAccess", "boolean", 2, "2.0"),
        _F("type", "string", 0, "2.0"),
        _F("maintenanceMode", "string", 2, "5.0"),
    )
    datastore: Datastore | None
    name: str
    url: str
    capacity: int
    freeSpace: int
    uncommitted: int | None
    accessible: bool
    multipleHostAccess: bool | None
    type: str
    maintenanceMode: str | None

    def __init__(
        self,
        *,
        name: str,
        url: str,
        capacity: int,
        freeSpace: int,
        accessible: bool,
        type: str,
        datastore: Datastore | None = None,
        uncommitted: int | None = None,
        multipleHostAccess: bool | None = None,
        maintenanceMode: str | None = None,
    ) -> None:
        self.datastore = datastore
        self.name = name
        self.url = url
        self.capacity = capacity
        self.freeSpace = freeSpace
        self.uncommitted = uncommitted
        self.accessible = accessible
        self.multipleHostAccess = multipleHostAccess
        self.type = type
        self.maintenanceMode = maintenanceMode
