# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostSnmpSystem: managed object proxy. Since 2.0."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from pyvmomo._base import ManagedObject as _ManagedObject
from pyvmomo.property import ObjectProperties as _ObjectProperties
from pyvmomo.property import fetch_into as _fetch_into

if TYPE_CHECKING:
    from ..types.host_snmp_config_spec import HostSnmpConfigSpec
    from ..types.host_snmp_system_agent_limits import HostSnmpSystemAgentLimits

_RECONFIGURE_SNMP_AGENT: _Operation[None] = _Operation(
    "ReconfigureSnmpAgent",
    (_F("spec", "HostSnmpConfigSpec", 0, "2.5"), ),
    None,
    faults=("InsufficientResourcesFault", "NotFound", "RuntimeFault", ),
    since="2.5",
    privilege="Global.Settings",
    safe=False,
    task_result=None,
)

_SEND_TEST_NOTIFICATION: _Operation[None] = _Operation(
    "SendTestNotification",
    (),
    None,
    faults=("InsufficientResourcesFault", "NotFound", "RuntimeFault", ),
    since="2.5",
    privilege="Global.Settings",
    safe=False,
    task_result=None,
)


class HostSnmpSystemProperties(_ObjectProperties["HostSnmpSystem"]):
    """HostSnmpSystem's properties as read by fetch(), retrieve() and watch(), base types' included.

    Only the requested properties are set (unset on the server: None, or [] for
    a list). Reading one that was not requested raises AttributeError, and one
    the server refused raises its fault. A dotted path fills a partial data
    object: its other members stay unset, even those the WSDL requires.
    """

    __slots__ = ("configuration", "limits", )
    configuration: HostSnmpConfigSpec
    limits: HostSnmpSystemAgentLimits


class HostSnmpSystem(_ManagedObject):
    """HostSnmpSystem: managed object proxy, since 2.0.

    Properties (read them typed with fetch() or client.retrieve(); none is fetched implicitly):
        configuration: HostSnmpConfigSpec, since 2.5, read privilege Global.Settings.
        limits: HostSnmpSystemAgentLimits, since 2.5, read privilege Global.Settings.
    """

    __slots__ = ()
    _type_: ClassVar[str] = "HostSnmpSystem"
    _properties_: ClassVar[dict[str, _F]] = {
        "configuration": _F("configuration", "HostSnmpConfigSpec", 0, "2.5"),
        "limits": _F("limits", "HostSnmpSystemAgentLimits", 0, "2.5"),
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
        "ReconfigureSnmpAgent": _RECONFIGURE_SNMP_AGENT,
        "SendTestNotification": _SEND_TEST_NOTIFICATION,
    }
    _property_class_ = HostSnmpSystemProperties

    def fetch(self, *paths: str) -> HostSnmpSystemProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, HostSnmpSystemProperties, paths)

    def ReconfigureSnmpAgent(
        self,
        *,
        spec: HostSnmpConfigSpec,
        _timeout: float | None = None,
    ) -> None:
        """ReconfigureSnmpAgent: an operation of HostSnmpSystem, since 2.5.

        Privilege: Global.Settings.

        Args:
            spec: HostSnmpConfigSpec, since 2.5.

        Returns:
            None.

        Raises:
            InsufficientResourcesFault, NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _RECONFIGURE_SNMP_AGENT, (spec, ), _timeout)

    def SendTestNotification(
        self,
        *,
        _timeout: float | None = None,
    ) -> None:
        """SendTestNotification: an operation of HostSnmpSystem, since 2.5.

        Privilege: Global.Settings.

        Returns:
            None.

        Raises:
            InsufficientResourcesFault, NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _SEND_TEST_NOTIFICATION, (), _timeout)
