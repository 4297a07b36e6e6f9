# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""DistributedVirtualPortgroup: managed object proxy, extends Network. Since 4.0."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from .network import Network, NetworkProperties
from pyvmomo.property import fetch_into as _fetch_into

if TYPE_CHECKING:
    from ..types.dv_portgroup_config_info import DVPortgroupConfigInfo
    from ..types.dv_portgroup_config_spec import DVPortgroupConfigSpec
    from ..types.entity_backup_config import EntityBackupConfig
    from .task import Task

_DV_PORTGROUP_ROLLBACK_TASK: _Operation[Task[DVPortgroupConfigSpec]] = _Operation(
    "DVPortgroupRollback_Task",
    (_F("entityBackup", "EntityBackupConfig", 2, "5.1"), ),
    _F("returnval", "ManagedObjectReference", 0, "5.1", target="Task"),
    faults=("DvsFault", "RollbackFailure", "RuntimeFault", ),
    since="5.1",
    privilege=None,
    safe=False,
    task_result=_F("result", "DVPortgroupConfigSpec", 0, "5.1"),
)

_RECONFIGURE_DV_PORTGROUP_TASK: _Operation[Task[None]] = _Operation(
    "ReconfigureDVPortgroup_Task",
    (_F("spec", "DVPortgroupConfigSpec", 0, "4.0"), ),
    _F("returnval", "ManagedObjectReference", 0, "4.0", target="Task"),
    faults=("ConcurrentAccess", "DuplicateName", "DvsFault", "InvalidName", "RuntimeFault", ),
    since="4.0",
    privilege=None,
    safe=False,
    task_result=None,
)


class DistributedVirtualPortgroupProperties(NetworkProperties):
    """DistributedVirtualPortgroup's properties as read by fetch(), retrieve() and watch(), base types' included.

    Only the requested properties are set (unset on the server: None, or [] for
    a list). Reading one that was not requested raises AttributeError, and one
    the server refused raises its fault. A dotted path fills a partial data
    object: its other members stay unset, even those the WSDL requires.
    """

    __slots__ = ("key", "config", "portKeys", )
    obj: DistributedVirtualPortgroup  # pyright: ignore[reportIncompatibleVariableOverride]
    key: str
    config: DVPortgroupConfigInfo
    portKeys: list[str]


class DistributedVirtualPortgroup(Network):
    """DistributedVirtualPortgroup: managed object proxy extending Network, since 4.0.

    Properties (read them typed with fetch() or client.retrieve(); none is fetched implicitly):
        key: string, since 4.0.
        config: DVPortgroupConfigInfo, since 4.0.
        portKeys: list of string, since 4.0.
    """

    __slots__ = ()
    _type_: ClassVar[str] = "DistributedVirtualPortgroup"
    _properties_: ClassVar[dict[str, _F]] = {
        "key": _F("key", "string", 0, "4.0"),
        "config": _F("config", "DVPortgroupConfigInfo", 0, "4.0"),
        "portKeys": _F("portKeys", "string", 3, "4.0"),
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
        "DVPortgroupRollback_Task": _DV_PORTGROUP_ROLLBACK_TASK,
        "ReconfigureDVPortgroup_Task": _RECONFIGURE_DV_PORTGROUP_TASK,
    }
    _property_class_ = DistributedVirtualPortgroupProperties

    def fetch(self, *paths: str) -> DistributedVirtualPortgroupProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, DistributedVirtualPortgroupProperties, paths)

    def DVPortgroupRollback_Task(
        self,
        *,
        entityBackup: EntityBackupConfig | None = None,
        _timeout: float | None = None,
    ) -> Task[DVPortgroupConfigSpec]:
        """DVPortgroupRollback_Task: an operation of DistributedVirtualPortgroup, since 5.1.

        Args:
            entityBackup: EntityBackupConfig, optional, since 5.1.

        Returns:
            A reference to the Task; its result is DVPortgroupConfigSpec.

        Raises:
            DvsFault, RollbackFailure, RuntimeFault.
        """
        return self._transport.invoke(self, _DV_PORTGROUP_ROLLBACK_TASK, (entityBackup, ), _timeout)

    def ReconfigureDVPortgroup_Task(
        self,
        *,
        spec: DVPortgroupConfigSpec,
        _timeout: float | None = None,
    ) -> Task[None]:
        """ReconfigureDVPortgroup_Task: an operation of DistributedVirtualPortgroup, since 4.0.

        Args:
            spec: DVPortgroupConfigSpec, since 4.0.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            ConcurrentAccess, DuplicateName, DvsFault, InvalidName, RuntimeFault.
        """
        return self._transport.invoke(self, _RECONFIGURE_DV_PORTGROUP_TASK, (spec, ), _timeout)
