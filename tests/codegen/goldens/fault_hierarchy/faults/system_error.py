# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): vim.wsdl b60b25dc3707, wsdl/catalogue.json f4886de6bed9
"""SystemError: fault type, extends RuntimeFault. Since 7.0.3.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .runtime_fault import RuntimeFault
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from ..types.localized_method_fault import LocalizedMethodFault


class SystemError(RuntimeFault):
    """SystemError: fault extending RuntimeFault, since 7.0.3.0.

    Attributes:
        reason: string, since 7.0.3.0.
    """

    _wire_name_: ClassVar[str] = "SystemError"
    _since_: ClassVar[str] = "7.0.3.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("faultCause", "LocalizedMethodFault", 2, "7.0.3.0"),
        _F("reason", "string", 0, "7.0.3.0"),
    )
    reason: str

    def __init__(
        self,
        *,
        reason: str,
        faultCause: LocalizedMethodFault | None = None,
    ) -> None:
        self.faultCause = faultCause
        self.reason = reason
