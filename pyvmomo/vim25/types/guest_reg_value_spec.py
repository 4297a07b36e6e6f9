# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""GuestRegValueSpec: data object type, extends DynamicData. Since 6.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .guest_reg_value_data_spec import GuestRegValueDataSpec
    from .guest_reg_value_name_spec import GuestRegValueNameSpec


class GuestRegValueSpec(DynamicData):
    """GuestRegValueSpec: data object extending DynamicData, since 6.0.

    Attributes:
        name: GuestRegValueNameSpec, since 6.0.
        data: GuestRegValueDataSpec, since 6.0.
    """

    __slots__ = ("name", "data", )
    _wire_name_: ClassVar[str] = "GuestRegValueSpec"
    _since_: ClassVar[str] = "6.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("name", "GuestRegValueNameSpec", 0, "6.0"),
        _F("data", "GuestRegValueDataSpec", 0, "6.0"),
    )
    name: GuestRegValueNameSpec
    data: GuestRegValueDataSpec

    def __init__(
        self,
        *,
        name: GuestRegValueNameSpec,
        data: GuestRegValueDataSpec,
    ) -> None:
        self.name = name
        self.data = data
