# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""ComputeResourceConfigSpec: data object type, extends DynamicData. Since 2.5."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .desired_software_spec import DesiredSoftwareSpec


class ComputeResourceConfigSpec(DynamicData):
    """ComputeResourceConfigSpec: data object extending DynamicData, since 2.5.

    Attributes:
        vmSwapPlacement: string, optional, since 2.5.
        spbmEnabled: boolean, optional, since 5.0.
        defaultHardwareVersionKey: string, optional, since 5.1.
        desiredSoftwareSpec: DesiredSoftwareSpec, optional, since 7.0.0.0.
        maximumHardwareVersionKey: string, optional, since 7.0.2.0.
    """

    __slots__ = ("vmSwapPlacement", "spbmEnabled", "defaultHardwareVersionKey", "desiredSoftwareSpec", "maximumHardwareVersionKey", )
    _wire_name_: ClassVar[str] = "ComputeResourceConfigSpec"
    _since_: ClassVar[str] = "2.5"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("vmSwapPlacement", "string", 2, "2.5"),
        _F("spbmEnabled", "boolean", 2, "5.0"),
        _F("defaultHardwareVersionKey", "string", 2, "5.1"),
        _F("desiredSoftwareSpec", "DesiredSoftwareSpec", 2, "7.0.0.0"),
        _F("maximumHardwareVersionKey", "string", 2, "7.0.2.0"),
    )
    vmSwapPlacement: str | None
    spbmEnabled: bool | None
    defaultHardwareVersionKey: str | None
    desiredSoftwareSpec: DesiredSoftwareSpec | None
    maximumHardwareVersionKey: str | None

    def __init__(
        self,
        *,
        vmSwapPlacement: str | None = None,
        spbmEnabled: bool | None = None,
        defaultHardwareVersionKey: str | None = None,
        desiredSoftwareSpec: DesiredSoftwareSpec | None = None,
        maximumHardwareVersionKey: str | None = None,
    ) -> None:
        self.vmSwapPlacement = vmSwapPlacement
        self.spbmEnabled = spbmEnabled
        self.defaultHardwareVersionKey = defaultHardwareVersionKey
        self.desiredSoftwareSpec = desiredSoftwareSpec
        self.maximumHardwareVersionKey = maximumHardwareVersionKey
