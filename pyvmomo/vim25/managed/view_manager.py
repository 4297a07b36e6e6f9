# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""ViewManager: managed object proxy. Since 2.5."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from pyvmomo._base import ManagedObject as _ManagedObject
from pyvmomo.property import ObjectProperties as _ObjectProperties
from pyvmomo.property import fetch_into as _fetch_into

if TYPE_CHECKING:
    from collections.abc import Sequence
    from .container_view import ContainerView
    from .inventory_view import InventoryView
    from .list_view import ListView
    from .managed_entity import ManagedEntity
    from .view import View

_CREATE_CONTAINER_VIEW: _Operation[ContainerView] = _Operation(
    "CreateContainerView",
    (_F("container", "ManagedObjectReference", 0, "2.5", target="ManagedEntity"), _F("type", "string", 3, "2.5"), _F("recursive", "boolean", 0, "2.5"), ),
    _F("returnval", "ManagedObjectReference", 0, "2.5", target="ContainerView"),
    faults=("RuntimeFault", ),
    since="2.5",
    privilege="System.View",
    safe=False,
    task_result=None,
)

_CREATE_INVENTORY_VIEW: _Operation[InventoryView] = _Operation(
    "CreateInventoryView",
    (),
    _F("returnval", "ManagedObjectReference", 0, "2.5", target="InventoryView"),
    faults=("RuntimeFault", ),
    since="2.5",
    privilege="System.View",
    safe=False,
    task_result=None,
)

_CREATE_LIST_VIEW: _Operation[ListView] = _Operation(
    "CreateListView",
    (_F("obj", "ManagedObjectReference", 3, "2.5"), ),
    _F("returnval", "ManagedObjectReference", 0, "2.5", target="ListView"),
    faults=("RuntimeFault", ),
    since="2.5",
    privilege="System.View",
    safe=False,
    task_result=None,
)

_CREATE_LIST_VIEW_FROM_VIEW: _Operation[ListView] = _Operation(
    "CreateListViewFromView",
    (_F("view", "ManagedObjectReference", 0, "2.5", target="View"), ),
    _F("returnval", "ManagedObjectReference", 0, "2.5", target="ListView"),
    faults=("RuntimeFault", ),
    since="2.5",
    privilege="System.View",
    safe=False,
    task_result=None,
)


class ViewManagerProperties(_ObjectProperties["ViewManager"]):
    """ViewManager's properties as read by fetch(), retrieve() and watch(), base types' included.

    Only the requested properties are set (unset on the server: None, or [] for
    a list). Reading one that was not requested raises AttributeError, and one
    the server refused raises its fault. A dotted path fills a partial data
    object: its other members stay unset, even those the WSDL requires.
    """

    __slots__ = ("viewList", )
    viewList: list[View]


class ViewManager(_ManagedObject):
    """ViewManager: managed object proxy, since 2.5.

    Properties (read them typed with fetch() or client.retrieve(); none is fetched implicitly):
        viewList: list of references to View, since 2.5, read privilege System.View.
    """

    __slots__ = ()
    _type_: ClassVar[str] = "ViewManager"
    _properties_: ClassVar[dict[str, _F]] = {
        "viewList": _F("viewList", "ManagedObjectReference", 3, "2.5", target="View"),
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
        "CreateContainerView": _CREATE_CONTAINER_VIEW,
        "CreateInventoryView": _CREATE_INVENTORY_VIEW,
        "CreateListView": _CREATE_LIST_VIEW,
        "CreateListViewFromView": _CREATE_LIST_VIEW_FROM_VIEW,
    }
    _property_class_ = ViewManagerProperties

    def fetch(self, *paths: str) -> ViewManagerProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, ViewManagerProperties, paths)

    def CreateContainerView(
        self,
        *,
        container: ManagedEntity,
        recursive: bool,
        type: list[str] | None = None,
        _timeout: float | None = None,
    ) -> ContainerView:
        """CreateContainerView: an operation of ViewManager, since 2.5.

        Privilege: System.View.

        Args:
            container: reference to ManagedEntity, since 2.5, needs System.View on it.
            type: list of string, since 2.5.
            recursive: boolean, since 2.5.

        Returns:
            Reference to ContainerView.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _CREATE_CONTAINER_VIEW, (container, type, recursive, ), _timeout)

    def CreateInventoryView(
        self,
        *,
        _timeout: float | None = None,
    ) -> InventoryView:
        """CreateInventoryView: an operation of ViewManager, since 2.5.

        Privilege: System.View.

        Returns:
            Reference to InventoryView.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _CREATE_INVENTORY_VIEW, (), _timeout)

    def CreateListView(
        self,
        *,
        obj: Sequence[_ManagedObject] | None = None,
        _timeout: float | None = None,
    ) -> ListView:
        """CreateListView: an operation of ViewManager, since 2.5.

        Privilege: System.View.

        Args:
            obj: list of references to any managed object, since 2.5, needs System.View on it.

        Returns:
            Reference to ListView.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _CREATE_LIST_VIEW, (obj, ), _timeout)

    def CreateListViewFromView(
        self,
        *,
        view: View,
        _timeout: float | None = None,
    ) -> ListView:
        """CreateListViewFromView: an operation of ViewManager, since 2.5.

        Privilege: System.View.

        Args:
            view: reference to View, since 2.5.

        Returns:
            Reference to ListView.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _CREATE_LIST_VIEW_FROM_VIEW, (view, ), _timeout)
