# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""InventoryView: managed object proxy, extends ManagedObjectView. Since 2.5."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from .managed_object_view import ManagedObjectView, ManagedObjectViewProperties
from pyvmomo.property import fetch_into as _fetch_into

if TYPE_CHECKING:
    from collections.abc import Sequence
    from .managed_entity import ManagedEntity

_CLOSE_INVENTORY_VIEW_FOLDER: _Operation[list[ManagedEntity]] = _Operation(
    "CloseInventoryViewFolder",
    (_F("entity", "ManagedObjectReference", 1, "2.5", target="ManagedEntity"), ),
    _F("returnval", "ManagedObjectReference", 3, "2.5", target="ManagedEntity"),
    faults=("RuntimeFault", ),
    since="2.5",
    privilege=None,
    safe=False,
    task_result=None,
)

_OPEN_INVENTORY_VIEW_FOLDER: _Operation[list[ManagedEntity]] = _Operation(
    "OpenInventoryViewFolder",
    (_F("entity", "ManagedObjectReference", 1, "2.5", target="ManagedEntity"), ),
    _F("returnval", "ManagedObjectReference", 3, "2.5", target="ManagedEntity"),
    faults=("RuntimeFault", ),
    since="2.5",
    privilege=None,
    safe=False,
    task_result=None,
)


class InventoryViewProperties(ManagedObjectViewProperties):
    """InventoryView's properties as read by fetch(), retrieve() and watch(), base types' included.

    Only the requested properties are set (unset on the server: None, or [] for
    a list). Reading one that was not requested raises AttributeError, and one
    the server refused raises its fault. A dotted path fills a partial data
    object: its other members stay unset, even those the WSDL requires.
    """

    __slots__ = ()
    obj: InventoryView  # pyright: ignore[reportIncompatibleVariableOverride]


class InventoryView(ManagedObjectView):
    """InventoryView: managed object proxy extending ManagedObjectView, since 2.5."""

    __slots__ = ()
    _type_: ClassVar[str] = "InventoryView"
    _properties_: ClassVar[dict[str, _F]] = {
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
        "CloseInventoryViewFolder": _CLOSE_INVENTORY_VIEW_FOLDER,
        "OpenInventoryViewFolder": _OPEN_INVENTORY_VIEW_FOLDER,
    }
    _property_class_ = InventoryViewProperties

    def fetch(self, *paths: str) -> InventoryViewProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, InventoryViewProperties, paths)

    def CloseInventoryViewFolder(
        self,
        *,
        entity: Sequence[ManagedEntity],
        _timeout: float | None = None,
    ) -> list[ManagedEntity]:
        """CloseInventoryViewFolder: an operation of InventoryView, since 2.5.

        Args:
            entity: list of references to ManagedEntity, since 2.5, needs System.View on it.

        Returns:
            List of references to ManagedEntity.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _CLOSE_INVENTORY_VIEW_FOLDER, (entity, ), _timeout)

    def OpenInventoryViewFolder(
        self,
        *,
        entity: Sequence[ManagedEntity],
        _timeout: float | None = None,
    ) -> list[ManagedEntity]:
        """OpenInventoryViewFolder: an operation of InventoryView, since 2.5.

        Args:
            entity: list of references to ManagedEntity, since 2.5, needs System.View on it.

        Returns:
            List of references to ManagedEntity.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _OPEN_INVENTORY_VIEW_FOLDER, (entity, ), _timeout)
