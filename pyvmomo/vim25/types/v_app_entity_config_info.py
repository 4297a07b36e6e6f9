# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""VAppEntityConfigInfo: data object type, extends DynamicData. Since 4.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from ..managed.managed_entity import ManagedEntity


class VAppEntityConfigInfo(DynamicData):
    """VAppEntityConfigInfo: data object extending DynamicData, since 4.0.

    Attributes:
        key: reference to ManagedEntity, optional, since 4.0.
        tag: string, optional, since 4.0.
        startOrder: int, optional, since 4.0.
        startDelay: int, optional, since 4.0.
        waitingForGuest: boolean, optional, since 4.0.
        startAction: string, optional, since 4.0.
        stopDelay: int, optional, since 4.0.
        stopAction: string, optional, since 4.0.
        destroyWithParent: boolean, optional, since 4.1.
    """

    __slots__ = ("key", "tag", "startOrder", "startDelay", "waitingForGuest", "startAction", "stopDelay", "stopAction", "destroyWithParent", )
    _wire_name_: ClassVar[str] = "VAppEntityConfigInfo"
    _since_: ClassVar[str] = "4.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("key", "ManagedObjectReference", 2, "4.0", target="ManagedEntity"),
        _F("tag", "string", 2, "4.0"),
        _F("startOrder", "int", 2, "4.0"),
        _F("startDelay", "int", 2, "4.0"),
        _F("waitingForGuest", "boolean", 2, "4.0"),
        _F("startAction", "string", 2, "4.0"),
        _F("stopDelay", "int", 2, "4.0"),
        _F("stopAction", "string", 2, "4.0"),
        _F("destroyWithParent", "boolean", 2, "4.1"),
    )
    key: ManagedEntity | None
    tag: str | None
    startOrder: int | None
    startDelay: int | None
    waitingForGuest: bool | None
    startAction: str | None
    stopDelay: int | None
    stopAction: str | None
    destroyWithParent: bool | None

    def __init__(
        self,
        *,
        key: ManagedEntity | None = None,
        tag: str | None = None,
        startOrder: int | None = None,
        startDelay: int | None = None,
        waitingForGuest: bool | None = None,
        startAction: str | None = None,
        stopDelay: int | None = None,
        stopAction: str | None = None,
        destroyWithParent: bool | None = None,
    ) -> None:
        self.key = key
        self.tag = tag
        self.startOrder = startOrder
        self.startDelay = startDelay
        self.waitingForGuest = waitingForGuest
        self.startAction = startAction
        self.stopDelay = stopDelay
        self.stopAction = stopAction
        self.destroyWithParent = destroyWithParent
