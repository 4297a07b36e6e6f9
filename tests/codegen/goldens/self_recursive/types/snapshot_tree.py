# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): vim.wsdl 94ef918a06f6, wsdl/catalogue.json 7a66054d4c10
"""SnapshotTree: data object type, extends DynamicData. Since 7.0.3.0."""

from __future__ import annotations

from typing import ClassVar

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F


class SnapshotTree(DynamicData):
    """SnapshotTree: data object extending DynamicData, since 7.0.3.0.

    Attributes:
        name: string, since 7.0.3.0.
        childSnapshotList: list of SnapshotTree, since 7.0.3.0.
        parent: SnapshotTree, optional, since 7.0.3.0.
    """

    __slots__ = ("name", "childSnapshotList", "parent", )
    _wire_name_: ClassVar[str] = "SnapshotTree"
    _since_: ClassVar[str] = "7.0.3.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("name", "string", 0, "7.0.3.0"),
        _F("childSnapshotList", "SnapshotTree", 3, "7.0.3.0"),
        _F("parent", "SnapshotTree", 2, "7.0.3.0"),
    )
    name: str
    childSnapshotList: list[SnapshotTree]
    parent: SnapshotTree | None

    def __init__(
        self,
        *,
        name: str,
        childSnapshotList: list[SnapshotTree] | None = None,
        parent: SnapshotTree | None = None,
    ) -> None:
        self.name = name
        self.childSnapshotList = [] if childSnapshotList is None else childSnapshotList
        self.parent = parent
