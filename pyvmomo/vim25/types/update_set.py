# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""UpdateSet: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .property_filter_update import PropertyFilterUpdate


class UpdateSet(DynamicData):
    """UpdateSet: data object extending DynamicData, since 2.0.

    Attributes:
        version: string, since 2.0.
        filterSet: list of PropertyFilterUpdate, since 2.0.
        truncated: boolean, optional, since 4.1.
    """

    __slots__ = ("version", "filterSet", "truncated", )
    _wire_name_: ClassVar[str] = "UpdateSet"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("version", "string", 0, "2.0"),
        _F("filterSet", "PropertyFilterUpdate", 3, "2.0"),
        _F("truncated", "boolean", 2, "4.1"),
    )
    version: str
    filterSet: list[PropertyFilterUpdate]
    truncated: bool | None

    def __init__(
        self,
        *,
        version: str,
        filterSet: list[PropertyFilterUpdate] | None = None,
        truncated: bool | None = None,
    ) -> None:
        self.version = version
        self.filterSet = [] if filterSet is None else filterSet
        self.truncated = truncated
