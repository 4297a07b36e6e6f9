# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""ClusterVmComponentProtectionSettings: data object type, extends DynamicData. Since 6.0."""

from __future__ import annotations

from typing import ClassVar

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F


class ClusterVmComponentProtectionSettings(DynamicData):
    """ClusterVmComponentProtectionSettings: data object extending DynamicData, since 6.0.

    Attributes:
        vmStorageProtectionForAPD: string, optional, since 6.0.
        enableAPDTimeoutForHosts: boolean, optional, since 6.0.
        vmTerminateDelayForAPDSec: int, optional, since 6.0.
        vmReactionOnAPDCleared: string, optional, since 6.0.
        vmStorageProtectionForPDL: string, optional, since 6.0.
    """

    __slots__ = ("vmStorageProtectionForAPD", "enableAPDTimeoutForHosts", "vmTerminateDelayForAPDSec", "vmReactionOnAPDCleared", "vmStorageProtectionForPDL", )
    _wire_name_: ClassVar[str] = "ClusterVmComponentProtectionSettings"
    _since_: ClassVar[str] = "6.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("vmStorageProtectionForAPD", "string", 2, "6.0"),
        _F("enableAPDTimeoutForHosts", "boolean", 2, "6.0"),
        _F("vmTerminateDelayForAPDSec", "int", 2, "6.0"),
        _F("vmReactionOnAPDCleared", "string", 2, "6.0"),
        _F("vmStorageProtectionForPDL", "string", 2, "6.0"),
    )
    vmStorageProtectionForAPD: str | None
    enableAPDTimeoutForHosts: bool | None
    vmTerminateDelayForAPDSec: int | None
    vmReactionOnAPDCleared: str | None
    vmStorageProtectionForPDL: str | None

    def __init__(
        self,
        *,
        vmStorageProtectionForAPD: str | None = None,
        enableAPDTimeoutForHosts: bool | None = None,
        vmTerminateDelayForAPDSec: int | None = None,
        vmReactionOnAPDCleared: str | None = None,
        vmStorageProtectionForPDL: str | None = None,
    ) -> None:
        self.vmStorageProtectionForAPD = vmStorageProtectionForAPD
        self.enableAPDTimeoutForHosts = enableAPDTimeoutForHosts
        self.vmTerminateDelayForAPDSec = vmTerminateDelayForAPDSec
        self.vmReactionOnAPDCleared = vmReactionOnAPDCleared
        self.vmStorageProtectionForPDL = vmStorageProtectionForPDL
