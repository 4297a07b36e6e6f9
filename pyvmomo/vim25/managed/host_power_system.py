# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostPowerSystem: managed object proxy. Since 4.1."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from pyvmomo._base import ManagedObject as _ManagedObject
from pyvmomo.property import ObjectProperties as _ObjectProperties
from pyvmomo.property import fetch_into as _fetch_into

if TYPE_CHECKING:
    from ..types.power_system_capability import PowerSystemCapability
    from ..types.power_system_info import PowerSystemInfo

_CONFIGURE_POWER_POLICY: _Operation[None] = _Operation(
    "ConfigurePowerPolicy",
    (_F("key", "int", 0, "4.1"), ),
    None,
    faults=("HostConfigFault", "RuntimeFault", ),
    since="4.1",
    privilege="Host.Config.Power",
    safe=False,
    task_result=None,
)


class HostPowerSystemProperties(_ObjectProperties["HostPowerSystem"]):
    """HostPowerSystem's properties as read by fetch(), retrieve() and watch(), base types' included.

    Only the requested properties are set (unset on the server: None, or [] for
    a list). Reading one that was not requested raises AttributeError, and one
    the server refused raises its fault. A dotted path fills a partial data
    object: its other members stay unset, even those the WSDL requires.
    """

    __slots__ = ("capability", "info", )
    capability: PowerSystemCapability
    info: PowerSystemInfo


class HostPowerSystem(_ManagedObject):
    """HostPowerSystem: managed object proxy, since 4.1.

    Properties (read them typed with fetch() or client.retrieve(); none is fetched implicitly):
        capability: PowerSystemCapability, since 4.1, read privilege System.Read.
        info: PowerSystemInfo, since 4.1, read privilege System.Read.
    """

    __slots__ = ()
    _type_: ClassVar[str] = "HostPowerSystem"
    _properties_: ClassVar[dict[str, _F]] = {
        "capability": _F("capability", "PowerSystemCapability", 0, "4.1"),
        "info": _F("info", "PowerSystemInfo", 0, "4.1"),
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
        "ConfigurePowerPolicy": _CONFIGURE_POWER_POLICY,
    }
    _property_class_ = HostPowerSystemProperties

    def fetch(self, *paths: str) -> HostPowerSystemProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, HostPowerSystemProperties, paths)

    def ConfigurePowerPolicy(
        self,
        *,
        key: int,
        _timeout: float | None = None,
    ) -> None:
        """ConfigurePowerPolicy: an operation of HostPowerSystem, since 4.1.

        Privilege: Host.Config.Power.

        Args:
            key: int, since 4.1.

        Returns:
            None.

        Raises:
            HostConfigFault, RuntimeFault.
        """
        return self._transport.invoke(self, _CONFIGURE_POWER_POLICY, (key, ), _timeout)
