# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostSystemInfo: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .host_qualified_name import HostQualifiedName
    from .host_system_identification_info import HostSystemIdentificationInfo


class HostSystemInfo(DynamicData):
    """HostSystemInfo: data object extending DynamicData, since 2.0.

    Attributes:
        vendor: string, since 2.0.
        model: string, since 2.0.
        uuid: string, since 2.0.
        otherIdentifyingInfo: list of HostSystemIdentificationInfo, since 2.5.
        serialNumber: string, optional, since 6.7.
        qualifiedName: list of HostQualifiedName, since 7.0.3.0.
    """

    __slots__ = ("vendor", "model", "uuid", "otherIdentifyingInfo", "serialNumber", "qualifiedName", )
    _wire_name_: ClassVar[str] = "HostSystemInfo"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("vendor", "string", 0, "2.0"),
        _F("model", "string", 0, "2.0"),
        _F("uuid", "string", 0, "2.0"),
        _F("otherIdentifyingInfo", "HostSystemIdentificationInfo", 3, "2.5"),
        _F("serialNumber", "string", 2, "6.7"),
        _F("qualifiedName", "HostQualifiedName", 3, "7.0.3.0"),
    )
    vendor: str
    model: str
    uuid: str
    otherIdentifyingInfo: list[HostSystemIdentificationInfo]
    serialNumber: str | None
    qualifiedName: list[HostQualifiedName]

    def __init__(
        self,
        *,
        vendor: str,
        model: str,
        uuid: str,
        otherIdentifyingInfo: list[HostSystemIdentificationInfo] | None = None,
        serialNumber: str | None = None,
        qualifiedName: list[HostQualifiedName] | None = None,
    ) -> None:
        self.vendor = vendor
        self.model = model
        self.uuid = uuid
        self.otherIdentifyingInfo = [] if otherIdentifyingInfo is None else otherIdentifyingInfo
        self.serialNumber = serialNumber
        self.qualifiedName = [] if qualifiedName is None else qualifiedName
