# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostPatchManagerStatus: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .host_patch_manager_status_prerequisite_patch import HostPatchManagerStatusPrerequisitePatch


class HostPatchManagerStatus(DynamicData):
    """HostPatchManagerStatus: data object extending DynamicData, since 2.0.

    Attributes:
        id: string, since 2.0.
        applicable: boolean, since 2.0.
        reason: list of string, since 2.0.
        integrity: string, optional, since 2.0.
        installed: boolean, since 2.0.
        installState: list of string, since 2.0.
        prerequisitePatch: list of HostPatchManagerStatusPrerequisitePatch, since 2.0.
        restartRequired: boolean, since 2.0.
        reconnectRequired: boolean, since 2.0.
        vmOffRequired: boolean, since 2.0.
        supersededPatchIds: list of string, since 2.0.
    """

    __slots__ = ("id", "applicable", "reason", "integrity", "installed", "installState", "prerequisitePatch", "restartRequired", "reconnectRequired", "vmOffRequired", "supersededPatchIds", )
    _wire_name_: ClassVar[str] = "HostPatchManagerStatus"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("id", "string", 0, "2.0"),
        _F("applicable", "boolean", 0, "2.0"),
        _F("reason", "string", 3, "2.0"),
        _F("integrity", "string", 2, "2.0"),
        _F("installed", "boolean", 0, "2.0"),
        _F("installState", "string", 3, "2.0"),
        _F("prerequisitePatch", "HostPatchManagerStatusPrerequisitePatch", 3, "2.0"),
        _F("restartRequired", "boolean", 0, "2.0"),
        _F("reconnectRequired", "boolean", 0, "2.0"),
        _F("vmOffRequired", "boolean", 0, "2.0"),
        _F("supersededPatchIds", "string", 3, "2.0"),
    )
    id: str
    applicable: bool
    reason: list[str]
    integrity: str | None
    installed: bool
    installState: list[str]
    prerequisitePatch: list[HostPatchManagerStatusPrerequisitePatch]
    restartRequired: bool
    reconnectRequired: bool
    vmOffRequired: bool
    supersededPatchIds: list[str]

    def __init__(
        self,
        *,
        id: str,
        applicable: bool,
        installed: bool,
        restartRequired: bool,
        reconnectRequired: bool,
        vmOffRequired: bool,
        reason: list[str] | None = None,
        integrity: str | None = None,
        installState: list[str] | None = None,
        prerequisitePatch: list[HostPatchManagerStatusPrerequisitePatch] | None = None,
        supersededPatchIds: list[str] | None = None,
    ) -> None:
        self.id = id
        self.applicable = applicable
        self.reason = [] if reason is None else reason
        self.integrity = integrity
        self.installed = installed
        self.installState = [] if installState is None else installState
        self.prerequisitePatch = [] if prerequisitePatch is None else prerequisitePatch
        self.restartRequired = restartRequired
        self.reconnectRequired = reconnectRequired
        self.vmOffRequired = vmOffRequired
        self.supersededPatchIds = [] if supersededPatchIds is None else supersededPatchIds
