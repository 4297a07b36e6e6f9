# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostConnectInfo: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from collections.abc import Sequence
    from .host_capability import HostCapability
    from .host_connect_info_network_info import HostConnectInfoNetworkInfo
    from .host_datastore_connect_info import HostDatastoreConnectInfo
    from .host_license_connect_info import HostLicenseConnectInfo
    from .host_list_summary import HostListSummary
    from .virtual_machine_summary import VirtualMachineSummary


class HostConnectInfo(DynamicData):
    """HostConnectInfo: data object extending DynamicData, since 2.0.

    Attributes:
        serverIp: string, optional, since 2.0.
        inDasCluster: boolean, optional, since 5.0.
        host: HostListSummary, since 2.0.
        vm: list of VirtualMachineSummary, since 2.0.
        vimAccountNameRequired: boolean, optional, since 2.0.
        clusterSupported: boolean, optional, since 2.0.
        network: list of HostConnectInfoNetworkInfo, since 2.0.
        datastore: list of HostDatastoreConnectInfo, since 2.0.
        license: HostLicenseConnectInfo, optional, since 4.0.
        capability: HostCapability, optional, since 6.0.
    """

    __slots__ = ("serverIp", "inDasCluster", "host", "vm", "vimAccountNameRequired", "clusterSupported", "network", "datastore", "license", "capability", )
    _wire_name_: ClassVar[str] = "HostConnectInfo"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("serverIp", "string", 2, "2.0"),
        _F("inDasCluster", "boolean", 2, "5.0"),
        _F("host", "HostListSummary", 0, "2.0"),
        _F("vm", "VirtualMachineSummary", 3, "2.0"),
        _F("vimAccountNameRequired", "boolean", 2, "2.0"),
        _F("clusterSupported", "boolean", 2, "2.0"),
        _F("network", "HostConnectInfoNetworkInfo", 3, "2.0"),
        _F("datastore", "HostDatastoreConnectInfo", 3, "2.0"),
        _F("license", "HostLicenseConnectInfo", 2, "4.0"),
        _F("capability", "HostCapability", 2, "6.0"),
    )
    serverIp: str | None
    inDasCluster: bool | None
    host: HostListSummary
    vm: list[VirtualMachineSummary]
    vimAccountNameRequired: bool | None
    clusterSupported: bool | None
    network: list[HostConnectInfoNetworkInfo]
    datastore: list[HostDatastoreConnectInfo]
    license: HostLicenseConnectInfo | None
    capability: HostCapability | None

    def __init__(
        self,
        *,
        host: HostListSummary,
        serverIp: str | None = None,
        inDasCluster: bool | None = None,
        vm: list[VirtualMachineSummary] | None = None,
        vimAccountNameRequired: bool | None = None,
        clusterSupported: bool | None = None,
        network: Sequence[HostConnectInfoNetworkInfo] | None = None,
        datastore: Sequence[HostDatastoreConnectInfo] | None = None,
        license: HostLicenseConnectInfo | None = None,
        capability: HostCapability | None = None,
    ) -> None:
        self.serverIp = serverIp
        self.inDasCluster = inDasCluster
        self.host = host
        self.vm = [] if vm is None else vm
        self.vimAccountNameRequired = vimAccountNameRequired
        self.clusterSupported = clusterSupported
        self.network = [] if network is None else list(network)
        self.datastore = [] if datastore is None else list(datastore)
        self.license = license
        self.capability = capability
