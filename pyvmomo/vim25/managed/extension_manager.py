# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""ExtensionManager: managed object proxy. Since 2.5."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from pyvmomo._base import ManagedObject as _ManagedObject
from pyvmomo.property import ObjectProperties as _ObjectProperties
from pyvmomo.property import fetch_into as _fetch_into

if TYPE_CHECKING:
    from ..types.extension import Extension
    from ..types.extension_manager_ip_allocation_usage import ExtensionManagerIpAllocationUsage
    from .managed_entity import ManagedEntity

_FIND_EXTENSION: _Operation[Extension | None] = _Operation(
    "FindExtension",
    (_F("extensionKey", "string", 0, "2.5"), ),
    _F("returnval", "Extension", 2, "2.5"),
    faults=("RuntimeFault", ),
    since="2.5",
    privilege="System.View",
    safe=True,
    task_result=None,
)

_GET_PUBLIC_KEY: _Operation[str] = _Operation(
    "GetPublicKey",
    (),
    _F("returnval", "string", 0, "2.5"),
    faults=("RuntimeFault", ),
    since="2.5",
    privilege="System.View",
    safe=True,
    task_result=None,
)

_QUERY_EXTENSION_IP_ALLOCATION_USAGE: _Operation[list[ExtensionManagerIpAllocationUsage]] = _Operation(
    "QueryExtensionIpAllocationUsage",
    (_F("extensionKeys", "string", 3, "5.1"), ),
    _F("returnval", "ExtensionManagerIpAllocationUsage", 3, "5.1"),
    faults=("RuntimeFault", ),
    since="5.1",
    privilege="System.View",
    safe=True,
    task_result=None,
)

_QUERY_MANAGED_BY: _Operation[list[ManagedEntity]] = _Operation(
    "QueryManagedBy",
    (_F("extensionKey", "string", 0, "5.0"), ),
    _F("returnval", "ManagedObjectReference", 3, "5.0", target="ManagedEntity"),
    faults=("RuntimeFault", ),
    since="5.0",
    privilege="System.View",
    safe=True,
    task_result=None,
)

_REGISTER_EXTENSION: _Operation[None] = _Operation(
    "RegisterExtension",
    (_F("extension", "Extension", 0, "2.5"), ),
    None,
    faults=("RuntimeFault", ),
    since="2.5",
    privilege="Extension.Register",
    safe=False,
    task_result=None,
)

_SET_EXTENSION_CERTIFICATE: _Operation[None] = _Operation(
    "SetExtensionCertificate",
    (_F("extensionKey", "string", 0, "4.0"), _F("certificatePem", "string", 2, "4.0"), ),
    None,
    faults=("NoClientCertificate", "NotFound", "RuntimeFault", ),
    since="4.0",
    privilege="Extension.Update",
    safe=False,
    task_result=None,
)

_SET_PUBLIC_KEY: _Operation[None] = _Operation(
    "SetPublicKey",
    (_F("extensionKey", "string", 0, "2.5"), _F("publicKey", "string", 0, "2.5"), ),
    None,
    faults=("RuntimeFault", ),
    since="2.5",
    privilege="Extension.Update",
    safe=False,
    task_result=None,
)

_UNREGISTER_EXTENSION: _Operation[None] = _Operation(
    "UnregisterExtension",
    (_F("extensionKey", "string", 0, "2.5"), ),
    None,
    faults=("NotFound", "RuntimeFault", ),
    since="2.5",
    privilege="Extension.Unregister",
    safe=False,
    task_result=None,
)

_UPDATE_EXTENSION: _Operation[None] = _Operation(
    "UpdateExtension",
    (_F("extension", "Extension", 0, "2.5"), ),
    None,
    faults=("NotFound", "RuntimeFault", ),
    since="2.5",
    privilege="Extension.Update",
    safe=False,
    task_result=None,
)


class ExtensionManagerProperties(_ObjectProperties["ExtensionManager"]):
    """ExtensionManager's properties as read by fetch(), retrieve() and watch(), base types' included.

    Only the requested properties are set (unset on the server: None, or [] for
    a list). Reading one that was not requested raises AttributeError, and one
    the server refused raises its fault. A dotted path fills a partial data
    object: its other members stay unset, even those the WSDL requires.
    """

    __slots__ = ("extensionList", )
    extensionList: list[Extension]


