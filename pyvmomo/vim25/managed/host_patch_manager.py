# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostPatchManager: managed object proxy. Since 2.0."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from pyvmomo._base import ManagedObject as _ManagedObject
from pyvmomo.property import ObjectProperties as _ObjectProperties
from pyvmomo.property import fetch_into as _fetch_into

if TYPE_CHECKING:
    from ..types.host_patch_manager_locator import HostPatchManagerLocator
    from ..types.host_patch_manager_patch_manager_operation_spec import HostPatchManagerPatchManagerOperationSpec
    from ..types.host_patch_manager_result import HostPatchManagerResult
    from ..types.host_patch_manager_status import HostPatchManagerStatus
    from .task import Task

_CHECK_HOST_PATCH_TASK: _Operation[Task[HostPatchManagerResult]] = _Operation(
    "CheckHostPatch_Task",
    (_F("metaUrls", "string", 3, "4.0"), _F("bundleUrls", "string", 3, "4.0"), _F("spec", "HostPatchManagerPatchManagerOperationSpec", 2, "4.0"), ),
    _F("returnval", "ManagedObjectReference", 0, "4.0", target="Task"),
    faults=("InvalidState", "PlatformConfigFault", "TaskInProgress", "RequestCanceled", "RuntimeFault", ),
    since="4.0",
    privilege="System.Read",
    safe=False,
    task_result=_F("result", "HostPatchManagerResult", 0, "4.0"),
)

_INSTALL_HOST_PATCH_V2_TASK: _Operation[Task[HostPatchManagerResult]] = _Operation(
    "InstallHostPatchV2_Task",
    (_F("metaUrls", "string", 3, "4.0"), _F("bundleUrls", "string", 3, "4.0"), _F("vibUrls", "string", 3, "4.0"), _F("spec", "HostPatchManagerPatchManagerOperationSpec", 2, "4.0"), ),
    _F("returnval", "ManagedObjectReference", 0, "4.0", target="Task"),
    faults=("InvalidState", "PlatformConfigFault", "TaskInProgress", "RequestCanceled", "RuntimeFault", ),
    since="4.0",
    privilege="Host.Config.Patch",
    safe=False,
    task_result=_F("result", "HostPatchManagerResult", 0, "4.0"),
)

_INSTALL_HOST_PATCH_TASK: _Operation[Task[None]] = _Operation(
    "InstallHostPatch_Task",
    (_F("repository", "HostPatchManagerLocator", 0, "2.0"), _F("updateID", "string", 0, "2.0"), _F("force", "boolean", 2, "2.0"), ),
    _F("returnval", "ManagedObjectReference", 0, "2.0", target="Task"),
    faults=("InvalidState", "NoDiskSpace", "PatchBinariesNotFound", "PatchInstallFailed", "PatchMetadataInvalid", "PatchNotApplicable", "RebootRequired", "TaskInProgress", "RuntimeFault", ),
    since="2.0",
    privilege="Host.Config.Patch",
    safe=False,
    task_result=None,
)

_QUERY_HOST_PATCH_TASK: _Operation[Task[HostPatchManagerResult]] = _Operation(
    "QueryHostPatch_Task",
    (_F("spec", "HostPatchManagerPatchManagerOperationSpec", 2, "4.0"), ),
    _F("returnval", "ManagedObjectReference", 0, "4.0", target="Task"),
    faults=("InvalidState", "PlatformConfigFault", "TaskInProgress", "RequestCanceled", "RuntimeFault", ),
    since="4.0",
    privilege="System.Read",
    safe=False,
    task_result=_F("result", "HostPatchManagerResult", 0, "4.0"),
)

_SCAN_HOST_PATCH_V2_TASK: _Operation[Task[HostPatchManagerResult]] = _Operation(
    "ScanHostPatchV2_Task",
    (_F("metaUrls", "string", 3, "4.0"), _F("bundleUrls", "string", 3, "4.0"), _F("spec", "HostPatchManagerPatchManagerOperationSpec", 2, "4.0"), ),
    _F("returnval", "ManagedObjectReference", 0, "4.0", target="Task"),
    faults=("InvalidState", "PlatformConfigFault", "TaskInProgress", "RequestCanceled", "RuntimeFault", ),
    since="4.0",
    privilege="System.Read",
    safe=False,
    task_result=_F("result", "HostPatchManagerResult", 0, "4.0"),
)

_SCAN_HOST_PATCH_TASK: _Operation[Task[list[HostPatchManagerStatus]]] = _Operation(
    "ScanHostPatch_Task",
    (_F("repository", "HostPatchManagerLocator", 0, "2.0"), _F("updateID", "string", 3, "2.0"), ),
    _F("returnval", "ManagedObjectReference", 0, "2.0", target="Task"),
    faults=("PatchMetadataInvalid", "PlatformConfigFault", "RequestCanceled", "RuntimeFault", ),
    since="2.0",
    privilege="System.Read",
    safe=False,
    task_result=_F("result", "HostPatchManagerStatus", 1, "2.0"),
)

