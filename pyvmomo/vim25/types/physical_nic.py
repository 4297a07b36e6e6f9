# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""PhysicalNic: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .fcoe_config import FcoeConfig
    from .physical_nic_link_info import PhysicalNicLinkInfo
    from .physical_nic_spec import PhysicalNicSpec


class PhysicalNic(DynamicData):
    """PhysicalNic: data object extending DynamicData, since 2.0.

    Attributes:
        key: string, optional, since 2.0.
        device: string, since 2.0.
        pci: string, since 2.0.
        driver: string, optional, since 2.0.
        linkSpeed: PhysicalNicLinkInfo, optional, since 2.0.
        validLinkSpecification: list of PhysicalNicLinkInfo, since 2.0.
        spec: PhysicalNicSpec, since 2.0.
        wakeOnLanSupported: boolean, since 2.5.
        mac: string, since 2.5.
        fcoeConfiguration: FcoeConfig, optional, since 5.0.
        vmDirectPathGen2Supported: boolean, optional, since 4.1.
        vmDirectPathGen2SupportedMode: string, optional, since 4.1.
        resourcePoolSchedulerAllowed: boolean, optional, since 4.1.
        resourcePoolSchedulerDisallowedReason: list of string, since 4.1.
        autoNegotiateSupported: boolean, optional, since 4.1.
        enhancedNetworkingStackSupported: boolean, optional, since 6.7.
        ensInterruptSupported: boolean, optional, since 7.0.0.0.
        rdmaDevice: string holding the key of a HostRdmaDevice, optional, since 7.0.0.0.
    """

    __slots__ = ("key", "device", "pci", "driver", "linkSpeed", "validLinkSpecification", "spec", "wakeOnLanSupported", "mac", "fcoeConfiguration", "vmDirectPathGen2Supported", "vmDirectPathGen2SupportedMode", "resourcePoolSchedulerAllowed", "resourcePoolSchedulerDisallowedReason", "autoNegotiateSupported", "enhancedNetworkingStackSupported", "ensInterruptSupported", "rdmaDevice", )
    _wire_name_: ClassVar[str] = "PhysicalNic"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("key", "string", 2, "2.0"),
        _F("device", "string", 0, "2.0"),
        _F("pci", "string", 0, "2.0"),
        _F("driver", "string", 2, "2.0"),
        _F("linkSpeed", "PhysicalNicLinkInfo", 2, "2.0"),
        _F("validLinkSpecification", "PhysicalNicLinkInfo", 3, "2.0"),
        _F("spec", "PhysicalNicSpec", 0, "2.0"),
        _F("wakeOnLanSupported", "boolean", 0, "2.5"),
        _F("mac", "string", 0, "2.5"),
        _F("fcoeConfiguration", "FcoeConfig", 2, "5.0"),
        _F("vmDirectPathGen2Supported", "boolean", 2, "4.1"),
        _F("vmDirectPathGen2SupportedMode", "string", 2, "4.1"),
        _F("resourcePoolSchedulerAllowed", "boolean", 2, "4.1"),
        _F("resourcePoolSchedulerDisallowedReason", "string", 3, "4.1"),
        _F("autoNegotiateSupported", "boolean", 2, "4.1"),
        _F("enhancedNetworkingStackSupported", "boolean", 2, "6.7"),
        _F("ensInterruptSupported", "boolean", 2, "7.0.0.0"),
        _F("rdmaDevice", "string", 2, "7.0.0.0"),
    )
    key: str | None
    device: str
    pci: str
    driver: str | None
    linkSpeed: PhysicalNicLinkInfo | None
    validLinkSpecification: list[PhysicalNicLinkInfo]
    spec: PhysicalNicSpec
    wakeOnLanSupported: bool
    mac: str
    fcoeConfiguration: FcoeConfig | None
    vmDirectPathGen2Supported: bool | None
    vmDirectPathGen2SupportedMode: str | None
    resourcePoolSchedulerAllowed: bool | None
    resourcePoolSchedulerDisallowedReason: list[str]
    autoNegotiateSupported: bool | None
    enhancedNetworkingStackSupported: bool | None
    ensInterruptSupported: bool | None
    rdmaDevice: str | None

    def __init__(
        self,
        *,
        device: str,
        pci: str,
        spec: PhysicalNicSpec,
        wakeOnLanSupported: bool,
        mac: str,
        key: str | None = None,
        driver: str | None = None,
        linkSpeed: PhysicalNicLinkInfo | None = None,
        validLinkSpecification: list[PhysicalNicLinkInfo] | None = None,
        fcoeConfiguration: FcoeConfig | None = None,
        vmDirectPathGen2Supported: bool | None = None,
        vmDirectPathGen2SupportedMode: str | None = None,
        resourcePoolSchedulerAllowed: bool | None = None,
        resourcePoolSchedulerDisallowedReason: list[str] | None = None,
        autoNegotiateSupported: bool | None = None,
        enhancedNetworkingStackSupported: bool | None = None,
        ensInterruptSupported: bool | None = None,
        rdmaDevice: str | None = None,
    ) -> None:
        self.key = key
        self.device = device
        self.pci = pci
        self.driver = driver
        self.linkSpeed = linkSpeed
        self.validLinkSpecification = [] if validLinkSpecification is None else validLinkSpecification
        self.spec = spec
        self.wakeOnLanSupported = wakeOnLanSupported
        self.mac = mac
        self.fcoeConfiguration = fcoeConfiguration
        self.vmDirectPathGen2Supported = vmDirectPathGen2Supported
        self.vmDirectPathGen2SupportedMode = vmDirectPathGen2SupportedMode
        self.resourcePoolSchedulerAllowed = resourcePoolSchedulerAllowed
        self.resourcePoolSchedulerDisallowedReason = [] if resourcePoolSchedulerDisallowedReason is None else resourcePoolSchedulerDisallowedReason
        self.autoNegotiateSupported = autoNegotiateSupported
        self.enhancedNetworkingStackSupported = enhancedNetworkingStackSupported
        self.ensInterruptSupported = ensInterruptSupported
        self.rdmaDevice = rdmaDevice
