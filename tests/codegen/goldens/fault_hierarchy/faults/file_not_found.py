# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): vim.wsdl b60b25dc3707, wsdl/catalogue.json f4886de6bed9
"""FileNotFound: fault type, extends FileFault. Since 7.0.3.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .file_fault import FileFault
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from ..types.localized_method_fault import LocalizedMethodFault


class FileNotFound(FileFault):
    """FileNotFound: fault extending FileFault, since 7.0.3.0."""

    _wire_name_: ClassVar[str] = "FileNotFound"
    _since_: ClassVar[str] = "7.0.3.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("faultCause", "LocalizedMethodFault", 2, "7.0.3.0"),
        _F("file", "string", 0, "7.0.3.0"),
    )

    def __init__(
        self,
        *,
        file: str,
        faultCause: LocalizedMethodFault | None = None,
    ) -> None:
        self.faultCause = faultCause
        self.file = file
