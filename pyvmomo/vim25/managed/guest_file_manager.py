# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""GuestFileManager: managed object proxy. Since 5.0."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from pyvmomo._base import ManagedObject as _ManagedObject
from pyvmomo.property import ObjectProperties as _ObjectProperties
from pyvmomo.property import fetch_into as _fetch_into

if TYPE_CHECKING:
    from ..types.file_transfer_information import FileTransferInformation
    from ..types.guest_authentication import GuestAuthentication
    from ..types.guest_file_attributes import GuestFileAttributes
    from ..types.guest_list_file_info import GuestListFileInfo
    from .virtual_machine import VirtualMachine

_CHANGE_FILE_ATTRIBUTES_IN_GUEST: _Operation[None] = _Operation(
    "ChangeFileAttributesInGuest",
    (_F("vm", "ManagedObjectReference", 0, "5.0", target="VirtualMachine"), _F("auth", "GuestAuthentication", 0, "5.0"), _F("guestFilePath", "string", 0, "5.0"), _F("fileAttributes", "GuestFileAttributes", 0, "5.0"), ),
    None,
    faults=("FileFault", "GuestOperationsFault", "InvalidState", "TaskInProgress", "RuntimeFault", ),
    since="5.0",
    privilege=None,
    safe=False,
    task_result=None,
)

_CREATE_TEMPORARY_DIRECTORY_IN_GUEST: _Operation[str] = _Operation(
    "CreateTemporaryDirectoryInGuest",
    (_F("vm", "ManagedObjectReference", 0, "5.0", target="VirtualMachine"), _F("auth", "GuestAuthentication", 0, "5.0"), _F("prefix", "string", 0, "5.0"), _F("suffix", "string", 0, "5.0"), _F("directoryPath", "string", 2, "5.0"), ),
    _F("returnval", "string", 0, "5.0"),
    faults=("FileFault", "GuestOperationsFault", "InvalidState", "TaskInProgress", "RuntimeFault", ),
    since="5.0",
    privilege=None,
    safe=False,
    task_result=None,
)

_CREATE_TEMPORARY_FILE_IN_GUEST: _Operation[str] = _Operation(
    "CreateTemporaryFileInGuest",
    (_F("vm", "ManagedObjectReference", 0, "5.0", target="VirtualMachine"), _F("auth", "GuestAuthentication", 0, "5.0"), _F("prefix", "string", 0, "5.0"), _F("suffix", "string", 0, "5.0"), _F("directoryPath", "string", 2, "5.0"), ),
    _F("returnval", "string", 0, "5.0"),
    faults=("FileFault", "GuestOperationsFault", "InvalidState", "TaskInProgress", "RuntimeFault", ),
    since="5.0",
    privilege=None,
    safe=False,
    task_result=None,
)

_DELETE_DIRECTORY_IN_GUEST: _Operation[None] = _Operation(
    "DeleteDirectoryInGuest",
    (_F("vm", "ManagedObjectReference", 0, "5.0", target="VirtualMachine"), _F("auth", "GuestAuthentication", 0, "5.0"), _F("directoryPath", "string", 0, "5.0"), _F("recursive", "boolean", 0, "5.0"), ),
    None,
    faults=("FileFault", "GuestOperationsFault", "InvalidState", "TaskInProgress", "RuntimeFault", ),
    since="5.0",
    privilege=None,
    safe=False,
    task_result=None,
)

_DELETE_FILE_IN_GUEST: _Operation[None] = _Operation(
    "DeleteFileInGuest",
    (_F("vm", "ManagedObjectReference", 0, "5.0", target="VirtualMachine"), _F("auth", "GuestAuthentication", 0, "5.0"), _F("filePath", "string", 0, "5.0"), ),
    None,
    faults=("FileFault", "GuestOperationsFault", "InvalidState", "TaskInProgress", "RuntimeFault", ),
    since="5.0",
    privilege=None,
    safe=False,
    task_result=None,
)

