# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""ClusterDrsMigration: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from datetime import datetime
    from ..managed.host_system import HostSystem
    from ..managed.virtual_machine import VirtualMachine


class ClusterDrsMigration(DynamicData):
    """ClusterDrsMigration: data object extending DynamicData, since 2.0.

    Attributes:
        key: string, since 2.0.
        time: dateTime, since 2.0.
        vm: reference to VirtualMachine, since 2.0.
        cpuLoad: int, optional, since 2.0.
        memoryLoad: long, optional, since 2.0.
        source: reference to HostSystem, since 2.0.
        sourceCpuLoad: int, optional, since 2.0.
        sourceMemoryLoad: long, optional, since 2.0.
        destination: reference to HostSystem, since 2.0.
        destinationCpuLoad: int, optional, since 2.0.
        destinationMemoryLoad: long, optional, since 2.0.
    """

    __slots__ = ("key", "time", "vm", "cpuLoad", "memoryLoad", "source", "sourceCpuLoad", "sourceMemoryLoad", "destination", "destinationCpuLoad", "destinationMemoryLoad", )
    _wire_name_: ClassVar[str] = "ClusterDrsMigration"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("key", "string", 0, "2.0"),
        _F("time", "dateTime", 0, "2.0"),
        _F("vm", "ManagedObjectReference", 0, "2.0", target="VirtualMachine"),
        _F("cpuLoad", "int", 2, "2.0"),
        _F("memoryLoad", "long", 2, "2.0"),
        _F("source", "ManagedObjectReference", 0, "2.0", target="HostSystem"),
        _F("sourceCpuLoad", "int", 2, "2.0"),
        _F("sourceMemoryLoad", "long", 2, "2.0"),
        _F("destination", "ManagedObjectReference", 0, "2.0", target="HostSystem"),
        _F("destinationCpuLoad", "int", 2, "2.0"),
        _F("destinationMemoryLoad", "long", 2, "2.0"),
    )
    key: str
    time: datetime
    vm: VirtualMachine
    cpuLoad: int | None
    memoryLoad: int | None
    source: HostSystem
    sourceCpuLoad: int | None
    sourceMemoryLoad: int | None
    destination: HostSystem
    destinationCpuLoad: int | None
    destinationMemoryLoad: int | None

    def __init__(
        self,
        *,
        key: str,
        time: datetime,
        vm: VirtualMachine,
        source: HostSystem,
        destination: HostSystem,
        cpuLoad: int | None = None,
        memoryLoad: int | None = None,
        sourceCpuLoad: int | None = None,
        sourceMemoryLoad: int | None = None,
        destinationCpuLoad: int | None = None,
        destinationMemoryLoad: int | None = None,
    ) -> None:
        self.key = key
        self.time = time
        self.vm = vm
        self.cpuLoad = cpuLoad
        self.memoryLoad = memoryLoad
        self.source = source
        self.sourceCpuLoad = sourceCpuLoad
        self.sourceMemoryLoad = sourceMemoryLoad
        self.destination = destination
        self.destinationCpuLoad = destinationCpuLoad
        self.destinationMemoryLoad = destinationMemoryLoad
