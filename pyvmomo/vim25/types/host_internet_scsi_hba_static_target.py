# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostInternetScsiHbaStaticTarget: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .host_internet_scsi_hba_authentication_properties import HostInternetScsiHbaAuthenticationProperties
    from .host_internet_scsi_hba_digest_properties import HostInternetScsiHbaDigestProperties
    from .host_internet_scsi_hba_param_value import HostInternetScsiHbaParamValue
    from .option_def import OptionDef


class HostInternetScsiHbaStaticTarget(DynamicData):
    """HostInternetScsiHbaStaticTarget: data object extending DynamicData, since 2.0.

    Attributes:
        address: string, since 2.0.
        port: int, optional, since 2.0.
        iScsiName: string, since 2.0.
        discoveryMethod: string, optional, since 5.1.
        authenticationProperties: HostInternetScsiHbaAuthenticationProperties, optional, since 4.0.
        digestProperties: HostInternetScsiHbaDigestProperties, optional, since 4.0.
        supportedAdvancedOptions: list of OptionDef, since 4.0.
        advancedOptions: list of HostInternetScsiHbaParamValue, since 4.0.
        parent: string, optional, since 4.0.
    """

    __slots__ = ("address", "port", "iScsiName", "discoveryMethod", "authenticationProperties", "digestProperties", "supportedAdvancedOptions", "advancedOptions", "parent", )
    _wire_name_: ClassVar[str] = "HostInternetScsiHbaStaticTarget"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("address", "string", 0, "2.0"),
        _F("port", "int", 2, "2.0"),
        _F("iScsiName", "string", 0, "2.0"),
        _F("discoveryMethod", "string", 2, "5.1"),
        _F("authenticationProperties", "HostInternetScsiHbaAuthenticationProperties", 2, "4.0"),
        _F("digestProperties", "HostInternetScsiHbaDigestProperties", 2, "4.0"),
        _F("supportedAdvancedOptions", "OptionDef", 3, "4.0"),
        _F("advancedOptions", "HostInternetScsiHbaParamValue", 3, "4.0"),
        _F("parent", "string", 2, "4.0"),
    )
    address: str
    port: int | None
    iScsiName: str
    discoveryMethod: str | None
    authenticationProperties: HostInternetScsiHbaAuthenticationProperties | None
    digestProperties: HostInternetScsiHbaDigestProperties | None
    supportedAdvancedOptions: list[OptionDef]
    advancedOptions: list[HostInternetScsiHbaParamValue]
    parent: str | None

    def __init__(
        self,
        *,
        address: str,
        iScsiName: str,
        port: int | None = None,
        discoveryMethod: str | None = None,
        authenticationProperties: HostInternetScsiHbaAuthenticationProperties | None = None,
        digestProperties: HostInternetScsiHbaDigestProperties | None = None,
        supportedAdvancedOptions: list[OptionDef] | None = None,
        advancedOptions: list[HostInternetScsiHbaParamValue] | None = None,
        parent: str | None = None,
    ) -> None:
        self.address = address
        self.port = port
        self.iScsiName = iScsiName
        self.discoveryMethod = discoveryMethod
        self.authenticationProperties = authenticationProperties
        self.digestProperties = digestProperties
        self.supportedAdvancedOptions = [] if supportedAdvancedOptions is None else supportedAdvancedOptions
        self.advancedOptions = [] if advancedOptions is None else advancedOptions
        self.parent = parent