_INITIATE_FILE_TRANSFER_FROM_GUEST: _Operation[FileTransferInformation] = _Operation(
    "InitiateFileTransferFromGuest",
    (_F("vm", "ManagedObjectReference", 0, "5.0", target="VirtualMachine"), _F("auth", "GuestAuthentication", 0, "5.0"), _F("guestFilePath", "string", 0, "5.0"), ),
    _F("returnval", "FileTransferInformation", 0, "5.0"),
    faults=("FileFault", "GuestOperationsFault", "InvalidState", "TaskInProgress", "RuntimeFault", ),
    since="5.0",
    privilege=None,
    safe=False,
    task_result=None,
)

_INITIATE_FILE_TRANSFER_TO_GUEST: _Operation[str] = _Operation(
    "InitiateFileTransferToGuest",
    (_F("vm", "ManagedObjectReference", 0, "5.0", target="VirtualMachine"), _F("auth", "GuestAuthentication", 0, "5.0"), _F("guestFilePath", "string", 0, "5.0"), _F("fileAttributes", "GuestFileAttributes", 0, "5.0"), _F("fileSize", "long", 0, "5.0"), _F("overwrite", "boolean", 0, "5.0"), ),
    _F("returnval", "string", 0, "5.0"),
    faults=("FileFault", "GuestOperationsFault", "InvalidState", "TaskInProgress", "RuntimeFault", ),
    since="5.0",
    privilege=None,
    safe=False,
    task_result=None,
)

_LIST_FILES_IN_GUEST: _Operation[GuestListFileInfo] = _Operation(
    "ListFilesInGuest",
    (_F("vm", "ManagedObjectReference", 0, "5.0", target="VirtualMachine"), _F("auth", "GuestAuthentication", 0, "5.0"), _F("filePath", "string", 0, "5.0"), _F("index", "int", 2, "5.0"), _F("maxResults", "int", 2, "5.0"), _F("matchPattern", "string", 2, "5.0"), ),
    _F("returnval", "GuestListFileInfo", 0, "5.0"),
    faults=("FileFault", "GuestOperationsFault", "InvalidState", "TaskInProgress", "RuntimeFault", ),
    since="5.0",
    privilege=None,
    safe=True,
    task_result=None,
)

_MAKE_DIRECTORY_IN_GUEST: _Operation[None] = _Operation(
    "MakeDirectoryInGuest",
    (_F("vm", "ManagedObjectReference", 0, "5.0", target="VirtualMachine"), _F("auth", "GuestAuthentication", 0, "5.0"), _F("directoryPath", "string", 0, "5.0"), _F("createParentDirectories", "boolean", 0, "5.0"), ),
    None,
    faults=("FileFault", "GuestOperationsFault", "InvalidState", "TaskInProgress", "RuntimeFault", ),
    since="5.0",
    privilege=None,
    safe=False,
    task_result=None,
)

_MOVE_DIRECTORY_IN_GUEST: _Operation[None] = _Operation(
    "MoveDirectoryInGuest",
    (_F("vm", "ManagedObjectReference", 0, "5.0", target="VirtualMachine"), _F("auth", "GuestAuthentication", 0, "5.0"), _F("srcDirectoryPath", "string", 0, "5.0"), _F("dstDirectoryPath", "string", 0, "5.0"), ),
    None,
    faults=("FileFault", "GuestOperationsFault", "InvalidState", "TaskInProgress", "RuntimeFault", ),
    since="5.0",
    privilege=None,
    safe=False,
    task_result=None,
)

_MOVE_FILE_IN_GUEST: _Operation[None] = _Operation(
    "MoveFileInGuest",
    (_F("vm", "ManagedObjectReference", 0, "5.0", target="VirtualMachine"), _F("auth", "GuestAuthentication", 0, "5.0"), _F("srcFilePath", "string", 0, "5.0"), _F("dstFilePath", "string", 0, "5.0"), _F("overwrite", "boolean", 0, "5.0"), ),
    None,
    faults=("FileFault", "GuestOperationsFault", "InvalidState", "TaskInProgress", "RuntimeFault", ),
    since="5.0",
    privilege=None,
    safe=False,
    task_result=None,
)


