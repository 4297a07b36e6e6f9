# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostFirewallSystem: managed object proxy, extends ExtensibleManagedObject. Since 2.0."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from .extensible_managed_object import ExtensibleManagedObject, ExtensibleManagedObjectProperties
from pyvmomo.property import fetch_into as _fetch_into

if TYPE_CHECKING:
    from ..types.host_firewall_default_policy import HostFirewallDefaultPolicy
    from ..types.host_firewall_info import HostFirewallInfo
    from ..types.host_firewall_ruleset_ruleset_spec import HostFirewallRulesetRulesetSpec

_DISABLE_RULESET: _Operation[None] = _Operation(
    "DisableRuleset",
    (_F("id", "string", 0, "2.0"), ),
    None,
    faults=("HostConfigFault", "NotFound", "RuntimeFault", ),
    since="2.0",
    privilege="Host.Config.NetService",
    safe=False,
    task_result=None,
)

_ENABLE_RULESET: _Operation[None] = _Operation(
    "EnableRuleset",
    (_F("id", "string", 0, "2.0"), ),
    None,
    faults=("HostConfigFault", "NotFound", "RuntimeFault", ),
    since="2.0",
    privilege="Host.Config.NetService",
    safe=False,
    task_result=None,
)

_REFRESH_FIREWALL: _Operation[None] = _Operation(
    "RefreshFirewall",
    (),
    None,
    faults=("RuntimeFault", ),
    since="2.0",
    privilege="Host.Config.NetService",
    safe=False,
    task_result=None,
)

_UPDATE_DEFAULT_POLICY: _Operation[None] = _Operation(
    "UpdateDefaultPolicy",
    (_F("defaultPolicy", "HostFirewallDefaultPolicy", 0, "2.0"), ),
    None,
    faults=("RuntimeFault", ),
    since="2.0",
    privilege="Host.Config.NetService",
    safe=False,
    task_result=None,
)

_UPDATE_RULESET: _Operation[None] = _Operation(
    "UpdateRuleset",
    (_F("id", "string", 0, "5.0"), _F("spec", "HostFirewallRulesetRulesetSpec", 0, "5.0"), ),
    None,
    faults=("HostConfigFault", "NotFound", "RuntimeFault", ),
    since="5.0",
    privilege="Host.Config.NetService",
    safe=False,
    task_result=None,
)


class HostFirewallSystemProperties(ExtensibleManagedObjectProperties):
    """HostFirewallSystem's properties as read by fetch(), retrieve() and watch(), base types' included.

    Only the requested properties are set (unset on the server: None, or [] for
    a list). Reading one that was not requested raises AttributeError, and one
    the server refused raises its fault. A dotted path fills a partial data
    object: its other members stay unset, even those the WSDL requires.
    """

    __slots__ = ("firewallInfo", )
    obj: HostFirewallSystem  # pyright: ignore[reportIncompatibleVariableOverride]
    firewallInfo: HostFirewallInfo | None


class HostFirewallSystem(ExtensibleManagedObject):
    """HostFirewallSystem: managed object proxy extending ExtensibleManagedObject, since 2.0.

    Properties (read them typed with fetch() or client.retrieve(); none is fetched implicitly):
        firewallInfo: HostFirewallInfo, optional, since 2.0.
    """

    __slots__ = ()
    _type_: ClassVar[str] = "HostFirewallSystem"
    _properties_: ClassVar[dict[str, _F]] = {
        "firewallInfo": _F("firewallInfo", "HostFirewallInfo", 2, "2.0"),
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
        "DisableRuleset": _DISABLE_RULESET,
        "EnableRuleset": _ENABLE_RULESET,
        "RefreshFirewall": _REFRESH_FIREWALL,
        "UpdateDefaultPolicy": _UPDATE_DEFAULT_POLICY,
        "UpdateRuleset": _UPDATE_RULESET,
    }
    _property_class_ = HostFirewallSystemProperties

    def fetch(self, *paths: str) -> HostFirewallSystemProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, HostFirewallSystemProperties, paths)

    def DisableRuleset(
        self,
        *,
        id: str,
        _timeout: float | None = None,
    ) -> None:
        """DisableRuleset: an operation of HostFirewallSystem, since 2.0.

        Privilege: Host.Config.NetService.

        Args:
            id: string, since 2.0.

        Returns:
            None.

        Raises:
            HostConfigFault, NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _DISABLE_RULESET, (id, ), _timeout)

    def EnableRuleset(
        self,
        *,
        id: str,
        _timeout: float | None = None,
    ) -> None:
        """EnableRuleset: an operation of HostFirewallSystem, since 2.0.

        Privilege: Host.Config.NetService.

        Args:
            id: string, since 2.0.

        Returns:
            None.

        Raises:
            HostConfigFault, NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _ENABLE_RULESET, (id, ), _timeout)

    def RefreshFirewall(
        self,
        *,
        _timeout: float | None = None,
    ) -> None:
        """RefreshFirewall: an operation of HostFirewallSystem, since 2.0.

        Privilege: Host.Config.NetService.

        Returns:
            None.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _REFRESH_FIREWALL, (), _timeout)

    def UpdateDefaultPolicy(
        self,
        *,
        defaultPolicy: HostFirewallDefaultPolicy,
        _timeout: float | None = None,
    ) -> None:
        """UpdateDefaultPolicy: an operation of HostFirewallSystem, since 2.0.

        Privilege: Host.Config.NetService.

        Args:
            defaultPolicy: HostFirewallDefaultPolicy, since 2.0.

        Returns:
            None.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _UPDATE_DEFAULT_POLICY, (defaultPolicy, ), _timeout)

    def UpdateRuleset(
        self,
        *,
        id: str,
        spec: HostFirewallRulesetRulesetSpec,
        _timeout: float | None = None,
    ) -> None:
        """UpdateRuleset: an operation of HostFirewallSystem, since 5.0.

        Privilege: Host.Config.NetService.

        Args:
            id: string, since 5.0.
            spec: HostFirewallRulesetRulesetSpec, since 5.0.

        Returns:
            None.

        Raises:
            HostConfigFault, NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _UPDATE_RULESET, (id, spec, ), _timeout)
