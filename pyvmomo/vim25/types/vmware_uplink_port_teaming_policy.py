# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""VmwareUplinkPortTeamingPolicy: data object type, extends InheritablePolicy. Since 4.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .inheritable_policy import InheritablePolicy
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .bool_policy import BoolPolicy
    from .dvs_failure_criteria import DVSFailureCriteria
    from .string_policy import StringPolicy
    from .v_mware_uplink_port_order_policy import VMwareUplinkPortOrderPolicy


class VmwareUplinkPortTeamingPolicy(InheritablePolicy):
    """VmwareUplinkPortTeamingPolicy: data object extending InheritablePolicy, since 4.0.

    Attributes:
        policy: StringPolicy, optional, since 4.0.
        reversePolicy: BoolPolicy, optional, since 4.0.
        notifySwitches: BoolPolicy, optional, since 4.0.
        rollingOrder: BoolPolicy, optional, since 4.0.
        failureCriteria: DVSFailureCriteria, optional, since 4.0.
        uplinkPortOrder: VMwareUplinkPortOrderPolicy, optional, since 4.0.
    """

    __slots__ = ("policy", "reversePolicy", "notifySwitches", "rollingOrder", "failureCriteria", "uplinkPortOrder", )
    _wire_name_: ClassVar[str] = "VmwareUplinkPortTeamingPolicy"
    _since_: ClassVar[str] = "4.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("inherited", "boolean", 0, "4.0"),
        _F("policy", "StringPolicy", 2, "4.0"),
        _F("reversePolicy", "BoolPolicy", 2, "4.0"),
        _F("notifySwitches", "BoolPolicy", 2, "4.0"),
        _F("rollingOrder", "BoolPolicy", 2, "4.0"),
        _F("failureCriteria", "DVSFailureCriteria", 2, "4.0"),
        _F("uplinkPortOrder", "VMwareUplinkPortOrderPolicy", 2, "4.0"),
    )
    policy: StringPolicy | None
    reversePolicy: BoolPolicy | None
    notifySwitches: BoolPolicy | None
    rollingOrder: BoolPolicy | None
    failureCriteria: DVSFailureCriteria | None
    uplinkPortOrder: VMwareUplinkPortOrderPolicy | None

    def __init__(
        self,
        *,
        inherited: bool,
        policy: StringPolicy | None = None,
        reversePolicy: BoolPolicy | None = None,
        notifySwitches: BoolPolicy | None = None,
        rollingOrder: BoolPolicy | None = None,
        failureCriteria: DVSFailureCriteria | None = None,
        uplinkPortOrder: VMwareUplinkPortOrderPolicy | None = None,
    ) -> None:
        self.inherited = inherited
        self.policy = policy
        self.reversePolicy = reversePolicy
        self.notifySwitches = notifySwitches
        self.rollingOrder = rollingOrder
        self.failureCriteria = failureCriteria
        self.uplinkPortOrder = uplinkPortOrder
