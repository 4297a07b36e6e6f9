# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""GuestProcessInfo: data object type, extends DynamicData. Since 5.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from datetime import datetime


class GuestProcessInfo(DynamicData):
    """GuestProcessInfo: data object extending DynamicData, since 5.0.

    Attributes:
        name: string, since 5.0.
        pid: long, since 5.0.
        owner: string, since 5.0.
        cmdLine: string, since 5.0.
        startTime: dateTime, since 5.0.
        endTime: dateTime, optional, since 5.0.
        exitCode: int, optional, since 5.0.
    """

    __slots__ = ("name", "pid", "owner", "cmdLine", "startTime", "endTime", "exitCode", )
    _wire_name_: ClassVar[str] = "GuestProcessInfo"
    _since_: ClassVar[str] = "5.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("name", "string", 0, "5.0"),
        _F("pid", "long", 0, "5.0"),
        _F("owner", "string", 0, "5.0"),
        _F("cmdLine", "string", 0, "5.0"),
        _F("startTime", "dateTime", 0, "5.0"),
        _F("endTime", "dateTime", 2, "5.0"),
        _F("exitCode", "int", 2, "5.0"),
    )
    name: str
    pid: int
    owner: str
    cmdLine: str
    startTime: datetime
    endTime: datetime | None
    exitCode: int | None

    def __init__(
        self,
        *,
        name: str,
        pid: int,
        owner: str,
        cmdLine: str,
        startTime: datetime,
        endTime: datetime | None = None,
        exitCode: int | None = None,
    ) -> None:
        self.name = name
        self.pid = pid
        self.owner = owner
        self.cmdLine = cmdLine
        self.startTime = startTime
        self.endTime = endTime
        self.exitCode = exitCode