_STAGE_HOST_PATCH_TASK: _Operation[Task[HostPatchManagerResult]] = _Operation(
    "StageHostPatch_Task",
    (_F("metaUrls", "string", 3, "4.0"), _F("bundleUrls", "string", 3, "4.0"), _F("vibUrls", "string", 3, "4.0"), _F("spec", "HostPatchManagerPatchManagerOperationSpec", 2, "4.0"), ),
    _F("returnval", "ManagedObjectReference", 0, "4.0", target="Task"),
    faults=("InvalidState", "PlatformConfigFault", "TaskInProgress", "RequestCanceled", "RuntimeFault", ),
    since="4.0",
    privilege="Host.Config.Patch",
    safe=False,
    task_result=_F("result", "HostPatchManagerResult", 0, "4.0"),
)

_UNINSTALL_HOST_PATCH_TASK: _Operation[Task[HostPatchManagerResult]] = _Operation(
    "UninstallHostPatch_Task",
    (_F("bulletinIds", "string", 3, "4.0"), _F("spec", "HostPatchManagerPatchManagerOperationSpec", 2, "4.0"), ),
    _F("returnval", "ManagedObjectReference", 0, "4.0", target="Task"),
    faults=("InvalidState", "PlatformConfigFault", "TaskInProgress", "RuntimeFault", ),
    since="4.0",
    privilege="Host.Config.Patch",
    safe=False,
    task_result=_F("result", "HostPatchManagerResult", 0, "4.0"),
)


class HostPatchManagerProperties(_ObjectProperties["HostPatchManager"]):
    """HostPatchManager's properties as read by fetch(), retrieve() and watch(), base types' included.

    Only the requested properties are set (unset on the server: None, or [] for
    a list). Reading one that was not requested raises AttributeError, and one
    the server refused raises its fault. A dotted path fills a partial data
    object: its other members stay unset, even those the WSDL requires.
    """

    __slots__ = ()


