# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): vim.wsdl 94ef918a06f6, wsdl/catalogue.json 7a66054d4c10
"""TreeManager: managed object proxy. Since 7.0.3.0."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from pyvmomo._base import ManagedObject as _ManagedObject
from pyvmomo.property import ObjectProperties as _ObjectProperties
from pyvmomo.property import fetch_into as _fetch_into

if TYPE_CHECKING:
    from ..types.chain_a import ChainA
    from ..types.chain_b import ChainB
    from ..types.snapshot_tree import SnapshotTree

_RETRIEVE_TREE: _Operation[SnapshotTree | None] = _Operation(
    "RetrieveTree",
    (_F("root", "SnapshotTree", 2, "7.0.3.0"), ),
    _F("returnval", "SnapshotTree", 2, "7.0.3.0"),
    faults=(),
    since="7.0.3.0",
    privilege=None,
    safe=False,
    task_result=None,
)

_WALK: _Operation[list[ChainB]] = _Operation(
    "Walk",
    (_F("start", "ChainA", 0, "7.0.3.0"), ),
    _F("returnval", "ChainB", 3, "7.0.3.0"),
    faults=(),
    since="7.0.3.0",
    privilege=None,
    safe=False,
    task_result=None,
)


class TreeManagerProperties(_ObjectProperties["TreeManager"]):
    """TreeManager's properties as read by fetch(), retrieve() and watch(), base types' included.

    Only the requested properties are set (unset on the server: None, or [] for
    a list). Reading one that was not requested raises AttributeError, and one
    the server refused raises its fault. A dotted path fills a partial data
    object: its other members stay unset, even those the WSDL requires.
    """

    __slots__ = ()


class TreeManager(_ManagedObject):
    """TreeManager: managed object proxy, since 7.0.3.0."""

    __slots__ = ()
    _type_: ClassVar[str] = "TreeManager"
    _properties_: ClassVar[dict[str, _F]] = {
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
        "RetrieveTree": _RETRIEVE_TREE,
        "Walk": _WALK,
    }
    _property_class_ = TreeManagerProperties

    def fetch(self, *paths: str) -> TreeManagerProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, TreeManagerProperties, paths)

    def RetrieveTree(
        self,
        *,
        root: SnapshotTree | None = None,
        _timeout: float | None = None,
    ) -> SnapshotTree | None:
        """RetrieveTree: an operation of TreeManager, since 7.0.3.0.

        Args:
            root: SnapshotTree, optional, since 7.0.3.0.

        Returns:
            SnapshotTree, or None.
        """
        return self._transport.invoke(self, _RETRIEVE_TREE, (root, ), _timeout)

    def Walk(
        self,
        *,
        start: ChainA,
        _timeout: float | None = None,
    ) -> list[ChainB]:
        """Walk: an operation of TreeManager, since 7.0.3.0.

        Args:
            start: ChainA, since 7.0.3.0.

        Returns:
            List of ChainB.
        """
        return self._transport.invoke(self, _WALK, (start, ), _timeout)
