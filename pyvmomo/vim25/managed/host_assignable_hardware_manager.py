# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostAssignableHardwareManager: managed object proxy. Since 7.0.0.0."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from pyvmomo._base import ManagedObject as _ManagedObject
from pyvmomo.property import ObjectProperties as _ObjectProperties
from pyvmomo.property import fetch_into as _fetch_into

if TYPE_CHECKING:
    from ..types.host_assignable_hardware_binding import HostAssignableHardwareBinding
    from ..types.host_assignable_hardware_config import HostAssignableHardwareConfig
    from ..types.virtual_machine_dynamic_passthrough_info import VirtualMachineDynamicPassthroughInfo

_DOWNLOAD_DESCRIPTION_TREE: _Operation[bytes] = _Operation(
    "DownloadDescriptionTree",
    (),
    _F("returnval", "base64Binary", 0, "7.0.0.0"),
    faults=("RuntimeFault", ),
    since="7.0.0.0",
    privilege="System.Read",
    safe=True,
    task_result=None,
)

_RETRIEVE_DYNAMIC_PASSTHROUGH_INFO: _Operation[list[VirtualMachineDynamicPassthroughInfo]] = _Operation(
    "RetrieveDynamicPassthroughInfo",
    (),
    _F("returnval", "VirtualMachineDynamicPassthroughInfo", 3, "7.0.0.0"),
    faults=("RuntimeFault", ),
    since="7.0.0.0",
    privilege="System.Read",
    safe=True,
    task_result=None,
)

_UPDATE_ASSIGNABLE_HARDWARE_CONFIG: _Operation[None] = _Operation(
    "UpdateAssignableHardwareConfig",
    (_F("config", "HostAssignableHardwareConfig", 0, "7.0.0.0"), ),
    None,
    faults=("HostConfigFault", "RuntimeFault", ),
    since="7.0.0.0",
    privilege="Host.Config.Settings",
    safe=False,
    task_result=None,
)


class HostAssignableHardwareManagerProperties(_ObjectProperties["HostAssignableHardwareManager"]):
    """HostAssignableHardwareManager's properties as read by fetch(), retrieve() and watch(), base types' included.

    Only the requested properties are set (unset on the server: None, or [] for
    a list). Reading one that was not requested raises AttributeError, and one
    the server refused raises its fault. A dotted path fills a partial data
    object: its other members stay unset, even those the WSDL requires.
    """

    __slots__ = ("binding", "config", )
    binding: list[HostAssignableHardwareBinding]
    config: HostAssignableHardwareConfig


class HostAssignableHardwareManager(_ManagedObject):
    """HostAssignableHardwareManager: managed object proxy, since 7.0.0.0.

    Properties (read them typed with fetch() or client.retrieve(); none is fetched implicitly):
        binding: list of HostAssignableHardwareBinding, since 7.0.0.0, read privilege System.Read.
        config: HostAssignableHardwareConfig, since 7.0.0.0, read privilege System.Read.
    """

    __slots__ = ()
    _type_: ClassVar[str] = "HostAssignableHardwareManager"
    _properties_: ClassVar[dict[str, _F]] = {
        "binding": _F("binding", "HostAssignableHardwareBinding", 3, "7.0.0.0"),
        "config": _F("config", "HostAssignableHardwareConfig", 0, "7.0.0.0"),
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
        "DownloadDescriptionTree": _DOWNLOAD_DESCRIPTION_TREE,
        "RetrieveDynamicPassthroughInfo": _RETRIEVE_DYNAMIC_PASSTHROUGH_INFO,
        "UpdateAssignableHardwareConfig": _UPDATE_ASSIGNABLE_HARDWARE_CONFIG,
    }
    _property_class_ = HostAssignableHardwareManagerProperties

    def fetch(self, *paths: str) -> HostAssignableHardwareManagerProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, HostAssignableHardwareManagerProperties, paths)

    def DownloadDescriptionTree(
        self,
        *,
        _timeout: float | None = None,
    ) -> bytes:
        """DownloadDescriptionTree: an operation of HostAssignableHardwareManager, since 7.0.0.0.

        Privilege: System.Read. Safe to re-send after a lost reply.

        Returns:
            Base64Binary.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _DOWNLOAD_DESCRIPTION_TREE, (), _timeout)

    def RetrieveDynamicPassthroughInfo(
        self,
        *,
        _timeout: float | None = None,
    ) -> list[VirtualMachineDynamicPassthroughInfo]:
        """RetrieveDynamicPassthroughInfo: an operation of HostAssignableHardwareManager, since 7.0.0.0.

        Privilege: System.Read. Safe to re-send after a lost reply.

        Returns:
            List of VirtualMachineDynamicPassthroughInfo.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _RETRIEVE_DYNAMIC_PASSTHROUGH_INFO, (), _timeout)

    def UpdateAssignableHardwareConfig(
        self,
        *,
        config: HostAssignableHardwareConfig,
        _timeout: float | None = None,
    ) -> None:
        """UpdateAssignableHardwareConfig: an operation of HostAssignableHardwareManager, since 7.0.0.0.

        Privilege: Host.Config.Settings.

        Args:
            config: HostAssignableHardwareConfig, since 7.0.0.0.

        Returns:
            None.

        Raises:
            HostConfigFault, RuntimeFault.
        """
        return self._transport.invoke(self, _UPDATE_ASSIGNABLE_HARDWARE_CONFIG, (config, ), _timeout)
