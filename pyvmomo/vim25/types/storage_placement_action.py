# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""StoragePlacementAction: data object type, extends ClusterAction. Since 5.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .cluster_action import ClusterAction
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from ..managed.datastore import Datastore
    from ..managed.virtual_machine import VirtualMachine
    from .virtual_machine_relocate_spec import VirtualMachineRelocateSpec
    from pyvmomo._base import ManagedObject as _ManagedObject


class StoragePlacementAction(ClusterAction):
    """StoragePlacementAction: data object extending ClusterAction, since 5.0.

    Attributes:
        vm: reference to VirtualMachine, optional, since 5.0.
        relocateSpec: VirtualMachineRelocateSpec, since 5.0.
        destination: reference to Datastore, since 5.0.
        spaceUtilBefore: float, optional, since 5.0.
        spaceDemandBefore: float, optional, since 6.0.
        spaceUtilAfter: float, optional, since 5.0.
        spaceDemandAfter: float, optional, since 6.0.
        ioLatencyBefore: float, optional, since 5.0.
    """

    __slots__ = ("vm", "relocateSpec", "destination", "spaceUtilBefore", "spaceDemandBefore", "spaceUtilAfter", "spaceDemandAfter", "ioLatencyBefore", )
    _wire_name_: ClassVar[str] = "StoragePlacementAction"
    _since_: ClassVar[str] = "5.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("type", "string", 0, "2.5"),
        _F("target", "ManagedObjectReference", 2, "2.5"),
        _F("vm", "ManagedObjectReference", 2, "5.0", target="VirtualMachine"),
        _F("relocateSpec", "VirtualMachineRelocateSpec", 0, "5.0"),
        _F("destination", "ManagedObjectReference", 0, "5.0", target="Datastore"),
        _F("spaceUtilBefore", "float", 2, "5.0"),
        _F("spaceDemandBefore", "float", 2, "6.0"),
        _F("spaceUtilAfter", "float", 2, "5.0"),
        _F("spaceDemandAfter", "float", 2, "6.0"),
        _F("ioLatencyBefore", "float", 2, "5.0"),
    )
    vm: VirtualMachine | None
    relocateSpec: VirtualMachineRelocateSpec
    destination: Datastore
    spaceUtilBefore: float | None
    spaceDemandBefore: float | None
    spaceUtilAfter: float | None
    spaceDemandAfter: float | None
    ioLatencyBefore: float | None

    def __init__(
        self,
        *,
        type: str,
        relocateSpec: VirtualMachineRelocateSpec,
        destination: Datastore,
        target: _ManagedObject | None = None,
        vm: VirtualMachine | None = None,
        spaceUtilBefore: float | None = None,
        spaceDemandBefore: float | None = None,
        spaceUtilAfter: float | None = None,
        spaceDemandAfter: float | None = None,
        ioLatencyBefore: float | None = None,
    ) -> None:
        self.type = type
        self.target = target
        self.vm = vm
        self.relocateSpec = relocateSpec
        self.destination = destination
        self.spaceUtilBefore = spaceUtilBefore
        self.spaceDemandBefore = spaceDemandBefore
        self.spaceUtilAfter = spaceUtilAfter
        self.spaceDemandAfter = spaceDemandAfter
        self.ioLatencyBefore = ioLatencyBefore
