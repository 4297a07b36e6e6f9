# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""ComputeResourceSummary: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from pyvmomo._xsd import EnumValue
    from ..enums import ManagedEntityStatusValue


class ComputeResourceSummary(DynamicData):
    """ComputeResourceSummary: data object extending DynamicData, since 2.0.

    Attributes:
        totalCpu: int, since 2.0.
        totalMemory: long, since 2.0.
        numCpuCores: short, since 2.0.
        numCpuThreads: short, since 2.0.
        effectiveCpu: int, since 2.0.
        effectiveMemory: long, since 2.0.
        numHosts: int, since 2.0.
        numEffectiveHosts: int, since 2.0.
        overallStatus: ManagedEntityStatus value (str), since 2.0.
    """

    __slots__ = ("totalCpu", "totalMemory", "numCpuCores", "numCpuThreads", "effectiveCpu", "effectiveMemory", "numHosts", "numEffectiveHosts", "overallStatus", )
    _wire_name_: ClassVar[str] = "ComputeResourceSummary"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("totalCpu", "int", 0, "2.0"),
        _F("totalMemory", "long", 0, "2.0"),
        _F("numCpuCores", "short", 0, "2.0"),
        _F("numCpuThreads", "short", 0, "2.0"),
        _F("effectiveCpu", "int", 0, "2.0"),
        _F("effectiveMemory", "long", 0, "2.0"),
        _F("numHosts", "int", 0, "2.0"),
        _F("numEffectiveHosts", "int", 0, "2.0"),
        _F("overallStatus", "ManagedEntityStatus", 0, "2.0"),
    )
    totalCpu: int
    totalMemory: int
    numCpuCores: int
    numCpuThreads: int
    effectiveCpu: int
    effectiveMemory: int
    numHosts: int
    numEffectiveHosts: int
    overallStatus: str

    def __init__(
        self,
        *,
        totalCpu: int,
        totalMemory: int,
        numCpuCores: int,
        numCpuThreads: int,
        effectiveCpu: int,
        effectiveMemory: int,
        numHosts: int,
        numEffectiveHosts: int,
        overallStatus: ManagedEntityStatusValue | EnumValue,
    ) -> None:
        self.totalCpu = totalCpu
        self.totalMemory = totalMemory
        self.numCpuCores = numCpuCores
        self.numCpuThreads = numCpuThreads
        self.effectiveCpu = effectiveCpu
        self.effectiveMemory = effectiveMemory
        self.numHosts = numHosts
        self.numEffectiveHosts = numEffectiveHosts
        self.overallStatus = overallStatus
