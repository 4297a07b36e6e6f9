# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""CryptoManagerKmipCryptoKeyStatus: data object type, extends DynamicData. Since 6.7.2."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .crypto_key_id import CryptoKeyId
    from ..managed.host_system import HostSystem
    from ..managed.virtual_machine import VirtualMachine


class CryptoManagerKmipCryptoKeyStatus(DynamicData):
    """CryptoManagerKmipCryptoKeyStatus: data object extending DynamicData, since 6.7.2.

    Attributes:
        keyId: CryptoKeyId, since 6.7.2.
        keyAvailable: boolean, optional, since 6.7.2.
        reason: string, optional, since 6.7.2.
        encryptedVMs: list of references to VirtualMachine, since 6.7.2.
        affectedHosts: list of references to HostSystem, since 6.7.2.
        referencedByTags: list of string, since 6.7.2.
    """

    __slots__ = ("keyId", "keyAvailable", "reason", "encryptedVMs", "affectedHosts", "referencedByTags", )
    _wire_name_: ClassVar[str] = "CryptoManagerKmipCryptoKeyStatus"
    _since_: ClassVar[str] = "6.7.2"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("keyId", "CryptoKeyId", 0, "6.7.2"),
        _F("keyAvailable", "boolean", 2, "6.7.2"),
        _F("reason", "string", 2, "6.7.2"),
        _F("encryptedVMs", "ManagedObjectReference", 3, "6.7.2", target="VirtualMachine"),
        _F("affectedHosts", "ManagedObjectReference", 3, "6.7.2", target="HostSystem"),
        _F("referencedByTags", "string", 3, "6.7.2"),
    )
    keyId: CryptoKeyId
    keyAvailable: bool | None
    reason: str | None
    encryptedVMs: list[VirtualMachine]
    affectedHosts: list[HostSystem]
    referencedByTags: list[str]

    def __init__(
        self,
        *,
        keyId: CryptoKeyId,
        keyAvailable: bool | None = None,
        reason: str | None = None,
        encryptedVMs: list[VirtualMachine] | None = None,
        affectedHosts: list[HostSystem] | None = None,
        referencedByTags: list[str] | None = None,
    ) -> None:
        self.keyId = keyId
        self.keyAvailable = keyAvailable
        self.reason = reason
        self.encryptedVMs = [] if encryptedVMs is None else encryptedVMs
        self.affectedHosts = [] if affectedHosts is None else affectedHosts
        self.referencedByTags = [] if referencedByTags is None else referencedByTags
