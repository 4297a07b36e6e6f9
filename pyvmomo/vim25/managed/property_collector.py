# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""PropertyCollector: managed object proxy. Since 2.0."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from pyvmomo._base import ManagedObject as _ManagedObject
from pyvmomo.property import ObjectProperties as _ObjectProperties
from pyvmomo.property import fetch_into as _fetch_into

if TYPE_CHECKING:
    from ..types.object_content import ObjectContent
    from .property_filter import PropertyFilter
    from ..types.property_filter_spec import PropertyFilterSpec
    from ..types.retrieve_options import RetrieveOptions
    from ..types.retrieve_result import RetrieveResult
    from ..types.update_set import UpdateSet
    from ..types.wait_options import WaitOptions

_CANCEL_RETRIEVE_PROPERTIES_EX: _Operation[None] = _Operation(
    "CancelRetrievePropertiesEx",
    (_F("token", "string", 0, "4.1"), ),
    None,
    faults=("InvalidProperty", "RuntimeFault", ),
    since="4.1",
    privilege="System.View",
    safe=False,
    task_result=None,
)

_CANCEL_WAIT_FOR_UPDATES: _Operation[None] = _Operation(
    "CancelWaitForUpdates",
    (),
    None,
    faults=("RuntimeFault", ),
    since="2.0",
    privilege="System.View",
    safe=False,
    task_result=None,
)

_CHECK_FOR_UPDATES: _Operation[UpdateSet | None] = _Operation(
    "CheckForUpdates",
    (_F("version", "string", 2, "2.0"), ),
    _F("returnval", "UpdateSet", 2, "2.0"),
    faults=("InvalidCollectorVersion", "RuntimeFault", ),
    since="2.0",
    privilege="System.View",
    safe=False,
    task_result=None,
)

_CONTINUE_RETRIEVE_PROPERTIES_EX: _Operation[RetrieveResult] = _Operation(
    "ContinueRetrievePropertiesEx",
    (_F("token", "string", 0, "4.1"), ),
    _F("returnval", "RetrieveResult", 0, "4.1"),
    faults=("InvalidProperty", "RuntimeFault", ),
    since="4.1",
    privilege="System.View",
    safe=False,
    task_result=None,
)

_CREATE_FILTER: _Operation[PropertyFilter] = _Operation(
    "CreateFilter",
    (_F("spec", "PropertyFilterSpec", 0, "2.0"), _F("partialUpdates", "boolean", 0, "2.0"), ),
    _F("returnval", "ManagedObjectReference", 0, "2.0", target="PropertyFilter"),
    faults=("InvalidProperty", "RuntimeFault", ),
    since="2.0",
    privilege="System.View",
    safe=False,
    task_result=None,
)

_CREATE_PROPERTY_COLLECTOR: _Operation[PropertyCollector] = _Operation(
    "CreatePropertyCollector",
    (),
    _F("returnval", "ManagedObjectReference", 0, "4.1", target="PropertyCollector"),
    faults=("RuntimeFault", ),
    since="4.1",
    privilege="System.View",
    safe=False,
    task_result=None,
)

_DESTROY_PROPERTY_COLLECTOR: _Operation[None] = _Operation(
    "DestroyPropertyCollector",
    (),
    None,
    faults=("RuntimeFault", ),
    since="4.1",
    privilege="System.View",
    safe=False,
    task_result=None,
)

_RETRIEVE_PROPERTIES: _Operation[list[ObjectContent]] = _Operation(
    "RetrieveProperties",
    (_F("specSet", "PropertyFilterSpec", 1, "2.0"), ),
    _F("returnval", "ObjectContent", 3, "2.0"),
    faults=("InvalidProperty", "RuntimeFault", ),
    since="2.0",
    privilege="System.Anonymous",
    safe=True,
    task_result=None,
)

_RETRIEVE_PROPERTIES_EX: _Operation[RetrieveResult | None] = _Operation(
    "RetrievePropertiesEx",
    (_F("specSet", "PropertyFilterSpec", 1, "4.1"), _F("options", "RetrieveOptions", 0, "4.1"), ),
    _F("returnval", "RetrieveResult", 2, "4.1"),
    faults=("InvalidProperty", "RuntimeFault", ),
    since="4.1",
    privilege="System.Anonymous",
    safe=True,
    task_result=None,
)

