# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostVirtualNicManager: managed object proxy, extends ExtensibleManagedObject. Since 4.0."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from .extensible_managed_object import ExtensibleManagedObject, ExtensibleManagedObjectProperties
from pyvmomo.property import fetch_into as _fetch_into

if TYPE_CHECKING:
    from ..types.host_virtual_nic_manager_info import HostVirtualNicManagerInfo
    from ..types.virtual_nic_manager_net_config import VirtualNicManagerNetConfig

_DESELECT_VNIC_FOR_NIC_TYPE: _Operation[None] = _Operation(
    "DeselectVnicForNicType",
    (_F("nicType", "string", 0, "4.0"), _F("device", "string", 0, "4.0"), ),
    None,
    faults=("HostConfigFault", "InvalidArgument", "RuntimeFault", ),
    since="4.0",
    privilege="Host.Config.Network",
    safe=False,
    task_result=None,
)

_QUERY_NET_CONFIG: _Operation[VirtualNicManagerNetConfig | None] = _Operation(
    "QueryNetConfig",
    (_F("nicType", "string", 0, "4.0"), ),
    _F("returnval", "VirtualNicManagerNetConfig", 2, "4.0"),
    faults=("HostConfigFault", "InvalidArgument", "RuntimeFault", ),
    since="4.0",
    privilege="System.Read",
    safe=True,
    task_result=None,
)

_SELECT_VNIC_FOR_NIC_TYPE: _Operation[None] = _Operation(
    "SelectVnicForNicType",
    (_F("nicType", "string", 0, "4.0"), _F("device", "string", 0, "4.0"), ),
    None,
    faults=("HostConfigFault", "InvalidArgument", "RuntimeFault", ),
    since="4.0",
    privilege="Host.Config.Network",
    safe=False,
    task_result=None,
)


class HostVirtualNicManagerProperties(ExtensibleManagedObjectProperties):
    """HostVirtualNicManager's properties as read by fetch(), retrieve() and watch(), base types' included.

    Only the requested properties are set (unset on the server: None, or [] for
    a list). Reading one that was not requested raises AttributeError, and one
    the server refused raises its fault. A dotted path fills a partial data
    object: its other members stay unset, even those the WSDL requires.
    """

    __slots__ = ("info", )
    obj: HostVirtualNicManager  # pyright: ignore[reportIncompatibleVariableOverride]
    info: HostVirtualNicManagerInfo


class HostVirtualNicManager(ExtensibleManagedObject):
    """HostVirtualNicManager: managed object proxy extending ExtensibleManagedObject, since 4.0.

    Properties (read them typed with fetch() or client.retrieve(); none is fetched implicitly):
        info: HostVirtualNicManagerInfo, since 4.0.
    """

    __slots__ = ()
    _type_: ClassVar[str] = "HostVirtualNicManager"
    _properties_: ClassVar[dict[str, _F]] = {
        "info": _F("info", "HostVirtualNicManagerInfo", 0, "4.0"),
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
        "DeselectVnicForNicType": _DESELECT_VNIC_FOR_NIC_TYPE,
        "QueryNetConfig": _QUERY_NET_CONFIG,
        "SelectVnicForNicType": _SELECT_VNIC_FOR_NIC_TYPE,
    }
    _property_class_ = HostVirtualNicManagerProperties

    def fetch(self, *paths: str) -> HostVirtualNicManagerProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, HostVirtualNicManagerProperties, paths)

    def DeselectVnicForNicType(
        self,
        *,
        nicType: str,
        device: str,
        _timeout: float | None = None,
    ) -> None:
        """DeselectVnicForNicType: an operation of HostVirtualNicManager, since 4.0.

        Privilege: Host.Config.Network.

        Args:
            nicType: string, since 4.0.
            device: string, since 4.0.

        Returns:
            None.

        Raises:
            HostConfigFault, InvalidArgument, RuntimeFault.
        """
        return self._transport.invoke(self, _DESELECT_VNIC_FOR_NIC_TYPE, (nicType, device, ), _timeout)

    def QueryNetConfig(
        self,
        *,
        nicType: str,
        _timeout: float | None = None,
    ) -> VirtualNicManagerNetConfig | None:
        """QueryNetConfig: an operation of HostVirtualNicManager, since 4.0.

        Privilege: System.Read. Safe to re-send after a lost reply.

        Args:
            nicType: string, since 4.0.

        Returns:
            VirtualNicManagerNetConfig, or None.

        Raises:
            HostConfigFault, InvalidArgument, RuntimeFault.
        """
        return self._transport.invoke(self, _QUERY_NET_CONFIG, (nicType, ), _timeout)

    def SelectVnicForNicType(
        self,
        *,
        nicType: str,
        device: str,
        _timeout: float | None = None,
    ) -> None:
        """SelectVnicForNicType: an operation of HostVirtualNicManager, since 4.0.

        Privilege: Host.Config.Network.

        Args:
            nicType: string, since 4.0.
            device: string, since 4.0.

        Returns:
            None.

        Raises:
            HostConfigFault, InvalidArgument, RuntimeFault.
        """
        return self._transport.invoke(self, _SELECT_VNIC_FOR_NIC_TYPE, (nicType, device, ), _timeout)
