# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""IscsiPortInfo: data object type, extends DynamicData. Since 5.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .host_virtual_nic import HostVirtualNic
    from .iscsi_status import IscsiStatus
    from .physical_nic import PhysicalNic


class IscsiPortInfo(DynamicData):
    """IscsiPortInfo: data object extending DynamicData, since 5.0.

    Attributes:
        vnicDevice: string, optional, since 5.0.
        vnic: HostVirtualNic, optional, since 5.0.
        pnicDevice: string, optional, since 5.0.
        pnic: PhysicalNic, optional, since 5.0.
        switchName: string, optional, since 5.0.
        switchUuid: string, optional, since 5.0.
        portgroupName: string, optional, since 5.0.
        portgroupKey: string, optional, since 5.0.
        portKey: string, optional, since 5.0.
        opaqueNetworkId: string, optional, since 6.5.
        opaqueNetworkType: string, optional, since 6.5.
        opaqueNetworkName: string, optional, since 6.5.
        externalId: string, optional, since 6.5.
        complianceStatus: IscsiStatus, optional, since 5.0.
        pathStatus: string, optional, since 5.0.
    """

    __slots__ = ("vnicDevice", "vnic", "pnicDevice", "pnic", "switchName", "switchUuid", "portgroupName", "portgroupKey", "portKey", "opaqueNetworkId", "opaqueNetworkType", "opaqueNetworkName", "externalId", "complianceStatus", "pathStatus", )
    _wire_name_: ClassVar[str] = "IscsiPortInfo"
    _since_: ClassVar[str] = "5.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("vnicDevice", "string", 2, "5.0"),
        _F("vnic", "HostVirtualNic", 2, "5.0"),
        _F("pnicDevice", "string", 2, "5.0"),
        _F("pnic", "PhysicalNic", 2, "5.0"),
        _F("switchName", "string", 2, "5.0"),
        _F("switchUuid", "string", 2, "5.0"),
        _F("portgroupName", "string", 2, "5.0"),
        _F("portgroupKey", "string", 2, "5.0"),
        _F("portKey", "string", 2, "5.0"),
        _F("opaqueNetworkId", "string", 2, "6.5"),
        _F("opaqueNetworkType", "string", 2, "6.5"),
        _F("opaqueNetworkName", "string", 2, "6.5"),
        _F("externalId", "string", 2, "6.5"),
        _F("complianceStatus", "IscsiStatus", 2, "5.0"),
        _F("pathStatus", "string", 2, "5.0"),
    )
    vnicDevice: str | None
    vnic: HostVirtualNic | None
    pnicDevice: str | None
    pnic: PhysicalNic | None
    switchName: str | None
    switchUuid: str | None
    portgroupName: str | None
    portgroupKey: str | None
    portKey: str | None
    opaqueNetworkId: str | None
    opaqueNetworkType: str | None
    opaqueNetworkName: str | None
    externalId: str | None
    complianceStatus: IscsiStatus | None
    pathStatus: str | None

    def __init__(
        self,
        *,
        vnicDevice: str | None = None,
        vnic: HostVirtualNic | None = None,
        pnicDevice: str | None = None,
        pnic: PhysicalNic | None = None,
        switchName: str | None = None,
        switchUuid: str | None = None,
        portgroupName: str | None = None,
        portgroupKey: str | None = None,
        portKey: str | None = None,
        opaqueNetworkId: str | None = None,
        opaqueNetworkType: str | None = None,
        opaqueNetworkName: str | None = None,
        externalId: str | None = None,
        complianceStatus: IscsiStatus | None = None,
        pathStatus: str | None = None,
    ) -> None:
        self.vnicDevice = vnicDevice
        self.vnic = vnic
        self.pnicDevice = pnicDevice
        self.pnic = pnic
        self.switchName = switchName
        self.switchUuid = switchUuid
        self.portgroupName = portgroupName
        self.portgroupKey = portgroupKey
        self.portKey = portKey
        self.opaqueNetworkId = opaqueNetworkId
        self.opaqueNetworkType = opaqueNetworkType
        self.opaqueNetworkName = opaqueNetworkName
        self.externalId = externalId
        self.complianceStatus = complianceStatus
        self.pathStatus = pathStatus
