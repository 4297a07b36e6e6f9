# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostDateTimeSystem: managed object proxy. Since 2.5."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from pyvmomo._base import ManagedObject as _ManagedObject
from pyvmomo.property import ObjectProperties as _ObjectProperties
from pyvmomo.property import fetch_into as _fetch_into

if TYPE_CHECKING:
    from datetime import datetime
    from ..types.host_date_time_config import HostDateTimeConfig
    from ..types.host_date_time_info import HostDateTimeInfo
    from ..types.host_date_time_system_service_test_result import HostDateTimeSystemServiceTestResult
    from ..types.host_date_time_system_time_zone import HostDateTimeSystemTimeZone

_QUERY_AVAILABLE_TIME_ZONES: _Operation[list[HostDateTimeSystemTimeZone]] = _Operation(
    "QueryAvailableTimeZones",
    (),
    _F("returnval", "HostDateTimeSystemTimeZone", 3, "2.5"),
    faults=("RuntimeFault", ),
    since="2.5",
    privilege="System.Read",
    safe=True,
    task_result=None,
)

_QUERY_DATE_TIME: _Operation[datetime] = _Operation(
    "QueryDateTime",
    (),
    _F("returnval", "dateTime", 0, "2.5"),
    faults=("RuntimeFault", ),
    since="2.5",
    privilege="System.Read",
    safe=True,
    task_result=None,
)

_REFRESH_DATE_TIME_SYSTEM: _Operation[None] = _Operation(
    "RefreshDateTimeSystem",
    (),
    None,
    faults=("RuntimeFault", ),
    since="2.5",
    privilege="Host.Config.DateTime",
    safe=False,
    task_result=None,
)

_TEST_TIME_SERVICE: _Operation[HostDateTimeSystemServiceTestResult | None] = _Operation(
    "TestTimeService",
    (),
    _F("returnval", "HostDateTimeSystemServiceTestResult", 2, "7.0.3.0"),
    faults=("RuntimeFault", ),
    since="7.0.3.0",
    privilege="Host.Config.DateTime",
    safe=True,
    task_result=None,
)

_UPDATE_DATE_TIME: _Operation[None] = _Operation(
    "UpdateDateTime",
    (_F("dateTime", "dateTime", 0, "2.5"), ),
    None,
    faults=("HostConfigFault", "RuntimeFault", ),
    since="2.5",
    privilege="Host.Config.DateTime",
    safe=False,
    task_result=None,
)

_UPDATE_DATE_TIME_CONFIG: _Operation[None] = _Operation(
    "UpdateDateTimeConfig",
    (_F("config", "HostDateTimeConfig", 0, "2.5"), ),
    None,
    faults=("HostConfigFault", "RuntimeFault", ),
    since="2.5",
    privilege="Host.Config.DateTime",
    safe=False,
    task_result=None,
)


class HostDateTimeSystemProperties(_ObjectProperties["HostDateTimeSystem"]):
    """HostDateTimeSystem's properties as read by fetch(), retrieve() and watch(), base types' included.

    Only the requested properties are set (unset on the server: None, or [] for
    a list). Reading one that was not requested raises AttributeError, and one
    the server refused raises its fault. A dotted path fills a partial data
    object: its other members stay unset, even those the WSDL requires.
    """

    __slots__ = ("dateTimeInfo", )
    dateTimeInfo: HostDateTimeInfo


class HostDateTimeSystem(_ManagedObject):
    """HostDateTimeSystem: managed object proxy, since 2.5.

    Properties (read them typed with fetch() or client.retrieve(); none is fetched implicitly):
        dateTimeInfo: HostDateTimeInfo, since 2.5, read privilege System.Read.
    """

    __slots__ = ()
    _type_: ClassVar[str] = "HostDateTimeSystem"
    _properties_: ClassVar[dict[str, _F]] = {
        "dateTimeInfo": _F("dateTimeInfo", "HostDateTimeInfo", 0, "2.5"),
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
        "QueryAvailableTimeZones": _QUERY_AVAILABLE_TIME_ZONES,
        "QueryDateTime": _QUERY_DATE_TIME,
        "RefreshDateTimeSystem": _REFRESH_DATE_TIME_SYSTEM,
        "TestTimeService": _TEST_TIME_SERVICE,
        "UpdateDateTime": _UPDATE_DATE_TIME,
        "UpdateDateTimeConfig": _UPDATE_DATE_TIME_CONFIG,
    }
    _property_class_ = HostDateTimeSystemProperties

    def fetch(self, *paths: str) -> HostDateTimeSystemProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, HostDateTimeSystemProperties, paths)

    def QueryAvailableTimeZones(
        self,
        *,
        _timeout: float | None = None,
    ) -> list[HostDateTimeSystemTimeZone]:
        """QueryAvailableTimeZones: an operation of HostDateTimeSystem, since 2.5.

        Privilege: System.Read. Safe to re-send after a lost reply.

        Returns:
            List of HostDateTimeSystemTimeZone.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _QUERY_AVAILABLE_TIME_ZONES, (), _timeout)

    def QueryDateTime(
        self,
        *,
        _timeout: float | None = None,
    ) -> datetime:
        """QueryDateTime: an operation of HostDateTimeSystem, since 2.5.

        Privilege: System.Read. Safe to re-send after a lost reply.

        Returns:
            DateTime.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _QUERY_DATE_TIME, (), _timeout)

    def RefreshDateTimeSystem(
        self,
        *,
        _timeout: float | None = None,
    ) -> None:
        """RefreshDateTimeSystem: an operation of HostDateTimeSystem, since 2.5.

        Privilege: Host.Config.DateTime.

        Returns:
            None.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _REFRESH_DATE_TIME_SYSTEM, (), _timeout)

    def TestTimeService(
        self,
        *,
        _timeout: float | None = None,
    ) -> HostDateTimeSystemServiceTestResult | None:
        """TestTimeService: an operation of HostDateTimeSystem, since 7.0.3.0.

        Privilege: Host.Config.DateTime. Safe to re-send after a lost reply.

        Returns:
            HostDateTimeSystemServiceTestResult, or None.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _TEST_TIME_SERVICE, (), _timeout)

    def UpdateDateTime(
        self,
        *,
        dateTime: datetime,
        _timeout: float | None = None,
    ) -> None:
        """UpdateDateTime: an operation of HostDateTimeSystem, since 2.5.

        Privilege: Host.Config.DateTime.

        Args:
            dateTime: dateTime, since 2.5.

        Returns:
            None.

        Raises:
            HostConfigFault, RuntimeFault.
        """
        return self._transport.invoke(self, _UPDATE_DATE_TIME, (dateTime, ), _timeout)

    def UpdateDateTimeConfig(
        self,
        *,
        config: HostDateTimeConfig,
        _timeout: float | None = None,
    ) -> None:
        """UpdateDateTimeConfig: an operation of HostDateTimeSystem, since 2.5.

        Privilege: Host.Config.DateTime.

        Args:
            config: HostDateTimeConfig, since 2.5.

        Returns:
            None.

        Raises:
            HostConfigFault, RuntimeFault.
        """
        return self._transport.invoke(self, _UPDATE_DATE_TIME_CONFIG, (config, ), _timeout)