_WAIT_FOR_UPDATES: _Operation[UpdateSet] = _Operation(
    "WaitForUpdates",
    (_F("version", "string", 2, "2.0"), ),
    _F("returnval", "UpdateSet", 0, "2.0"),
    faults=("InvalidCollectorVersion", "RuntimeFault", ),
    since="2.0",
    privilege="System.View",
    safe=False,
    task_result=None,
)

_WAIT_FOR_UPDATES_EX: _Operation[UpdateSet | None] = _Operation(
    "WaitForUpdatesEx",
    (_F("version", "string", 2, "4.1"), _F("options", "WaitOptions", 2, "4.1"), ),
    _F("returnval", "UpdateSet", 2, "4.1"),
    faults=("InvalidCollectorVersion", "RuntimeFault", ),
    since="4.1",
    privilege="System.View",
    safe=False,
    task_result=None,
)


class PropertyCollectorProperties(_ObjectProperties["PropertyCollector"]):
    """PropertyCollector's properties as read by fetch(), retrieve() and watch(), base types' included.

    Only the requested properties are set (unset on the server: None, or [] for
    a list). Reading one that was not requested raises AttributeError, and one
    the server refused raises its fault. A dotted path fills a partial data
    object: its other members stay unset, even those the WSDL requires.
    """

    __slots__ = ("filter", )
    filter: list[PropertyFilter]


