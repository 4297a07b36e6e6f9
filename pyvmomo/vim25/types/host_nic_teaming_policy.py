# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostNicTeamingPolicy: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .host_nic_failure_criteria import HostNicFailureCriteria
    from .host_nic_order_policy import HostNicOrderPolicy


class HostNicTeamingPolicy(DynamicData):
    """HostNicTeamingPolicy: data object extending DynamicData, since 2.0.

    Attributes:
        policy: string, optional, since 2.0.
        reversePolicy: boolean, optional, since 2.0.
        notifySwitches: boolean, optional, since 2.0.
        rollingOrder: boolean, optional, since 2.0.
        failureCriteria: HostNicFailureCriteria, optional, since 2.0.
        nicOrder: HostNicOrderPolicy, optional, since 2.0.
    """

    __slots__ = ("policy", "reversePolicy", "notifySwitches", "rollingOrder", "failureCriteria", "nicOrder", )
    _wire_name_: ClassVar[str] = "HostNicTeamingPolicy"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("policy", "string", 2, "2.0"),
        _F("reversePolicy", "boolean", 2, "2.0"),
        _F("notifySwitches", "boolean", 2, "2.0"),
        _F("rollingOrder", "boolean", 2, "2.0"),
        _F("failureCriteria", "HostNicFailureCriteria", 2, "2.0"),
        _F("nicOrder", "HostNicOrderPolicy", 2, "2.0"),
    )
    policy: str | None
    reversePolicy: bool | None
    notifySwitches: bool | None
    rollingOrder: bool | None
    failureCriteria: HostNicFailureCriteria | None
    nicOrder: HostNicOrderPolicy | None

    def __init__(
        self,
        *,
        policy: str | None = None,
        reversePolicy: bool | None = None,
        notifySwitches: bool | None = None,
        rollingOrder: bool | None = None,
        failureCriteria: HostNicFailureCriteria | None = None,
        nicOrder: HostNicOrderPolicy | None = None,
    ) -> None:
        self.policy = policy
        self.reversePolicy = reversePolicy
        self.notifySwitches = notifySwitches
        self.rollingOrder = rollingOrder
        self.failureCriteria = failureCriteria
        self.nicOrder = nicOrder
