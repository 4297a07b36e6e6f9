# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""AlarmDescription: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from collections.abc import Sequence
    from .element_description import ElementDescription
    from .type_description import TypeDescription


class AlarmDescription(DynamicData):
    """AlarmDescription: data object extending DynamicData, since 2.0.

    Attributes:
        expr: list of TypeDescription, since 2.0.
        stateOperator: list of ElementDescription, since 2.0.
        metricOperator: list of ElementDescription, since 2.0.
        hostSystemConnectionState: list of ElementDescription, since 2.0.
        virtualMachinePowerState: list of ElementDescription, since 2.0.
        datastoreConnectionState: list of ElementDescription, since 4.0.
        hostSystemPowerState: list of ElementDescription, since 4.0.
        virtualMachineGuestHeartbeatStatus: list of ElementDescription, since 4.0.
        entityStatus: list of ElementDescription, since 2.0.
        action: list of TypeDescription, since 2.0.
    """

    __slots__ = ("expr", "stateOperator", "metricOperator", "hostSystemConnectionState", "virtualMachinePowerState", "datastoreConnectionState", "hostSystemPowerState", "virtualMachineGuestHeartbeatStatus", "entityStatus", "action", )
    _wire_name_: ClassVar[str] = "AlarmDescription"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("expr", "TypeDescription", 1, "2.0"),
        _F("stateOperator", "ElementDescription", 1, "2.0"),
        _F("metricOperator", "ElementDescription", 1, "2.0"),
        _F("hostSystemConnectionState", "ElementDescription", 1, "2.0"),
        _F("virtualMachinePowerState", "ElementDescription", 1, "2.0"),
        _F("datastoreConnectionState", "ElementDescription", 3, "4.0"),
        _F("hostSystemPowerState", "ElementDescription", 3, "4.0"),
        _F("virtualMachineGuestHeartbeatStatus", "ElementDescription", 3, "4.0"),
        _F("entityStatus", "ElementDescription", 1, "2.0"),
        _F("action", "TypeDescription", 1, "2.0"),
    )
    expr: list[TypeDescription]
    stateOperator: list[ElementDescription]
    metricOperator: list[ElementDescription]
    hostSystemConnectionState: list[ElementDescription]
    virtualMachinePowerState: list[ElementDescription]
    datastoreConnectionState: list[ElementDescription]
    hostSystemPowerState: list[ElementDescription]
    virtualMachineGuestHeartbeatStatus: list[ElementDescription]
    entityStatus: list[ElementDescription]
    action: list[TypeDescription]

    def __init__(
        self,
        *,
        expr: Sequence[TypeDescription],
        stateOperator: Sequence[ElementDescription],
        metricOperator: Sequence[ElementDescription],
        hostSystemConnectionState: Sequence[ElementDescription],
        virtualMachinePowerState: Sequence[ElementDescription],
        entityStatus: Sequence[ElementDescription],
        action: Sequence[TypeDescription],
        datastoreConnectionState: Sequence[ElementDescription] | None = None,
        hostSystemPowerState: Sequence[ElementDescription] | None = None,
        virtualMachineGuestHeartbeatStatus: Sequence[ElementDescription] | None = None,
    ) -> None:
        self.expr = list(expr)
        self.stateOperator = list(stateOperator)
        self.metricOperator = list(metricOperator)
        self.hostSystemConnectionState = list(hostSystemConnectionState)
        self.virtualMachinePowerState = list(virtualMachinePowerState)
        self.datastoreConnectionState = [] if datastoreConnectionState is None else list(datastoreConnectionState)
        self.hostSystemPowerState = [] if hostSystemPowerState is None else list(hostSystemPowerState)
        self.virtualMachineGuestHeartbeatStatus = [] if virtualMachineGuestHeartbeatStatus is None else list(virtualMachineGuestHeartbeatStatus)
        self.entityStatus = list(entityStatus)
        self.action = list(action)
