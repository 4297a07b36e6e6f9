# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""BaseConfigInfoRawDiskMappingBackingInfo: data object type, extends BaseConfigInfoFileBackingInfo. Since 6.5."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .base_config_info_file_backing_info import BaseConfigInfoFileBackingInfo
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .crypto_key_id import CryptoKeyId
    from ..managed.datastore import Datastore


class BaseConfigInfoRawDiskMappingBackingInfo(BaseConfigInfoFileBackingInfo):
    """BaseConfigInfoRawDiskMappingBackingInfo: data object extending BaseConfigInfoFileBackingInfo, since 6.5.

    Attributes:
        lunUuid: string, since 6.5.
        compatibilityMode: string, since 6.5.
    """

    __slots__ = ("lunUuid", "compatibilityMode", )
    _wire_name_: ClassVar[str] = "BaseConfigInfoRawDiskMappingBackingInfo"
    _since_: ClassVar[str] = "6.5"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("datastore", "ManagedObjectReference", 0, "6.5", target="Datastore"),
        _F("filePath", "string", 0, "6.5"),
        _F("backingObjectId", "string", 2, "6.5"),
        _F("parent", "BaseConfigInfoFileBackingInfo", 2, "6.5"),
        _F("deltaSizeInMB", "long", 2, "6.5"),
        _F("keyId", "CryptoKeyId", 2, "7.0.0.0"),
        _F("lunUuid", "string", 0, "6.5"),
        _F("compatibilityMode", "string", 0, "6.5"),
    )
    lunUuid: str
    compatibilityMode: str

    def __init__(
        self,
        *,
        datastore: Datastore,
        filePath: str,
        lunUuid: str,
        compatibilityMode: str,
        backingObjectId: str | None = None,
        parent: BaseConfigInfoFileBackingInfo | None = None,
        deltaSizeInMB: int | None = None,
        keyId: CryptoKeyId | None = None,
    ) -> None:
        self.datastore = datastore
        self.filePath = filePath
        self.backingObjectId = backingObjectId
        self.parent = parent
        self.deltaSizeInMB = deltaSizeInMB
        self.keyId = keyId
        self.lunUuid = lunUuid
        self.compatibilityMode = compatibilityMode
