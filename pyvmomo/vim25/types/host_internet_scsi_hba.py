# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostInternetScsiHba: data object type, extends HostHostBusAdapter. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .host_host_bus_adapter import HostHostBusAdapter
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from pyvmomo._xsd import EnumValue
    from ..enums import HostInternetScsiHbaNetworkBindingSupportTypeValue
    from .host_internet_scsi_hba_authentication_capabilities import HostInternetScsiHbaAuthenticationCapabilities
    from .host_internet_scsi_hba_authentication_properties import HostInternetScsiHbaAuthenticationProperties
    from .host_internet_scsi_hba_digest_capabilities import HostInternetScsiHbaDigestCapabilities
    from .host_internet_scsi_hba_digest_properties import HostInternetScsiHbaDigestProperties
    from .host_internet_scsi_hba_discovery_capabilities import HostInternetScsiHbaDiscoveryCapabilities
    from .host_internet_scsi_hba_discovery_properties import HostInternetScsiHbaDiscoveryProperties
    from .host_internet_scsi_hba_ip_capabilities import HostInternetScsiHbaIPCapabilities
    from .host_internet_scsi_hba_ip_properties import HostInternetScsiHbaIPProperties
    from .host_internet_scsi_hba_param_value import HostInternetScsiHbaParamValue
    from .host_internet_scsi_hba_send_target import HostInternetScsiHbaSendTarget
    from .host_internet_scsi_hba_static_target import HostInternetScsiHbaStaticTarget
    from .option_def import OptionDef


