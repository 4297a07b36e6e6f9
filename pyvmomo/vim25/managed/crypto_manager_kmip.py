# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""CryptoManagerKmip: managed object proxy, extends CryptoManager. Since 6.5."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from .crypto_manager import CryptoManager, CryptoManagerProperties
from pyvmomo.property import fetch_into as _fetch_into

if TYPE_CHECKING:
    from ..types.crypto_key_id import CryptoKeyId
    from ..types.crypto_key_result import CryptoKeyResult
    from ..types.crypto_manager_kmip_cluster_status import CryptoManagerKmipClusterStatus
    from ..types.crypto_manager_kmip_crypto_key_status import CryptoManagerKmipCryptoKeyStatus
    from ..types.crypto_manager_kmip_server_cert_info import CryptoManagerKmipServerCertInfo
    from ..types.key_provider_id import KeyProviderId
    from ..types.kmip_cluster_info import KmipClusterInfo
    from ..types.kmip_server_info import KmipServerInfo
    from ..types.kmip_server_spec import KmipServerSpec
    from .managed_entity import ManagedEntity
    from .task import Task

_GENERATE_CLIENT_CSR: _Operation[str] = _Operation(
    "GenerateClientCsr",
    (_F("cluster", "KeyProviderId", 0, "6.5"), ),
    _F("returnval", "string", 0, "6.5"),
    faults=("RuntimeFault", ),
    since="6.5",
    privilege="Cryptographer.ManageKeyServers",
    safe=False,
    task_result=None,
)

_GENERATE_KEY: _Operation[CryptoKeyResult] = _Operation(
    "GenerateKey",
    (_F("keyProvider", "KeyProviderId", 2, "6.5"), ),
    _F("returnval", "CryptoKeyResult", 0, "6.5"),
    faults=("RuntimeFault", ),
    since="6.5",
    privilege="Cryptographer.ManageKeys",
    safe=False,
    task_result=None,
)

_GENERATE_SELF_SIGNED_CLIENT_CERT: _Operation[str] = _Operation(
    "GenerateSelfSignedClientCert",
    (_F("cluster", "KeyProviderId", 0, "6.5"), ),
    _F("returnval", "string", 0, "6.5"),
    faults=("RuntimeFault", ),
    since="6.5",
    privilege="Cryptographer.ManageKeyServers",
    safe=False,
    task_result=None,
)

_GET_DEFAULT_KMS_CLUSTER: _Operation[KeyProviderId | None] = _Operation(
    "GetDefaultKmsCluster",
    (_F("entity", "ManagedObjectReference", 2, "7.0.0.0", target="ManagedEntity"), _F("defaultsToParent", "boolean", 2, "7.0.0.0"), ),
    _F("returnval", "KeyProviderId", 2, "7.0.0.0"),
    faults=("RuntimeFault", ),
    since="7.0.0.0",
    privilege="Cryptographer.ManageKeyServers",
    safe=True,
    task_result=None,
)

_IS_KMS_CLUSTER_ACTIVE: _Operation[bool] = _Operation(
    "IsKmsClusterActive",
    (_F("cluster", "KeyProviderId", 2, "7.0.0.0"), ),
    _F("returnval", "boolean", 0, "7.0.0.0"),
    faults=("InvalidArgument", "RuntimeFault", ),
    since="7.0.0.0",
    privilege="Cryptographer.ManageKeyServers",
    safe=True,
    task_result=None,
)

_LIST_KMIP_SERVERS: _Operation[list[KmipClusterInfo]] = _Operation(
    "ListKmipServers",
    (_F("limit", "int", 2, "6.5"), ),
    _F("returnval", "KmipClusterInfo", 3, "6.5"),
    faults=("RuntimeFault", ),
    since="6.5",
    privilege="Cryptographer.ManageKeyServers",
    safe=True,
    task_result=None,
)

_LIST_KMS_CLUSTERS: _Operation[list[KmipClusterInfo]] = _Operation(
    "ListKmsClusters",
    (_F("includeKmsServers", "boolean", 2, "7.0.0.0"), _F("managementTypeFilter", "int", 2, "7.0.0.0"), _F("statusFilter", "int", 2, "7.0.0.0"), ),
    _F("returnval", "KmipClusterInfo", 3, "7.0.0.0"),
    faults=("RuntimeFault", ),
    since="7.0.0.0",
    privilege="Cryptographer.ManageKeyServers",
    safe=True,
    task_result=None,
)

