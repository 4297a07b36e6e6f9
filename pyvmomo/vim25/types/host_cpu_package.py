# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostCpuPackage: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .host_cpu_id_info import HostCpuIdInfo


class HostCpuPackage(DynamicData):
    """HostCpuPackage: data object extending DynamicData, since 2.0.

    Attributes:
        index: short, since 2.0.
        vendor: string, since 2.0.
        hz: long, since 2.0.
        busHz: long, since 2.0.
        description: string, since 2.0.
        threadId: list of short, since 2.0.
        cpuFeature: list of HostCpuIdInfo, since 2.0.
    """

    __slots__ = ("index", "vendor", "hz", "busHz", "description", "threadId", "cpuFeature", )
    _wire_name_: ClassVar[str] = "HostCpuPackage"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("index", "short", 0, "2.0"),
        _F("vendor", "string", 0, "2.0"),
        _F("hz", "long", 0, "2.0"),
        _F("busHz", "long", 0, "2.0"),
        _F("description", "string", 0, "2.0"),
        _F("threadId", "short", 1, "2.0"),
        _F("cpuFeature", "HostCpuIdInfo", 3, "2.0"),
    )
    index: int
    vendor: str
    hz: int
    busHz: int
    description: str
    threadId: list[int]
    cpuFeature: list[HostCpuIdInfo]

    def __init__(
        self,
        *,
        index: int,
        vendor: str,
        hz: int,
        busHz: int,
        description: str,
        threadId: list[int],
        cpuFeature: list[HostCpuIdInfo] | None = None,
    ) -> None:
        self.index = index
        self.vendor = vendor
        self.hz = hz
        self.busHz = busHz
        self.description = description
        self.threadId = threadId
        self.cpuFeature = [] if cpuFeature is None else cpuFeature
