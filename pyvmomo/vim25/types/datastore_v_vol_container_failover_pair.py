# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""DatastoreVVolContainerFailoverPair: data object type, extends DynamicData. Since 6.5."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .key_value import KeyValue


class DatastoreVVolContainerFailoverPair(DynamicData):
    """DatastoreVVolContainerFailoverPair: data object extending DynamicData, since 6.5.

    Attributes:
        srcContainer: string, optional, since 6.5.
        tgtContainer: string, since 6.5.
        vvolMapping: list of KeyValue, since 6.5.
    """

    __slots__ = ("srcContainer", "tgtContainer", "vvolMapping", )
    _wire_name_: ClassVar[str] = "DatastoreVVolContainerFailoverPair"
    _since_: ClassVar[str] = "6.5"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("srcContainer", "string", 2, "6.5"),
        _F("tgtContainer", "string", 0, "6.5"),
        _F("vvolMapping", "KeyValue", 3, "6.5"),
    )
    srcContainer: str | None
    tgtContainer: str
    vvolMapping: list[KeyValue]

    def __init__(
        self,
        *,
        tgtContainer: str,
        srcContainer: str | None = None,
        vvolMapping: list[KeyValue] | None = None,
    ) -> None:
        self.srcContainer = srcContainer
        self.tgtContainer = tgtContainer
        self.vvolMapping = [] if vvolMapping is None else vvolMapping