class HostPatchManager(_ManagedObject):
    """HostPatchManager: managed object proxy, since 2.0."""

    __slots__ = ()
    _type_: ClassVar[str] = "HostPatchManager"
    _properties_: ClassVar[dict[str, _F]] = {
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
        "CheckHostPatch_Task": _CHECK_HOST_PATCH_TASK,
        "InstallHostPatchV2_Task": _INSTALL_HOST_PATCH_V2_TASK,
        "InstallHostPatch_Task": _INSTALL_HOST_PATCH_TASK,
        "QueryHostPatch_Task": _QUERY_HOST_PATCH_TASK,
        "ScanHostPatchV2_Task": _SCAN_HOST_PATCH_V2_TASK,
        "ScanHostPatch_Task": _SCAN_HOST_PATCH_TASK,
        "StageHostPatch_Task": _STAGE_HOST_PATCH_TASK,
        "UninstallHostPatch_Task": _UNINSTALL_HOST_PATCH_TASK,
    }
    _property_class_ = HostPatchManagerProperties

    def fetch(self, *paths: str) -> HostPatchManagerProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, HostPatchManagerProperties, paths)

    def CheckHostPatch_Task(
        self,
        *,
        metaUrls: list[str] | None = None,
        bundleUrls: list[str] | None = None,
        spec: HostPatchManagerPatchManagerOperationSpec | None = None,
        _timeout: float | None = None,
    ) -> Task[HostPatchManagerResult]:
        """CheckHostPatch_Task: an operation of HostPatchManager, since 4.0.

        Privilege: System.Read.

        Args:
            metaUrls: list of string, since 4.0.
            bundleUrls: list of string, since 4.0.
            spec: HostPatchManagerPatchManagerOperationSpec, optional, since 4.0.

        Returns:
            A reference to the Task; its result is HostPatchManagerResult.

        Raises:
            InvalidState, PlatformConfigFault, TaskInProgress, RequestCanceled, RuntimeFault.
        """
        return self._transport.invoke(self, _CHECK_HOST_PATCH_TASK, (metaUrls, bundleUrls, spec, ), _timeout)

    def InstallHostPatchV2_Task(
        self,
        *,
        metaUrls: list[str] | None = None,
        bundleUrls: list[str] | None = None,
        vibUrls: list[str] | None = None,
        spec: HostPatchManagerPatchManagerOperationSpec | None = None,
        _timeout: float | None = None,
    ) -> Task[HostPatchManagerResult]:
        """InstallHostPatchV2_Task: an operation of HostPatchManager, since 4.0.

        Privilege: Host.Config.Patch.

        Args:
            metaUrls: list of string, since 4.0.
            bundleUrls: list of string, since 4.0.
            vibUrls: list of string, since 4.0.
            spec: HostPatchManagerPatchManagerOperationSpec, optional, since 4.0.

        Returns:
            A reference to the Task; its result is HostPatchManagerResult.

        Raises:
            InvalidState, PlatformConfigFault, TaskInProgress, RequestCanceled, RuntimeFault.
        """
        return self._transport.invoke(self, _INSTALL_HOST_PATCH_V2_TASK, (metaUrls, bundleUrls, vibUrls, spec, ), _timeout)

    def InstallHostPatch_Task(
        self,
        *,
        repository: HostPatchManagerLocator,
        updateID: str,
        force: bool | None = None,
        _timeout: float | None = None,
    ) -> Task[None]:
        """InstallHostPatch_Task: an operation of HostPatchManager, since 2.0.

        Privilege: Host.Config.Patch.

        Args:
            repository: HostPatchManagerLocator, since 2.0.
            updateID: string, since 2.0.
            force: boolean, optional, since 2.0.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            InvalidState, NoDiskSpace, PatchBinariesNotFound, PatchInstallFailed, PatchMetadataInvalid, PatchNotApplicable, RebootRequired, TaskInProgress, RuntimeFault.
        """
        return self._transport.invoke(self, _INSTALL_HOST_PATCH_TASK, (repository, updateID, force, ), _timeout)

    def QueryHostPatch_Task(
        self,
        *,
        spec: HostPatchManagerPatchManagerOperationSpec | None = None,
        _timeout: float | None = None,
    ) -> Task[HostPatchManagerResult]:
        """QueryHostPatch_Task: an operation of HostPatchManager, since 4.0.

        Privilege: System.Read.

        Args:
            spec: HostPatchManagerPatchManagerOperationSpec, optional, since 4.0.

        Returns:
            A reference to the Task; its result is HostPatchManagerResult.

        Raises:
            InvalidState, PlatformConfigFault, TaskInProgress, RequestCanceled, RuntimeFault.
        """
        return self._transport.invoke(self, _QUERY_HOST_PATCH_TASK, (spec, ), _timeout)

    def ScanHostPatchV2_Task(
        self,
        *,
        metaUrls: list[str] | None = None,
        bundleUrls: list[str] | None = None,
        spec: HostPatchManagerPatchManagerOperationSpec | None = None,
        _timeout: float | None = None,
    ) -> Task[HostPatchManagerResult]:
        """ScanHostPatchV2_Task: an operation of HostPatchManager, since 4.0.

        Privilege: System.Read.

        Args:
            metaUrls: list of string, since 4.0.
            bundleUrls: list of string, since 4.0.
            spec: HostPatchManagerPatchManagerOperationSpec, optional, since 4.0.

        Returns:
            A reference to the Task; its result is HostPatchManagerResult.

        Raises:
            InvalidState, PlatformConfigFault, TaskInProgress, RequestCanceled, RuntimeFault.
        """
        return self._transport.invoke(self, _SCAN_HOST_PATCH_V2_TASK, (metaUrls, bundleUrls, spec, ), _timeout)

    def ScanHostPatch_Task(
        self,
        *,
        repository: HostPatchManagerLocator,
        updateID: list[str] | None = None,
        _timeout: float | None = None,
    ) -> Task[list[HostPatchManagerStatus]]:
        """ScanHostPatch_Task: an operation of HostPatchManager, since 2.0.

        Privilege: System.Read.

        Args:
            repository: HostPatchManagerLocator, since 2.0.
            updateID: list of string, since 2.0.

        Returns:
            A reference to the Task; its result is list of HostPatchManagerStatus.

        Raises:
            PatchMetadataInvalid, PlatformConfigFault, RequestCanceled, RuntimeFault.
        """
        return self._transport.invoke(self, _SCAN_HOST_PATCH_TASK, (repository, updateID, ), _timeout)

    def StageHostPatch_Task(
        self,
        *,
        metaUrls: list[str] | None = None,
        bundleUrls: list[str] | None = None,
        vibUrls: list[str] | None = None,
        spec: HostPatchManagerPatchManagerOperationSpec | None = None,
        _timeout: float | None = None,
    ) -> Task[HostPatchManagerResult]:
        """StageHostPatch_Task: an operation of HostPatchManager, since 4.0.

        Privilege: Host.Config.Patch.

        Args:
            metaUrls: list of string, since 4.0.
            bundleUrls: list of string, since 4.0.
            vibUrls: list of string, since 4.0.
            spec: HostPatchManagerPatchManagerOperationSpec, optional, since 4.0.

        Returns:
            A reference to the Task; its result is HostPatchManagerResult.

        Raises:
            InvalidState, PlatformConfigFault, TaskInProgress, RequestCanceled, RuntimeFault.
        """
        return self._transport.invoke(self, _STAGE_HOST_PATCH_TASK, (metaUrls, bundleUrls, vibUrls, spec, ), _timeout)

    def UninstallHostPatch_Task(
        self,
        *,
        bulletinIds: list[str] | None = None,
        spec: HostPatchManagerPatchManagerOperationSpec | None = None,
        _timeout: float | None = None,
    ) -> Task[HostPatchManagerResult]:
        """UninstallHostPatch_Task: an operation of HostPatchManager, since 4.0.

        Privilege: Host.Config.Patch.

        Args:
            bulletinIds: list of string, since 4.0.
            spec: HostPatchManagerPatchManagerOperationSpec, optional, since 4.0.

        Returns:
            A reference to the Task; its result is HostPatchManagerResult.

        Raises:
            InvalidState, PlatformConfigFault, TaskInProgress, RuntimeFault.
        """
        return self._transport.invoke(self, _UNINSTALL_HOST_PATCH_TASK, (bulletinIds, spec, ), _timeout)
