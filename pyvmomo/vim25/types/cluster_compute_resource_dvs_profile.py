# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""ClusterComputeResourceDvsProfile: data object type, extends DynamicData. Since 6.7.1."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .cluster_compute_resource_dvs_profile_dv_portgroup_spec_to_service_mapping import ClusterComputeResourceDvsProfileDVPortgroupSpecToServiceMapping
    from ..managed.distributed_virtual_switch import DistributedVirtualSwitch


class ClusterComputeResourceDvsProfile(DynamicData):
    """ClusterComputeResourceDvsProfile: data object extending DynamicData, since 6.7.1.

    Attributes:
        dvsName: string, optional, since 6.7.1.
        dvSwitch: reference to DistributedVirtualSwitch, optional, since 6.7.1.
        pnicDevices: list of string, since 6.7.1.
        dvPortgroupMapping: list of ClusterComputeResourceDvsProfileDVPortgroupSpecToServiceMapping, since 6.7.1.
    """

    __slots__ = ("dvsName", "dvSwitch", "pnicDevices", "dvPortgroupMapping", )
    _wire_name_: ClassVar[str] = "ClusterComputeResourceDvsProfile"
    _since_: ClassVar[str] = "6.7.1"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("dvsName", "string", 2, "6.7.1"),
        _F("dvSwitch", "ManagedObjectReference", 2, "6.7.1", target="DistributedVirtualSwitch"),
        _F("pnicDevices", "string", 3, "6.7.1"),
        _F("dvPortgroupMapping", "ClusterComputeResourceDvsProfileDVPortgroupSpecToServiceMapping", 3, "6.7.1"),
    )
    dvsName: str | None
    dvSwitch: DistributedVirtualSwitch | None
    pnicDevices: list[str]
    dvPortgroupMapping: list[ClusterComputeResourceDvsProfileDVPortgroupSpecToServiceMapping]

    def __init__(
        self,
        *,
        dvsName: str | None = None,
        dvSwitch: DistributedVirtualSwitch | None = None,
        pnicDevices: list[str] | None = None,
        dvPortgroupMapping: list[ClusterComputeResourceDvsProfileDVPortgroupSpecToServiceMapping] | None = None,
    ) -> None:
        self.dvsName = dvsName
        self.dvSwitch = dvSwitch
        self.pnicDevices = [] if pnicDevices is None else pnicDevices
        self.dvPortgroupMapping = [] if dvPortgroupMapping is None else dvPortgroupMapping
