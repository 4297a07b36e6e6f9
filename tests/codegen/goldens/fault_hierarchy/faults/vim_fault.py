# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): vim.wsdl b60b25dc3707, wsdl/catalogue.json f4886de6bed9
"""VimFault: fault type, extends MethodFault. Since 7.0.3.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .method_fault import MethodFault
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from ..types.localized_method_fault import LocalizedMethodFault


class VimFault(MethodFault):
    """VimFault: fault extending MethodFault, since 7.0.3.0."""

    _wire_name_: ClassVar[str] = "VimFault"
    _since_: ClassVar[str] = "7.0.3.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("faultCause", "LocalizedMethodFault", 2, "7.0.3.0"),
    )

    def __init__(
        self,
        *,
        faultCause: LocalizedMethodFault | None = None,
    ) -> None:
        self.faultCause = faultCause
