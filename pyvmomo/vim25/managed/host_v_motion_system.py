# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostVMotionSystem: managed object proxy, extends ExtensibleManagedObject. Since 2.0."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from .extensible_managed_object import ExtensibleManagedObject, ExtensibleManagedObjectProperties
from pyvmomo.property import fetch_into as _fetch_into

if TYPE_CHECKING:
    from ..types.host_ip_config import HostIpConfig
    from ..types.host_v_motion_net_config import HostVMotionNetConfig

_DESELECT_VNIC: _Operation[None] = _Operation(
    "DeselectVnic",
    (),
    None,
    faults=("HostConfigFault", "RuntimeFault", ),
    since="2.0",
    privilege="Host.Config.Network",
    safe=False,
    task_result=None,
)

_SELECT_VNIC: _Operation[None] = _Operation(
    "SelectVnic",
    (_F("device", "string", 0, "2.0"), ),
    None,
    faults=("HostConfigFault", "RuntimeFault", ),
    since="2.0",
    privilege="Host.Config.Network",
    safe=False,
    task_result=None,
)

_UPDATE_IP_CONFIG: _Operation[None] = _Operation(
    "UpdateIpConfig",
    (_F("ipConfig", "HostIpConfig", 0, "2.0"), ),
    None,
    faults=("HostConfigFault", "NotFound", "RuntimeFault", ),
    since="2.0",
    privilege="Host.Config.Network",
    safe=False,
    task_result=None,
)


class HostVMotionSystemProperties(ExtensibleManagedObjectProperties):
    """HostVMotionSystem's properties as read by fetch(), retrieve() and watch(), base types' included.

    Only the requested properties are set (unset on the server: None, or [] for
    a list). Reading one that was not requested raises AttributeError, and one
    the server refused raises its fault. A dotted path fills a partial data
    object: its other members stay unset, even those the WSDL requires.
    """

    __slots__ = ("netConfig", "ipConfig", )
    obj: HostVMotionSystem  # pyright: ignore[reportIncompatibleVariableOverride]
    netConfig: HostVMotionNetConfig | None
    ipConfig: HostIpConfig | None


class HostVMotionSystem(ExtensibleManagedObject):
    """HostVMotionSystem: managed object proxy extending ExtensibleManagedObject, since 2.0.

    Properties (read them typed with fetch() or client.retrieve(); none is fetched implicitly):
        netConfig: HostVMotionNetConfig, optional, since 2.0.
        ipConfig: HostIpConfig, optional, since 2.0.
    """

    __slots__ = ()
    _type_: ClassVar[str] = "HostVMotionSystem"
    _properties_: ClassVar[dict[str, _F]] = {
        "netConfig": _F("netConfig", "HostVMotionNetConfig", 2, "2.0"),
        "ipConfig": _F("ipConfig", "HostIpConfig", 2, "2.0"),
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
        "DeselectVnic": _DESELECT_VNIC,
        "SelectVnic": _SELECT_VNIC,
        "UpdateIpConfig": _UPDATE_IP_CONFIG,
    }
    _property_class_ = HostVMotionSystemProperties

    def fetch(self, *paths: str) -> HostVMotionSystemProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, HostVMotionSystemProperties, paths)

    def DeselectVnic(
        self,
        *,
        _timeout: float | None = None,
    ) -> None:
        """DeselectVnic: an operation of HostVMotionSystem, since 2.0.

        Privilege: Host.Config.Network.

        Returns:
            None.

        Raises:
            HostConfigFault, RuntimeFault.
        """
        return self._transport.invoke(self, _DESELECT_VNIC, (), _timeout)

    def SelectVnic(
        self,
        *,
        device: str,
        _timeout: float | None = None,
    ) -> None:
        """SelectVnic: an operation of HostVMotionSystem, since 2.0.

        Privilege: Host.Config.Network.

        Args:
            device: string, since 2.0.

        Returns:
            None.

        Raises:
            HostConfigFault, RuntimeFault.
        """
        return self._transport.invoke(self, _SELECT_VNIC, (device, ), _timeout)

    def UpdateIpConfig(
        self,
        *,
        ipConfig: HostIpConfig,
        _timeout: float | None = None,
    ) -> None:
        """UpdateIpConfig: an operation of HostVMotionSystem, since 2.0.

        Privilege: Host.Config.Network.

        Args:
            ipConfig: HostIpConfig, since 2.0.

        Returns:
            None.

        Raises:
            HostConfigFault, NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _UPDATE_IP_CONFIG, (ipConfig, ), _timeout)
