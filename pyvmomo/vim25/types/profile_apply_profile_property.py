# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""ProfileApplyProfileProperty: data object type, extends DynamicData. Since 5.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from collections.abc import Sequence
    from .apply_profile import ApplyProfile


class ProfileApplyProfileProperty(DynamicData):
    """ProfileApplyProfileProperty: data object extending DynamicData, since 5.0.

    Attributes:
        propertyName: string, since 5.0.
        array: boolean, since 5.0.
        profile: list of ApplyProfile, since 5.0.
    """

    __slots__ = ("propertyName", "array", "profile", )
    _wire_name_: ClassVar[str] = "ProfileApplyProfileProperty"
    _since_: ClassVar[str] = "5.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("propertyName", "string", 0, "5.0"),
        _F("array", "boolean", 0, "5.0"),
        _F("profile", "ApplyProfile", 3, "5.0"),
    )
    propertyName: str
    array: bool
    profile: list[ApplyProfile]

    def __init__(
        self,
        *,
        propertyName: str,
        array: bool,
        profile: Sequence[ApplyProfile] | None = None,
    ) -> None:
        self.propertyName = propertyName
        self.array = array
        self.profile = [] if profile is None else list(profile)
