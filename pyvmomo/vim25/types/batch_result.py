# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""BatchResult: data object type, extends DynamicData. Since 6.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from ..managed.datastore import Datastore
    from .localized_method_fault import LocalizedMethodFault


class BatchResult(DynamicData):
    """BatchResult: data object extending DynamicData, since 6.0.

    Attributes:
        result: string, since 6.0.
        hostKey: string, since 6.0.
        ds: reference to Datastore, optional, since 6.0.
        fault: LocalizedMethodFault, optional, since 6.0.
    """

    __slots__ = ("result", "hostKey", "ds", "fault", )
    _wire_name_: ClassVar[str] = "BatchResult"
    _since_: ClassVar[str] = "6.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("result", "string", 0, "6.0"),
        _F("hostKey", "string", 0, "6.0"),
        _F("ds", "ManagedObjectReference", 2, "6.0", target="Datastore"),
        _F("fault", "LocalizedMethodFault", 2, "6.0"),
    )
    result: str
    hostKey: str
    ds: Datastore | None
    fault: LocalizedMethodFault | None

    def __init__(
        self,
        *,
        result: str,
        hostKey: str,
        ds: Datastore | None = None,
        fault: LocalizedMethodFault | None = None,
    ) -> None:
        self.result = result
        self.hostKey = hostKey
        self.ds = ds
        self.fault = fault
