# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostProfileManagerCompositionValidationResultResultElement: data object type, extends DynamicData. Since 6.5."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .host_apply_profile import HostApplyProfile
    from .localizable_message import LocalizableMessage
    from ..managed.profile import Profile


class HostProfileManagerCompositionValidationResultResultElement(DynamicData):
    """HostProfileManagerCompositionValidationResultResultElement: data object extending DynamicData, since 6.5.

    Attributes:
        target: reference to Profile, since 6.5.
        status: string, since 6.5.
        errors: list of LocalizableMessage, since 6.5.
        sourceDiffForToBeMerged: HostApplyProfile, optional, since 6.5.
        targetDiffForToBeMerged: HostApplyProfile, optional, since 6.5.
        toBeAdded: HostApplyProfile, optional, since 6.5.
        toBeDeleted: HostApplyProfile, optional, since 6.5.
        toBeDisabled: HostApplyProfile, optional, since 6.5.
        toBeEnabled: HostApplyProfile, optional, since 6.5.
        toBeReenableCC: HostApplyProfile, optional, since 6.5.
    """

    __slots__ = ("target", "status", "errors", "sourceDiffForToBeMerged", "targetDiffForToBeMerged", "toBeAdded", "toBeDeleted", "toBeDisabled", "toBeEnabled", "toBeReenableCC", )
    _wire_name_: ClassVar[str] = "HostProfileManagerCompositionValidationResultResultElement"
    _since_: ClassVar[str] = "6.5"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("target", "ManagedObjectReference", 0, "6.5", target="Profile"),
        _F("status", "string", 0, "6.5"),
        _F("errors", "LocalizableMessage", 3, "6.5"),
        _F("sourceDiffForToBeMerged", "HostApplyProfile", 2, "6.5"),
        _F("targetDiffForToBeMerged", "HostApplyProfile", 2, "6.5"),
        _F("toBeAdded", "HostApplyProfile", 2, "6.5"),
        _F("toBeDeleted", "HostApplyProfile", 2, "6.5"),
        _F("toBeDisabled", "HostApplyProfile", 2, "6.5"),
        _F("toBeEnabled", "HostApplyProfile", 2, "6.5"),
        _F("toBeReenableCC", "HostApplyProfile", 2, "6.5"),
    )
    target: Profile
    status: str
    errors: list[LocalizableMessage]
    sourceDiffForToBeMerged: HostApplyProfile | None
    targetDiffForToBeMerged: HostApplyProfile | None
    toBeAdded: HostApplyProfile | None
    toBeDeleted: HostApplyProfile | None
    toBeDisabled: HostApplyProfile | None
    toBeEnabled: HostApplyProfile | None
    toBeReenableCC: HostApplyProfile | None

    def __init__(
        self,
        *,
        target: Profile,
        status: str,
        errors: list[LocalizableMessage] | None = None,
        sourceDiffForToBeMerged: HostApplyProfile | None = None,
        targetDiffForToBeMerged: HostApplyProfile | None = None,
        toBeAdded: HostApplyProfile | None = None,
        toBeDeleted: HostApplyProfile | None = None,
        toBeDisabled: HostApplyProfile | None = None,
        toBeEnabled: HostApplyProfile | None = None,
        toBeReenableCC: HostApplyProfile | None = None,
    ) -> None:
        self.target = target
        self.status = status
        self.errors = [] if errors is None else errors
        self.sourceDiffForToBeMerged = sourceDiffForToBeMerged
        self.targetDiffForToBeMerged = targetDiffForToBeMerged
        self.toBeAdded = toBeAdded
        self.toBeDeleted = toBeDeleted
        self.toBeDisabled = toBeDisabled
        self.toBeEnabled = toBeEnabled
        self.toBeReenableCC = toBeReenableCC
