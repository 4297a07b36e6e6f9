# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""LicenseAssignmentManager: managed object proxy. Since 4.0."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from pyvmomo._base import ManagedObject as _ManagedObject
from pyvmomo.property import ObjectProperties as _ObjectProperties
from pyvmomo.property import fetch_into as _fetch_into

if TYPE_CHECKING:
    from ..types.license_assignment_manager_license_assignment import LicenseAssignmentManagerLicenseAssignment
    from ..types.license_manager_license_info import LicenseManagerLicenseInfo

_QUERY_ASSIGNED_LICENSES: _Operation[list[LicenseAssignmentManagerLicenseAssignment]] = _Operation(
    "QueryAssignedLicenses",
    (_F("entityId", "string", 2, "4.0"), ),
    _F("returnval", "LicenseAssignmentManagerLicenseAssignment", 3, "4.0"),
    faults=("RuntimeFault", ),
    since="4.0",
    privilege="System.View",
    safe=True,
    task_result=None,
)

_REMOVE_ASSIGNED_LICENSE: _Operation[None] = _Operation(
    "RemoveAssignedLicense",
    (_F("entityId", "string", 0, "4.0"), ),
    None,
    faults=("LicenseEntityNotFound", "RuntimeFault", ),
    since="4.0",
    privilege="Global.Licenses",
    safe=False,
    task_result=None,
)

_UPDATE_ASSIGNED_LICENSE: _Operation[LicenseManagerLicenseInfo] = _Operation(
    "UpdateAssignedLicense",
    (_F("entity", "string", 0, "4.0"), _F("licenseKey", "string", 0, "4.0"), _F("entityDisplayName", "string", 2, "4.0"), ),
    _F("returnval", "LicenseManagerLicenseInfo", 0, "4.0"),
    faults=("LicenseEntityNotFound", "RuntimeFault", ),
    since="4.0",
    privilege="Global.Licenses",
    safe=False,
    task_result=None,
)


class LicenseAssignmentManagerProperties(_ObjectProperties["LicenseAssignmentManager"]):
    """LicenseAssignmentManager's properties as read by fetch(), retrieve() and watch(), base types' included.

    Only the requested properties are set (unset on the server: None, or [] for
    a list). Reading one that was not requested raises AttributeError, and one
    the server refused raises its fault. A dotted path fills a partial data
    object: its other members stay unset, even those the WSDL requires.
    """

    __slots__ = ()


class LicenseAssignmentManager(_ManagedObject):
    """LicenseAssignmentManager: managed object proxy, since 4.0."""

    __slots__ = ()
    _type_: ClassVar[str] = "LicenseAssignmentManager"
    _properties_: ClassVar[dict[str, _F]] = {
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
        "QueryAssignedLicenses": _QUERY_ASSIGNED_LICENSES,
        "RemoveAssignedLicense": _REMOVE_ASSIGNED_LICENSE,
        "UpdateAssignedLicense": _UPDATE_ASSIGNED_LICENSE,
    }
    _property_class_ = LicenseAssignmentManagerProperties

    def fetch(self, *paths: str) -> LicenseAssignmentManagerProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, LicenseAssignmentManagerProperties, paths)

    def QueryAssignedLicenses(
        self,
        *,
        entityId: str | None = None,
        _timeout: float | None = None,
    ) -> list[LicenseAssignmentManagerLicenseAssignment]:
        """QueryAssignedLicenses: an operation of LicenseAssignmentManager, since 4.0.

        Privilege: System.View. Safe to re-send after a lost reply.

        Args:
            entityId: string, optional, since 4.0.

        Returns:
            List of LicenseAssignmentManagerLicenseAssignment.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _QUERY_ASSIGNED_LICENSES, (entityId, ), _timeout)

    def RemoveAssignedLicense(
        self,
        *,
        entityId: str,
        _timeout: float | None = None,
    ) -> None:
        """RemoveAssignedLicense: an operation of LicenseAssignmentManager, since 4.0.

        Privilege: Global.Licenses.

        Args:
            entityId: string, since 4.0.

        Returns:
            None.

        Raises:
            LicenseEntityNotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _REMOVE_ASSIGNED_LICENSE, (entityId, ), _timeout)

    def UpdateAssignedLicense(
        self,
        *,
        entity: str,
        licenseKey: str,
        entityDisplayName: str | None = None,
        _timeout: float | None = None,
    ) -> LicenseManagerLicenseInfo:
        """UpdateAssignedLicense: an operation of LicenseAssignmentManager, since 4.0.

        Privilege: Global.Licenses.

        Args:
            entity: string, since 4.0.
            licenseKey: string, since 4.0.
            entityDisplayName: string, optional, since 4.0.

        Returns:
            LicenseManagerLicenseInfo.

        Raises:
            LicenseEntityNotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _UPDATE_ASSIGNED_LICENSE, (entity, licenseKey, entityDisplayName, ), _timeout)
