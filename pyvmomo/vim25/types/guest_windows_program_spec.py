# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""GuestWindowsProgramSpec: data object type, extends GuestProgramSpec. Since 5.0."""

from __future__ import annotations

from typing import ClassVar

from .guest_program_spec import GuestProgramSpec
from pyvmomo._base import Field as _F


class GuestWindowsProgramSpec(GuestProgramSpec):
    """GuestWindowsProgramSpec: data object extending GuestProgramSpec, since 5.0.

    Attributes:
        startMinimized: boolean, since 5.0.
    """

    __slots__ = ("startMinimized", )
    _wire_name_: ClassVar[str] = "GuestWindowsProgramSpec"
    _since_: ClassVar[str] = "5.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("programPath", "string", 0, "5.0"),
        _F("arguments", "string", 0, "5.0"),
        _F("workingDirectory", "string", 2, "5.0"),
        _F("envVariables", "string", 3, "5.0"),
        _F("startMinimized", "boolean", 0, "5.0"),
    )
    startMinimized: bool

    def __init__(
        self,
        *,
        programPath: str,
        arguments: str,
        startMinimized: bool,
        workingDirectory: str | None = None,
        envVariables: list[str] | None = None,
    ) -> None:
        self.programPath = programPath
        self.arguments = arguments
        self.workingDirectory = workingDirectory
        self.envVariables: list[str] = [] if envVariables is None else envVariables
        self.startMinimized = startMinimized
