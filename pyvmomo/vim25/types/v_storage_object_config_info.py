# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""VStorageObjectConfigInfo: data object type, extends BaseConfigInfo. Since 6.5."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .base_config_info import BaseConfigInfo
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from datetime import datetime
    from .base_config_info_backing_info import BaseConfigInfoBackingInfo
    from .id import ID
    from .key_value import KeyValue
    from .vslm_v_clock_info import vslmVClockInfo


class VStorageObjectConfigInfo(BaseConfigInfo):
    """VStorageObjectConfigInfo: data object extending BaseConfigInfo, since 6.5.

    Attributes:
        capacityInMB: long, since 6.5.
        consumptionType: list of string, since 6.5.
        consumerId: list of ID, since 6.5.
    """

    __slots__ = ("capacityInMB", "consumptionType", "consumerId", )
    _wire_name_: ClassVar[str] = "VStorageObjectConfigInfo"
    _since_: ClassVar[str] = "6.5"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("id", "ID", 0, "6.5"),
        _F("name", "string", 0, "6.5"),
        _F("createTime", "dateTime", 0, "6.5"),
        _F("keepAfterDeleteVm", "boolean", 2, "6.7"),
        _F("relocationDisabled", "boolean", 2, "6.7"),
        _F("nativeSnapshotSupported", "boolean", 2, "6.7"),
        _F("changedBlockTrackingEnabled", "boolean", 2, "6.7"),
        _F("backing", "BaseConfigInfoBackingInfo", 0, "6.5"),
        _F("metadata", "KeyValue", 3, "7.0.2.0"),
        _F("vclock", "vslmVClockInfo", 2, "7.0.2.0"),
        _F("iofilter", "string", 3, "6.7"),
        _F("capacityInMB", "long", 0, "6.5"),
        _F("consumptionType", "string", 3, "6.5"),
        _F("consumerId", "ID", 3, "6.5"),
    )
    capacityInMB: int
    consumptionType: list[str]
    consumerId: list[ID]

    def __init__(
        self,
        *,
        id: ID,
        name: str,
        createTime: datetime,
        backing: BaseConfigInfoBackingInfo,
        capacityInMB: int,
        keepAfterDeleteVm: bool | None = None,
        relocationDisabled: bool | None = None,
        nativeSnapshotSupported: bool | None = None,
        changedBlockTrackingEnabled: bool | None = None,
        metadata: list[KeyValue] | None = None,
        vclock: vslmVClockInfo | None = None,
        iofilter: list[str] | None = None,
        consumptionType: list[str] | None = None,
        consumerId: list[ID] | None = None,
    ) -> None:
        self.id = id
        self.name = name
        self.createTime = createTime
        self.keepAfterDeleteVm = keepAfterDeleteVm
        self.relocationDisabled = relocationDisabled
        self.nativeSnapshotSupported = nativeSnapshotSupported
        self.changedBlockTrackingEnabled = changedBlockTrackingEnabled
        self.backing = backing
        self.metadata: list[KeyValue] = [] if metadata is None else metadata
        self.vclock = vclock
        self.iofilter: list[str] = [] if iofilter is None else iofilter
        self.capacityInMB = capacityInMB
        self.consumptionType = [] if consumptionType is None else consumptionType
        self.consumerId = [] if consumerId is None else consumerId
