# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HbrDiskMigrationAction: data object type, extends ClusterAction. Since 6.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .cluster_action import ClusterAction
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from ..managed.datastore import Datastore
    from pyvmomo._base import ManagedObject as _ManagedObject


class HbrDiskMigrationAction(ClusterAction):
    """HbrDiskMigrationAction: data object extending ClusterAction, since 6.0.

    Attributes:
        collectionId: string, since 6.0.
        collectionName: string, since 6.0.
        diskIds: list of string, since 6.0.
        source: reference to Datastore, since 6.0.
        destination: reference to Datastore, since 6.0.
        sizeTransferred: long, since 6.0.
        spaceUtilSrcBefore: float, optional, since 6.0.
        spaceUtilDstBefore: float, optional, since 6.0.
        spaceUtilSrcAfter: float, optional, since 6.0.
        spaceUtilDstAfter: float, optional, since 6.0.
        ioLatencySrcBefore: float, optional, since 6.0.
        ioLatencyDstBefore: float, optional, since 6.0.
    """

    __slots__ = ("collectionId", "collectionName", "diskIds", "source", "destination", "sizeTransferred", "spaceUtilSrcBefore", "spaceUtilDstBefore", "spaceUtilSrcAfter", "spaceUtilDstAfter", "ioLatencySrcBefore", "ioLatencyDstBefore", )
    _wire_name_: ClassVar[str] = "HbrDiskMigrationAction"
    _since_: ClassVar[str] = "6.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("type", "string", 0, "2.5"),
        _F("target", "ManagedObjectReference", 2, "2.5"),
        _F("collectionId", "string", 0, "6.0"),
        _F("collectionName", "string", 0, "6.0"),
        _F("diskIds", "string", 1, "6.0"),
        _F("source", "ManagedObjectReference", 0, "6.0", target="Datastore"),
        _F("destination", "ManagedObjectReference", 0, "6.0", target="Datastore"),
        _F("sizeTransferred", "long", 0, "6.0"),
        _F("spaceUtilSrcBefore", "float", 2, "6.0"),
        _F("spaceUtilDstBefore", "float", 2, "6.0"),
        _F("spaceUtilSrcAfter", "float", 2, "6.0"),
        _F("spaceUtilDstAfter", "float", 2, "6.0"),
        _F("ioLatencySrcBefore", "float", 2, "6.0"),
        _F("ioLatencyDstBefore", "float", 2, "6.0"),
    )
    collectionId: str
    collectionName: str
    diskIds: list[str]
    source: Datastore
    destination: Datastore
    sizeTransferred: int
    spaceUtilSrcBefore: float | None
    spaceUtilDstBefore: float | None
    spaceUtilSrcAfter: float | None
    spaceUtilDstAfter: float | None
    ioLatencySrcBefore: float | None
    ioLatencyDstBefore: float | None

    def __init__(
        self,
        *,
        type: str,
        collectionId: str,
        collectionName: str,
        diskIds: list[str],
        source: Datastore,
        destination: Datastore,
        sizeTransferred: int,
        target: _ManagedObject | None = None,
        spaceUtilSrcBefore: float | None = None,
        spaceUtilDstBefore: float | None = None,
        spaceUtilSrcAfter: float | None = None,
        spaceUtilDstAfter: float | None = None,
        ioLatencySrcBefore: float | None = None,
        ioLatencyDstBefore: float | None = None,
    ) -> None:
        self.type = type
        self.target = target
        self.collectionId = collectionId
        self.collectionName = collectionName
        self.diskIds = diskIds
        self.source = source
        self.destination = destination
        self.sizeTransferred = sizeTransferred
        self.spaceUtilSrcBefore = spaceUtilSrcBefore
        self.spaceUtilDstBefore = spaceUtilDstBefore
        self.spaceUtilSrcAfter = spaceUtilSrcAfter
        self.spaceUtilDstAfter = spaceUtilDstAfter
        self.ioLatencySrcBefore = ioLatencySrcBefore
        self.ioLatencyDstBefore = ioLatencyDstBefore
