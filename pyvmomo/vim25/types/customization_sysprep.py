# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""CustomizationSysprep: data object type, extends CustomizationIdentitySettings. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .customization_identity_settings import CustomizationIdentitySettings
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .customization_gui_run_once import CustomizationGuiRunOnce
    from .customization_gui_unattended import CustomizationGuiUnattended
    from .customization_identification import CustomizationIdentification
    from .customization_license_file_print_data import CustomizationLicenseFilePrintData
    from .customization_user_data import CustomizationUserData


class CustomizationSysprep(CustomizationIdentitySettings):
    """CustomizationSysprep: data object extending CustomizationIdentitySettings, since 2.0.

    Attributes:
        guiUnattended: CustomizationGuiUnattended, since 2.0.
        userData: CustomizationUserData, since 2.0.
        guiRunOnce: CustomizationGuiRunOnce, optional, since 2.0.
        identification: CustomizationIdentification, since 2.0.
        licenseFilePrintData: CustomizationLicenseFilePrintData, optional, since 2.0.
    """

    __slots__ = ("guiUnattended", "userData", "guiRunOnce", "identification", "licenseFilePrintData", )
    _wire_name_: ClassVar[str] = "CustomizationSysprep"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("guiUnattended", "CustomizationGuiUnattended", 0, "2.0"),
        _F("userData", "CustomizationUserData", 0, "2.0"),
        _F("guiRunOnce", "CustomizationGuiRunOnce", 2, "2.0"),
        _F("identification", "CustomizationIdentification", 0, "2.0"),
        _F("licenseFilePrintData", "CustomizationLicenseFilePrintData", 2, "2.0"),
    )
    guiUnattended: CustomizationGuiUnattended
    userData: CustomizationUserData
    guiRunOnce: CustomizationGuiRunOnce | None
    identification: CustomizationIdentification
    licenseFilePrintData: CustomizationLicenseFilePrintData | None

    def __init__(
        self,
        *,
        guiUnattended: CustomizationGuiUnattended,
        userData: CustomizationUserData,
        identification: CustomizationIdentification,
        guiRunOnce: CustomizationGuiRunOnce | None = None,
        licenseFilePrintData: CustomizationLicenseFilePrintData | None = None,
    ) -> None:
        self.guiUnattended = guiUnattended
        self.userData = userData
        self.guiRunOnce = guiRunOnce
        self.identification = identification
        self.licenseFilePrintData = licenseFilePrintData
