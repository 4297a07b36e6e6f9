# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): vim.wsdl b60b25dc3707, wsdl/catalogue.json f4886de6bed9
"""MethodFault: fault type. Since 7.0.3.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from pyvmomo._errors import ServerFault as _FaultBase
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from ..types.localized_method_fault import LocalizedMethodFault


class MethodFault(_FaultBase):
    """MethodFault: fault, since 7.0.3.0.

    Attributes:
        faultCause: LocalizedMethodFault, optional, since 7.0.3.0.
    """

    _wire_name_: ClassVar[str] = "MethodFault"
    _since_: ClassVar[str] = "7.0.3.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("faultCause", "LocalizedMethodFault", 2, "7.0.3.0"),
    )
    faultCause: LocalizedMethodFault | None

    def __init__(
        self,
        *,
        faultCause: LocalizedMethodFault | None = None,
    ) -> None:
        self.faultCause = faultCause
