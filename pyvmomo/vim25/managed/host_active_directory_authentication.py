# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostActiveDirectoryAuthentication: managed object proxy, extends HostDirectoryStore. Since 4.1."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from .host_directory_store import HostDirectoryStore, HostDirectoryStoreProperties
from pyvmomo.property import fetch_into as _fetch_into

if TYPE_CHECKING:
    from .task import Task

_DISABLE_SMART_CARD_AUTHENTICATION: _Operation[None] = _Operation(
    "DisableSmartCardAuthentication",
    (),
    None,
    faults=("ActiveDirectoryFault", "HostConfigFault", "RuntimeFault", ),
    since="6.0",
    privilege="Host.Config.AuthenticationStore",
    safe=False,
    task_result=None,
)

_ENABLE_SMART_CARD_AUTHENTICATION: _Operation[None] = _Operation(
    "EnableSmartCardAuthentication",
    (),
    None,
    faults=("ActiveDirectoryFault", "HostConfigFault", "RuntimeFault", ),
    since="6.0",
    privilege="Host.Config.AuthenticationStore",
    safe=False,
    task_result=None,
)

_IMPORT_CERTIFICATE_FOR_CAM_TASK: _Operation[Task[None]] = _Operation(
    "ImportCertificateForCAM_Task",
    (_F("certPath", "string", 0, "5.0"), _F("camServer", "string", 0, "5.0"), ),
    _F("returnval", "ManagedObjectReference", 0, "5.0", target="Task"),
    faults=("ActiveDirectoryFault", "FileNotFound", "RuntimeFault", ),
    since="5.0",
    privilege="Host.Config.AuthenticationStore",
    safe=False,
    task_result=None,
)

_INSTALL_SMART_CARD_TRUST_ANCHOR: _Operation[None] = _Operation(
    "InstallSmartCardTrustAnchor",
    (_F("cert", "string", 0, "6.0"), ),
    None,
    faults=("HostConfigFault", "RuntimeFault", ),
    since="6.0",
    privilege="Host.Config.AuthenticationStore",
    safe=False,
    task_result=None,
)

_JOIN_DOMAIN_WITH_CAM_TASK: _Operation[Task[None]] = _Operation(
    "JoinDomainWithCAM_Task",
    (_F("domainName", "string", 0, "5.0"), _F("camServer", "string", 0, "5.0"), ),
    _F("returnval", "ManagedObjectReference", 0, "5.0", target="Task"),
    faults=("ActiveDirectoryFault", "HostConfigFault", "InvalidState", "TaskInProgress", "RuntimeFault", ),
    since="5.0",
    privilege="Host.Config.AuthenticationStore",
    safe=False,
    task_result=None,
)

_JOIN_DOMAIN_TASK: _Operation[Task[None]] = _Operation(
    "JoinDomain_Task",
    (_F("domainName", "string", 0, "4.1"), _F("userName", "string", 0, "4.1"), _F("password", "string", 4, "4.1"), ),
    _F("returnval", "ManagedObjectReference", 0, "4.1", target="Task"),
    faults=("ActiveDirectoryFault", "HostConfigFault", "InvalidLogin", "InvalidState", "TaskInProgress", "RuntimeFault", ),
    since="4.1",
    privilege="Host.Config.AuthenticationStore",
    safe=False,
    task_result=None,
)

_LEAVE_CURRENT_DOMAIN_TASK: _Operation[Task[None]] = _Operation(
    "LeaveCurrentDomain_Task",
    (_F("force", "boolean", 0, "4.1"), ),
    _F("returnval", "ManagedObjectReference", 0, "4.1", target="Task"),
    faults=("ActiveDirectoryFault", "AuthMinimumAdminPermission", "InvalidState", "TaskInProgress", "RuntimeFault", ),
    since="4.1",
    privilege="Host.Config.AuthenticationStore",
    safe=False,
    task_result=None,
)

_LIST_SMART_CARD_TRUST_ANCHORS: _Operation[list[str]] = _Operation(
    "ListSmartCardTrustAnchors",
    (),
    _F("returnval", "string", 3, "6.0"),
    faults=("HostConfigFault", "RuntimeFault", ),
    since="6.0",
    privilege="Host.Config.AuthenticationStore",
    safe=True,
    task_result=None,
)

_REMOVE_SMART_CARD_TRUST_ANCHOR: _Operation[None] = _Operation(
    "RemoveSmartCardTrustAnchor",
    (_F("issuer", "string", 0, "6.0"), _F("serial", "string", 0, "6.0"), ),
    None,
    faults=("HostConfigFault", "RuntimeFault", ),
    since="6.0",
    privilege="Host.Config.AuthenticationStore",
    safe=False,
    task_result=None,
)

