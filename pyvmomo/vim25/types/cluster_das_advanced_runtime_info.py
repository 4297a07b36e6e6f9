# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""ClusterDasAdvancedRuntimeInfo: data object type, extends DynamicData. Since 4.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .cluster_das_advanced_runtime_info_vmcp_capability_info import ClusterDasAdvancedRuntimeInfoVmcpCapabilityInfo
    from .cluster_das_host_info import ClusterDasHostInfo
    from .das_heartbeat_datastore_info import DasHeartbeatDatastoreInfo


class ClusterDasAdvancedRuntimeInfo(DynamicData):
    """ClusterDasAdvancedRuntimeInfo: data object extending DynamicData, since 4.0.

    Attributes:
        dasHostInfo: ClusterDasHostInfo, optional, since 4.0.
        vmcpSupported: ClusterDasAdvancedRuntimeInfoVmcpCapabilityInfo, optional, since 6.0.
        heartbeatDatastoreInfo: list of DasHeartbeatDatastoreInfo, since 5.0.
    """

    __slots__ = ("dasHostInfo", "vmcpSupported", "heartbeatDatastoreInfo", )
    _wire_name_: ClassVar[str] = "ClusterDasAdvancedRuntimeInfo"
    _since_: ClassVar[str] = "4.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("dasHostInfo", "ClusterDasHostInfo", 2, "4.0"),
        _F("vmcpSupported", "ClusterDasAdvancedRuntimeInfoVmcpCapabilityInfo", 2, "6.0"),
        _F("heartbeatDatastoreInfo", "DasHeartbeatDatastoreInfo", 3, "5.0"),
    )
    dasHostInfo: ClusterDasHostInfo | None
    vmcpSupported: ClusterDasAdvancedRuntimeInfoVmcpCapabilityInfo | None
    heartbeatDatastoreInfo: list[DasHeartbeatDatastoreInfo]

    def __init__(
        self,
        *,
        dasHostInfo: ClusterDasHostInfo | None = None,
        vmcpSupported: ClusterDasAdvancedRuntimeInfoVmcpCapabilityInfo | None = None,
        heartbeatDatastoreInfo: list[DasHeartbeatDatastoreInfo] | None = None,
    ) -> None:
        self.dasHostInfo = dasHostInfo
        self.vmcpSupported = vmcpSupported
        self.heartbeatDatastoreInfo = [] if heartbeatDatastoreInfo is None else heartbeatDatastoreInfo
