# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""FailoverClusterManager: managed object proxy. Since 6.5."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from pyvmomo._base import ManagedObject as _ManagedObject
from pyvmomo.property import ObjectProperties as _ObjectProperties
from pyvmomo.property import fetch_into as _fetch_into

if TYPE_CHECKING:
    from .task import Task
    from ..types.vcha_cluster_health import VchaClusterHealth

_GET_VCHA_CLUSTER_HEALTH: _Operation[VchaClusterHealth] = _Operation(
    "GetVchaClusterHealth",
    (),
    _F("returnval", "VchaClusterHealth", 0, "6.5"),
    faults=("RuntimeFault", ),
    since="6.5",
    privilege="System.Read",
    safe=True,
    task_result=None,
)

_GET_CLUSTER_MODE: _Operation[str] = _Operation(
    "getClusterMode",
    (),
    _F("returnval", "string", 0, "6.5"),
    faults=("RuntimeFault", ),
    since="6.5",
    privilege="System.Read",
    safe=True,
    task_result=None,
)

_INITIATE_FAILOVER_TASK: _Operation[Task[None]] = _Operation(
    "initiateFailover_Task",
    (_F("planned", "boolean", 0, "6.5"), ),
    _F("returnval", "ManagedObjectReference", 0, "6.5", target="Task"),
    faults=("RuntimeFault", ),
    since="6.5",
    privilege="Global.VCServer",
    safe=False,
    task_result=None,
)

_SET_CLUSTER_MODE_TASK: _Operation[Task[None]] = _Operation(
    "setClusterMode_Task",
    (_F("mode", "string", 0, "6.5"), ),
    _F("returnval", "ManagedObjectReference", 0, "6.5", target="Task"),
    faults=("RuntimeFault", ),
    since="6.5",
    privilege="Global.VCServer",
    safe=False,
    task_result=None,
)


class FailoverClusterManagerProperties(_ObjectProperties["FailoverClusterManager"]):
    """FailoverClusterManager's properties as read by fetch(), retrieve() and watch(), base types' included.

    Only the requested properties are set (unset on the server: None, or [] for
    a list). Reading one that was not requested raises AttributeError, and one
    the server refused raises its fault. A dotted path fills a partial data
    object: its other members stay unset, even those the WSDL requires.
    """

    __slots__ = ("disabledClusterMethod", )
    disabledClusterMethod: list[str]


class FailoverClusterManager(_ManagedObject):
    """FailoverClusterManager: managed object proxy, since 6.5.

    Properties (read them typed with fetch() or client.retrieve(); none is fetched implicitly):
        disabledClusterMethod: list of string, since 6.5, read privilege System.Read.
    """

    __slots__ = ()
    _type_: ClassVar[str] = "FailoverClusterManager"
    _properties_: ClassVar[dict[str, _F]] = {
        "disabledClusterMethod": _F("disabledClusterMethod", "string", 3, "6.5"),
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
        "GetVchaClusterHealth": _GET_VCHA_CLUSTER_HEALTH,
        "getClusterMode": _GET_CLUSTER_MODE,
        "initiateFailover_Task": _INITIATE_FAILOVER_TASK,
        "setClusterMode_Task": _SET_CLUSTER_MODE_TASK,
    }
    _property_class_ = FailoverClusterManagerProperties

    def fetch(self, *paths: str) -> FailoverClusterManagerProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, FailoverClusterManagerProperties, paths)

    def GetVchaClusterHealth(
        self,
        *,
        _timeout: float | None = None,
    ) -> VchaClusterHealth:
        """GetVchaClusterHealth: an operation of FailoverClusterManager, since 6.5.

        Privilege: System.Read. Safe to re-send after a lost reply.

        Returns:
            VchaClusterHealth.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _GET_VCHA_CLUSTER_HEALTH, (), _timeout)

    def getClusterMode(
        self,
        *,
        _timeout: float | None = None,
    ) -> str:
        """getClusterMode: an operation of FailoverClusterManager, since 6.5.

        Privilege: System.Read. Safe to re-send after a lost reply.

        Returns:
            String.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _GET_CLUSTER_MODE, (), _timeout)

    def initiateFailover_Task(
        self,
        *,
        planned: bool,
        _timeout: float | None = None,
    ) -> Task[None]:
        """initiateFailover_Task: an operation of FailoverClusterManager, since 6.5.

        Privilege: Global.VCServer.

        Args:
            planned: boolean, since 6.5.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _INITIATE_FAILOVER_TASK, (planned, ), _timeout)

    def setClusterMode_Task(
        self,
        *,
        mode: str,
        _timeout: float | None = None,
    ) -> Task[None]:
        """setClusterMode_Task: an operation of FailoverClusterManager, since 6.5.

        Privilege: Global.VCServer.

        Args:
            mode: string, since 6.5.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _SET_CLUSTER_MODE_TASK, (mode, ), _timeout)
