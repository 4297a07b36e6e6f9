# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""DistributedVirtualSwitchPortConnectee: data object type, extends DynamicData. Since 4.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from ..managed.managed_entity import ManagedEntity


class DistributedVirtualSwitchPortConnectee(DynamicData):
    """DistributedVirtualSwitchPortConnectee: data object extending DynamicData, since 4.0.

    Attributes:
        connectedEntity: reference to ManagedEntity, optional, since 4.0.
        nicKey: string, optional, since 4.0.
        type: string, optional, since 4.0.
        addressHint: string, optional, since 4.0.
    """

    __slots__ = ("connectedEntity", "nicKey", "type", "addressHint", )
    _wire_name_: ClassVar[str] = "DistributedVirtualSwitchPortConnectee"
    _since_: ClassVar[str] = "4.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("connectedEntity", "ManagedObjectReference", 2, "4.0", target="ManagedEntity"),
        _F("nicKey", "string", 2, "4.0"),
        _F("type", "string", 2, "4.0"),
        _F("addressHint", "string", 2, "4.0"),
    )
    connectedEntity: ManagedEntity | None
    nicKey: str | None
    type: str | None
    addressHint: str | None

    def __init__(
        self,
        *,
        connectedEntity: ManagedEntity | None = None,
        nicKey: str | None = None,
        type: str | None = None,
        addressHint: str | None = None,
    ) -> None:
        self.connectedEntity = connectedEntity
        self.nicKey = nicKey
        self.type = type
        self.addressHint = addressHint
