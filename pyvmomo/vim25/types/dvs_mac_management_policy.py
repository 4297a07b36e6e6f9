# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""DVSMacManagementPolicy: data object type, extends InheritablePolicy. Since 6.7."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .inheritable_policy import InheritablePolicy
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .dvs_mac_learning_policy import DVSMacLearningPolicy


class DVSMacManagementPolicy(InheritablePolicy):
    """DVSMacManagementPolicy: data object extending InheritablePolicy, since 6.7.

    Attributes:
        allowPromiscuous: boolean, optional, since 6.7.
        macChanges: boolean, optional, since 6.7.
        forgedTransmits: boolean, optional, since 6.7.
        macLearningPolicy: DVSMacLearningPolicy, optional, since 6.7.
    """

    __slots__ = ("allowPromiscuous", "macChanges", "forgedTransmits", "macLearningPolicy", )
    _wire_name_: ClassVar[str] = "DVSMacManagementPolicy"
    _since_: ClassVar[str] = "6.7"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("inherited", "boolean", 0, "4.0"),
        _F("allowPromiscuous", "boolean", 2, "6.7"),
        _F("macChanges", "boolean", 2, "6.7"),
        _F("forgedTransmits", "boolean", 2, "6.7"),
        _F("macLearningPolicy", "DVSMacLearningPolicy", 2, "6.7"),
    )
    allowPromiscuous: bool | None
    macChanges: bool | None
    forgedTransmits: bool | None
    macLearningPolicy: DVSMacLearningPolicy | None

    def __init__(
        self,
        *,
        inherited: bool,
        allowPromiscuous: bool | None = None,
        macChanges: bool | None = None,
        forgedTransmits: bool | None = None,
        macLearningPolicy: DVSMacLearningPolicy | None = None,
    ) -> None:
        self.inherited = inherited
        self.allowPromiscuous = allowPromiscuous
        self.macChanges = macChanges
        self.forgedTransmits = forgedTransmits
        self.macLearningPolicy = macLearningPolicy