class HostInternetScsiHba(HostHostBusAdapter):
    """HostInternetScsiHba: data object extending HostHostBusAdapter, since 2.0.

    Attributes:
        isSoftwareBased: boolean, since 2.0.
        canBeDisabled: boolean, optional, since 5.0.
        networkBindingSupport: HostInternetScsiHbaNetworkBindingSupportType value (str), optional, since 5.0.
        discoveryCapabilities: HostInternetScsiHbaDiscoveryCapabilities, since 2.0.
        discoveryProperties: HostInternetScsiHbaDiscoveryProperties, since 2.0.
        authenticationCapabilities: HostInternetScsiHbaAuthenticationCapabilities, since 2.0.
        authenticationProperties: HostInternetScsiHbaAuthenticationProperties, since 2.0.
        digestCapabilities: HostInternetScsiHbaDigestCapabilities, optional, since 4.0.
        digestProperties: HostInternetScsiHbaDigestProperties, optional, since 4.0.
        ipCapabilities: HostInternetScsiHbaIPCapabilities, since 2.0.
        ipProperties: HostInternetScsiHbaIPProperties, since 2.0.
        supportedAdvancedOptions: list of OptionDef, since 4.0.
        advancedOptions: list of HostInternetScsiHbaParamValue, since 4.0.
        iScsiName: string, since 2.0.
        iScsiAlias: string, optional, since 2.0.
        configuredSendTarget: list of HostInternetScsiHbaSendTarget, since 2.0.
        configuredStaticTarget: list of HostInternetScsiHbaStaticTarget, since 2.0.
        maxSpeedMb: int, optional, since 2.0.
        currentSpeedMb: int, optional, since 2.0.
    """

    __slots__ = ("isSoftwareBased", "canBeDisabled", "networkBindingSupport", "discoveryCapabilities", "discoveryProperties", "authenticationCapabilities", "authenticationProperties", "digestCapabilities", "digestProperties", "ipCapabilities", "ipProperties", "supportedAdvancedOptions", "advancedOptions", "iScsiName", "iScsiAlias", "configuredSendTarget", "configuredStaticTarget", "maxSpeedMb", "currentSpeedMb", )
    _wire_name_: ClassVar[str] = "HostInternetScsiHba"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("key", "string", 2, "2.0"),
        _F("device", "string", 0, "2.0"),
        _F("bus", "int", 0, "2.0"),
        _F("status", "string", 0, "2.0"),
        _F("model", "string", 0, "2.0"),
        _F("driver", "string", 2, "2.0"),
        _F("pci", "string", 2, "2.0"),
        _F("storageProtocol", "string", 2, "7.0.0.0"),
        _F("isSoftwareBased", "boolean", 0, "2.0"),
        _F("canBeDisabled", "boolean", 2, "5.0"),
        _F("networkBindingSupport", "HostInternetScsiHbaNetworkBindingSupportType", 2, "5.0"),
        _F("discoveryCapabilities", "HostInternetScsiHbaDiscoveryCapabilities", 0, "2.0"),
        _F("discoveryProperties", "HostInternetScsiHbaDiscoveryProperties", 0, "2.0"),
        _F("authenticationCapabilities", "HostInternetScsiHbaAuthenticationCapabilities", 0, "2.0"),
        _F("authenticationProperties", "HostInternetScsiHbaAuthenticationProperties", 0, "2.0"),
        _F("digestCapabilities", "HostInternetScsiHbaDigestCapabilities", 2, "4.0"),
        _F("digestProperties", "HostInternetScsiHbaDigestProperties", 2, "4.0"),
        _F("ipCapabilities", "HostInternetScsiHbaIPCapabilities", 0, "2.0"),
        _F("ipProperties", "HostInternetScsiHbaIPProperties", 0, "2.0"),
        _F("supportedAdvancedOptions", "OptionDef", 3, "4.0"),
        _F("advancedOptions", "HostInternetScsiHbaParamValue", 3, "4.0"),
        _F("iScsiName", "string", 0, "2.0"),
        _F("iScsiAlias", "string", 2, "2.0"),
        _F("configuredSendTarget", "HostInternetScsiHbaSendTarget", 3, "2.0"),
        _F("configuredStaticTarget", "HostInternetScsiHbaStaticTarget", 3, "2.0"),
        _F("maxSpeedMb", "int", 2, "2.0"),
        _F("currentSpeedMb", "int", 2, "2.0"),
    )
    isSoftwareBased: bool
    canBeDisabled: bool | None
    networkBindingSupport: str | None
    discoveryCapabilities: HostInternetScsiHbaDiscoveryCapabilities
    discoveryProperties: HostInternetScsiHbaDiscoveryProperties
    authenticationCapabilities: HostInternetScsiHbaAuthenticationCapabilities
    authenticationProperties: HostInternetScsiHbaAuthenticationProperties
    digestCapabilities: HostInternetScsiHbaDigestCapabilities | None
    digestProperties: HostInternetScsiHbaDigestProperties | None
    ipCapabilities: HostInternetScsiHbaIPCapabilities
    ipProperties: HostInternetScsiHbaIPProperties
    supportedAdvancedOptions: list[OptionDef]
    advancedOptions: list[HostInternetScsiHbaParamValue]
    iScsiName: str
    iScsiAlias: str | None
    configuredSendTarget: list[HostInternetScsiHbaSendTarget]
    configuredStaticTarget: list[HostInternetScsiHbaStaticTarget]
    maxSpeedMb: int | None
    currentSpeedMb: int | None

    def __init__(
        self,
        *,
        device: str,
        bus: int,
        status: str,
        model: str,
        isSoftwareBased: bool,
        discoveryCapabilities: HostInternetScsiHbaDiscoveryCapabilities,
        discoveryProperties: HostInternetScsiHbaDiscoveryProperties,
        authenticationCapabilities: HostInternetScsiHbaAuthenticationCapabilities,
        authenticationProperties: HostInternetScsiHbaAuthenticationProperties,
        ipCapabilities: HostInternetScsiHbaIPCapabilities,
        ipProperties: HostInternetScsiHbaIPProperties,
        iScsiName: str,
        key: str | None = None,
        driver: str | None = None,
        pci: str | None = None,
        storageProtocol: str | None = None,
        canBeDisabled: bool | None = None,
        networkBindingSupport: HostInternetScsiHbaNetworkBindingSupportTypeValue | EnumValue | None = None,
        digestCapabilities: HostInternetScsiHbaDigestCapabilities | None = None,
        digestProperties: HostInternetScsiHbaDigestProperties | None = None,
        supportedAdvancedOptions: list[OptionDef] | None = None,
        advancedOptions: list[HostInternetScsiHbaParamValue] | None = None,
        iScsiAlias: str | None = None,
        configuredSendTarget: list[HostInternetScsiHbaSendTarget] | None = None,
        configuredStaticTarget: list[HostInternetScsiHbaStaticTarget] | None = None,
        maxSpeedMb: int | None = None,
        currentSpeedMb: int | None = None,
    ) -> None:
        self.key = key
        self.device = device
        self.bus = bus
        self.status = status
        self.model = model
        self.driver = driver
        self.pci = pci
        self.storageProtocol = storageProtocol
        self.isSoftwareBased = isSoftwareBased
        self.canBeDisabled = canBeDisabled
        self.networkBindingSupport = networkBindingSupport
        self.discoveryCapabilities = discoveryCapabilities
        self.discoveryProperties = discoveryProperties
        self.authenticationCapabilities = authenticationCapabilities
        self.authenticationProperties = authenticationProperties
        self.digestCapabilities = digestCapabilities
        self.digestProperties = digestProperties
        self.ipCapabilities = ipCapabilities
        self.ipProperties = ipProperties
        self.supportedAdvancedOptions = [] if supportedAdvancedOptions is None else supportedAdvancedOptions
        self.advancedOptions = [] if advancedOptions is None else advancedOptions
        self.iScsiName = iScsiName
        self.iScsiAlias = iScsiAlias
        self.configuredSendTarget = [] if configuredSendTarget is None else configuredSendTarget
        self.configuredStaticTarget = [] if configuredStaticTarget is None else configuredStaticTarget
        self.maxSpeedMb = maxSpeedMb
        self.currentSpeedMb = currentSpeedMb
