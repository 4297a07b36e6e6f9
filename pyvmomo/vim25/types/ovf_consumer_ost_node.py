# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""OvfConsumerOstNode: data object type, extends DynamicData. Since 5.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from ..managed.managed_entity import ManagedEntity
    from .ovf_consumer_ovf_section import OvfConsumerOvfSection


class OvfConsumerOstNode(DynamicData):
    """OvfConsumerOstNode: data object extending DynamicData, since 5.0.

    Attributes:
        id: string, since 5.0.
        type: string, since 5.0.
        section: list of OvfConsumerOvfSection, since 5.0.
        child: list of OvfConsumerOstNode, since 5.0.
        entity: reference to ManagedEntity, optional, since 5.0.
    """

    __slots__ = ("id", "type", "section", "child", "entity", )
    _wire_name_: ClassVar[str] = "OvfConsumerOstNode"
    _since_: ClassVar[str] = "5.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("id", "string", 0, "5.0"),
        _F("type", "string", 0, "5.0"),
        _F("section", "OvfConsumerOvfSection", 3, "5.0"),
        _F("child", "OvfConsumerOstNode", 3, "5.0"),
        _F("entity", "ManagedObjectReference", 2, "5.0", target="ManagedEntity"),
    )
    id: str
    type: str
    section: list[OvfConsumerOvfSection]
    child: list[OvfConsumerOstNode]
    entity: ManagedEntity | None

    def __init__(
        self,
        *,
        id: str,
        type: str,
        section: list[OvfConsumerOvfSection] | None = None,
        child: list[OvfConsumerOstNode] | None = None,
        entity: ManagedEntity | None = None,
    ) -> None:
        self.id = id
        self.type = type
        self.section = [] if section is None else section
        self.child = [] if child is None else child
        self.entity = entity