_MARK_DEFAULT: _Operation[None] = _Operation(
    "MarkDefault",
    (_F("clusterId", "KeyProviderId", 0, "6.5"), ),
    None,
    faults=("RuntimeFault", ),
    since="6.5",
    privilege="Cryptographer.ManageKeyServers",
    safe=False,
    task_result=None,
)

_QUERY_CRYPTO_KEY_STATUS: _Operation[list[CryptoManagerKmipCryptoKeyStatus]] = _Operation(
    "QueryCryptoKeyStatus",
    (_F("keyIds", "CryptoKeyId", 3, "6.7.2"), _F("checkKeyBitMap", "int", 0, "6.7.2"), ),
    _F("returnval", "CryptoManagerKmipCryptoKeyStatus", 3, "6.7.2"),
    faults=("RuntimeFault", ),
    since="6.7.2",
    privilege="Cryptographer.ManageKeys",
    safe=True,
    task_result=None,
)

_REGISTER_KMIP_SERVER: _Operation[None] = _Operation(
    "RegisterKmipServer",
    (_F("server", "KmipServerSpec", 0, "6.5"), ),
    None,
    faults=("RuntimeFault", ),
    since="6.5",
    privilege="Cryptographer.ManageKeyServers",
    safe=False,
    task_result=None,
)

_REGISTER_KMS_CLUSTER: _Operation[None] = _Operation(
    "RegisterKmsCluster",
    (_F("clusterId", "KeyProviderId", 0, "7.0.0.0"), _F("managementType", "string", 2, "7.0.0.0"), ),
    None,
    faults=("RuntimeFault", ),
    since="7.0.0.0",
    privilege="Cryptographer.ManageKeyServers",
    safe=False,
    task_result=None,
)

_REMOVE_KMIP_SERVER: _Operation[None] = _Operation(
    "RemoveKmipServer",
    (_F("clusterId", "KeyProviderId", 0, "6.5"), _F("serverName", "string", 0, "6.5"), ),
    None,
    faults=("RuntimeFault", ),
    since="6.5",
    privilege="Cryptographer.ManageKeyServers",
    safe=False,
    task_result=None,
)

_RETRIEVE_CLIENT_CERT: _Operation[str] = _Operation(
    "RetrieveClientCert",
    (_F("cluster", "KeyProviderId", 0, "6.5"), ),
    _F("returnval", "string", 0, "6.5"),
    faults=("RuntimeFault", ),
    since="6.5",
    privilege="Cryptographer.ManageKeyServers",
    safe=True,
    task_result=None,
)

_RETRIEVE_CLIENT_CSR: _Operation[str] = _Operation(
    "RetrieveClientCsr",
    (_F("cluster", "KeyProviderId", 0, "6.5"), ),
    _F("returnval", "string", 0, "6.5"),
    faults=("RuntimeFault", ),
    since="6.5",
    privilege="Cryptographer.ManageKeyServers",
    safe=True,
    task_result=None,
)

_RETRIEVE_KMIP_SERVER_CERT: _Operation[CryptoManagerKmipServerCertInfo] = _Operation(
    "RetrieveKmipServerCert",
    (_F("keyProvider", "KeyProviderId", 0, "6.5"), _F("server", "KmipServerInfo", 0, "6.5"), ),
    _F("returnval", "CryptoManagerKmipServerCertInfo", 0, "6.5"),
    faults=("RuntimeFault", ),
    since="6.5",
    privilege="Cryptographer.ManageKeyServers",
    safe=True,
    task_result=None,
)

_RETRIEVE_KMIP_SERVERS_STATUS_TASK: _Operation[Task[list[CryptoManagerKmipClusterStatus]]] = _Operation(
    "RetrieveKmipServersStatus_Task",
    (_F("clusters", "KmipClusterInfo", 3, "6.5"), ),
    _F("returnval", "ManagedObjectReference", 0, "6.5", target="Task"),
    faults=("RuntimeFault", ),
    since="6.5",
    privilege="Cryptographer.ManageKeyServers",
    safe=False,
    task_result=_F("result", "CryptoManagerKmipClusterStatus", 1, "6.5"),
)

