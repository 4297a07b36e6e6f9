# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""WaitOptions: data object type, extends DynamicData. Since 4.1."""

from __future__ import annotations

from typing import ClassVar

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F


class WaitOptions(DynamicData):
    """WaitOptions: data object extending DynamicData, since 4.1.

    Attributes:
        maxWaitSeconds: int, optional, since 4.1.
        maxObjectUpdates: int, optional, since 4.1.
    """

    __slots__ = ("maxWaitSeconds", "maxObjectUpdates", )
    _wire_name_: ClassVar[str] = "WaitOptions"
    _since_: ClassVar[str] = "4.1"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("maxWaitSeconds", "int", 2, "4.1"),
        _F("maxObjectUpdates", "int", 2, "4.1"),
    )
    maxWaitSeconds: int | None
    maxObjectUpdates: int | None

    def __init__(
        self,
        *,
        maxWaitSeconds: int | None = None,
        maxObjectUpdates: int | None = None,
    ) -> None:
        self.maxWaitSeconds = maxWaitSeconds
        self.maxObjectUpdates = maxObjectUpdates
