# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""ListView: managed object proxy, extends ManagedObjectView. Since 2.5."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from .managed_object_view import ManagedObjectView, ManagedObjectViewProperties
from pyvmomo.property import fetch_into as _fetch_into

if TYPE_CHECKING:
    from collections.abc import Sequence
    from .view import View
    from pyvmomo._base import ManagedObject as _ManagedObject

_MODIFY_LIST_VIEW: _Operation[list[_ManagedObject]] = _Operation(
    "ModifyListView",
    (_F("add", "ManagedObjectReference", 3, "2.5"), _F("remove", "ManagedObjectReference", 3, "2.5"), ),
    _F("returnval", "ManagedObjectReference", 3, "2.5"),
    faults=("RuntimeFault", ),
    since="2.5",
    privilege=None,
    safe=False,
    task_result=None,
)

_RESET_LIST_VIEW: _Operation[list[_ManagedObject]] = _Operation(
    "ResetListView",
    (_F("obj", "ManagedObjectReference", 3, "2.5"), ),
    _F("returnval", "ManagedObjectReference", 3, "2.5"),
    faults=("RuntimeFault", ),
    since="2.5",
    privilege=None,
    safe=False,
    task_result=None,
)

_RESET_LIST_VIEW_FROM_VIEW: _Operation[None] = _Operation(
    "ResetListViewFromView",
    (_F("view", "ManagedObjectReference", 0, "2.5", target="View"), ),
    None,
    faults=("RuntimeFault", ),
    since="2.5",
    privilege=None,
    safe=False,
    task_result=None,
)


class ListViewProperties(ManagedObjectViewProperties):
    """ListView's properties as read by fetch(), retrieve() and watch(), base types' included.

    Only the requested properties are set (unset on the server: None, or [] for
    a list). Reading one that was not requested raises AttributeError, and one
    the server refused raises its fault. A dotted path fills a partial data
    object: its other members stay unset, even those the WSDL requires.
    """

    __slots__ = ()
    obj: ListView  # pyright: ignore[reportIncompatibleVariableOverride]


class ListView(ManagedObjectView):
    """ListView: managed object proxy extending ManagedObjectView, since 2.5."""

    __slots__ = ()
    _type_: ClassVar[str] = "ListView"
    _properties_: ClassVar[dict[str, _F]] = {
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
        "ModifyListView": _MODIFY_LIST_VIEW,
        "ResetListView": _RESET_LIST_VIEW,
        "ResetListViewFromView": _RESET_LIST_VIEW_FROM_VIEW,
    }
    _property_class_ = ListViewProperties

    def fetch(self, *paths: str) -> ListViewProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, ListViewProperties, paths)

    def ModifyListView(
        self,
        *,
        add: Sequence[_ManagedObject] | None = None,
        remove: Sequence[_ManagedObject] | None = None,
        _timeout: float | None = None,
    ) -> list[_ManagedObject]:
        """ModifyListView: an operation of ListView, since 2.5.

        Args:
            add: list of references to any managed object, since 2.5, needs System.View on it.
            remove: list of references to any managed object, since 2.5, needs System.View on it.

        Returns:
            List of references to any managed object.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _MODIFY_LIST_VIEW, (add, remove, ), _timeout)

    def ResetListView(
        self,
        *,
        obj: Sequence[_ManagedObject] | None = None,
        _timeout: float | None = None,
    ) -> list[_ManagedObject]:
        """ResetListView: an operation of ListView, since 2.5.

        Args:
            obj: list of references to any managed object, since 2.5, needs System.View on it.

        Returns:
            List of references to any managed object.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _RESET_LIST_VIEW, (obj, ), _timeout)

    def ResetListViewFromView(
        self,
        *,
        view: View,
        _timeout: float | None = None,
    ) -> None:
        """ResetListViewFromView: an operation of ListView, since 2.5.

        Args:
            view: reference to View, since 2.5.

        Returns:
            None.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _RESET_LIST_VIEW_FROM_VIEW, (view, ), _timeout)
