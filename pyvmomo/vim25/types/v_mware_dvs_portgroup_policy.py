# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""VMwareDVSPortgroupPolicy: data object type, extends DVPortgroupPolicy. Since 4.0."""

from __future__ import annotations

from typing import ClassVar

from .dv_portgroup_policy import DVPortgroupPolicy
from pyvmomo._base import Field as _F


class VMwareDVSPortgroupPolicy(DVPortgroupPolicy):
    """VMwareDVSPortgroupPolicy: data object extending DVPortgroupPolicy, since 4.0.

    Attributes:
        vlanOverrideAllowed: boolean, since 4.0.
        uplinkTeamingOverrideAllowed: boolean, since 4.0.
        securityPolicyOverrideAllowed: boolean, since 4.0.
        ipfixOverrideAllowed: boolean, optional, since 5.0.
        macManagementOverrideAllowed: boolean, optional, since 6.7.1.
    """

    __slots__ = ("vlanOverrideAllowed", "uplinkTeamingOverrideAllowed", "securityPolicyOverrideAllowed", "ipfixOverrideAllowed", "macManagementOverrideAllowed", )
    _wire_name_: ClassVar[str] = "VMwareDVSPortgroupPolicy"
    _since_: ClassVar[str] = "4.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("blockOverrideAllowed", "boolean", 0, "4.0"),
        _F("shapingOverrideAllowed", "boolean", 0, "4.0"),
        _F("vendorConfigOverrideAllowed", "boolean", 0, "4.0"),
        _F("livePortMovingAllowed", "boolean", 0, "4.0"),
        _F("portConfigResetAtDisconnect", "boolean", 0, "4.0"),
        _F("networkResourcePoolOverrideAllowed", "boolean", 2, "5.0"),
        _F("trafficFilterOverrideAllowed", "boolean", 2, "5.5"),
        _F("vlanOverrideAllowed", "boolean", 0, "4.0"),
        _F("uplinkTeamingOverrideAllowed", "boolean", 0, "4.0"),
        _F("securityPolicyOverrideAllowed", "boolean", 0, "4.0"),
        _F("ipfixOverrideAllowed", "boolean", 2, "5.0"),
        _F("macManagementOverrideAllowed", "boolean", 2, "6.7.1"),
    )
    vlanOverrideAllowed: bool
    uplinkTeamingOverrideAllowed: bool
    securityPolicyOverrideAllowed: bool
    ipfixOverrideAllowed: bool | None
    macManagementOverrideAllowed: bool | None

    def __init__(
        self,
        *,
        blockOverrideAllowed: bool,
        shapingOverrideAllowed: bool,
        vendorConfigOverrideAllowed: bool,
        livePortMovingAllowed: bool,
        portConfigResetAtDisconnect: bool,
        vlanOverrideAllowed: bool,
        uplinkTeamingOverrideAllowed: bool,
        securityPolicyOverrideAllowed: bool,
        networkResourcePoolOverrideAllowed: bool | None = None,
        trafficFilterOverrideAllowed: bool | None = None,
        ipfixOverrideAllowed: bool | None = None,
        macManagementOverrideAllowed: bool | None = None,
    ) -> None:
        self.blockOverrideAllowed = blockOverrideAllowed
        self.shapingOverrideAllowed = shapingOverrideAllowed
        self.vendorConfigOverrideAllowed = vendorConfigOverrideAllowed
        self.livePortMovingAllowed = livePortMovingAllowed
        self.portConfigResetAtDisconnect = portConfigResetAtDisconnect
        self.networkResourcePoolOverrideAllowed = networkResourcePoolOverrideAllowed
        self.trafficFilterOverrideAllowed = trafficFilterOverrideAllowed
        self.vlanOverrideAllowed = vlanOverrideAllowed
        self.uplinkTeamingOverrideAllowed = uplinkTeamingOverrideAllowed
        self.securityPolicyOverrideAllowed = securityPolicyOverrideAllowed
        self.ipfixOverrideAllowed = ipfixOverrideAllowed
        self.macManagementOverrideAllowed = macManagementOverrideAllowed