_REMOVE_SMART_CARD_TRUST_ANCHOR_BY_FINGERPRINT: _Operation[None] = _Operation(
    "RemoveSmartCardTrustAnchorByFingerprint",
    (_F("fingerprint", "string", 0, "6.0"), _F("digest", "string", 0, "6.0"), ),
    None,
    faults=("HostConfigFault", "RuntimeFault", ),
    since="6.0",
    privilege="Host.Config.AuthenticationStore",
    safe=False,
    task_result=None,
)

_REPLACE_SMART_CARD_TRUST_ANCHORS: _Operation[None] = _Operation(
    "ReplaceSmartCardTrustAnchors",
    (_F("certs", "string", 3, "6.0"), ),
    None,
    faults=("RuntimeFault", ),
    since="6.0",
    privilege="Host.Config.AuthenticationStore",
    safe=False,
    task_result=None,
)


class HostActiveDirectoryAuthenticationProperties(HostDirectoryStoreProperties):
    """HostActiveDirectoryAuthentication's properties as read by fetch(), retrieve() and watch(), base types' included.

    Only the requested properties are set (unset on the server: None, or [] for
    a list). Reading one that was not requested raises AttributeError, and one
    the server refused raises its fault. A dotted path fills a partial data
    object: its other members stay unset, even those the WSDL requires.
    """

    __slots__ = ()
    obj: HostActiveDirectoryAuthentication  # pyright: ignore[reportIncompatibleVariableOverride]


