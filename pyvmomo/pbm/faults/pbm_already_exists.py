# Generated from urn:pbm 8.0.0.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 6b008c236d8c, pbm-messagetypes.xsd 80afefd63b4c, pbm-types.xsd 67c8010eba84, pbm.wsdl c31d056765d0, pbmService.wsdl b603139b1cf9, query-types.xsd 75e61f7a3665, reflect-types.xsd 9dd79e7a402d, vim-types.xsd 03e846d02da4, wsdl/pbm.json 3e77755851fc, wsdl/pbm_safe_ops.json 249a563e5b2c
"""PbmAlreadyExists: fault type, extends PbmFault. Since 1.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .pbm_fault import PbmFault
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from ...vim25.types.localizable_message import LocalizableMessage
    from ...vim25.types.localized_method_fault import LocalizedMethodFault


class PbmAlreadyExists(PbmFault):
    """PbmAlreadyExists: fault extending PbmFault, since 1.0.

    Attributes:
        name: string, optional, since 1.0.
    """

    _wire_name_: ClassVar[str] = "PbmAlreadyExists"
    _since_: ClassVar[str] = "1.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("faultCause", "LocalizedMethodFault", 2, "4.0"),
        _F("faultMessage", "LocalizableMessage", 3, "4.0"),
        _F("name", "string", 2, "1.0"),
    )
    name: str | None

    def __init__(
        self,
        *,
        faultCause: LocalizedMethodFault | None = None,
        faultMessage: list[LocalizableMessage] | None = None,
        name: str | None = None,
    ) -> None:
        self.faultCause = faultCause
        self.faultMessage: list[LocalizableMessage] = [] if faultMessage is None else faultMessage
        self.name = name
