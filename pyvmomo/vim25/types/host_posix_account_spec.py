# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostPosixAccountSpec: data object type, extends HostAccountSpec. Since 2.0."""

from __future__ import annotations

from typing import ClassVar

from .host_account_spec import HostAccountSpec
from pyvmomo._base import Field as _F


class HostPosixAccountSpec(HostAccountSpec):
    """HostPosixAccountSpec: data object extending HostAccountSpec, since 2.0.

    Attributes:
        posixId: int, optional, since 2.0.
        shellAccess: boolean, optional, since 2.0.
    """

    __slots__ = ("posixId", "shellAccess", )
    _wire_name_: ClassVar[str] = "HostPosixAccountSpec"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("id", "string", 0, "2.0"),
        _F("password", "string", 6, "2.0"),
        _F("description", "string", 2, "2.0"),
        _F("posixId", "int", 2, "2.0"),
        _F("shellAccess", "boolean", 2, "2.0"),
    )
    posixId: int | None
    shellAccess: bool | None

    def __init__(
        self,
        *,
        id: str,
        password: str | None = None,
        description: str | None = None,
        posixId: int | None = None,
        shellAccess: bool | None = None,
    ) -> None:
        self.id = id
        self.password = password
        self.description = description
        self.posixId = posixId
        self.shellAccess = shellAccess
