# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostTpmSoftwareComponentEventDetails: data object type, extends HostTpmEventDetails. Since 5.1."""

from __future__ import annotations

from typing import ClassVar

from .host_tpm_event_details import HostTpmEventDetails
from pyvmomo._base import Field as _F


class HostTpmSoftwareComponentEventDetails(HostTpmEventDetails):
    """HostTpmSoftwareComponentEventDetails: data object extending HostTpmEventDetails, since 5.1.

    Attributes:
        componentName: string, since 5.1.
        vibName: string, since 5.1.
        vibVersion: string, since 5.1.
        vibVendor: string, since 5.1.
    """

    __slots__ = ("componentName", "vibName", "vibVersion", "vibVendor", )
    _wire_name_: ClassVar[str] = "HostTpmSoftwareComponentEventDetails"
    _since_: ClassVar[str] = "5.1"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("dataHash", "byte", 1, "5.1"),
        _F("dataHashMethod", "string", 2, "6.7"),
        _F("componentName", "string", 0, "5.1"),
        _F("vibName", "string", 0, "5.1"),
        _F("vibVersion", "string", 0, "5.1"),
        _F("vibVendor", "string", 0, "5.1"),
    )
    componentName: str
    vibName: str
    vibVersion: str
    vibVendor: str

    def __init__(
        self,
        *,
        dataHash: list[int],
        componentName: str,
        vibName: str,
        vibVersion: str,
        vibVendor: str,
        dataHashMethod: str | None = None,
    ) -> None:
        self.dataHash: list[int] = dataHash
        self.dataHashMethod = dataHashMethod
        self.componentName = componentName
        self.vibName = vibName
        self.vibVersion = vibVersion
        self.vibVendor = vibVendor
