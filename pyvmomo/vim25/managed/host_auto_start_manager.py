# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostAutoStartManager: managed object proxy. Since 2.0."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from pyvmomo._base import ManagedObject as _ManagedObject
from pyvmomo.property import ObjectProperties as _ObjectProperties
from pyvmomo.property import fetch_into as _fetch_into

if TYPE_CHECKING:
    from ..types.host_auto_start_manager_config import HostAutoStartManagerConfig

_AUTO_START_POWER_OFF: _Operation[None] = _Operation(
    "AutoStartPowerOff",
    (),
    None,
    faults=("RuntimeFault", ),
    since="2.0",
    privilege="Host.Config.AutoStart",
    safe=False,
    task_result=None,
)

_AUTO_START_POWER_ON: _Operation[None] = _Operation(
    "AutoStartPowerOn",
    (),
    None,
    faults=("RuntimeFault", ),
    since="2.0",
    privilege="Host.Config.AutoStart",
    safe=False,
    task_result=None,
)

_RECONFIGURE_AUTOSTART: _Operation[None] = _Operation(
    "ReconfigureAutostart",
    (_F("spec", "HostAutoStartManagerConfig", 0, "2.0"), ),
    None,
    faults=("RuntimeFault", ),
    since="2.0",
    privilege="Host.Config.AutoStart",
    safe=False,
    task_result=None,
)


class HostAutoStartManagerProperties(_ObjectProperties["HostAutoStartManager"]):
    """HostAutoStartManager's properties as read by fetch(), retrieve() and watch(), base types' included.

    Only the requested properties are set (unset on the server: None, or [] for
    a list). Reading one that was not requested raises AttributeError, and one
    the server refused raises its fault. A dotted path fills a partial data
    object: its other members stay unset, even those the WSDL requires.
    """

    __slots__ = ("config", )
    config: HostAutoStartManagerConfig


class HostAutoStartManager(_ManagedObject):
    """HostAutoStartManager: managed object proxy, since 2.0.

    Properties (read them typed with fetch() or client.retrieve(); none is fetched implicitly):
        config: HostAutoStartManagerConfig, since 2.0.
    """

    __slots__ = ()
    _type_: ClassVar[str] = "HostAutoStartManager"
    _properties_: ClassVar[dict[str, _F]] = {
        "config": _F("config", "HostAutoStartManagerConfig", 0, "2.0"),
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
        "AutoStartPowerOff": _AUTO_START_POWER_OFF,
        "AutoStartPowerOn": _AUTO_START_POWER_ON,
        "ReconfigureAutostart": _RECONFIGURE_AUTOSTART,
    }
    _property_class_ = HostAutoStartManagerProperties

    def fetch(self, *paths: str) -> HostAutoStartManagerProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, HostAutoStartManagerProperties, paths)

    def AutoStartPowerOff(
        self,
        *,
        _timeout: float | None = None,
    ) -> None:
        """AutoStartPowerOff: an operation of HostAutoStartManager, since 2.0.

        Privilege: Host.Config.AutoStart.

        Returns:
            None.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _AUTO_START_POWER_OFF, (), _timeout)

    def AutoStartPowerOn(
        self,
        *,
        _timeout: float | None = None,
    ) -> None:
        """AutoStartPowerOn: an operation of HostAutoStartManager, since 2.0.

        Privilege: Host.Config.AutoStart.

        Returns:
            None.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _AUTO_START_POWER_ON, (), _timeout)

    def ReconfigureAutostart(
        self,
        *,
        spec: HostAutoStartManagerConfig,
        _timeout: float | None = None,
    ) -> None:
        """ReconfigureAutostart: an operation of HostAutoStartManager, since 2.0.

        Privilege: Host.Config.AutoStart.

        Args:
            spec: HostAutoStartManagerConfig, since 2.0.

        Returns:
            None.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _RECONFIGURE_AUTOSTART, (spec, ), _timeout)
