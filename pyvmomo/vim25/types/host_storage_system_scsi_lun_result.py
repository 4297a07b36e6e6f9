# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostStorageSystemScsiLunResult: data object type, extends DynamicData. Since 6.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .localized_method_fault import LocalizedMethodFault


class HostStorageSystemScsiLunResult(DynamicData):
    """HostStorageSystemScsiLunResult: data object extending DynamicData, since 6.0.

    Attributes:
        key: string, since 6.0.
        fault: LocalizedMethodFault, optional, since 6.0.
    """

    __slots__ = ("key", "fault", )
    _wire_name_: ClassVar[str] = "HostStorageSystemScsiLunResult"
    _since_: ClassVar[str] = "6.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("key", "string", 0, "6.0"),
        _F("fault", "LocalizedMethodFault", 2, "6.0"),
    )
    key: str
    fault: LocalizedMethodFault | None

    def __init__(
        self,
        *,
        key: str,
        fault: LocalizedMethodFault | None = None,
    ) -> None:
        self.key = key
        self.fault = fault