class HostActiveDirectoryAuthentication(HostDirectoryStore):
    """HostActiveDirectoryAuthentication: managed object proxy extending HostDirectoryStore, since 4.1."""

    __slots__ = ()
    _type_: ClassVar[str] = "HostActiveDirectoryAuthentication"
    _properties_: ClassVar[dict[str, _F]] = {
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
        "DisableSmartCardAuthentication": _DISABLE_SMART_CARD_AUTHENTICATION,
        "EnableSmartCardAuthentication": _ENABLE_SMART_CARD_AUTHENTICATION,
        "ImportCertificateForCAM_Task": _IMPORT_CERTIFICATE_FOR_CAM_TASK,
        "InstallSmartCardTrustAnchor": _INSTALL_SMART_CARD_TRUST_ANCHOR,
        "JoinDomainWithCAM_Task": _JOIN_DOMAIN_WITH_CAM_TASK,
        "JoinDomain_Task": _JOIN_DOMAIN_TASK,
        "LeaveCurrentDomain_Task": _LEAVE_CURRENT_DOMAIN_TASK,
        "ListSmartCardTrustAnchors": _LIST_SMART_CARD_TRUST_ANCHORS,
        "RemoveSmartCardTrustAnchor": _REMOVE_SMART_CARD_TRUST_ANCHOR,
        "RemoveSmartCardTrustAnchorByFingerprint": _REMOVE_SMART_CARD_TRUST_ANCHOR_BY_FINGERPRINT,
        "ReplaceSmartCardTrustAnchors": _REPLACE_SMART_CARD_TRUST_ANCHORS,
    }
    _property_class_ = HostActiveDirectoryAuthenticationProperties

    def fetch(self, *paths: str) -> HostActiveDirectoryAuthenticationProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, HostActiveDirectoryAuthenticationProperties, paths)

    def DisableSmartCardAuthentication(
        self,
        *,
        _timeout: float | None = None,
    ) -> None:
        """DisableSmartCardAuthentication: an operation of HostActiveDirectoryAuthentication, since 6.0.

        Privilege: Host.Config.AuthenticationStore.

        Returns:
            None.

        Raises:
            ActiveDirectoryFault, HostConfigFault, RuntimeFault.
        """
        return self._transport.invoke(self, _DISABLE_SMART_CARD_AUTHENTICATION, (), _timeout)

    def EnableSmartCardAuthentication(
        self,
        *,
        _timeout: float | None = None,
    ) -> None:
        """EnableSmartCardAuthentication: an operation of HostActiveDirectoryAuthentication, since 6.0.

        Privilege: Host.Config.AuthenticationStore.

        Returns:
            None.

        Raises:
            ActiveDirectoryFault, HostConfigFault, RuntimeFault.
        """
        return self._transport.invoke(self, _ENABLE_SMART_CARD_AUTHENTICATION, (), _timeout)

    def ImportCertificateForCAM_Task(
        self,
        *,
        certPath: str,
        camServer: str,
        _timeout: float | None = None,
    ) -> Task[None]:
        """ImportCertificateForCAM_Task: an operation of HostActiveDirectoryAuthentication, since 5.0.

        Privilege: Host.Config.AuthenticationStore.

        Args:
            certPath: string, since 5.0.
            camServer: string, since 5.0.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            ActiveDirectoryFault, FileNotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _IMPORT_CERTIFICATE_FOR_CAM_TASK, (certPath, camServer, ), _timeout)

    def InstallSmartCardTrustAnchor(
        self,
        *,
        cert: str,
        _timeout: float | None = None,
    ) -> None:
        """InstallSmartCardTrustAnchor: an operation of HostActiveDirectoryAuthentication, since 6.0.

        Privilege: Host.Config.AuthenticationStore.

        Args:
            cert: string, since 6.0.

        Returns:
            None.

        Raises:
            HostConfigFault, RuntimeFault.
        """
        return self._transport.invoke(self, _INSTALL_SMART_CARD_TRUST_ANCHOR, (cert, ), _timeout)

    def JoinDomainWithCAM_Task(
        self,
        *,
        domainName: str,
        camServer: str,
        _timeout: float | None = None,
    ) -> Task[None]:
        """JoinDomainWithCAM_Task: an operation of HostActiveDirectoryAuthentication, since 5.0.

        Privilege: Host.Config.AuthenticationStore.

        Args:
            domainName: string, since 5.0.
            camServer: string, since 5.0.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            ActiveDirectoryFault, HostConfigFault, InvalidState, TaskInProgress, RuntimeFault.
        """
        return self._transport.invoke(self, _JOIN_DOMAIN_WITH_CAM_TASK, (domainName, camServer, ), _timeout)

    def JoinDomain_Task(
        self,
        *,
        domainName: str,
        userName: str,
        password: str,
        _timeout: float | None = None,
    ) -> Task[None]:
        """JoinDomain_Task: an operation of HostActiveDirectoryAuthentication, since 4.1.

        Privilege: Host.Config.AuthenticationStore.

        Args:
            domainName: string, since 4.1.
            userName: string, since 4.1.
            password: string, since 4.1, secret (masked in repr).

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            ActiveDirectoryFault, HostConfigFault, InvalidLogin, InvalidState, TaskInProgress, RuntimeFault.
        """
        return self._transport.invoke(self, _JOIN_DOMAIN_TASK, (domainName, userName, password, ), _timeout)

    def LeaveCurrentDomain_Task(
        self,
        *,
        force: bool,
        _timeout: float | None = None,
    ) -> Task[None]:
        """LeaveCurrentDomain_Task: an operation of HostActiveDirectoryAuthentication, since 4.1.

        Privilege: Host.Config.AuthenticationStore.

        Args:
            force: boolean, since 4.1.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            ActiveDirectoryFault, AuthMinimumAdminPermission, InvalidState, TaskInProgress, RuntimeFault.
        """
        return self._transport.invoke(self, _LEAVE_CURRENT_DOMAIN_TASK, (force, ), _timeout)

    def ListSmartCardTrustAnchors(
        self,
        *,
        _timeout: float | None = None,
    ) -> list[str]:
        """ListSmartCardTrustAnchors: an operation of HostActiveDirectoryAuthentication, since 6.0.

        Privilege: Host.Config.AuthenticationStore. Safe to re-send after a lost reply.

        Returns:
            List of string.

        Raises:
            HostConfigFault, RuntimeFault.
        """
        return self._transport.invoke(self, _LIST_SMART_CARD_TRUST_ANCHORS, (), _timeout)

    def RemoveSmartCardTrustAnchor(
        self,
        *,
        issuer: str,
        serial: str,
        _timeout: float | None = None,
    ) -> None:
        """RemoveSmartCardTrustAnchor: an operation of HostActiveDirectoryAuthentication, since 6.0.

        Privilege: Host.Config.AuthenticationStore.

        Args:
            issuer: string, since 6.0.
            serial: string, since 6.0.

        Returns:
            None.

        Raises:
            HostConfigFault, RuntimeFault.
        """
        return self._transport.invoke(self, _REMOVE_SMART_CARD_TRUST_ANCHOR, (issuer, serial, ), _timeout)

    def RemoveSmartCardTrustAnchorByFingerprint(
        self,
        *,
        fingerprint: str,
        digest: str,
        _timeout: float | None = None,
    ) -> None:
        """RemoveSmartCardTrustAnchorByFingerprint: an operation of HostActiveDirectoryAuthentication, since 6.0.

        Privilege: Host.Config.AuthenticationStore.

        Args:
            fingerprint: string, since 6.0.
            digest: string, since 6.0.

        Returns:
            None.

        Raises:
            HostConfigFault, RuntimeFault.
        """
        return self._transport.invoke(self, _REMOVE_SMART_CARD_TRUST_ANCHOR_BY_FINGERPRINT, (fingerprint, digest, ), _timeout)

    def ReplaceSmartCardTrustAnchors(
        self,
        *,
        certs: list[str] | None = None,
        _timeout: float | None = None,
    ) -> None:
        """ReplaceSmartCardTrustAnchors: an operation of HostActiveDirectoryAuthentication, since 6.0.

        Privilege: Host.Config.AuthenticationStore.

        Args:
            certs: list of string, since 6.0.

        Returns:
            None.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _REPLACE_SMART_CARD_TRUST_ANCHORS, (certs, ), _timeout)
