# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""AnswerFileStatusResult: data object type, extends DynamicData. Since 5.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from datetime import datetime
    from .answer_file_status_error import AnswerFileStatusError
    from ..managed.host_system import HostSystem


class AnswerFileStatusResult(DynamicData):
    """AnswerFileStatusResult: data object extending DynamicData, since 5.0.

    Attributes:
        checkedTime: dateTime, since 5.0.
        host: reference to HostSystem, since 5.0.
        status: string, since 5.0.
        error: list of AnswerFileStatusError, since 5.0.
    """

    __slots__ = ("checkedTime", "host", "status", "error", )
    _wire_name_: ClassVar[str] = "AnswerFileStatusResult"
    _since_: ClassVar[str] = "5.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("checkedTime", "dateTime", 0, "5.0"),
        _F("host", "ManagedObjectReference", 0, "5.0", target="HostSystem"),
        _F("status", "string", 0, "5.0"),
        _F("error", "AnswerFileStatusError", 3, "5.0"),
    )
    checkedTime: datetime
    host: HostSystem
    status: str
    error: list[AnswerFileStatusError]

    def __init__(
        self,
        *,
        checkedTime: datetime,
        host: HostSystem,
        status: str,
        error: list[AnswerFileStatusError] | None = None,
    ) -> None:
        self.checkedTime = checkedTime
        self.host = host
        self.status = status
        self.error = [] if error is None else error
