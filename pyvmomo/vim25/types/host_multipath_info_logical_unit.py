# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostMultipathInfoLogicalUnit: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .host_multipath_info_logical_unit_policy import HostMultipathInfoLogicalUnitPolicy
    from .host_multipath_info_logical_unit_storage_array_type_policy import HostMultipathInfoLogicalUnitStorageArrayTypePolicy
    from .host_multipath_info_path import HostMultipathInfoPath


class HostMultipathInfoLogicalUnit(DynamicData):
    """HostMultipathInfoLogicalUnit: data object extending DynamicData, since 2.0.

    Attributes:
        key: string, since 2.0.
        id: string, since 2.0.
        lun: string holding the key of a ScsiLun, since 2.0.
        path: list of HostMultipathInfoPath, since 2.0.
        policy: HostMultipathInfoLogicalUnitPolicy, since 2.0.
        storageArrayTypePolicy: HostMultipathInfoLogicalUnitStorageArrayTypePolicy, optional, since 4.0.
    """

    __slots__ = ("key", "id", "lun", "path", "policy", "storageArrayTypePolicy", )
    _wire_name_: ClassVar[str] = "HostMultipathInfoLogicalUnit"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("key", "string", 0, "2.0"),
        _F("id", "string", 0, "2.0"),
        _F("lun", "string", 0, "2.0"),
        _F("path", "HostMultipathInfoPath", 1, "2.0"),
        _F("policy", "HostMultipathInfoLogicalUnitPolicy", 0, "2.0"),
        _F("storageArrayTypePolicy", "HostMultipathInfoLogicalUnitStorageArrayTypePolicy", 2, "4.0"),
    )
    key: str
    id: str
    lun: str
    path: list[HostMultipathInfoPath]
    policy: HostMultipathInfoLogicalUnitPolicy
    storageArrayTypePolicy: HostMultipathInfoLogicalUnitStorageArrayTypePolicy | None

    def __init__(
        self,
        *,
        key: str,
        id: str,
        lun: str,
        path: list[HostMultipathInfoPath],
        policy: HostMultipathInfoLogicalUnitPolicy,
        storageArrayTypePolicy: HostMultipathInfoLogicalUnitStorageArrayTypePolicy | None = None,
    ) -> None:
        self.key = key
        self.id = id
        self.lun = lun
        self.path = path
        self.policy = policy
        self.storageArrayTypePolicy = storageArrayTypePolicy