class PropertyCollector(_ManagedObject):
    """PropertyCollector: managed object proxy, since 2.0.

    Properties (read them typed with fetch() or client.retrieve(); none is fetched implicitly):
        filter: list of references to PropertyFilter, since 2.0, read privilege System.View.
    """

    __slots__ = ()
    _type_: ClassVar[str] = "PropertyCollector"
    _properties_: ClassVar[dict[str, _F]] = {
        "filter": _F("filter", "ManagedObjectReference", 3, "2.0", target="PropertyFilter"),
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
        "CancelRetrievePropertiesEx": _CANCEL_RETRIEVE_PROPERTIES_EX,
        "CancelWaitForUpdates": _CANCEL_WAIT_FOR_UPDATES,
        "CheckForUpdates": _CHECK_FOR_UPDATES,
        "ContinueRetrievePropertiesEx": _CONTINUE_RETRIEVE_PROPERTIES_EX,
        "CreateFilter": _CREATE_FILTER,
        "CreatePropertyCollector": _CREATE_PROPERTY_COLLECTOR,
        "DestroyPropertyCollector": _DESTROY_PROPERTY_COLLECTOR,
        "RetrieveProperties": _RETRIEVE_PROPERTIES,
        "RetrievePropertiesEx": _RETRIEVE_PROPERTIES_EX,
        "WaitForUpdates": _WAIT_FOR_UPDATES,
        "WaitForUpdatesEx": _WAIT_FOR_UPDATES_EX,
    }
    _property_class_ = PropertyCollectorProperties

    def fetch(self, *paths: str) -> PropertyCollectorProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, PropertyCollectorProperties, paths)

    def CancelRetrievePropertiesEx(
        self,
        *,
        token: str,
        _timeout: float | None = None,
    ) -> None:
        """CancelRetrievePropertiesEx: an operation of PropertyCollector, since 4.1.

        Privilege: System.View.

        Args:
            token: string, since 4.1.

        Returns:
            None.

        Raises:
            InvalidProperty, RuntimeFault.
        """
        return self._transport.invoke(self, _CANCEL_RETRIEVE_PROPERTIES_EX, (token, ), _timeout)

    def CancelWaitForUpdates(
        self,
        *,
        _timeout: float | None = None,
    ) -> None:
        """CancelWaitForUpdates: an operation of PropertyCollector, since 2.0.

        Privilege: System.View.

        Returns:
            None.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _CANCEL_WAIT_FOR_UPDATES, (), _timeout)

    def CheckForUpdates(
        self,
        *,
        version: str | None = None,
        _timeout: float | None = None,
    ) -> UpdateSet | None:
        """CheckForUpdates: an operation of PropertyCollector, since 2.0.

        Privilege: System.View.

        Args:
            version: string, optional, since 2.0.

        Returns:
            UpdateSet, or None.

        Raises:
            InvalidCollectorVersion, RuntimeFault.
        """
        return self._transport.invoke(self, _CHECK_FOR_UPDATES, (version, ), _timeout)

    def ContinueRetrievePropertiesEx(
        self,
        *,
        token: str,
        _timeout: float | None = None,
    ) -> RetrieveResult:
        """ContinueRetrievePropertiesEx: an operation of PropertyCollector, since 4.1.

        Privilege: System.View.

        Args:
            token: string, since 4.1.

        Returns:
            RetrieveResult.

        Raises:
            InvalidProperty, RuntimeFault.
        """
        return self._transport.invoke(self, _CONTINUE_RETRIEVE_PROPERTIES_EX, (token, ), _timeout)

    def CreateFilter(
        self,
        *,
        spec: PropertyFilterSpec,
        partialUpdates: bool,
        _timeout: float | None = None,
    ) -> PropertyFilter:
        """CreateFilter: an operation of PropertyCollector, since 2.0.

        Privilege: System.View.

        Args:
            spec: PropertyFilterSpec, since 2.0.
            partialUpdates: boolean, since 2.0.

        Returns:
            Reference to PropertyFilter.

        Raises:
            InvalidProperty, RuntimeFault.
        """
        return self._transport.invoke(self, _CREATE_FILTER, (spec, partialUpdates, ), _timeout)

    def CreatePropertyCollector(
        self,
        *,
        _timeout: float | None = None,
    ) -> PropertyCollector:
        """CreatePropertyCollector: an operation of PropertyCollector, since 4.1.

        Privilege: System.View.

        Returns:
            Reference to PropertyCollector.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _CREATE_PROPERTY_COLLECTOR, (), _timeout)

    def DestroyPropertyCollector(
        self,
        *,
        _timeout: float | None = None,
    ) -> None:
        """DestroyPropertyCollector: an operation of PropertyCollector, since 4.1.

        Privilege: System.View.

        Returns:
            None.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _DESTROY_PROPERTY_COLLECTOR, (), _timeout)

    def RetrieveProperties(
        self,
        *,
        specSet: list[PropertyFilterSpec],
        _timeout: float | None = None,
    ) -> list[ObjectContent]:
        """RetrieveProperties: an operation of PropertyCollector, since 2.0.

        Privilege: System.Anonymous. Safe to re-send after a lost reply.

        Args:
            specSet: list of PropertyFilterSpec, since 2.0.

        Returns:
            List of ObjectContent.

        Raises:
            InvalidProperty, RuntimeFault.
        """
        return self._transport.invoke(self, _RETRIEVE_PROPERTIES, (specSet, ), _timeout)

    def RetrievePropertiesEx(
        self,
        *,
        specSet: list[PropertyFilterSpec],
        options: RetrieveOptions,
        _timeout: float | None = None,
    ) -> RetrieveResult | None:
        """RetrievePropertiesEx: an operation of PropertyCollector, since 4.1.

        Privilege: System.Anonymous. Safe to re-send after a lost reply.

        Args:
            specSet: list of PropertyFilterSpec, since 4.1.
            options: RetrieveOptions, since 4.1.

        Returns:
            RetrieveResult, or None.

        Raises:
            InvalidProperty, RuntimeFault.
        """
        return self._transport.invoke(self, _RETRIEVE_PROPERTIES_EX, (specSet, options, ), _timeout)

    def WaitForUpdates(
        self,
        *,
        version: str | None = None,
        _timeout: float | None = None,
    ) -> UpdateSet:
        """WaitForUpdates: an operation of PropertyCollector, since 2.0.

        Privilege: System.View.

        Args:
            version: string, optional, since 2.0.

        Returns:
            UpdateSet.

        Raises:
            InvalidCollectorVersion, RuntimeFault.
        """
        return self._transport.invoke(self, _WAIT_FOR_UPDATES, (version, ), _timeout)

    def WaitForUpdatesEx(
        self,
        *,
        version: str | None = None,
        options: WaitOptions | None = None,
        _timeout: float | None = None,
    ) -> UpdateSet | None:
        """WaitForUpdatesEx: an operation of PropertyCollector, since 4.1.

        Privilege: System.View.

        Args:
            version: string, optional, since 4.1.
            options: WaitOptions, optional, since 4.1.

        Returns:
            UpdateSet, or None.

        Raises:
            InvalidCollectorVersion, RuntimeFault.
        """
        return self._transport.invoke(self, _WAIT_FOR_UPDATES_EX, (version, options, ), _timeout)
