# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""VirtualMachineIndependentFilterSpec: data object type, extends VirtualMachineBaseIndependentFilterSpec. Since 7.0.2.1."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .virtual_machine_base_independent_filter_spec import VirtualMachineBaseIndependentFilterSpec
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .key_value import KeyValue


class VirtualMachineIndependentFilterSpec(VirtualMachineBaseIndependentFilterSpec):
    """VirtualMachineIndependentFilterSpec: data object extending VirtualMachineBaseIndependentFilterSpec, since 7.0.2.1.

    Attributes:
        filterName: string, since 7.0.2.1.
        filterClass: string, optional, since 7.0.2.1.
        filterCapabilities: list of KeyValue, since 7.0.2.1.
    """

    __slots__ = ("filterName", "filterClass", "filterCapabilities", )
    _wire_name_: ClassVar[str] = "VirtualMachineIndependentFilterSpec"
    _since_: ClassVar[str] = "7.0.2.1"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("filterName", "string", 0, "7.0.2.1"),
        _F("filterClass", "string", 2, "7.0.2.1"),
        _F("filterCapabilities", "KeyValue", 3, "7.0.2.1"),
    )
    filterName: str
    filterClass: str | None
    filterCapabilities: list[KeyValue]

    def __init__(
        self,
        *,
        filterName: str,
        filterClass: str | None = None,
        filterCapabilities: list[KeyValue] | None = None,
    ) -> None:
        self.filterName = filterName
        self.filterClass = filterClass
        self.filterCapabilities = [] if filterCapabilities is None else filterCapabilities
