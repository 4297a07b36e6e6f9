# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostPciPassthruSystem: managed object proxy, extends ExtensibleManagedObject. Since 4.0."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from .extensible_managed_object import ExtensibleManagedObject, ExtensibleManagedObjectProperties
from pyvmomo.property import fetch_into as _fetch_into

if TYPE_CHECKING:
    from collections.abc import Sequence
    from ..types.host_pci_passthru_config import HostPciPassthruConfig
    from ..types.host_pci_passthru_info import HostPciPassthruInfo
    from ..types.host_sriov_device_pool_info import HostSriovDevicePoolInfo

_REFRESH: _Operation[None] = _Operation(
    "Refresh",
    (),
    None,
    faults=("RuntimeFault", ),
    since="4.0",
    privilege="Host.Config.Settings",
    safe=False,
    task_result=None,
)

_UPDATE_PASSTHRU_CONFIG: _Operation[None] = _Operation(
    "UpdatePassthruConfig",
    (_F("config", "HostPciPassthruConfig", 1, "4.0"), ),
    None,
    faults=("HostConfigFault", "RuntimeFault", ),
    since="4.0",
    privilege="Host.Config.PciPassthru",
    safe=False,
    task_result=None,
)


class HostPciPassthruSystemProperties(ExtensibleManagedObjectProperties):
    """HostPciPassthruSystem's properties as read by fetch(), retrieve() and watch(), base types' included.

    Only the requested properties are set (unset on the server: None, or [] for
    a list). Reading one that was not requested raises AttributeError, and one
    the server refused raises its fault. A dotted path fills a partial data
    object: its other members stay unset, even those the WSDL requires.
    """

    __slots__ = ("pciPassthruInfo", "sriovDevicePoolInfo", )
    obj: HostPciPassthruSystem  # pyright: ignore[reportIncompatibleVariableOverride]
    pciPassthruInfo: list[HostPciPassthruInfo]
    sriovDevicePoolInfo: list[HostSriovDevicePoolInfo]


class HostPciPassthruSystem(ExtensibleManagedObject):
    """HostPciPassthruSystem: managed object proxy extending ExtensibleManagedObject, since 4.0.

    Properties (read them typed with fetch() or client.retrieve(); none is fetched implicitly):
        pciPassthruInfo: list of HostPciPassthruInfo, since 4.0, read privilege System.Read.
        sriovDevicePoolInfo: list of HostSriovDevicePoolInfo, since 6.5, read privilege System.Read.
    """

    __slots__ = ()
    _type_: ClassVar[str] = "HostPciPassthruSystem"
    _properties_: ClassVar[dict[str, _F]] = {
        "pciPassthruInfo": _F("pciPassthruInfo", "HostPciPassthruInfo", 1, "4.0"),
        "sriovDevicePoolInfo": _F("sriovDevicePoolInfo", "HostSriovDevicePoolInfo", 3, "6.5"),
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
        "Refresh": _REFRESH,
        "UpdatePassthruConfig": _UPDATE_PASSTHRU_CONFIG,
    }
    _property_class_ = HostPciPassthruSystemProperties

    def fetch(self, *paths: str) -> HostPciPassthruSystemProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, HostPciPassthruSystemProperties, paths)

    def Refresh(
        self,
        *,
        _timeout: float | None = None,
    ) -> None:
        """Refresh: an operation of HostPciPassthruSystem, since 4.0.

        Privilege: Host.Config.Settings.

        Returns:
            None.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _REFRESH, (), _timeout)

    def UpdatePassthruConfig(
        self,
        *,
        config: Sequence[HostPciPassthruConfig],
        _timeout: float | None = None,
    ) -> None:
        """UpdatePassthruConfig: an operation of HostPciPassthruSystem, since 4.0.

        Privilege: Host.Config.PciPassthru.

        Args:
            config: list of HostPciPassthruConfig, since 4.0.

        Returns:
            None.

        Raises:
            HostConfigFault, RuntimeFault.
        """
        return self._transport.invoke(self, _UPDATE_PASSTHRU_CONFIG, (config, ), _timeout)
