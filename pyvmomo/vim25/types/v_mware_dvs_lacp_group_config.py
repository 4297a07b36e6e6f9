# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""VMwareDvsLacpGroupConfig: data object type, extends DynamicData. Since 5.5."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .v_mware_dvs_lag_ipfix_config import VMwareDvsLagIpfixConfig
    from .v_mware_dvs_lag_vlan_config import VMwareDvsLagVlanConfig


class VMwareDvsLacpGroupConfig(DynamicData):
    """VMwareDvsLacpGroupConfig: data object extending DynamicData, since 5.5.

    Attributes:
        key: string, optional, since 5.5.
        name: string, optional, since 5.5.
        mode: string, optional, since 5.5.
        uplinkNum: int, optional, since 5.5.
        loadbalanceAlgorithm: string, optional, since 5.5.
        vlan: VMwareDvsLagVlanConfig, optional, since 5.5.
        ipfix: VMwareDvsLagIpfixConfig, optional, since 5.5.
        uplinkName: list of string, since 5.5.
        uplinkPortKey: list of string, since 5.5.
        timeoutMode: string, optional, since 7.0.2.0.
    """

    __slots__ = ("key", "name", "mode", "uplinkNum", "loadbalanceAlgorithm", "vlan", "ipfix", "uplinkName", "uplinkPortKey", "timeoutMode", )
    _wire_name_: ClassVar[str] = "VMwareDvsLacpGroupConfig"
    _since_: ClassVar[str] = "5.5"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("key", "string", 2, "5.5"),
        _F("name", "string", 2, "5.5"),
        _F("mode", "string", 2, "5.5"),
        _F("uplinkNum", "int", 2, "5.5"),
        _F("loadbalanceAlgorithm", "string", 2, "5.5"),
        _F("vlan", "VMwareDvsLagVlanConfig", 2, "5.5"),
        _F("ipfix", "VMwareDvsLagIpfixConfig", 2, "5.5"),
        _F("uplinkName", "string", 3, "5.5"),
        _F("uplinkPortKey", "string", 3, "5.5"),
        _F("timeoutMode", "string", 2, "7.0.2.0"),
    )
    key: str | None
    name: str | None
    mode: str | None
    uplinkNum: int | None
    loadbalanceAlgorithm: str | None
    vlan: VMwareDvsLagVlanConfig | None
    ipfix: VMwareDvsLagIpfixConfig | None
    uplinkName: list[str]
    uplinkPortKey: list[str]
    timeoutMode: str | None

    def __init__(
        self,
        *,
        key: str | None = None,
        name: str | None = None,
        mode: str | None = None,
        uplinkNum: int | None = None,
        loadbalanceAlgorithm: str | None = None,
        vlan: VMwareDvsLagVlanConfig | None = None,
        ipfix: VMwareDvsLagIpfixConfig | None = None,
        uplinkName: list[str] | None = None,
        uplinkPortKey: list[str] | None = None,
        timeoutMode: str | None = None,
    ) -> None:
        self.key = key
        self.name = name
        self.mode = mode
        self.uplinkNum = uplinkNum
        self.loadbalanceAlgorithm = loadbalanceAlgorithm
        self.vlan = vlan
        self.ipfix = ipfix
        self.uplinkName = [] if uplinkName is None else uplinkName
        self.uplinkPortKey = [] if uplinkPortKey is None else uplinkPortKey
        self.timeoutMode = timeoutMode
