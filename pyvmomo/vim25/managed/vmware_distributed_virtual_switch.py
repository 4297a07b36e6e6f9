# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""VmwareDistributedVirtualSwitch: managed object proxy, extends DistributedVirtualSwitch. Since 4.0."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from .distributed_virtual_switch import DistributedVirtualSwitch, DistributedVirtualSwitchProperties
from pyvmomo.property import fetch_into as _fetch_into

if TYPE_CHECKING:
    from .task import Task
    from ..types.v_mware_dvs_lacp_group_spec import VMwareDvsLacpGroupSpec

_UPDATE_DVS_LACP_GROUP_CONFIG_TASK: _Operation[Task[None]] = _Operation(
    "UpdateDVSLacpGroupConfig_Task",
    (_F("lacpGroupSpec", "VMwareDvsLacpGroupSpec", 1, "5.5"), ),
    _F("returnval", "ManagedObjectReference", 0, "5.5", target="Task"),
    faults=("DvsFault", "RuntimeFault", ),
    since="5.5",
    privilege="DVSwitch.Modify",
    safe=False,
    task_result=None,
)


class VmwareDistributedVirtualSwitchProperties(DistributedVirtualSwitchProperties):
    """VmwareDistributedVirtualSwitch's properties as read by fetch(), retrieve() and watch(), base types' included.

    Only the requested properties are set (unset on the server: None, or [] for
    a list). Reading one that was not requested raises AttributeError, and one
    the server refused raises its fault. A dotted path fills a partial data
    object: its other members stay unset, even those the WSDL requires.
    """

    __slots__ = ()
    obj: VmwareDistributedVirtualSwitch  # pyright: ignore[reportIncompatibleVariableOverride]


class VmwareDistributedVirtualSwitch(DistributedVirtualSwitch):
    """VmwareDistributedVirtualSwitch: managed object proxy extending DistributedVirtualSwitch, since 4.0."""

    __slots__ = ()
    _type_: ClassVar[str] = "VmwareDistributedVirtualSwitch"
    _properties_: ClassVar[dict[str, _F]] = {
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
        "UpdateDVSLacpGroupConfig_Task": _UPDATE_DVS_LACP_GROUP_CONFIG_TASK,
    }
    _property_class_ = VmwareDistributedVirtualSwitchProperties

    def fetch(self, *paths: str) -> VmwareDistributedVirtualSwitchProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, VmwareDistributedVirtualSwitchProperties, paths)

    def UpdateDVSLacpGroupConfig_Task(
        self,
        *,
        lacpGroupSpec: list[VMwareDvsLacpGroupSpec],
        _timeout: float | None = None,
    ) -> Task[None]:
        """UpdateDVSLacpGroupConfig_Task: an operation of VmwareDistributedVirtualSwitch, since 5.5.

        Privilege: DVSwitch.Modify.

        Args:
            lacpGroupSpec: list of VMwareDvsLacpGroupSpec, since 5.5.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            DvsFault, RuntimeFault.
        """
        return self._transport.invoke(self, _UPDATE_DVS_LACP_GROUP_CONFIG_TASK, (lacpGroupSpec, ), _timeout)
