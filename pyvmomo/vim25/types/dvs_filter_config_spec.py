# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""DvsFilterConfigSpec: data object type, extends DvsFilterConfig. Since 5.5."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dvs_filter_config import DvsFilterConfig
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .dvs_filter_parameter import DvsFilterParameter


class DvsFilterConfigSpec(DvsFilterConfig):
    """DvsFilterConfigSpec: data object extending DvsFilterConfig, since 5.5.

    Attributes:
        operation: string, since 5.5.
    """

    __slots__ = ("operation", )
    _wire_name_: ClassVar[str] = "DvsFilterConfigSpec"
    _since_: ClassVar[str] = "5.5"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("inherited", "boolean", 0, "4.0"),
        _F("key", "string", 2, "5.5"),
        _F("agentName", "string", 2, "5.5"),
        _F("slotNumber", "string", 2, "5.5"),
        _F("parameters", "DvsFilterParameter", 2, "5.5"),
        _F("onFailure", "string", 2, "5.5"),
        _F("operation", "string", 0, "5.5"),
    )
    operation: str

    def __init__(
        self,
        *,
        inherited: bool,
        operation: str,
        key: str | None = None,
        agentName: str | None = None,
        slotNumber: str | None = None,
        parameters: DvsFilterParameter | None = None,
        onFailure: str | None = None,
    ) -> None:
        self.inherited = inherited
        self.key = key
        self.agentName = agentName
        self.slotNumber = slotNumber
        self.parameters = parameters
        self.onFailure = onFailure
        self.operation = operation
