# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""TraversalSpec: data object type, extends SelectionSpec. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .selection_spec import SelectionSpec
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from collections.abc import Sequence


class TraversalSpec(SelectionSpec):
    """TraversalSpec: data object extending SelectionSpec, since 2.0.

    Attributes:
        type: string, since 2.0.
        path: string, since 2.0.
        skip: boolean, optional, since 2.0.
        selectSet: list of SelectionSpec, since 2.0.
    """

    __slots__ = ("type", "path", "skip", "selectSet", )
    _wire_name_: ClassVar[str] = "TraversalSpec"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("name", "string", 2, "2.0"),
        _F("type", "string", 0, "2.0"),
        _F("path", "string", 0, "2.0"),
        _F("skip", "boolean", 2, "2.0"),
        _F("selectSet", "SelectionSpec", 3, "2.0"),
    )
    type: str
    path: str
    skip: bool | None
    selectSet: list[SelectionSpec]

    def __init__(
        self,
        *,
        type: str,
        path: str,
        name: str | None = None,
        skip: bool | None = None,
        selectSet: Sequence[SelectionSpec] | None = None,
    ) -> None:
        self.name = name
        self.type = type
        self.path = path
        self.skip = skip
        self.selectSet = [] if selectSet is None else list(selectSet)
