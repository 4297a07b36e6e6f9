# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""GuestOperationsManager: managed object proxy. Since 5.0."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from pyvmomo._base import ManagedObject as _ManagedObject
from pyvmomo.property import ObjectProperties as _ObjectProperties
from pyvmomo.property import fetch_into as _fetch_into

if TYPE_CHECKING:
    from .guest_alias_manager import GuestAliasManager
    from .guest_auth_manager import GuestAuthManager
    from .guest_file_manager import GuestFileManager
    from .guest_process_manager import GuestProcessManager
    from .guest_windows_registry_manager import GuestWindowsRegistryManager


class GuestOperationsManagerProperties(_ObjectProperties["GuestOperationsManager"]):
    """GuestOperationsManager's properties as read by fetch(), retrieve() and watch(), base types' included.

    Only the requested properties are set (unset on the server: None, or [] for
    a list). Reading one that was not requested raises AttributeError, and one
    the server refused raises its fault. A dotted path fills a partial data
    object: its other members stay unset, even those the WSDL requires.
    """

    __slots__ = ("authManager", "fileManager", "processManager", "guestWindowsRegistryManager", "aliasManager", )
    authManager: GuestAuthManager | None
    fileManager: GuestFileManager | None
    processManager: GuestProcessManager | None
    guestWindowsRegistryManager: GuestWindowsRegistryManager | None
    aliasManager: GuestAliasManager | None


class GuestOperationsManager(_ManagedObject):
    """GuestOperationsManager: managed object proxy, since 5.0.

    Properties (read them typed with fetch() or client.retrieve(); none is fetched implicitly):
        authManager: reference to GuestAuthManager, optional, since 5.0, read privilege System.Anonymous.
        fileManager: reference to GuestFileManager, optional, since 5.0, read privilege System.Anonymous.
        processManager: reference to GuestProcessManager, optional, since 5.0, read privilege System.Anonymous.
        guestWindowsRegistryManager: reference to GuestWindowsRegistryManager, optional, since 6.0, read privilege System.Anonymous.
        aliasManager: reference to GuestAliasManager, optional, since 6.0, read privilege System.Anonymous.
    """

    __slots__ = ()
    _type_: ClassVar[str] = "GuestOperationsManager"
    _properties_: ClassVar[dict[str, _F]] = {
        "authManager": _F("authManager", "ManagedObjectReference", 2, "5.0", target="GuestAuthManager"),
        "fileManager": _F("fileManager", "ManagedObjectReference", 2, "5.0", target="GuestFileManager"),
        "processManager": _F("processManager", "ManagedObjectReference", 2, "5.0", target="GuestProcessManager"),
        "guestWindowsRegistryManager": _F("guestWindowsRegistryManager", "ManagedObjectReference", 2, "6.0", target="GuestWindowsRegistryManager"),
        "aliasManager": _F("aliasManager", "ManagedObjectReference", 2, "6.0", target="GuestAliasManager"),
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
    }
    _property_class_ = GuestOperationsManagerProperties

    def fetch(self, *paths: str) -> GuestOperationsManagerProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, GuestOperationsManagerProperties, paths)
