# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostNvdimmSystem: managed object proxy. Since 6.7."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from pyvmomo._base import ManagedObject as _ManagedObject
from pyvmomo.property import ObjectProperties as _ObjectProperties
from pyvmomo.property import fetch_into as _fetch_into

if TYPE_CHECKING:
    from ..types.nvdimm_guid import NvdimmGuid
    from ..types.nvdimm_namespace_create_spec import NvdimmNamespaceCreateSpec
    from ..types.nvdimm_namespace_delete_spec import NvdimmNamespaceDeleteSpec
    from ..types.nvdimm_p_mem_namespace_create_spec import NvdimmPMemNamespaceCreateSpec
    from ..types.nvdimm_system_info import NvdimmSystemInfo
    from .task import Task

_CREATE_NVDIMM_NAMESPACE_TASK: _Operation[Task[NvdimmGuid]] = _Operation(
    "CreateNvdimmNamespace_Task",
    (_F("createSpec", "NvdimmNamespaceCreateSpec", 0, "6.7"), ),
    _F("returnval", "ManagedObjectReference", 0, "6.7", target="Task"),
    faults=("AlreadyExists", "HostConfigFault", "InvalidHostState", "RuntimeFault", ),
    since="6.7",
    privilege="Host.Config.Nvdimm",
    safe=False,
    task_result=_F("result", "NvdimmGuid", 0, "6.7"),
)

_CREATE_NVDIMM_P_MEM_NAMESPACE_TASK: _Operation[Task[NvdimmGuid]] = _Operation(
    "CreateNvdimmPMemNamespace_Task",
    (_F("createSpec", "NvdimmPMemNamespaceCreateSpec", 0, "6.7.1"), ),
    _F("returnval", "ManagedObjectReference", 0, "6.7.1", target="Task"),
    faults=("AlreadyExists", "HostConfigFault", "InvalidHostState", "RuntimeFault", ),
    since="6.7.1",
    privilege="Host.Config.Nvdimm",
    safe=False,
    task_result=_F("result", "NvdimmGuid", 0, "6.7.1"),
)

_DELETE_NVDIMM_BLOCK_NAMESPACES_TASK: _Operation[Task[None]] = _Operation(
    "DeleteNvdimmBlockNamespaces_Task",
    (),
    _F("returnval", "ManagedObjectReference", 0, "6.7", target="Task"),
    faults=("HostConfigFault", "InvalidHostState", "NotFound", "RuntimeFault", ),
    since="6.7",
    privilege="Host.Config.Nvdimm",
    safe=False,
    task_result=None,
)

_DELETE_NVDIMM_NAMESPACE_TASK: _Operation[Task[None]] = _Operation(
    "DeleteNvdimmNamespace_Task",
    (_F("deleteSpec", "NvdimmNamespaceDeleteSpec", 0, "6.7"), ),
    _F("returnval", "ManagedObjectReference", 0, "6.7", target="Task"),
    faults=("HostConfigFault", "InvalidHostState", "NotFound", "RuntimeFault", ),
    since="6.7",
    privilege="Host.Config.Nvdimm",
    safe=False,
    task_result=None,
)


class HostNvdimmSystemProperties(_ObjectProperties["HostNvdimmSystem"]):
    """HostNvdimmSystem's properties as read by fetch(), retrieve() and watch(), base types' included.

    Only the requested properties are set (unset on the server: None, or [] for
    a list). Reading one that was not requested raises AttributeError, and one
    the server refused raises its fault. A dotted path fills a partial data
    object: its other members stay unset, even those the WSDL requires.
    """

    __slots__ = ("nvdimmSystemInfo", )
    nvdimmSystemInfo: NvdimmSystemInfo


class HostNvdimmSystem(_ManagedObject):
    """HostNvdimmSystem: managed object proxy, since 6.7.

    Properties (read them typed with fetch() or client.retrieve(); none is fetched implicitly):
        nvdimmSystemInfo: NvdimmSystemInfo, since 6.7, read privilege Host.Config.Nvdimm.
    """

    __slots__ = ()
    _type_: ClassVar[str] = "HostNvdimmSystem"
    _properties_: ClassVar[dict[str, _F]] = {
        "nvdimmSystemInfo": _F("nvdimmSystemInfo", "NvdimmSystemInfo", 0, "6.7"),
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
        "CreateNvdimmNamespace_Task": _CREATE_NVDIMM_NAMESPACE_TASK,
        "CreateNvdimmPMemNamespace_Task": _CREATE_NVDIMM_P_MEM_NAMESPACE_TASK,
        "DeleteNvdimmBlockNamespaces_Task": _DELETE_NVDIMM_BLOCK_NAMESPACES_TASK,
        "DeleteNvdimmNamespace_Task": _DELETE_NVDIMM_NAMESPACE_TASK,
    }
    _property_class_ = HostNvdimmSystemProperties

    def fetch(self, *paths: str) -> HostNvdimmSystemProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, HostNvdimmSystemProperties, paths)

    def CreateNvdimmNamespace_Task(
        self,
        *,
        createSpec: NvdimmNamespaceCreateSpec,
        _timeout: float | None = None,
    ) -> Task[NvdimmGuid]:
        """CreateNvdimmNamespace_Task: an operation of HostNvdimmSystem, since 6.7.

        Privilege: Host.Config.Nvdimm.

        Args:
            createSpec: NvdimmNamespaceCreateSpec, since 6.7.

        Returns:
            A reference to the Task; its result is NvdimmGuid.

        Raises:
            AlreadyExists, HostConfigFault, InvalidHostState, RuntimeFault.
        """
        return self._transport.invoke(self, _CREATE_NVDIMM_NAMESPACE_TASK, (createSpec, ), _timeout)

    def CreateNvdimmPMemNamespace_Task(
        self,
        *,
        createSpec: NvdimmPMemNamespaceCreateSpec,
        _timeout: float | None = None,
    ) -> Task[NvdimmGuid]:
        """CreateNvdimmPMemNamespace_Task: an operation of HostNvdimmSystem, since 6.7.1.

        Privilege: Host.Config.Nvdimm.

        Args:
            createSpec: NvdimmPMemNamespaceCreateSpec, since 6.7.1.

        Returns:
            A reference to the Task; its result is NvdimmGuid.

        Raises:
            AlreadyExists, HostConfigFault, InvalidHostState, RuntimeFault.
        """
        return self._transport.invoke(self, _CREATE_NVDIMM_P_MEM_NAMESPACE_TASK, (createSpec, ), _timeout)

    def DeleteNvdimmBlockNamespaces_Task(
        self,
        *,
        _timeout: float | None = None,
    ) -> Task[None]:
        """DeleteNvdimmBlockNamespaces_Task: an operation of HostNvdimmSystem, since 6.7.

        Privilege: Host.Config.Nvdimm.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            HostConfigFault, InvalidHostState, NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _DELETE_NVDIMM_BLOCK_NAMESPACES_TASK, (), _timeout)

    def DeleteNvdimmNamespace_Task(
        self,
        *,
        deleteSpec: NvdimmNamespaceDeleteSpec,
        _timeout: float | None = None,
    ) -> Task[None]:
        """DeleteNvdimmNamespace_Task: an operation of HostNvdimmSystem, since 6.7.

        Privilege: Host.Config.Nvdimm.

        Args:
            deleteSpec: NvdimmNamespaceDeleteSpec, since 6.7.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            HostConfigFault, InvalidHostState, NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _DELETE_NVDIMM_NAMESPACE_TASK, (deleteSpec, ), _timeout)
