# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostVvolVolumeSpecification: data object type, extends DynamicData. Since 6.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .vasa_storage_array import VASAStorageArray
    from .vim_vasa_provider_info import VimVasaProviderInfo


class HostVvolVolumeSpecification(DynamicData):
    """HostVvolVolumeSpecification: data object extending DynamicData, since 6.0.

    Attributes:
        maxSizeInMB: long, since 6.0.
        volumeName: string, since 6.0.
        vasaProviderInfo: list of VimVasaProviderInfo, since 6.0.
        storageArray: list of VASAStorageArray, since 6.0.
        uuid: string, since 6.0.
    """

    __slots__ = ("maxSizeInMB", "volumeName", "vasaProviderInfo", "storageArray", "uuid", )
    _wire_name_: ClassVar[str] = "HostVvolVolumeSpecification"
    _since_: ClassVar[str] = "6.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("maxSizeInMB", "long", 0, "6.0"),
        _F("volumeName", "string", 0, "6.0"),
        _F("vasaProviderInfo", "VimVasaProviderInfo", 3, "6.0"),
        _F("storageArray", "VASAStorageArray", 3, "6.0"),
        _F("uuid", "string", 0, "6.0"),
    )
    maxSizeInMB: int
    volumeName: str
    vasaProviderInfo: list[VimVasaProviderInfo]
    storageArray: list[VASAStorageArray]
    uuid: str

    def __init__(
        self,
        *,
        maxSizeInMB: int,
        volumeName: str,
        uuid: str,
        vasaProviderInfo: list[VimVasaProviderInfo] | None = None,
        storageArray: list[VASAStorageArray] | None = None,
    ) -> None:
        self.maxSizeInMB = maxSizeInMB
        self.volumeName = volumeName
        self.vasaProviderInfo = [] if vasaProviderInfo is None else vasaProviderInfo
        self.storageArray = [] if storageArray is None else storageArray
        self.uuid = uuid
