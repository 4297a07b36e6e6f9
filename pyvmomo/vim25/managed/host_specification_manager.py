# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostSpecificationManager: managed object proxy. Since 6.5."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from pyvmomo._base import ManagedObject as _ManagedObject
from pyvmomo.property import ObjectProperties as _ObjectProperties
from pyvmomo.property import fetch_into as _fetch_into

if TYPE_CHECKING:
    from ..types.host_specification import HostSpecification
    from ..types.host_sub_specification import HostSubSpecification
    from .host_system import HostSystem

_DELETE_HOST_SPECIFICATION: _Operation[None] = _Operation(
    "DeleteHostSpecification",
    (_F("host", "ManagedObjectReference", 0, "6.5", target="HostSystem"), ),
    None,
    faults=("HostSpecificationOperationFailed", "RuntimeFault", ),
    since="6.5",
    privilege="System.View",
    safe=False,
    task_result=None,
)

_DELETE_HOST_SUB_SPECIFICATION: _Operation[None] = _Operation(
    "DeleteHostSubSpecification",
    (_F("host", "ManagedObjectReference", 0, "6.5", target="HostSystem"), _F("subSpecName", "string", 0, "6.5"), ),
    None,
    faults=("HostSpecificationOperationFailed", "RuntimeFault", ),
    since="6.5",
    privilege="System.View",
    safe=False,
    task_result=None,
)

_HOST_SPEC_GET_UPDATED_HOSTS: _Operation[list[HostSystem]] = _Operation(
    "HostSpecGetUpdatedHosts",
    (_F("startChangeID", "string", 2, "6.5"), _F("endChangeID", "string", 2, "6.5"), ),
    _F("returnval", "ManagedObjectReference", 3, "6.5", target="HostSystem"),
    faults=("RuntimeFault", ),
    since="6.5",
    privilege="System.View",
    safe=True,
    task_result=None,
)

_RETRIEVE_HOST_SPECIFICATION: _Operation[HostSpecification] = _Operation(
    "RetrieveHostSpecification",
    (_F("host", "ManagedObjectReference", 0, "6.5", target="HostSystem"), _F("fromHost", "boolean", 0, "6.5"), ),
    _F("returnval", "HostSpecification", 0, "6.5"),
    faults=("HostSpecificationOperationFailed", "RuntimeFault", ),
    since="6.5",
    privilege="System.View",
    safe=True,
    task_result=None,
)

_UPDATE_HOST_SPECIFICATION: _Operation[None] = _Operation(
    "UpdateHostSpecification",
    (_F("host", "ManagedObjectReference", 0, "6.5", target="HostSystem"), _F("hostSpec", "HostSpecification", 0, "6.5"), ),
    None,
    faults=("HostSpecificationOperationFailed", "RuntimeFault", ),
    since="6.5",
    privilege="Profile.Edit",
    safe=False,
    task_result=None,
)

_UPDATE_HOST_SUB_SPECIFICATION: _Operation[None] = _Operation(
    "UpdateHostSubSpecification",
    (_F("host", "ManagedObjectReference", 0, "6.5", target="HostSystem"), _F("hostSubSpec", "HostSubSpecification", 0, "6.5"), ),
    None,
    faults=("HostSpecificationOperationFailed", "RuntimeFault", ),
    since="6.5",
    privilege="Profile.Edit",
    safe=False,
    task_result=None,
)


class HostSpecificationManagerProperties(_ObjectProperties["HostSpecificationManager"]):
    """HostSpecificationManager's properties as read by fetch(), retrieve() and watch(), base types' included.

    Only the requested properties are set (unset on the server: None, or [] for
    a list). Reading one that was not requested raises AttributeError, and one
    the server refused raises its fault. A dotted path fills a partial data
    object: its other members stay unset, even those the WSDL requires.
    """

    __slots__ = ()