_RETRIEVE_SELF_SIGNED_CLIENT_CERT: _Operation[str] = _Operation(
    "RetrieveSelfSignedClientCert",
    (_F("cluster", "KeyProviderId", 0, "6.5"), ),
    _F("returnval", "string", 0, "6.5"),
    faults=("RuntimeFault", ),
    since="6.5",
    privilege="Cryptographer.ManageKeyServers",
    safe=True,
    task_result=None,
)

_SET_DEFAULT_KMS_CLUSTER: _Operation[None] = _Operation(
    "SetDefaultKmsCluster",
    (_F("entity", "ManagedObjectReference", 2, "7.0.0.0", target="ManagedEntity"), _F("clusterId", "KeyProviderId", 2, "7.0.0.0"), ),
    None,
    faults=("RuntimeFault", ),
    since="7.0.0.0",
    privilege="Cryptographer.ManageKeyServers",
    safe=False,
    task_result=None,
)

_UNREGISTER_KMS_CLUSTER: _Operation[None] = _Operation(
    "UnregisterKmsCluster",
    (_F("clusterId", "KeyProviderId", 0, "7.0.0.0"), ),
    None,
    faults=("RuntimeFault", ),
    since="7.0.0.0",
    privilege="Cryptographer.ManageKeyServers",
    safe=False,
    task_result=None,
)

_UPDATE_KMIP_SERVER: _Operation[None] = _Operation(
    "UpdateKmipServer",
    (_F("server", "KmipServerSpec", 0, "6.5"), ),
    None,
    faults=("RuntimeFault", ),
    since="6.5",
    privilege="Cryptographer.ManageKeyServers",
    safe=False,
    task_result=None,
)

_UPDATE_KMS_SIGNED_CSR_CLIENT_CERT: _Operation[None] = _Operation(
    "UpdateKmsSignedCsrClientCert",
    (_F("cluster", "KeyProviderId", 0, "6.5"), _F("certificate", "string", 0, "6.5"), ),
    None,
    faults=("RuntimeFault", ),
    since="6.5",
    privilege="Cryptographer.ManageKeyServers",
    safe=False,
    task_result=None,
)

_UPDATE_SELF_SIGNED_CLIENT_CERT: _Operation[None] = _Operation(
    "UpdateSelfSignedClientCert",
    (_F("cluster", "KeyProviderId", 0, "6.5"), _F("certificate", "string", 0, "6.5"), ),
    None,
    faults=("RuntimeFault", ),
    since="6.5",
    privilege="Cryptographer.ManageKeyServers",
    safe=False,
    task_result=None,
)

_UPLOAD_CLIENT_CERT: _Operation[None] = _Operation(
    "UploadClientCert",
    (_F("cluster", "KeyProviderId", 0, "6.5"), _F("certificate", "string", 0, "6.5"), _F("privateKey", "string", 4, "6.5"), ),
    None,
    faults=("RuntimeFault", ),
    since="6.5",
    privilege="Cryptographer.ManageKeyServers",
    safe=False,
    task_result=None,
)

_UPLOAD_KMIP_SERVER_CERT: _Operation[None] = _Operation(
    "UploadKmipServerCert",
    (_F("cluster", "KeyProviderId", 0, "6.5"), _F("certificate", "string", 0, "6.5"), ),
    None,
    faults=("RuntimeFault", ),
    since="6.5",
    privilege="Cryptographer.ManageKeyServers",
    safe=False,
    task_result=None,
)


class CryptoManagerKmipProperties(CryptoManagerProperties):
    """CryptoManagerKmip's properties as read by fetch(), retrieve() and watch(), base types' included.

    Only the requested properties are set (unset on the server: None, or [] for
    a list). Reading one that was not requested raises AttributeError, and one
    the server refused raises its fault. A dotted path fills a partial data
    object: its other members stay unset, even those the WSDL requires.
    """

    __slots__ = ("kmipServers", )
    obj: CryptoManagerKmip  # pyright: ignore[reportIncompatibleVariableOverride]
    kmipServers: list[KmipClusterInfo]


