# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""ClusterRecommendation: data object type, extends DynamicData. Since 2.5."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from collections.abc import Sequence
    from datetime import datetime
    from .cluster_action import ClusterAction
    from .localizable_message import LocalizableMessage
    from pyvmomo._base import ManagedObject as _ManagedObject


class ClusterRecommendation(DynamicData):
    """ClusterRecommendation: data object extending DynamicData, since 2.5.

    Attributes:
        key: string, since 2.5.
        type: string, since 2.5.
        time: dateTime, since 2.5.
        rating: int, since 2.5.
        reason: string, since 2.5.
        reasonText: string, since 2.5.
        warningText: string, optional, since 6.0.
        warningDetails: LocalizableMessage, optional, since 6.0.
        prerequisite: list of string, since 2.5.
        action: list of ClusterAction, since 2.5.
        target: reference to any managed object, optional, since 2.5.
    """

    __slots__ = ("key", "type", "time", "rating", "reason", "reasonText", "warningText", "warningDetails", "prerequisite", "action", "target", )
    _wire_name_: ClassVar[str] = "ClusterRecommendation"
    _since_: ClassVar[str] = "2.5"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("key", "string", 0, "2.5"),
        _F("type", "string", 0, "2.5"),
        _F("time", "dateTime", 0, "2.5"),
        _F("rating", "int", 0, "2.5"),
        _F("reason", "string", 0, "2.5"),
        _F("reasonText", "string", 0, "2.5"),
        _F("warningText", "string", 2, "6.0"),
        _F("warningDetails", "LocalizableMessage", 2, "6.0"),
        _F("prerequisite", "string", 3, "2.5"),
        _F("action", "ClusterAction", 3, "2.5"),
        _F("target", "ManagedObjectReference", 2, "2.5"),
    )
    key: str
    type: str
    time: datetime
    rating: int
    reason: str
    reasonText: str
    warningText: str | None
    warningDetails: LocalizableMessage | None
    prerequisite: list[str]
    action: list[ClusterAction]
    target: _ManagedObject | None

    def __init__(
        self,
        *,
        key: str,
        type: str,
        time: datetime,
        rating: int,
        reason: str,
        reasonText: str,
        warningText: str | None = None,
        warningDetails: LocalizableMessage | None = None,
        prerequisite: list[str] | None = None,
        action: Sequence[ClusterAction] | None = None,
        target: _ManagedObject | None = None,
    ) -> None:
        self.key = key
        self.type = type
        self.time = time
        self.rating = rating
        self.reason = reason
        self.reasonText = reasonText
        self.warningText = warningText
        self.warningDetails = warningDetails
        self.prerequisite = [] if prerequisite is None else prerequisite
        self.action = [] if action is None else list(action)
        self.target = target
