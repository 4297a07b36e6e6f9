# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""IscsiManager: managed object proxy. Since 5.0."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from pyvmomo._base import ManagedObject as _ManagedObject
from pyvmomo.property import ObjectProperties as _ObjectProperties
from pyvmomo.property import fetch_into as _fetch_into

if TYPE_CHECKING:
    from ..types.iscsi_migration_dependency import IscsiMigrationDependency
    from ..types.iscsi_port_info import IscsiPortInfo
    from ..types.iscsi_status import IscsiStatus

_BIND_VNIC: _Operation[None] = _Operation(
    "BindVnic",
    (_F("iScsiHbaName", "string", 0, "5.0"), _F("vnicDevice", "string", 0, "5.0"), ),
    None,
    faults=("IscsiFault", "IscsiFaultInvalidVnic", "IscsiFaultVnicAlreadyBound", "IscsiFaultVnicHasMultipleUplinks", "IscsiFaultVnicHasNoUplinks", "IscsiFaultVnicHasWrongUplink", "IscsiFaultVnicNotFound", "NotFound", "PlatformConfigFault", "RuntimeFault", ),
    since="5.0",
    privilege="Host.Config.Storage",
    safe=False,
    task_result=None,
)

_QUERY_BOUND_VNICS: _Operation[list[IscsiPortInfo]] = _Operation(
    "QueryBoundVnics",
    (_F("iScsiHbaName", "string", 0, "5.0"), ),
    _F("returnval", "IscsiPortInfo", 3, "5.0"),
    faults=("IscsiFault", "NotFound", "RuntimeFault", ),
    since="5.0",
    privilege="Host.Config.Storage",
    safe=True,
    task_result=None,
)

_QUERY_CANDIDATE_NICS: _Operation[list[IscsiPortInfo]] = _Operation(
    "QueryCandidateNics",
    (_F("iScsiHbaName", "string", 0, "5.0"), ),
    _F("returnval", "IscsiPortInfo", 3, "5.0"),
    faults=("IscsiFault", "NotFound", "RuntimeFault", ),
    since="5.0",
    privilege="Host.Config.Storage",
    safe=True,
    task_result=None,
)

_QUERY_MIGRATION_DEPENDENCIES: _Operation[IscsiMigrationDependency] = _Operation(
    "QueryMigrationDependencies",
    (_F("pnicDevice", "string", 1, "5.0"), ),
    _F("returnval", "IscsiMigrationDependency", 0, "5.0"),
    faults=("RuntimeFault", ),
    since="5.0",
    privilege="Host.Config.Storage",
    safe=True,
    task_result=None,
)

_QUERY_PNIC_STATUS: _Operation[IscsiStatus] = _Operation(
    "QueryPnicStatus",
    (_F("pnicDevice", "string", 0, "5.0"), ),
    _F("returnval", "IscsiStatus", 0, "5.0"),
    faults=("IscsiFault", "RuntimeFault", ),
    since="5.0",
    privilege="Host.Config.Storage",
    safe=True,
    task_result=None,
)

_QUERY_VNIC_STATUS: _Operation[IscsiStatus] = _Operation(
    "QueryVnicStatus",
    (_F("vnicDevice", "string", 0, "5.0"), ),
    _F("returnval", "IscsiStatus", 0, "5.0"),
    faults=("IscsiFault", "RuntimeFault", ),
    since="5.0",
    privilege="Host.Config.Storage",
    safe=True,
    task_result=None,
)

_UNBIND_VNIC: _Operation[None] = _Operation(
    "UnbindVnic",
    (_F("iScsiHbaName", "string", 0, "5.0"), _F("vnicDevice", "string", 0, "5.0"), _F("force", "boolean", 0, "5.0"), ),
    None,
    faults=("IscsiFault", "IscsiFaultVnicHasActivePaths", "IscsiFaultVnicIsLastPath", "IscsiFaultVnicNotBound", "NotFound", "PlatformConfigFault", "RuntimeFault", ),
    since="5.0",
    privilege="Host.Config.Storage",
    safe=False,
    task_result=None,
)


class IscsiManagerProperties(_ObjectProperties["IscsiManager"]):
    """IscsiManager's properties as read by fetch(), retrieve() and watch(), base types' included.

    Only the requested properties are set (unset on the server: None, or [] for
    a list). Reading one that was not requested raises AttributeError, and one
    the server refused raises its fault. A dotted path fills a partial data
    object: its other members stay unset, even those the WSDL requires.
    """

    __slots__ = ()


