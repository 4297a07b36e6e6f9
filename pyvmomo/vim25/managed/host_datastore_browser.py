# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostDatastoreBrowser: managed object proxy. Since 2.0."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from pyvmomo._base import ManagedObject as _ManagedObject
from pyvmomo.property import ObjectProperties as _ObjectProperties
from pyvmomo.property import fetch_into as _fetch_into

if TYPE_CHECKING:
    from .datastore import Datastore
    from ..types.file_query import FileQuery
    from ..types.host_datastore_browser_search_results import HostDatastoreBrowserSearchResults
    from ..types.host_datastore_browser_search_spec import HostDatastoreBrowserSearchSpec
    from .task import Task

_DELETE_FILE: _Operation[None] = _Operation(
    "DeleteFile",
    (_F("datastorePath", "string", 0, "2.0"), ),
    None,
    faults=("FileFault", "InvalidDatastore", "RuntimeFault", ),
    since="2.0",
    privilege="Datastore.DeleteFile",
    safe=False,
    task_result=None,
)

_SEARCH_DATASTORE_SUB_FOLDERS_TASK: _Operation[Task[list[HostDatastoreBrowserSearchResults]]] = _Operation(
    "SearchDatastoreSubFolders_Task",
    (_F("datastorePath", "string", 0, "2.0"), _F("searchSpec", "HostDatastoreBrowserSearchSpec", 2, "2.0"), ),
    _F("returnval", "ManagedObjectReference", 0, "2.0", target="Task"),
    faults=("FileFault", "InvalidDatastore", "RuntimeFault", ),
    since="2.0",
    privilege=None,
    safe=False,
    task_result=_F("result", "HostDatastoreBrowserSearchResults", 1, "2.0"),
)

_SEARCH_DATASTORE_TASK: _Operation[Task[HostDatastoreBrowserSearchResults]] = _Operation(
    "SearchDatastore_Task",
    (_F("datastorePath", "string", 0, "2.0"), _F("searchSpec", "HostDatastoreBrowserSearchSpec", 2, "2.0"), ),
    _F("returnval", "ManagedObjectReference", 0, "2.0", target="Task"),
    faults=("FileFault", "InvalidDatastore", "RuntimeFault", ),
    since="2.0",
    privilege=None,
    safe=False,
    task_result=_F("result", "HostDatastoreBrowserSearchResults", 0, "2.0"),
)


class HostDatastoreBrowserProperties(_ObjectProperties["HostDatastoreBrowser"]):
    """HostDatastoreBrowser's properties as read by fetch(), retrieve() and watch(), base types' included.

    Only the requested properties are set (unset on the server: None, or [] for
    a list). Reading one that was not requested raises AttributeError, and one
    the server refused raises its fault. A dotted path fills a partial data
    object: its other members stay unset, even those the WSDL requires.
    """

    __slots__ = ("datastore", "supportedType", )
    datastore: list[Datastore]
    supportedType: list[FileQuery]


class HostDatastoreBrowser(_ManagedObject):
    """HostDatastoreBrowser: managed object proxy, since 2.0.

    Properties (read them typed with fetch() or client.retrieve(); none is fetched implicitly):
        datastore: list of references to Datastore, since 2.0, read privilege System.View.
        supportedType: list of FileQuery, since 2.0.
    """

    __slots__ = ()
    _type_: ClassVar[str] = "HostDatastoreBrowser"
    _properties_: ClassVar[dict[str, _F]] = {
        "datastore": _F("datastore", "ManagedObjectReference", 3, "2.0", target="Datastore"),
        "supportedType": _F("supportedType", "FileQuery", 3, "2.0"),
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
        "DeleteFile": _DELETE_FILE,
        "SearchDatastoreSubFolders_Task": _SEARCH_DATASTORE_SUB_FOLDERS_TASK,
        "SearchDatastore_Task": _SEARCH_DATASTORE_TASK,
    }
    _property_class_ = HostDatastoreBrowserProperties

    def fetch(self, *paths: str) -> HostDatastoreBrowserProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, HostDatastoreBrowserProperties, paths)

    def DeleteFile(
        self,
        *,
        datastorePath: str,
        _timeout: float | None = None,
    ) -> None:
        """DeleteFile: an operation of HostDatastoreBrowser, since 2.0.

        Privilege: Datastore.DeleteFile.

        Args:
            datastorePath: string, since 2.0.

        Returns:
            None.

        Raises:
            FileFault, InvalidDatastore, RuntimeFault.
        """
        return self._transport.invoke(self, _DELETE_FILE, (datastorePath, ), _timeout)

    def SearchDatastoreSubFolders_Task(
        self,
        *,
        datastorePath: str,
        searchSpec: HostDatastoreBrowserSearchSpec | None = None,
        _timeout: float | None = None,
    ) -> Task[list[HostDatastoreBrowserSearchResults]]:
        """SearchDatastoreSubFolders_Task: an operation of HostDatastoreBrowser, since 2.0.

        Args:
            datastorePath: string, since 2.0.
            searchSpec: HostDatastoreBrowserSearchSpec, optional, since 2.0.

        Returns:
            A reference to the Task; its result is list of HostDatastoreBrowserSearchResults.

        Raises:
            FileFault, InvalidDatastore, RuntimeFault.
        """
        return self._transport.invoke(self, _SEARCH_DATASTORE_SUB_FOLDERS_TASK, (datastorePath, searchSpec, ), _timeout)

    def SearchDatastore_Task(
        self,
        *,
        datastorePath: str,
        searchSpec: HostDatastoreBrowserSearchSpec | None = None,
        _timeout: float | None = None,
    ) -> Task[HostDatastoreBrowserSearchResults]:
        """SearchDatastore_Task: an operation of HostDatastoreBrowser, since 2.0.

        Args:
            datastorePath: string, since 2.0.
            searchSpec: HostDatastoreBrowserSearchSpec, optional, since 2.0.

        Returns:
            A reference to the Task; its result is HostDatastoreBrowserSearchResults.

        Raises:
            FileFault, InvalidDatastore, RuntimeFault.
        """
        return self._transport.invoke(self, _SEARCH_DATASTORE_TASK, (datastorePath, searchSpec, ), _timeout)
