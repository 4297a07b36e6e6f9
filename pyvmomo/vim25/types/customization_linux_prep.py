# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""CustomizationLinuxPrep: data object type, extends CustomizationIdentitySettings. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .customization_identity_settings import CustomizationIdentitySettings
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .customization_name import CustomizationName


class CustomizationLinuxPrep(CustomizationIdentitySettings):
    """CustomizationLinuxPrep: data object extending CustomizationIdentitySettings, since 2.0.

    Attributes:
        hostName: CustomizationName, since 2.0.
        domain: string, since 2.0.
        timeZone: string, optional, since 4.0.
        hwClockUTC: boolean, optional, since 4.0.
        scriptText: string, optional, since 7.0.0.0.
    """

    __slots__ = ("hostName", "domain", "timeZone", "hwClockUTC", "scriptText", )
    _wire_name_: ClassVar[str] = "CustomizationLinuxPrep"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("hostName", "CustomizationName", 0, "2.0"),
        _F("domain", "string", 0, "2.0"),
        _F("timeZone", "string", 2, "4.0"),
        _F("hwClockUTC", "boolean", 2, "4.0"),
        _F("scriptText", "string", 2, "7.0.0.0"),
    )
    hostName: CustomizationName
    domain: str
    timeZone: str | None
    hwClockUTC: bool | None
    scriptText: str | None

    def __init__(
        self,
        *,
        hostName: CustomizationName,
        domain: str,
        timeZone: str | None = None,
        hwClockUTC: bool | None = None,
        scriptText: str | None = None,
    ) -> None:
        self.hostName = hostName
        self.domain = domain
        self.timeZone = timeZone
        self.hwClockUTC = hwClockUTC
        self.scriptText = scriptText