class IscsiManager(_ManagedObject):
    """IscsiManager: managed object proxy, since 5.0."""

    __slots__ = ()
    _type_: ClassVar[str] = "IscsiManager"
    _properties_: ClassVar[dict[str, _F]] = {
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
        "BindVnic": _BIND_VNIC,
        "QueryBoundVnics": _QUERY_BOUND_VNICS,
        "QueryCandidateNics": _QUERY_CANDIDATE_NICS,
        "QueryMigrationDependencies": _QUERY_MIGRATION_DEPENDENCIES,
        "QueryPnicStatus": _QUERY_PNIC_STATUS,
        "QueryVnicStatus": _QUERY_VNIC_STATUS,
        "UnbindVnic": _UNBIND_VNIC,
    }
    _property_class_ = IscsiManagerProperties

    def fetch(self, *paths: str) -> IscsiManagerProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, IscsiManagerProperties, paths)

    def BindVnic(
        self,
        *,
        iScsiHbaName: str,
        vnicDevice: str,
        _timeout: float | None = None,
    ) -> None:
        """BindVnic: an operation of IscsiManager, since 5.0.

        Privilege: Host.Config.Storage.

        Args:
            iScsiHbaName: string, since 5.0.
            vnicDevice: string, since 5.0.

        Returns:
            None.

        Raises:
            IscsiFault, IscsiFaultInvalidVnic, IscsiFaultVnicAlreadyBound, IscsiFaultVnicHasMultipleUplinks, IscsiFaultVnicHasNoUplinks, IscsiFaultVnicHasWrongUplink, IscsiFaultVnicNotFound, NotFound, PlatformConfigFault, RuntimeFault.
        """
        return self._transport.invoke(self, _BIND_VNIC, (iScsiHbaName, vnicDevice, ), _timeout)

    def QueryBoundVnics(
        self,
        *,
        iScsiHbaName: str,
        _timeout: float | None = None,
    ) -> list[IscsiPortInfo]:
        """QueryBoundVnics: an operation of IscsiManager, since 5.0.

        Privilege: Host.Config.Storage. Safe to re-send after a lost reply.

        Args:
            iScsiHbaName: string, since 5.0.

        Returns:
            List of IscsiPortInfo.

        Raises:
            IscsiFault, NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _QUERY_BOUND_VNICS, (iScsiHbaName, ), _timeout)

    def QueryCandidateNics(
        self,
        *,
        iScsiHbaName: str,
        _timeout: float | None = None,
    ) -> list[IscsiPortInfo]:
        """QueryCandidateNics: an operation of IscsiManager, since 5.0.

        Privilege: Host.Config.Storage. Safe to re-send after a lost reply.

        Args:
            iScsiHbaName: string, since 5.0.

        Returns:
            List of IscsiPortInfo.

        Raises:
            IscsiFault, NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _QUERY_CANDIDATE_NICS, (iScsiHbaName, ), _timeout)

    def QueryMigrationDependencies(
        self,
        *,
        pnicDevice: list[str],
        _timeout: float | None = None,
    ) -> IscsiMigrationDependency:
        """QueryMigrationDependencies: an operation of IscsiManager, since 5.0.

        Privilege: Host.Config.Storage. Safe to re-send after a lost reply.

        Args:
            pnicDevice: list of string, since 5.0.

        Returns:
            IscsiMigrationDependency.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _QUERY_MIGRATION_DEPENDENCIES, (pnicDevice, ), _timeout)

    def QueryPnicStatus(
        self,
        *,
        pnicDevice: str,
        _timeout: float | None = None,
    ) -> IscsiStatus:
        """QueryPnicStatus: an operation of IscsiManager, since 5.0.

        Privilege: Host.Config.Storage. Safe to re-send after a lost reply.

        Args:
            pnicDevice: string, since 5.0.

        Returns:
            IscsiStatus.

        Raises:
            IscsiFault, RuntimeFault.
        """
        return self._transport.invoke(self, _QUERY_PNIC_STATUS, (pnicDevice, ), _timeout)

    def QueryVnicStatus(
        self,
        *,
        vnicDevice: str,
        _timeout: float | None = None,
    ) -> IscsiStatus:
        """QueryVnicStatus: an operation of IscsiManager, since 5.0.

        Privilege: Host.Config.Storage. Safe to re-send after a lost reply.

        Args:
            vnicDevice: string, since 5.0.

        Returns:
            IscsiStatus.

        Raises:
            IscsiFault, RuntimeFault.
        """
        return self._transport.invoke(self, _QUERY_VNIC_STATUS, (vnicDevice, ), _timeout)

    def UnbindVnic(
        self,
        *,
        iScsiHbaName: str,
        vnicDevice: str,
        force: bool,
        _timeout: float | None = None,
    ) -> None:
        """UnbindVnic: an operation of IscsiManager, since 5.0.

        Privilege: Host.Config.Storage.

        Args:
            iScsiHbaName: string, since 5.0.
            vnicDevice: string, since 5.0.
            force: boolean, since 5.0.

        Returns:
            None.

        Raises:
            IscsiFault, IscsiFaultVnicHasActivePaths, IscsiFaultVnicIsLastPath, IscsiFaultVnicNotBound, NotFound, PlatformConfigFault, RuntimeFault.
        """
        return self._transport.invoke(self, _UNBIND_VNIC, (iScsiHbaName, vnicDevice, force, ), _timeout)
