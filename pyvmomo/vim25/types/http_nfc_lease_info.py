# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HttpNfcLeaseInfo: data object type, extends DynamicData. Since 4.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from ..managed.http_nfc_lease import HttpNfcLease
    from .http_nfc_lease_datastore_lease_info import HttpNfcLeaseDatastoreLeaseInfo
    from .http_nfc_lease_device_url import HttpNfcLeaseDeviceUrl
    from ..managed.managed_entity import ManagedEntity


class HttpNfcLeaseInfo(DynamicData):
    """HttpNfcLeaseInfo: data object extending DynamicData, since 4.0.

    Attributes:
        lease: reference to HttpNfcLease, since 4.0.
        entity: reference to ManagedEntity, since 4.0.
        deviceUrl: list of HttpNfcLeaseDeviceUrl, since 4.0.
        totalDiskCapacityInKB: long, since 4.0.
        leaseTimeout: int, since 4.0.
        hostMap: list of HttpNfcLeaseDatastoreLeaseInfo, since 4.1.
    """

    __slots__ = ("lease", "entity", "deviceUrl", "totalDiskCapacityInKB", "leaseTimeout", "hostMap", )
    _wire_name_: ClassVar[str] = "HttpNfcLeaseInfo"
    _since_: ClassVar[str] = "4.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("lease", "ManagedObjectReference", 0, "4.0", target="HttpNfcLease"),
        _F("entity", "ManagedObjectReference", 0, "4.0", target="ManagedEntity"),
        _F("deviceUrl", "HttpNfcLeaseDeviceUrl", 3, "4.0"),
        _F("totalDiskCapacityInKB", "long", 0, "4.0"),
        _F("leaseTimeout", "int", 0, "4.0"),
        _F("hostMap", "HttpNfcLeaseDatastoreLeaseInfo", 3, "4.1"),
    )
    lease: HttpNfcLease
    entity: ManagedEntity
    deviceUrl: list[HttpNfcLeaseDeviceUrl]
    totalDiskCapacityInKB: int
    leaseTimeout: int
    hostMap: list[HttpNfcLeaseDatastoreLeaseInfo]

    def __init__(
        self,
        *,
        lease: HttpNfcLease,
        entity: ManagedEntity,
        totalDiskCapacityInKB: int,
        leaseTimeout: int,
        deviceUrl: list[HttpNfcLeaseDeviceUrl] | None = None,
        hostMap: list[HttpNfcLeaseDatastoreLeaseInfo] | None = None,
    ) -> None:
        self.lease = lease
        self.entity = entity
        self.deviceUrl = [] if deviceUrl is None else deviceUrl
        self.totalDiskCapacityInKB = totalDiskCapacityInKB
        self.leaseTimeout = leaseTimeout
        self.hostMap = [] if hostMap is None else hostMap
