# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostProfileConfigSpec: data object type, extends ProfileCreateSpec. Since 4.0."""

from __future__ import annotations

from typing import ClassVar

from .profile_create_spec import ProfileCreateSpec
from pyvmomo._base import Field as _F


class HostProfileConfigSpec(ProfileCreateSpec):
    """HostProfileConfigSpec: data object extending ProfileCreateSpec, since 4.0."""

    __slots__ = ()
    _wire_name_: ClassVar[str] = "HostProfileConfigSpec"
    _since_: ClassVar[str] = "4.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("name", "string", 2, "4.0"),
        _F("annotation", "string", 2, "4.0"),
        _F("enabled", "boolean", 2, "4.0"),
    )

    def __init__(
        self,
        *,
        name: str | None = None,
        annotation: str | None = None,
        enabled: bool | None = None,
    ) -> None:
        self.name = name
        self.annotation = annotation
        self.enabled = enabled
