# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""Capability: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .evc_mode import EVCMode
    from .feature_evc_mode import FeatureEVCMode


class Capability(DynamicData):
    """Capability: data object extending DynamicData, since 2.0.

    Attributes:
        provisioningSupported: boolean, since 2.0.
        multiHostSupported: boolean, since 2.0.
        userShellAccessSupported: boolean, since 2.5.
        supportedEVCMode: list of EVCMode, since 4.0.
        supportedEVCGraphicsMode: list of FeatureEVCMode, since 7.0.1.0.
        networkBackupAndRestoreSupported: boolean, optional, since 5.1.
        ftDrsWithoutEvcSupported: boolean, optional, since 6.7.
        hciWorkflowSupported: boolean, optional, since 6.7.1.
        computePolicyVersion: int, optional, since 6.8.7.
        clusterPlacementSupported: boolean, optional, since 7.0.0.0.
        lifecycleManagementSupported: boolean, optional, since 7.0.0.0.
        hostSeedingSupported: boolean, optional, since 7.0.2.0.
        scalableSharesSupported: boolean, optional, since 7.0.0.0.
        hadcsSupported: boolean, optional, since 7.0.1.1.
    """

    __slots__ = ("provisioningSupported", "multiHostSupported", "userShellAccessSupported", "supportedEVCMode", "supportedEVCGraphicsMode", "networkBackupAndRestoreSupported", "ftDrsWithoutEvcSupported", "hciWorkflowSupported", "computePolicyVersion", "clusterPlacementSupported", "lifecycleManagementSupported", "hostSeedingSupported", "scalableSharesSupported", "hadcsSupported", )
    _wire_name_: ClassVar[str] = "Capability"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("provisioningSupported", "boolean", 0, "2.0"),
        _F("multiHostSupported", "boolean", 0, "2.0"),
        _F("userShellAccessSupported", "boolean", 0, "2.5"),
        _F("supportedEVCMode", "EVCMode", 3, "4.0"),
        _F("supportedEVCGraphicsMode", "FeatureEVCMode", 3, "7.0.1.0"),
        _F("networkBackupAndRestoreSupported", "boolean", 2, "5.1"),
        _F("ftDrsWithoutEvcSupported", "boolean", 2, "6.7"),
        _F("hciWorkflowSupported", "boolean", 2, "6.7.1"),
        _F("computePolicyVersion", "int", 2, "6.8.7"),
        _F("clusterPlacementSupported", "boolean", 2, "7.0.0.0"),
        _F("lifecycleManagementSupported", "boolean", 2, "7.0.0.0"),
        _F("hostSeedingSupported", "boolean", 2, "7.0.2.0"),
        _F("scalableSharesSupported", "boolean", 2, "7.0.0.0"),
        _F("hadcsSupported", "boolean", 2, "7.0.1.1"),
    )
    provisioningSupported: bool
    multiHostSupported: bool
    userShellAccessSupported: bool
    supportedEVCMode: list[EVCMode]
    supportedEVCGraphicsMode: list[FeatureEVCMode]
    networkBackupAndRestoreSupported: bool | None
    ftDrsWithoutEvcSupported: bool | None
    hciWorkflowSupported: bool | None
    computePolicyVersion: int | None
    clusterPlacementSupported: bool | None
    lifecycleManagementSupported: bool | None
    hostSeedingSupported: bool | None
    scalableSharesSupported: bool | None
    hadcsSupported: bool | None

    def __init__(
        self,
        *,
        provisioningSupported: bool,
        multiHostSupported: bool,
        userShellAccessSupported: bool,
        supportedEVCMode: list[EVCMode] | None = None,
        supportedEVCGraphicsMode: list[FeatureEVCMode] | None = None,
        networkBackupAndRestoreSupported: bool | None = None,
        ftDrsWithoutEvcSupported: bool | None = None,
        hciWorkflowSupported: bool | None = None,
        computePolicyVersion: int | None = None,
        clusterPlacementSupported: bool | None = None,
        lifecycleManagementSupported: bool | None = None,
        hostSeedingSupported: bool | None = None,
        scalableSharesSupported: bool | None = None,
        hadcsSupported: bool | None = None,
    ) -> None:
        self.provisioningSupported = provisioningSupported
        self.multiHostSupported = multiHostSupported
        self.userShellAccessSupported = userShellAccessSupported
        self.supportedEVCMode = [] if supportedEVCMode is None else supportedEVCMode
        self.supportedEVCGraphicsMode = [] if supportedEVCGraphicsMode is None else supportedEVCGraphicsMode
        self.networkBackupAndRestoreSupported = networkBackupAndRestoreSupported
        self.ftDrsWithoutEvcSupported = ftDrsWithoutEvcSupported
        self.hciWorkflowSupported = hciWorkflowSupported
        self.computePolicyVersion = computePolicyVersion
        self.clusterPlacementSupported = clusterPlacementSupported
        self.lifecycleManagementSupported = lifecycleManagementSupported
        self.hostSeedingSupported = hostSeedingSupported
        self.scalableSharesSupported = scalableSharesSupported
        self.hadcsSupported = hadcsSupported