class CryptoManagerKmip(CryptoManager):
    """CryptoManagerKmip: managed object proxy extending CryptoManager, since 6.5.

    Properties (read them typed with fetch() or client.retrieve(); none is fetched implicitly):
        kmipServers: list of KmipClusterInfo, since 6.5.
    """

    __slots__ = ()
    _type_: ClassVar[str] = "CryptoManagerKmip"
    _properties_: ClassVar[dict[str, _F]] = {
        "kmipServers": _F("kmipServers", "KmipClusterInfo", 3, "6.5"),
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
        "GenerateClientCsr": _GENERATE_CLIENT_CSR,
        "GenerateKey": _GENERATE_KEY,
        "GenerateSelfSignedClientCert": _GENERATE_SELF_SIGNED_CLIENT_CERT,
        "GetDefaultKmsCluster": _GET_DEFAULT_KMS_CLUSTER,
        "IsKmsClusterActive": _IS_KMS_CLUSTER_ACTIVE,
        "ListKmipServers": _LIST_KMIP_SERVERS,
        "ListKmsClusters": _LIST_KMS_CLUSTERS,
        "MarkDefault": _MARK_DEFAULT,
        "QueryCryptoKeyStatus": _QUERY_CRYPTO_KEY_STATUS,
        "RegisterKmipServer": _REGISTER_KMIP_SERVER,
        "RegisterKmsCluster": _REGISTER_KMS_CLUSTER,
        "RemoveKmipServer": _REMOVE_KMIP_SERVER,
        "RetrieveClientCert": _RETRIEVE_CLIENT_CERT,
        "RetrieveClientCsr": _RETRIEVE_CLIENT_CSR,
        "RetrieveKmipServerCert": _RETRIEVE_KMIP_SERVER_CERT,
        "RetrieveKmipServersStatus_Task": _RETRIEVE_KMIP_SERVERS_STATUS_TASK,
        "RetrieveSelfSignedClientCert": _RETRIEVE_SELF_SIGNED_CLIENT_CERT,
        "SetDefaultKmsCluster": _SET_DEFAULT_KMS_CLUSTER,
        "UnregisterKmsCluster": _UNREGISTER_KMS_CLUSTER,
        "UpdateKmipServer": _UPDATE_KMIP_SERVER,
        "UpdateKmsSignedCsrClientCert": _UPDATE_KMS_SIGNED_CSR_CLIENT_CERT,
        "UpdateSelfSignedClientCert": _UPDATE_SELF_SIGNED_CLIENT_CERT,
        "UploadClientCert": _UPLOAD_CLIENT_CERT,
        "UploadKmipServerCert": _UPLOAD_KMIP_SERVER_CERT,
    }
    _property_class_ = CryptoManagerKmipProperties

    def fetch(self, *paths: str) -> CryptoManagerKmipProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, CryptoManagerKmipProperties, paths)

    def GenerateClientCsr(
        self,
        *,
        cluster: KeyProviderId,
        _timeout: float | None = None,
    ) -> str:
        """GenerateClientCsr: an operation of CryptoManagerKmip, since 6.5.

        Privilege: Cryptographer.ManageKeyServers.

        Args:
            cluster: KeyProviderId, since 6.5.

        Returns:
            String.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _GENERATE_CLIENT_CSR, (cluster, ), _timeout)

    def GenerateKey(
        self,
        *,
        keyProvider: KeyProviderId | None = None,
        _timeout: float | None = None,
    ) -> CryptoKeyResult:
        """GenerateKey: an operation of CryptoManagerKmip, since 6.5.

        Privilege: Cryptographer.ManageKeys.

        Args:
            keyProvider: KeyProviderId, optional, since 6.5.

        Returns:
            CryptoKeyResult.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _GENERATE_KEY, (keyProvider, ), _timeout)

    def GenerateSelfSignedClientCert(
        self,
        *,
        cluster: KeyProviderId,
        _timeout: float | None = None,
    ) -> str:
        """GenerateSelfSignedClientCert: an operation of CryptoManagerKmip, since 6.5.

        Privilege: Cryptographer.ManageKeyServers.

        Args:
            cluster: KeyProviderId, since 6.5.

        Returns:
            String.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _GENERATE_SELF_SIGNED_CLIENT_CERT, (cluster, ), _timeout)

    def GetDefaultKmsCluster(
        self,
        *,
        entity: ManagedEntity | None = None,
        defaultsToParent: bool | None = None,
        _timeout: float | None = None,
    ) -> KeyProviderId | None:
        """GetDefaultKmsCluster: an operation of CryptoManagerKmip, since 7.0.0.0.

        Privilege: Cryptographer.ManageKeyServers. Safe to re-send after a lost reply.

        Args:
            entity: reference to ManagedEntity, optional, since 7.0.0.0.
            defaultsToParent: boolean, optional, since 7.0.0.0.

        Returns:
            KeyProviderId, or None.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _GET_DEFAULT_KMS_CLUSTER, (entity, defaultsToParent, ), _timeout)

    def IsKmsClusterActive(
        self,
        *,
        cluster: KeyProviderId | None = None,
        _timeout: float | None = None,
    ) -> bool:
        """IsKmsClusterActive: an operation of CryptoManagerKmip, since 7.0.0.0.

        Privilege: Cryptographer.ManageKeyServers. Safe to re-send after a lost reply.

        Args:
            cluster: KeyProviderId, optional, since 7.0.0.0.

        Returns:
            Boolean.

        Raises:
            InvalidArgument, RuntimeFault.
        """
        return self._transport.invoke(self, _IS_KMS_CLUSTER_ACTIVE, (cluster, ), _timeout)

    def ListKmipServers(
        self,
        *,
        limit: int | None = None,
        _timeout: float | None = None,
    ) -> list[KmipClusterInfo]:
        """ListKmipServers: an operation of CryptoManagerKmip, since 6.5.

        Privilege: Cryptographer.ManageKeyServers. Safe to re-send after a lost reply.

        Args:
            limit: int, optional, since 6.5.

        Returns:
            List of KmipClusterInfo.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _LIST_KMIP_SERVERS, (limit, ), _timeout)

    def ListKmsClusters(
        self,
        *,
        includeKmsServers: bool | None = None,
        managementTypeFilter: int | None = None,
        statusFilter: int | None = None,
        _timeout: float | None = None,
    ) -> list[KmipClusterInfo]:
        """ListKmsClusters: an operation of CryptoManagerKmip, since 7.0.0.0.

        Privilege: Cryptographer.ManageKeyServers. Safe to re-send after a lost reply.

        Args:
            includeKmsServers: boolean, optional, since 7.0.0.0.
            managementTypeFilter: int, optional, since 7.0.0.0.
            statusFilter: int, optional, since 7.0.0.0.

        Returns:
            List of KmipClusterInfo.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _LIST_KMS_CLUSTERS, (includeKmsServers, managementTypeFilter, statusFilter, ), _timeout)

    def MarkDefault(
        self,
        *,
        clusterId: KeyProviderId,
        _timeout: float | None = None,
    ) -> None:
        """MarkDefault: an operation of CryptoManagerKmip, since 6.5.

        Privilege: Cryptographer.ManageKeyServers.

        Args:
            clusterId: KeyProviderId, since 6.5.

        Returns:
            None.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _MARK_DEFAULT, (clusterId, ), _timeout)

    def QueryCryptoKeyStatus(
        self,
        *,
        checkKeyBitMap: int,
        keyIds: list[CryptoKeyId] | None = None,
        _timeout: float | None = None,
    ) -> list[CryptoManagerKmipCryptoKeyStatus]:
        """QueryCryptoKeyStatus: an operation of CryptoManagerKmip, since 6.7.2.

        Privilege: Cryptographer.ManageKeys. Safe to re-send after a lost reply.

        Args:
            keyIds: list of CryptoKeyId, since 6.7.2.
            checkKeyBitMap: int, since 6.7.2.

        Returns:
            List of CryptoManagerKmipCryptoKeyStatus.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _QUERY_CRYPTO_KEY_STATUS, (keyIds, checkKeyBitMap, ), _timeout)

    def RegisterKmipServer(
        self,
        *,
        server: KmipServerSpec,
        _timeout: float | None = None,
    ) -> None:
        """RegisterKmipServer: an operation of CryptoManagerKmip, since 6.5.

        Privilege: Cryptographer.ManageKeyServers.

        Args:
            server: KmipServerSpec, since 6.5.

        Returns:
            None.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _REGISTER_KMIP_SERVER, (server, ), _timeout)

    def RegisterKmsCluster(
        self,
        *,
        clusterId: KeyProviderId,
        managementType: str | None = None,
        _timeout: float | None = None,
    ) -> None:
        """RegisterKmsCluster: an operation of CryptoManagerKmip, since 7.0.0.0.

        Privilege: Cryptographer.ManageKeyServers.

        Args:
            clusterId: KeyProviderId, since 7.0.0.0.
            managementType: string, optional, since 7.0.0.0.

        Returns:
            None.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _REGISTER_KMS_CLUSTER, (clusterId, managementType, ), _timeout)

    def RemoveKmipServer(
        self,
        *,
        clusterId: KeyProviderId,
        serverName: str,
        _timeout: float | None = None,
    ) -> None:
        """RemoveKmipServer: an operation of CryptoManagerKmip, since 6.5.

        Privilege: Cryptographer.ManageKeyServers.

        Args:
            clusterId: KeyProviderId, since 6.5.
            serverName: string, since 6.5.

        Returns:
            None.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _REMOVE_KMIP_SERVER, (clusterId, serverName, ), _timeout)

    def RetrieveClientCert(
        self,
        *,
        cluster: KeyProviderId,
        _timeout: float | None = None,
    ) -> str:
        """RetrieveClientCert: an operation of CryptoManagerKmip, since 6.5.

        Privilege: Cryptographer.ManageKeyServers. Safe to re-send after a lost reply.

        Args:
            cluster: KeyProviderId, since 6.5.

        Returns:
            String.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _RETRIEVE_CLIENT_CERT, (cluster, ), _timeout)

    def RetrieveClientCsr(
        self,
        *,
        cluster: KeyProviderId,
        _timeout: float | None = None,
    ) -> str:
        """RetrieveClientCsr: an operation of CryptoManagerKmip, since 6.5.

        Privilege: Cryptographer.ManageKeyServers. Safe to re-send after a lost reply.

        Args:
            cluster: KeyProviderId, since 6.5.

        Returns:
            String.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _RETRIEVE_CLIENT_CSR, (cluster, ), _timeout)

    def RetrieveKmipServerCert(
        self,
        *,
        keyProvider: KeyProviderId,
        server: KmipServerInfo,
        _timeout: float | None = None,
    ) -> CryptoManagerKmipServerCertInfo:
        """RetrieveKmipServerCert: an operation of CryptoManagerKmip, since 6.5.

        Privilege: Cryptographer.ManageKeyServers. Safe to re-send after a lost reply.

        Args:
            keyProvider: KeyProviderId, since 6.5.
            server: KmipServerInfo, since 6.5.

        Returns:
            CryptoManagerKmipServerCertInfo.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _RETRIEVE_KMIP_SERVER_CERT, (keyProvider, server, ), _timeout)

    def RetrieveKmipServersStatus_Task(
        self,
        *,
        clusters: list[KmipClusterInfo] | None = None,
        _timeout: float | None = None,
    ) -> Task[list[CryptoManagerKmipClusterStatus]]:
        """RetrieveKmipServersStatus_Task: an operation of CryptoManagerKmip, since 6.5.

        Privilege: Cryptographer.ManageKeyServers.

        Args:
            clusters: list of KmipClusterInfo, since 6.5.

        Returns:
            A reference to the Task; its result is list of CryptoManagerKmipClusterStatus.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _RETRIEVE_KMIP_SERVERS_STATUS_TASK, (clusters, ), _timeout)

    def RetrieveSelfSignedClientCert(
        self,
        *,
        cluster: KeyProviderId,
        _timeout: float | None = None,
    ) -> str:
        """RetrieveSelfSignedClientCert: an operation of CryptoManagerKmip, since 6.5.

        Privilege: Cryptographer.ManageKeyServers. Safe to re-send after a lost reply.

        Args:
            cluster: KeyProviderId, since 6.5.

        Returns:
            String.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _RETRIEVE_SELF_SIGNED_CLIENT_CERT, (cluster, ), _timeout)

    def SetDefaultKmsCluster(
        self,
        *,
        entity: ManagedEntity | None = None,
        clusterId: KeyProviderId | None = None,
        _timeout: float | None = None,
    ) -> None:
        """SetDefaultKmsCluster: an operation of CryptoManagerKmip, since 7.0.0.0.

        Privilege: Cryptographer.ManageKeyServers.

        Args:
            entity: reference to ManagedEntity, optional, since 7.0.0.0.
            clusterId: KeyProviderId, optional, since 7.0.0.0.

        Returns:
            None.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _SET_DEFAULT_KMS_CLUSTER, (entity, clusterId, ), _timeout)

    def UnregisterKmsCluster(
        self,
        *,
        clusterId: KeyProviderId,
        _timeout: float | None = None,
    ) -> None:
        """UnregisterKmsCluster: an operation of CryptoManagerKmip, since 7.0.0.0.

        Privilege: Cryptographer.ManageKeyServers.

        Args:
            clusterId: KeyProviderId, since 7.0.0.0.

        Returns:
            None.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _UNREGISTER_KMS_CLUSTER, (clusterId, ), _timeout)

    def UpdateKmipServer(
        self,
        *,
        server: KmipServerSpec,
        _timeout: float | None = None,
    ) -> None:
        """UpdateKmipServer: an operation of CryptoManagerKmip, since 6.5.

        Privilege: Cryptographer.ManageKeyServers.

        Args:
            server: KmipServerSpec, since 6.5.

        Returns:
            None.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _UPDATE_KMIP_SERVER, (server, ), _timeout)

    def UpdateKmsSignedCsrClientCert(
        self,
        *,
        cluster: KeyProviderId,
        certificate: str,
        _timeout: float | None = None,
    ) -> None:
        """UpdateKmsSignedCsrClientCert: an operation of CryptoManagerKmip, since 6.5.

        Privilege: Cryptographer.ManageKeyServers.

        Args:
            cluster: KeyProviderId, since 6.5.
            certificate: string, since 6.5.

        Returns:
            None.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _UPDATE_KMS_SIGNED_CSR_CLIENT_CERT, (cluster, certificate, ), _timeout)

    def UpdateSelfSignedClientCert(
        self,
        *,
        cluster: KeyProviderId,
        certificate: str,
        _timeout: float | None = None,
    ) -> None:
        """UpdateSelfSignedClientCert: an operation of CryptoManagerKmip, since 6.5.

        Privilege: Cryptographer.ManageKeyServers.

        Args:
            cluster: KeyProviderId, since 6.5.
            certificate: string, since 6.5.

        Returns:
            None.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _UPDATE_SELF_SIGNED_CLIENT_CERT, (cluster, certificate, ), _timeout)

    def UploadClientCert(
        self,
        *,
        cluster: KeyProviderId,
        certificate: str,
        privateKey: str,
        _timeout: float | None = None,
    ) -> None:
        """UploadClientCert: an operation of CryptoManagerKmip, since 6.5.

        Privilege: Cryptographer.ManageKeyServers.

        Args:
            cluster: KeyProviderId, since 6.5.
            certificate: string, since 6.5.
            privateKey: string, since 6.5, secret (masked in repr).

        Returns:
            None.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _UPLOAD_CLIENT_CERT, (cluster, certificate, privateKey, ), _timeout)

    def UploadKmipServerCert(
        self,
        *,
        cluster: KeyProviderId,
        certificate: str,
        _timeout: float | None = None,
    ) -> None:
        """UploadKmipServerCert: an operation of CryptoManagerKmip, since 6.5.

        Privilege: Cryptographer.ManageKeyServers.

        Args:
            cluster: KeyProviderId, since 6.5.
            certificate: string, since 6.5.

        Returns:
            None.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _UPLOAD_KMIP_SERVER_CERT, (cluster, certificate, ), _timeout)
