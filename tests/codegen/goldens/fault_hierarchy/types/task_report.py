# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): vim.wsdl b60b25dc3707, wsdl/catalogue.json f4886de6bed9
"""TaskReport: data object type, extends DynamicData. Since 7.0.3.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .localized_method_fault import LocalizedMethodFault


class TaskReport(DynamicData):
    """TaskReport: data object extending DynamicData, since 7.0.3.0.

    Attributes:
        error: LocalizedMethodFault, optional, since 7.0.3.0.
    """

    __slots__ = ("error", )
    _wire_name_: ClassVar[str] = "TaskReport"
    _since_: ClassVar[str] = "7.0.3.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("error", "LocalizedMethodFault", 2, "7.0.3.0"),
    )
    error: LocalizedMethodFault | None

    def __init__(
        self,
        *,
        error: LocalizedMethodFault | None = None,
    ) -> None:
        self.error = error
