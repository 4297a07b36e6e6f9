# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostEsxAgentHostManager: managed object proxy. Since 5.0."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from pyvmomo._base import ManagedObject as _ManagedObject
from pyvmomo.property import ObjectProperties as _ObjectProperties
from pyvmomo.property import fetch_into as _fetch_into

if TYPE_CHECKING:
    from ..types.host_esx_agent_host_manager_config_info import HostEsxAgentHostManagerConfigInfo

_ESX_AGENT_HOST_MANAGER_UPDATE_CONFIG: _Operation[None] = _Operation(
    "EsxAgentHostManagerUpdateConfig",
    (_F("configInfo", "HostEsxAgentHostManagerConfigInfo", 0, "5.0"), ),
    None,
    faults=("HostConfigFault", "RuntimeFault", ),
    since="5.0",
    privilege="Host.Config.Settings",
    safe=False,
    task_result=None,
)


class HostEsxAgentHostManagerProperties(_ObjectProperties["HostEsxAgentHostManager"]):
    """HostEsxAgentHostManager's properties as read by fetch(), retrieve() and watch(), base types' included.

    Only the requested properties are set (unset on the server: None, or [] for
    a list). Reading one that was not requested raises AttributeError, and one
    the server refused raises its fault. A dotted path fills a partial data
    object: its other members stay unset, even those the WSDL requires.
    """

    __slots__ = ("configInfo", )
    configInfo: HostEsxAgentHostManagerConfigInfo


class HostEsxAgentHostManager(_ManagedObject):
    """HostEsxAgentHostManager: managed object proxy, since 5.0.

    Properties (read them typed with fetch() or client.retrieve(); none is fetched implicitly):
        configInfo: HostEsxAgentHostManagerConfigInfo, since 5.0, read privilege Host.Config.Settings.
    """

    __slots__ = ()
    _type_: ClassVar[str] = "HostEsxAgentHostManager"
    _properties_: ClassVar[dict[str, _F]] = {
        "configInfo": _F("configInfo", "HostEsxAgentHostManagerConfigInfo", 0, "5.0"),
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
        "EsxAgentHostManagerUpdateConfig": _ESX_AGENT_HOST_MANAGER_UPDATE_CONFIG,
    }
    _property_class_ = HostEsxAgentHostManagerProperties

    def fetch(self, *paths: str) -> HostEsxAgentHostManagerProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, HostEsxAgentHostManagerProperties, paths)

    def EsxAgentHostManagerUpdateConfig(
        self,
        *,
        configInfo: HostEsxAgentHostManagerConfigInfo,
        _timeout: float | None = None,
    ) -> None:
        """EsxAgentHostManagerUpdateConfig: an operation of HostEsxAgentHostManager, since 5.0.

        Privilege: Host.Config.Settings.

        Args:
            configInfo: HostEsxAgentHostManagerConfigInfo, since 5.0.

        Returns:
            None.

        Raises:
            HostConfigFault, RuntimeFault.
        """
        return self._transport.invoke(self, _ESX_AGENT_HOST_MANAGER_UPDATE_CONFIG, (configInfo, ), _timeout)
