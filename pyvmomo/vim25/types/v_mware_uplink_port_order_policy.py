# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""VMwareUplinkPortOrderPolicy: data object type, extends InheritablePolicy. Since 4.0."""

from __future__ import annotations

from typing import ClassVar

from .inheritable_policy import InheritablePolicy
from pyvmomo._base import Field as _F


class VMwareUplinkPortOrderPolicy(InheritablePolicy):
    """VMwareUplinkPortOrderPolicy: data object extending InheritablePolicy, since 4.0.

    Attributes:
        activeUplinkPort: list of string, since 4.0.
        standbyUplinkPort: list of string, since 4.0.
    """

    __slots__ = ("activeUplinkPort", "standbyUplinkPort", )
    _wire_name_: ClassVar[str] = "VMwareUplinkPortOrderPolicy"
    _since_: ClassVar[str] = "4.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("inherited", "boolean", 0, "4.0"),
        _F("activeUplinkPort", "string", 3, "4.0"),
        _F("standbyUplinkPort", "string", 3, "4.0"),
    )
    activeUplinkPort: list[str]
    standbyUplinkPort: list[str]

    def __init__(
        self,
        *,
        inherited: bool,
        activeUplinkPort: list[str] | None = None,
        standbyUplinkPort: list[str] | None = None,
    ) -> None:
        self.inherited = inherited
        self.activeUplinkPort = [] if activeUplinkPort is None else activeUplinkPort
        self.standbyUplinkPort = [] if standbyUplinkPort is None else standbyUplinkPort
