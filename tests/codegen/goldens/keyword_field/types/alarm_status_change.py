# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): vim.wsdl 653353e9f896, wsdl/catalogue.json 98c11151afe2
"""AlarmStatusChange: data object type, extends DynamicData. Since 5.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from ..managed.probe_manager import ProbeManager


class AlarmStatusChange(DynamicData):
    """AlarmStatusChange: data object extending DynamicData, since 5.0.

    Attributes:
        from_: wire name "from"; string, since 5.0.
        to: string, since 5.0.
        self_: wire name "self"; reference to ProbeManager, optional, since 7.0.3.0.
        id: int, since 7.0.3.0.
        type: string, since 7.0.3.0.
        filter: string, optional, since 7.0.3.0.
    """

    __slots__ = ("from_", "to", "self_", "id", "type", "filter", )
    _wire_name_: ClassVar[str] = "AlarmStatusChange"
    _since_: ClassVar[str] = "5.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("from_", "string", 0, "5.0", wire="from"),
        _F("to", "string", 0, "5.0"),
        _F("self_", "ManagedObjectReference", 2, "7.0.3.0", wire="self", target="ProbeManager"),
        _F("id", "int", 0, "7.0.3.0"),
        _F("type", "string", 0, "7.0.3.0"),
        _F("filter", "string", 2, "7.0.3.0"),
    )
    from_: str
    to: str
    self_: ProbeManager | None
    id: int
    type: str
    filter: str | None

    def __init__(
        self,
        *,
        from_: str,
        to: str,
        id: int,
        type: str,
        self_: ProbeManager | None = None,
        filter: str | None = None,
    ) -> None:
        self.from_ = from_
        self.to = to
        self.self_ = self_
        self.id = id
        self.type = type
        self.filter = filter