class GuestFileManagerProperties(_ObjectProperties["GuestFileManager"]):
    """GuestFileManager's properties as read by fetch(), retrieve() and watch(), base types' included.

    Only the requested properties are set (unset on the server: None, or [] for
    a list). Reading one that was not requested raises AttributeError, and one
    the server refused raises its fault. A dotted path fills a partial data
    object: its other members stay unset, even those the WSDL requires.
    """

    __slots__ = ()


class GuestFileManager(_ManagedObject):
    """GuestFileManager: managed object proxy, since 5.0."""

    __slots__ = ()
    _type_: ClassVar[str] = "GuestFileManager"
    _properties_: ClassVar[dict[str, _F]] = {
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
        "ChangeFileAttributesInGuest": _CHANGE_FILE_ATTRIBUTES_IN_GUEST,
        "CreateTemporaryDirectoryInGuest": _CREATE_TEMPORARY_DIRECTORY_IN_GUEST,
        "CreateTemporaryFileInGuest": _CREATE_TEMPORARY_FILE_IN_GUEST,
        "DeleteDirectoryInGuest": _DELETE_DIRECTORY_IN_GUEST,
        "DeleteFileInGuest": _DELETE_FILE_IN_GUEST,
        "InitiateFileTransferFromGuest": _INITIATE_FILE_TRANSFER_FROM_GUEST,
        "InitiateFileTransferToGuest": _INITIATE_FILE_TRANSFER_TO_GUEST,
        "ListFilesInGuest": _LIST_FILES_IN_GUEST,
        "MakeDirectoryInGuest": _MAKE_DIRECTORY_IN_GUEST,
        "MoveDirectoryInGuest": _MOVE_DIRECTORY_IN_GUEST,
        "MoveFileInGuest": _MOVE_FILE_IN_GUEST,
    }
    _property_class_ = GuestFileManagerProperties

    def fetch(self, *paths: str) -> GuestFileManagerProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, GuestFileManagerProperties, paths)

    def ChangeFileAttributesInGuest(
        self,
        *,
        vm: VirtualMachine,
        auth: GuestAuthentication,
        guestFilePath: str,
        fileAttributes: GuestFileAttributes,
        _timeout: float | None = None,
    ) -> None:
        """ChangeFileAttributesInGuest: an operation of GuestFileManager, since 5.0.

        Args:
            vm: reference to VirtualMachine, since 5.0, needs VirtualMachine.GuestOperations.Modify on it.
            auth: GuestAuthentication, since 5.0.
            guestFilePath: string, since 5.0.
            fileAttributes: GuestFileAttributes, since 5.0.

        Returns:
            None.

        Raises:
            FileFault, GuestOperationsFault, InvalidState, TaskInProgress, RuntimeFault.
        """
        return self._transport.invoke(self, _CHANGE_FILE_ATTRIBUTES_IN_GUEST, (vm, auth, guestFilePath, fileAttributes, ), _timeout)

    def CreateTemporaryDirectoryInGuest(
        self,
        *,
        vm: VirtualMachine,
        auth: GuestAuthentication,
        prefix: str,
        suffix: str,
        directoryPath: str | None = None,
        _timeout: float | None = None,
    ) -> str:
        """CreateTemporaryDirectoryInGuest: an operation of GuestFileManager, since 5.0.

        Args:
            vm: reference to VirtualMachine, since 5.0, needs VirtualMachine.GuestOperations.Modify on it.
            auth: GuestAuthentication, since 5.0.
            prefix: string, since 5.0.
            suffix: string, since 5.0.
            directoryPath: string, optional, since 5.0.

        Returns:
            String.

        Raises:
            FileFault, GuestOperationsFault, InvalidState, TaskInProgress, RuntimeFault.
        """
        return self._transport.invoke(self, _CREATE_TEMPORARY_DIRECTORY_IN_GUEST, (vm, auth, prefix, suffix, directoryPath, ), _timeout)

    def CreateTemporaryFileInGuest(
        self,
        *,
        vm: VirtualMachine,
        auth: GuestAuthentication,
        prefix: str,
        suffix: str,
        directoryPath: str | None = None,
        _timeout: float | None = None,
    ) -> str:
        """CreateTemporaryFileInGuest: an operation of GuestFileManager, since 5.0.

        Args:
            vm: reference to VirtualMachine, since 5.0, needs VirtualMachine.GuestOperations.Modify on it.
            auth: GuestAuthentication, since 5.0.
            prefix: string, since 5.0.
            suffix: string, since 5.0.
            directoryPath: string, optional, since 5.0.

        Returns:
            String.

        Raises:
            FileFault, GuestOperationsFault, InvalidState, TaskInProgress, RuntimeFault.
        """
        return self._transport.invoke(self, _CREATE_TEMPORARY_FILE_IN_GUEST, (vm, auth, prefix, suffix, directoryPath, ), _timeout)

    def DeleteDirectoryInGuest(
        self,
        *,
        vm: VirtualMachine,
        auth: GuestAuthentication,
        directoryPath: str,
        recursive: bool,
        _timeout: float | None = None,
    ) -> None:
        """DeleteDirectoryInGuest: an operation of GuestFileManager, since 5.0.

        Args:
            vm: reference to VirtualMachine, since 5.0, needs VirtualMachine.GuestOperations.Modify on it.
            auth: GuestAuthentication, since 5.0.
            directoryPath: string, since 5.0.
            recursive: boolean, since 5.0.

        Returns:
            None.

        Raises:
            FileFault, GuestOperationsFault, InvalidState, TaskInProgress, RuntimeFault.
        """
        return self._transport.invoke(self, _DELETE_DIRECTORY_IN_GUEST, (vm, auth, directoryPath, recursive, ), _timeout)

    def DeleteFileInGuest(
        self,
        *,
        vm: VirtualMachine,
        auth: GuestAuthentication,
        filePath: str,
        _timeout: float | None = None,
    ) -> None:
        """DeleteFileInGuest: an operation of GuestFileManager, since 5.0.

        Args:
            vm: reference to VirtualMachine, since 5.0, needs VirtualMachine.GuestOperations.Modify on it.
            auth: GuestAuthentication, since 5.0.
            filePath: string, since 5.0.

        Returns:
            None.

        Raises:
            FileFault, GuestOperationsFault, InvalidState, TaskInProgress, RuntimeFault.
        """
        return self._transport.invoke(self, _DELETE_FILE_IN_GUEST, (vm, auth, filePath, ), _timeout)

    def InitiateFileTransferFromGuest(
        self,
        *,
        vm: VirtualMachine,
        auth: GuestAuthentication,
        guestFilePath: str,
        _timeout: float | None = None,
    ) -> FileTransferInformation:
        """InitiateFileTransferFromGuest: an operation of GuestFileManager, since 5.0.

        Args:
            vm: reference to VirtualMachine, since 5.0, needs VirtualMachine.GuestOperations.Query on it.
            auth: GuestAuthentication, since 5.0.
            guestFilePath: string, since 5.0.

        Returns:
            FileTransferInformation.

        Raises:
            FileFault, GuestOperationsFault, InvalidState, TaskInProgress, RuntimeFault.
        """
        return self._transport.invoke(self, _INITIATE_FILE_TRANSFER_FROM_GUEST, (vm, auth, guestFilePath, ), _timeout)

    def InitiateFileTransferToGuest(
        self,
        *,
        vm: VirtualMachine,
        auth: GuestAuthentication,
        guestFilePath: str,
        fileAttributes: GuestFileAttributes,
        fileSize: int,
        overwrite: bool,
        _timeout: float | None = None,
    ) -> str:
        """InitiateFileTransferToGuest: an operation of GuestFileManager, since 5.0.

        Args:
            vm: reference to VirtualMachine, since 5.0, needs VirtualMachine.GuestOperations.Modify on it.
            auth: GuestAuthentication, since 5.0.
            guestFilePath: string, since 5.0.
            fileAttributes: GuestFileAttributes, since 5.0.
            fileSize: long, since 5.0.
            overwrite: boolean, since 5.0.

        Returns:
            String.

        Raises:
            FileFault, GuestOperationsFault, InvalidState, TaskInProgress, RuntimeFault.
        """
        return self._transport.invoke(self, _INITIATE_FILE_TRANSFER_TO_GUEST, (vm, auth, guestFilePath, fileAttributes, fileSize, overwrite, ), _timeout)

    def ListFilesInGuest(
        self,
        *,
        vm: VirtualMachine,
        auth: GuestAuthentication,
        filePath: str,
        index: int | None = None,
        maxResults: int | None = None,
        matchPattern: str | None = None,
        _timeout: float | None = None,
    ) -> GuestListFileInfo:
        """ListFilesInGuest: an operation of GuestFileManager, since 5.0.

        Safe to re-send after a lost reply.

        Args:
            vm: reference to VirtualMachine, since 5.0, needs VirtualMachine.GuestOperations.Query on it.
            auth: GuestAuthentication, since 5.0.
            filePath: string, since 5.0.
            index: int, optional, since 5.0.
            maxResults: int, optional, since 5.0.
            matchPattern: string, optional, since 5.0.

        Returns:
            GuestListFileInfo.

        Raises:
            FileFault, GuestOperationsFault, InvalidState, TaskInProgress, RuntimeFault.
        """
        return self._transport.invoke(self, _LIST_FILES_IN_GUEST, (vm, auth, filePath, index, maxResults, matchPattern, ), _timeout)

    def MakeDirectoryInGuest(
        self,
        *,
        vm: VirtualMachine,
        auth: GuestAuthentication,
        directoryPath: str,
        createParentDirectories: bool,
        _timeout: float | None = None,
    ) -> None:
        """MakeDirectoryInGuest: an operation of GuestFileManager, since 5.0.

        Args:
            vm: reference to VirtualMachine, since 5.0, needs VirtualMachine.GuestOperations.Modify on it.
            auth: GuestAuthentication, since 5.0.
            directoryPath: string, since 5.0.
            createParentDirectories: boolean, since 5.0.

        Returns:
            None.

        Raises:
            FileFault, GuestOperationsFault, InvalidState, TaskInProgress, RuntimeFault.
        """
        return self._transport.invoke(self, _MAKE_DIRECTORY_IN_GUEST, (vm, auth, directoryPath, createParentDirectories, ), _timeout)

    def MoveDirectoryInGuest(
        self,
        *,
        vm: VirtualMachine,
        auth: GuestAuthentication,
        srcDirectoryPath: str,
        dstDirectoryPath: str,
        _timeout: float | None = None,
    ) -> None:
        """MoveDirectoryInGuest: an operation of GuestFileManager, since 5.0.

        Args:
            vm: reference to VirtualMachine, since 5.0, needs VirtualMachine.GuestOperations.Modify on it.
            auth: GuestAuthentication, since 5.0.
            srcDirectoryPath: string, since 5.0.
            dstDirectoryPath: string, since 5.0.

        Returns:
            None.

        Raises:
            FileFault, GuestOperationsFault, InvalidState, TaskInProgress, RuntimeFault.
        """
        return self._transport.invoke(self, _MOVE_DIRECTORY_IN_GUEST, (vm, auth, srcDirectoryPath, dstDirectoryPath, ), _timeout)

    def MoveFileInGuest(
        self,
        *,
        vm: VirtualMachine,
        auth: GuestAuthentication,
        srcFilePath: str,
        dstFilePath: str,
        overwrite: bool,
        _timeout: float | None = None,
    ) -> None:
        """MoveFileInGuest: an operation of GuestFileManager, since 5.0.

        Args:
            vm: reference to VirtualMachine, since 5.0, needs VirtualMachine.GuestOperations.Modify on it.
            auth: GuestAuthentication, since 5.0.
            srcFilePath: string, since 5.0.
            dstFilePath: string, since 5.0.
            overwrite: boolean, since 5.0.

        Returns:
            None.

        Raises:
            FileFault, GuestOperationsFault, InvalidState, TaskInProgress, RuntimeFault.
        """
        return self._transport.invoke(self, _MOVE_FILE_IN_GUEST, (vm, auth, srcFilePath, dstFilePath, overwrite, ), _timeout)
