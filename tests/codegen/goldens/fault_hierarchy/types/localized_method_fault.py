# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): vim.wsdl b60b25dc3707, wsdl/catalogue.json f4886de6bed9
"""LocalizedMethodFault: data object type, extends DynamicData. Since 7.0.3.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from ..faults.method_fault import MethodFault


class LocalizedMethodFault(DynamicData):
    """LocalizedMethodFault: data object extending DynamicData, since 7.0.3.0.

    Attributes:
        fault: MethodFault, since 7.0.3.0.
        localizedMessage: string, optional, since 7.0.3.0.
    """

    __slots__ = ("fault", "localizedMessage", )
    _wire_name_: ClassVar[str] = "LocalizedMethodFault"
    _since_: ClassVar[str] = "7.0.3.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("fault", "MethodFault", 0, "7.0.3.0"),
        _F("localizedMessage", "string", 2, "7.0.3.0"),
    )
    fault: MethodFault
    localizedMessage: str | None

    def __init__(
        self,
        *,
        fault: MethodFault,
        localizedMessage: str | None = None,
    ) -> None:
        self.fault = fault
        self.localizedMessage = localizedMessage
