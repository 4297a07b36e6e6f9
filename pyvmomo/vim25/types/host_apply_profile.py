# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostApplyProfile: data object type, extends ApplyProfile. Since 4.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .apply_profile import ApplyProfile
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .authentication_profile import AuthenticationProfile
    from .date_time_profile import DateTimeProfile
    from .firewall_profile import FirewallProfile
    from .host_memory_profile import HostMemoryProfile
    from .network_profile import NetworkProfile
    from .option_profile import OptionProfile
    from .profile_apply_profile_property import ProfileApplyProfileProperty
    from .profile_policy import ProfilePolicy
    from .security_profile import SecurityProfile
    from .service_profile import ServiceProfile
    from .storage_profile import StorageProfile
    from .user_group_profile import UserGroupProfile
    from .user_profile import UserProfile


class HostApplyProfile(ApplyProfile):
    """HostApplyProfile: data object extending ApplyProfile, since 4.0.

    Attributes:
        memory: HostMemoryProfile, optional, since 4.0.
        storage: StorageProfile, optional, since 4.0.
        network: NetworkProfile, optional, since 4.0.
        datetime: DateTimeProfile, optional, since 4.0.
        firewall: FirewallProfile, optional, since 4.0.
        security: SecurityProfile, optional, since 4.0.
        service: list of ServiceProfile, since 4.0.
        option: list of OptionProfile, since 4.0.
        userAccount: list of UserProfile, since 4.0.
        usergroupAccount: list of UserGroupProfile, since 4.0.
        authentication: AuthenticationProfile, optional, since 4.1.
    """

    __slots__ = ("memory", "storage", "network", "datetime", "firewall", "security", "service", "option", "userAccount", "usergroupAccount", "authentication", )
    _wire_name_: ClassVar[str] = "HostApplyProfile"
    _since_: ClassVar[str] = "4.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("enabled", "boolean", 0, "4.0"),
        _F("policy", "ProfilePolicy", 3, "4.0"),
        _F("profileTypeName", "string", 2, "5.0"),
        _F("profileVersion", "string", 2, "5.0"),
        _F("property", "ProfileApplyProfileProperty", 3, "5.0"),
        _F("favorite", "boolean", 2, "6.5"),
        _F("toBeMerged", "boolean", 2, "6.5"),
        _F("toReplaceWith", "boolean", 2, "6.5"),
        _F("toBeDeleted", "boolean", 2, "6.5"),
        _F("copyEnableStatus", "boolean", 2, "6.5"),
        _F("hidden", "boolean", 2, "6.7"),
        _F("memory", "HostMemoryProfile", 2, "4.0"),
        _F("storage", "StorageProfile", 2, "4.0"),
        _F("network", "NetworkProfile", 2, "4.0"),
        _F("datetime", "DateTimeProfile", 2, "4.0"),
        _F("firewall", "FirewallProfile", 2, "4.0"),
        _F("security", "SecurityProfile", 2, "4.0"),
        _F("service", "ServiceProfile", 3, "4.0"),
        _F("option", "OptionProfile", 3, "4.0"),
        _F("userAccount", "UserProfile", 3, "4.0"),
        _F("usergroupAccount", "UserGroupProfile", 3, "4.0"),
        _F("authentication", "AuthenticationProfile", 2, "4.1"),
    )
    memory: HostMemoryProfile | None
    storage: StorageProfile | None
    network: NetworkProfile | None
    datetime: DateTimeProfile | None
    firewall: FirewallProfile | None
    security: SecurityProfile | None
    service: list[ServiceProfile]
    option: list[OptionProfile]
    userAccount: list[UserProfile]
    usergroupAccount: list[UserGroupProfile]
    authentication: AuthenticationProfile | None

    def __init__(
        self,
        *,
        enabled: bool,
        policy: list[ProfilePolicy] | None = None,
        profileTypeName: str | None = None,
        profileVersion: str | None = None,
        property: list[ProfileApplyProfileProperty] | None = None,
        favorite: bool | None = None,
        toBeMerged: bool | None = None,
        toReplaceWith: bool | None = None,
        toBeDeleted: bool | None = None,
        copyEnableStatus: bool | None = None,
        hidden: bool | None = None,
        memory: HostMemoryProfile | None = None,
        storage: StorageProfile | None = None,
        network: NetworkProfile | None = None,
        datetime: DateTimeProfile | None = None,
        firewall: FirewallProfile | None = None,
        security: SecurityProfile | None = None,
        service: list[ServiceProfile] | None = None,
        option: list[OptionProfile] | None = None,
        userAccount: list[UserProfile] | None = None,
        usergroupAccount: list[UserGroupProfile] | None = None,
        authentication: AuthenticationProfile | None = None,
    ) -> None:
        self.enabled = enabled
        self.policy: list[ProfilePolicy] = [] if policy is None else policy
        self.profileTypeName = profileTypeName
        self.profileVersion = profileVersion
        self.property: list[ProfileApplyProfileProperty] = [] if property is None else property
        self.favorite = favorite
        self.toBeMerged = toBeMerged
        self.toReplaceWith = toReplaceWith
        self.toBeDeleted = toBeDeleted
        self.copyEnableStatus = copyEnableStatus
        self.hidden = hidden
        self.memory = memory
        self.storage = storage
        self.network = network
        self.datetime = datetime
        self.firewall = firewall
        self.security = security
        self.service = [] if service is None else service
        self.option = [] if option is None else option
        self.userAccount = [] if userAccount is None else userAccount
        self.usergroupAccount = [] if usergroupAccount is None else usergroupAccount
        self.authentication = authentication
