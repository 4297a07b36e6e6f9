# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): vim.wsdl 94ef918a06f6, wsdl/catalogue.json 7a66054d4c10
"""ChainA: data object type, extends DynamicData. Since 7.0.3.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .chain_b import ChainB


class ChainA(DynamicData):
    """ChainA: data object extending DynamicData, since 7.0.3.0.

    Attributes:
        next: ChainB, optional, since 7.0.3.0.
    """

    __slots__ = ("next", )
    _wire_name_: ClassVar[str] = "ChainA"
    _since_: ClassVar[str] = "7.0.3.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("next", "ChainB", 2, "7.0.3.0"),
    )
    next: ChainB | None

    def __init__(
        self,
        *,
        next: ChainB | None = None,
    ) -> None:
        self.next = next
