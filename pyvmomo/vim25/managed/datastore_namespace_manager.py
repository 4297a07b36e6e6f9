# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""DatastoreNamespaceManager: managed object proxy. Since 5.5."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from pyvmomo._base import ManagedObject as _ManagedObject
from pyvmomo.property import ObjectProperties as _ObjectProperties
from pyvmomo.property import fetch_into as _fetch_into

if TYPE_CHECKING:
    from .datacenter import Datacenter
    from .datastore import Datastore

_CONVERT_NAMESPACE_PATH_TO_UUID_PATH: _Operation[str] = _Operation(
    "ConvertNamespacePathToUuidPath",
    (_F("datacenter", "ManagedObjectReference", 2, "6.5", target="Datacenter"), _F("namespaceUrl", "string", 0, "6.5"), ),
    _F("returnval", "string", 0, "6.5"),
    faults=("InvalidDatastore", "InvalidDatastorePath", "RuntimeFault", ),
    since="6.5",
    privilege="System.View",
    safe=True,
    task_result=None,
)

_CREATE_DIRECTORY: _Operation[str] = _Operation(
    "CreateDirectory",
    (_F("datastore", "ManagedObjectReference", 0, "5.5", target="Datastore"), _F("displayName", "string", 2, "5.5"), _F("policy", "string", 2, "5.5"), _F("size", "long", 2, "7.0.2.0"), ),
    _F("returnval", "string", 0, "5.5"),
    faults=("CannotCreateFile", "FileAlreadyExists", "InvalidDatastore", "RuntimeFault", ),
    since="5.5",
    privilege=None,
    safe=False,
    task_result=None,
)

_DELETE_DIRECTORY: _Operation[None] = _Operation(
    "DeleteDirectory",
    (_F("datacenter", "ManagedObjectReference", 2, "5.5", target="Datacenter"), _F("datastorePath", "string", 0, "5.5"), ),
    None,
    faults=("FileFault", "FileNotFound", "InvalidDatastore", "InvalidDatastorePath", "RuntimeFault", ),
    since="5.5",
    privilege=None,
    safe=False,
    task_result=None,
)


class DatastoreNamespaceManagerProperties(_ObjectProperties["DatastoreNamespaceManager"]):
    """DatastoreNamespaceManager's properties as read by fetch(), retrieve() and watch(), base types' included.

    Only the requested properties are set (unset on the server: None, or [] for
    a list). Reading one that was not requested raises AttributeError, and one
    the server refused raises its fault. A dotted path fills a partial data
    object: its other members stay unset, even those the WSDL requires.
    """

    __slots__ = ()


class DatastoreNamespaceManager(_ManagedObject):
    """DatastoreNamespaceManager: managed object proxy, since 5.5."""

    __slots__ = ()
    _type_: ClassVar[str] = "DatastoreNamespaceManager"
    _properties_: ClassVar[dict[str, _F]] = {
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
        "ConvertNamespacePathToUuidPath": _CONVERT_NAMESPACE_PATH_TO_UUID_PATH,
        "CreateDirectory": _CREATE_DIRECTORY,
        "DeleteDirectory": _DELETE_DIRECTORY,
    }
    _property_class_ = DatastoreNamespaceManagerProperties

    def fetch(self, *paths: str) -> DatastoreNamespaceManagerProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, DatastoreNamespaceManagerProperties, paths)

    def ConvertNamespacePathToUuidPath(
        self,
        *,
        namespaceUrl: str,
        datacenter: Datacenter | None = None,
        _timeout: float | None = None,
    ) -> str:
        """ConvertNamespacePathToUuidPath: an operation of DatastoreNamespaceManager, since 6.5.

        Privilege: System.View. Safe to re-send after a lost reply.

        Args:
            datacenter: reference to Datacenter, optional, since 6.5.
            namespaceUrl: string, since 6.5.

        Returns:
            String.

        Raises:
            InvalidDatastore, InvalidDatastorePath, RuntimeFault.
        """
        return self._transport.invoke(self, _CONVERT_NAMESPACE_PATH_TO_UUID_PATH, (datacenter, namespaceUrl, ), _timeout)

    def CreateDirectory(
        self,
        *,
        datastore: Datastore,
        displayName: str | None = None,
        policy: str | None = None,
        size: int | None = None,
        _timeout: float | None = None,
    ) -> str:
        """CreateDirectory: an operation of DatastoreNamespaceManager, since 5.5.

        Args:
            datastore: reference to Datastore, since 5.5, needs Datastore.Config on it.
            displayName: string, optional, since 5.5.
            policy: string, optional, since 5.5.
            size: long, optional, since 7.0.2.0.

        Returns:
            String.

        Raises:
            CannotCreateFile, FileAlreadyExists, InvalidDatastore, RuntimeFault.
        """
        return self._transport.invoke(self, _CREATE_DIRECTORY, (datastore, displayName, policy, size, ), _timeout)

    def DeleteDirectory(
        self,
        *,
        datastorePath: str,
        datacenter: Datacenter | None = None,
        _timeout: float | None = None,
    ) -> None:
        """DeleteDirectory: an operation of DatastoreNamespaceManager, since 5.5.

        Args:
            datacenter: reference to Datacenter, optional, since 5.5, needs System.View on it.
            datastorePath: string, since 5.5.

        Returns:
            None.

        Raises:
            FileFault, FileNotFound, InvalidDatastore, InvalidDatastorePath, RuntimeFault.
        """
        return self._transport.invoke(self, _DELETE_DIRECTORY, (datacenter, datastorePath, ), _timeout)
