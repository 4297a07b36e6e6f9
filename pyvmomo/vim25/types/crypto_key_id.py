# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""CryptoKeyId: data object type, extends DynamicData. Since 6.5."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .key_provider_id import KeyProviderId


class CryptoKeyId(DynamicData):
    """CryptoKeyId: data object extending DynamicData, since 6.5.

    Attributes:
        keyId: string, since 6.5.
        providerId: KeyProviderId, optional, since 6.5.
    """

    __slots__ = ("keyId", "providerId", )
    _wire_name_: ClassVar[str] = "CryptoKeyId"
    _since_: ClassVar[str] = "6.5"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("keyId", "string", 0, "6.5"),
        _F("providerId", "KeyProviderId", 2, "6.5"),
    )
    keyId: str
    providerId: KeyProviderId | None

    def __init__(
        self,
        *,
        keyId: str,
        providerId: KeyProviderId | None = None,
    ) -> None:
        self.keyId = keyId
        self.providerId = providerId
