# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostLowLevelProvisioningManagerVmRecoveryInfo: data object type, extends DynamicData. Since 5.1."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .fault_tolerance_config_info import FaultToleranceConfigInfo


class HostLowLevelProvisioningManagerVmRecoveryInfo(DynamicData):
    """HostLowLevelProvisioningManagerVmRecoveryInfo: data object extending DynamicData, since 5.1.

    Attributes:
        version: string, since 5.1.
        biosUUID: string, since 5.1.
        instanceUUID: string, since 5.1.
        ftInfo: FaultToleranceConfigInfo, optional, since 5.1.
    """

    __slots__ = ("version", "biosUUID", "instanceUUID", "ftInfo", )
    _wire_name_: ClassVar[str] = "HostLowLevelProvisioningManagerVmRecoveryInfo"
    _since_: ClassVar[str] = "5.1"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("version", "string", 0, "5.1"),
        _F("biosUUID", "string", 0, "5.1"),
        _F("instanceUUID", "string", 0, "5.1"),
        _F("ftInfo", "FaultToleranceConfigInfo", 2, "5.1"),
    )
    version: str
    biosUUID: str
    instanceUUID: str
    ftInfo: FaultToleranceConfigInfo | None

    def __init__(
        self,
        *,
        version: str,
        biosUUID: str,
        instanceUUID: str,
        ftInfo: FaultToleranceConfigInfo | None = None,
    ) -> None:
        self.version = version
        self.biosUUID = biosUUID
        self.instanceUUID = instanceUUID
        self.ftInfo = ftInfo