class HostSpecificationManager(_ManagedObject):
    """HostSpecificationManager: managed object proxy, since 6.5."""

    __slots__ = ()
    _type_: ClassVar[str] = "HostSpecificationManager"
    _properties_: ClassVar[dict[str, _F]] = {
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
        "DeleteHostSpecification": _DELETE_HOST_SPECIFICATION,
        "DeleteHostSubSpecification": _DELETE_HOST_SUB_SPECIFICATION,
        "HostSpecGetUpdatedHosts": _HOST_SPEC_GET_UPDATED_HOSTS,
        "RetrieveHostSpecification": _RETRIEVE_HOST_SPECIFICATION,
        "UpdateHostSpecification": _UPDATE_HOST_SPECIFICATION,
        "UpdateHostSubSpecification": _UPDATE_HOST_SUB_SPECIFICATION,
    }
    _property_class_ = HostSpecificationManagerProperties

    def fetch(self, *paths: str) -> HostSpecificationManagerProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, HostSpecificationManagerProperties, paths)

    def DeleteHostSpecification(
        self,
        *,
        host: HostSystem,
        _timeout: float | None = None,
    ) -> None:
        """DeleteHostSpecification: an operation of HostSpecificationManager, since 6.5.

        Privilege: System.View.

        Args:
            host: reference to HostSystem, since 6.5.

        Returns:
            None.

        Raises:
            HostSpecificationOperationFailed, RuntimeFault.
        """
        return self._transport.invoke(self, _DELETE_HOST_SPECIFICATION, (host, ), _timeout)

    def DeleteHostSubSpecification(
        self,
        *,
        host: HostSystem,
        subSpecName: str,
        _timeout: float | None = None,
    ) -> None:
        """DeleteHostSubSpecification: an operation of HostSpecificationManager, since 6.5.

        Privilege: System.View.

        Args:
            host: reference to HostSystem, since 6.5.
            subSpecName: string, since 6.5.

        Returns:
            None.

        Raises:
            HostSpecificationOperationFailed, RuntimeFault.
        """
        return self._transport.invoke(self, _DELETE_HOST_SUB_SPECIFICATION, (host, subSpecName, ), _timeout)

    def HostSpecGetUpdatedHosts(
        self,
        *,
        startChangeID: str | None = None,
        endChangeID: str | None = None,
        _timeout: float | None = None,
    ) -> list[HostSystem]:
        """HostSpecGetUpdatedHosts: an operation of HostSpecificationManager, since 6.5.

        Privilege: System.View. Safe to re-send after a lost reply.

        Args:
            startChangeID: string, optional, since 6.5.
            endChangeID: string, optional, since 6.5.

        Returns:
            List of references to HostSystem.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _HOST_SPEC_GET_UPDATED_HOSTS, (startChangeID, endChangeID, ), _timeout)

    def RetrieveHostSpecification(
        self,
        *,
        host: HostSystem,
        fromHost: bool,
        _timeout: float | None = None,
    ) -> HostSpecification:
        """RetrieveHostSpecification: an operation of HostSpecificationManager, since 6.5.

        Privilege: System.View. Safe to re-send after a lost reply.

        Args:
            host: reference to HostSystem, since 6.5.
            fromHost: boolean, since 6.5.

        Returns:
            HostSpecification.

        Raises:
            HostSpecificationOperationFailed, RuntimeFault.
        """
        return self._transport.invoke(self, _RETRIEVE_HOST_SPECIFICATION, (host, fromHost, ), _timeout)

    def UpdateHostSpecification(
        self,
        *,
        host: HostSystem,
        hostSpec: HostSpecification,
        _timeout: float | None = None,
    ) -> None:
        """UpdateHostSpecification: an operation of HostSpecificationManager, since 6.5.

        Privilege: Profile.Edit.

        Args:
            host: reference to HostSystem, since 6.5.
            hostSpec: HostSpecification, since 6.5.

        Returns:
            None.

        Raises:
            HostSpecificationOperationFailed, RuntimeFault.
        """
        return self._transport.invoke(self, _UPDATE_HOST_SPECIFICATION, (host, hostSpec, ), _timeout)

    def UpdateHostSubSpecification(
        self,
        *,
        host: HostSystem,
        hostSubSpec: HostSubSpecification,
        _timeout: float | None = None,
    ) -> None:
        """UpdateHostSubSpecification: an operation of HostSpecificationManager, since 6.5.

        Privilege: Profile.Edit.

        Args:
            host: reference to HostSystem, since 6.5.
            hostSubSpec: HostSubSpecification, since 6.5.

        Returns:
            None.

        Raises:
            HostSpecificationOperationFailed, RuntimeFault.
        """
        return self._transport.invoke(self, _UPDATE_HOST_SUB_SPECIFICATION, (host, hostSubSpec, ), _timeout)
