# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""ClusterFixedSizeSlotPolicy: data object type, extends ClusterSlotPolicy. Since 5.1."""

from __future__ import annotations

from typing import ClassVar

from .cluster_slot_policy import ClusterSlotPolicy
from pyvmomo._base import Field as _F


class ClusterFixedSizeSlotPolicy(ClusterSlotPolicy):
    """ClusterFixedSizeSlotPolicy: data object extending ClusterSlotPolicy, since 5.1.

    Attributes:
        cpu: int, since 5.1.
        memory: int, since 5.1.
    """

    __slots__ = ("cpu", "memory", )
    _wire_name_: ClassVar[str] = "ClusterFixedSizeSlotPolicy"
    _since_: ClassVar[str] = "5.1"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("cpu", "int", 0, "5.1"),
        _F("memory", "int", 0, "5.1"),
    )
    cpu: int
    memory: int

    def __init__(
        self,
        *,
        cpu: int,
        memory: int,
    ) -> None:
        self.cpu = cpu
        self.memory = memory
