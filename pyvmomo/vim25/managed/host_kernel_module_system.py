# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostKernelModuleSystem: managed object proxy. Since 4.0."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from pyvmomo._base import ManagedObject as _ManagedObject
from pyvmomo.property import ObjectProperties as _ObjectProperties
from pyvmomo.property import fetch_into as _fetch_into

if TYPE_CHECKING:
    from ..types.kernel_module_info import KernelModuleInfo

_QUERY_CONFIGURED_MODULE_OPTION_STRING: _Operation[str] = _Operation(
    "QueryConfiguredModuleOptionString",
    (_F("name", "string", 0, "4.0"), ),
    _F("returnval", "string", 0, "4.0"),
    faults=("NotFound", "RuntimeFault", ),
    since="4.0",
    privilege="Host.Config.Settings",
    safe=True,
    task_result=None,
)

_QUERY_MODULES: _Operation[list[KernelModuleInfo]] = _Operation(
    "QueryModules",
    (),
    _F("returnval", "KernelModuleInfo", 3, "4.0"),
    faults=("RuntimeFault", ),
    since="4.0",
    privilege="Host.Config.Settings",
    safe=True,
    task_result=None,
)

_UPDATE_MODULE_OPTION_STRING: _Operation[None] = _Operation(
    "UpdateModuleOptionString",
    (_F("name", "string", 0, "4.0"), _F("options", "string", 0, "4.0"), ),
    None,
    faults=("NotFound", "RuntimeFault", ),
    since="4.0",
    privilege="Host.Config.Settings",
    safe=False,
    task_result=None,
)


class HostKernelModuleSystemProperties(_ObjectProperties["HostKernelModuleSystem"]):
    """HostKernelModuleSystem's properties as read by fetch(), retrieve() and watch(), base types' included.

    Only the requested properties are set (unset on the server: None, or [] for
    a list). Reading one that was not requested raises AttributeError, and one
    the server refused raises its fault. A dotted path fills a partial data
    object: its other members stay unset, even those the WSDL requires.
    """

    __slots__ = ()


class HostKernelModuleSystem(_ManagedObject):
    """HostKernelModuleSystem: managed object proxy, since 4.0."""

    __slots__ = ()
    _type_: ClassVar[str] = "HostKernelModuleSystem"
    _properties_: ClassVar[dict[str, _F]] = {
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
        "QueryConfiguredModuleOptionString": _QUERY_CONFIGURED_MODULE_OPTION_STRING,
        "QueryModules": _QUERY_MODULES,
        "UpdateModuleOptionString": _UPDATE_MODULE_OPTION_STRING,
    }
    _property_class_ = HostKernelModuleSystemProperties

    def fetch(self, *paths: str) -> HostKernelModuleSystemProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, HostKernelModuleSystemProperties, paths)

    def QueryConfiguredModuleOptionString(
        self,
        *,
        name: str,
        _timeout: float | None = None,
    ) -> str:
        """QueryConfiguredModuleOptionString: an operation of HostKernelModuleSystem, since 4.0.

        Privilege: Host.Config.Settings. Safe to re-send after a lost reply.

        Args:
            name: string, since 4.0.

        Returns:
            String.

        Raises:
            NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _QUERY_CONFIGURED_MODULE_OPTION_STRING, (name, ), _timeout)

    def QueryModules(
        self,
        *,
        _timeout: float | None = None,
    ) -> list[KernelModuleInfo]:
        """QueryModules: an operation of HostKernelModuleSystem, since 4.0.

        Privilege: Host.Config.Settings. Safe to re-send after a lost reply.

        Returns:
            List of KernelModuleInfo.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _QUERY_MODULES, (), _timeout)

    def UpdateModuleOptionString(
        self,
        *,
        name: str,
        options: str,
        _timeout: float | None = None,
    ) -> None:
        """UpdateModuleOptionString: an operation of HostKernelModuleSystem, since 4.0.

        Privilege: Host.Config.Settings.

        Args:
            name: string, since 4.0.
            options: string, since 4.0.

        Returns:
            None.

        Raises:
            NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _UPDATE_MODULE_OPTION_STRING, (name, options, ), _timeout)
