# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostNatServiceSpec: data object type, extends DynamicData. Since 2.5."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .host_nat_service_name_service_spec import HostNatServiceNameServiceSpec
    from .host_nat_service_port_forward_spec import HostNatServicePortForwardSpec


class HostNatServiceSpec(DynamicData):
    """HostNatServiceSpec: data object extending DynamicData, since 2.5.

    Attributes:
        virtualSwitch: string, since 2.5.
        activeFtp: boolean, since 2.5.
        allowAnyOui: boolean, since 2.5.
        configPort: boolean, since 2.5.
        ipGatewayAddress: string, since 2.5.
        udpTimeout: int, since 2.5.
        portForward: list of HostNatServicePortForwardSpec, since 2.5.
        nameService: HostNatServiceNameServiceSpec, optional, since 2.5.
    """

    __slots__ = ("virtualSwitch", "activeFtp", "allowAnyOui", "configPort", "ipGatewayAddress", "udpTimeout", "portForward", "nameService", )
    _wire_name_: ClassVar[str] = "HostNatServiceSpec"
    _since_: ClassVar[str] = "2.5"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("virtualSwitch", "string", 0, "2.5"),
        _F("activeFtp", "boolean", 0, "2.5"),
        _F("allowAnyOui", "boolean", 0, "2.5"),
        _F("configPort", "boolean", 0, "2.5"),
        _F("ipGatewayAddress", "string", 0, "2.5"),
        _F("udpTimeout", "int", 0, "2.5"),
        _F("portForward", "HostNatServicePortForwardSpec", 3, "2.5"),
        _F("nameService", "HostNatServiceNameServiceSpec", 2, "2.5"),
    )
    virtualSwitch: str
    activeFtp: bool
    allowAnyOui: bool
    configPort: bool
    ipGatewayAddress: str
    udpTimeout: int
    portForward: list[HostNatServicePortForwardSpec]
    nameService: HostNatServiceNameServiceSpec | None

    def __init__(
        self,
        *,
        virtualSwitch: str,
        activeFtp: bool,
        allowAnyOui: bool,
        configPort: bool,
        ipGatewayAddress: str,
        udpTimeout: int,
        portForward: list[HostNatServicePortForwardSpec] | None = None,
        nameService: HostNatServiceNameServiceSpec | None = None,
    ) -> None:
        self.virtualSwitch = virtualSwitch
        self.activeFtp = activeFtp
        self.allowAnyOui = allowAnyOui
        self.configPort = configPort
        self.ipGatewayAddress = ipGatewayAddress
        self.udpTimeout = udpTimeout
        self.portForward = [] if portForward is None else portForward
        self.nameService = nameService
