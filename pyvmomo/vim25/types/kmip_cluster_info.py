# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""KmipClusterInfo: data object type, extends DynamicData. Since 6.5."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from collections.abc import Sequence
    from .key_provider_id import KeyProviderId
    from .kmip_server_info import KmipServerInfo
    from ..managed.managed_entity import ManagedEntity


class KmipClusterInfo(DynamicData):
    """KmipClusterInfo: data object extending DynamicData, since 6.5.

    Attributes:
        clusterId: KeyProviderId, since 6.5.
        servers: list of KmipServerInfo, since 6.5.
        useAsDefault: boolean, since 6.5.
        managementType: string, optional, since 7.0.0.0.
        useAsEntityDefault: list of references to ManagedEntity, since 7.0.0.0.
        hasBackup: boolean, optional, since 7.0.2.0.
        tpmRequired: boolean, optional, since 7.0.2.0.
        keyId: string, optional, since 7.0.2.0.
    """

    __slots__ = ("clusterId", "servers", "useAsDefault", "managementType", "useAsEntityDefault", "hasBackup", "tpmRequired", "keyId", )
    _wire_name_: ClassVar[str] = "KmipClusterInfo"
    _since_: ClassVar[str] = "6.5"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("clusterId", "KeyProviderId", 0, "6.5"),
        _F("servers", "KmipServerInfo", 3, "6.5"),
        _F("useAsDefault", "boolean", 0, "6.5"),
        _F("managementType", "string", 2, "7.0.0.0"),
        _F("useAsEntityDefault", "ManagedObjectReference", 3, "7.0.0.0", target="ManagedEntity"),
        _F("hasBackup", "boolean", 2, "7.0.2.0"),
        _F("tpmRequired", "boolean", 2, "7.0.2.0"),
        _F("keyId", "string", 2, "7.0.2.0"),
    )
    clusterId: KeyProviderId
    servers: list[KmipServerInfo]
    useAsDefault: bool
    managementType: str | None
    useAsEntityDefault: list[ManagedEntity]
    hasBackup: bool | None
    tpmRequired: bool | None
    keyId: str | None

    def __init__(
        self,
        *,
        clusterId: KeyProviderId,
        useAsDefault: bool,
        servers: list[KmipServerInfo] | None = None,
        managementType: str | None = None,
        useAsEntityDefault: Sequence[ManagedEntity] | None = None,
        hasBackup: bool | None = None,
        tpmRequired: bool | None = None,
        keyId: str | None = None,
    ) -> None:
        self.clusterId = clusterId
        self.servers = [] if servers is None else servers
        self.useAsDefault = useAsDefault
        self.managementType = managementType
        self.useAsEntityDefault = [] if useAsEntityDefault is None else list(useAsEntityDefault)
        self.hasBackup = hasBackup
        self.tpmRequired = tpmRequired
        self.keyId = keyId