class ExtensionManager(_ManagedObject):
    """ExtensionManager: managed object proxy, since 2.5.

    Properties (read them typed with fetch() or client.retrieve(); none is fetched implicitly):
        extensionList: list of Extension, since 2.5, read privilege System.View.
    """

    __slots__ = ()
    _type_: ClassVar[str] = "ExtensionManager"
    _properties_: ClassVar[dict[str, _F]] = {
        "extensionList": _F("extensionList", "Extension", 3, "2.5"),
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
        "FindExtension": _FIND_EXTENSION,
        "GetPublicKey": _GET_PUBLIC_KEY,
        "QueryExtensionIpAllocationUsage": _QUERY_EXTENSION_IP_ALLOCATION_USAGE,
        "QueryManagedBy": _QUERY_MANAGED_BY,
        "RegisterExtension": _REGISTER_EXTENSION,
        "SetExtensionCertificate": _SET_EXTENSION_CERTIFICATE,
        "SetPublicKey": _SET_PUBLIC_KEY,
        "UnregisterExtension": _UNREGISTER_EXTENSION,
        "UpdateExtension": _UPDATE_EXTENSION,
    }
    _property_class_ = ExtensionManagerProperties

    def fetch(self, *paths: str) -> ExtensionManagerProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, ExtensionManagerProperties, paths)

    def FindExtension(
        self,
        *,
        extensionKey: str,
        _timeout: float | None = None,
    ) -> Extension | None:
        """FindExtension: an operation of ExtensionManager, since 2.5.

        Privilege: System.View. Safe to re-send after a lost reply.

        Args:
            extensionKey: string, since 2.5.

        Returns:
            Extension, or None.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _FIND_EXTENSION, (extensionKey, ), _timeout)

    def GetPublicKey(
        self,
        *,
        _timeout: float | None = None,
    ) -> str:
        """GetPublicKey: an operation of ExtensionManager, since 2.5.

        Privilege: System.View. Safe to re-send after a lost reply.

        Returns:
            String.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _GET_PUBLIC_KEY, (), _timeout)

    def QueryExtensionIpAllocationUsage(
        self,
        *,
        extensionKeys: list[str] | None = None,
        _timeout: float | None = None,
    ) -> list[ExtensionManagerIpAllocationUsage]:
        """QueryExtensionIpAllocationUsage: an operation of ExtensionManager, since 5.1.

        Privilege: System.View. Safe to re-send after a lost reply.

        Args:
            extensionKeys: list of string, since 5.1.

        Returns:
            List of ExtensionManagerIpAllocationUsage.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _QUERY_EXTENSION_IP_ALLOCATION_USAGE, (extensionKeys, ), _timeout)

    def QueryManagedBy(
        self,
        *,
        extensionKey: str,
        _timeout: float | None = None,
    ) -> list[ManagedEntity]:
        """QueryManagedBy: an operation of ExtensionManager, since 5.0.

        Privilege: System.View. Safe to re-send after a lost reply.

        Args:
            extensionKey: string, since 5.0.

        Returns:
            List of references to ManagedEntity.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _QUERY_MANAGED_BY, (extensionKey, ), _timeout)

    def RegisterExtension(
        self,
        *,
        extension: Extension,
        _timeout: float | None = None,
    ) -> None:
        """RegisterExtension: an operation of ExtensionManager, since 2.5.

        Privilege: Extension.Register.

        Args:
            extension: Extension, since 2.5.

        Returns:
            None.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _REGISTER_EXTENSION, (extension, ), _timeout)

    def SetExtensionCertificate(
        self,
        *,
        extensionKey: str,
        certificatePem: str | None = None,
        _timeout: float | None = None,
    ) -> None:
        """SetExtensionCertificate: an operation of ExtensionManager, since 4.0.

        Privilege: Extension.Update.

        Args:
            extensionKey: string, since 4.0.
            certificatePem: string, optional, since 4.0.

        Returns:
            None.

        Raises:
            NoClientCertificate, NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _SET_EXTENSION_CERTIFICATE, (extensionKey, certificatePem, ), _timeout)

    def SetPublicKey(
        self,
        *,
        extensionKey: str,
        publicKey: str,
        _timeout: float | None = None,
    ) -> None:
        """SetPublicKey: an operation of ExtensionManager, since 2.5.

        Privilege: Extension.Update.

        Args:
            extensionKey: string, since 2.5.
            publicKey: string, since 2.5.

        Returns:
            None.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _SET_PUBLIC_KEY, (extensionKey, publicKey, ), _timeout)

    def UnregisterExtension(
        self,
        *,
        extensionKey: str,
        _timeout: float | None = None,
    ) -> None:
        """UnregisterExtension: an operation of ExtensionManager, since 2.5.

        Privilege: Extension.Unregister.

        Args:
            extensionKey: string, since 2.5.

        Returns:
            None.

        Raises:
            NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _UNREGISTER_EXTENSION, (extensionKey, ), _timeout)

    def UpdateExtension(
        self,
        *,
        extension: Extension,
        _timeout: float | None = None,
    ) -> None:
        """UpdateExtension: an operation of ExtensionManager, since 2.5.

        Privilege: Extension.Update.

        Args:
            extension: Extension, since 2.5.

        Returns:
            None.

        Raises:
            NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _UPDATE_EXTENSION, (extension, ), _timeout)
