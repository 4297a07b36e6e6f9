# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""ClusterDasConfigInfo: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from collections.abc import Sequence
    from .cluster_das_admission_control_policy import ClusterDasAdmissionControlPolicy
    from .cluster_das_vm_settings import ClusterDasVmSettings
    from ..managed.datastore import Datastore
    from .option_value import OptionValue


class ClusterDasConfigInfo(DynamicData):
    """ClusterDasConfigInfo: data object extending DynamicData, since 2.0.

    Attributes:
        enabled: boolean, optional, since 2.0.
        vmMonitoring: string, optional, since 4.0.
        hostMonitoring: string, optional, since 4.0.
        vmComponentProtecting: string, optional, since 6.0.
        failoverLevel: int, optional, since 2.0.
        admissionControlPolicy: ClusterDasAdmissionControlPolicy, optional, since 4.0.
        admissionControlEnabled: boolean, optional, since 2.0.
        defaultVmSettings: ClusterDasVmSettings, optional, since 2.5.
        option: list of OptionValue, since 2.0.
        heartbeatDatastore: list of references to Datastore, since 5.0.
        hBDatastoreCandidatePolicy: string, optional, since 5.0.
    """

    __slots__ = ("enabled", "vmMonitoring", "hostMonitoring", "vmComponentProtecting", "failoverLevel", "admissionControlPolicy", "admissionControlEnabled", "defaultVmSettings", "option", "heartbeatDatastore", "hBDatastoreCandidatePolicy", )
    _wire_name_: ClassVar[str] = "ClusterDasConfigInfo"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("enabled", "boolean", 2, "2.0"),
        _F("vmMonitoring", "string", 2, "4.0"),
        _F("hostMonitoring", "string", 2, "4.0"),
        _F("vmComponentProtecting", "string", 2, "6.0"),
        _F("failoverLevel", "int", 2, "2.0"),
        _F("admissionControlPolicy", "ClusterDasAdmissionControlPolicy", 2, "4.0"),
        _F("admissionControlEnabled", "boolean", 2, "2.0"),
        _F("defaultVmSettings", "ClusterDasVmSettings", 2, "2.5"),
        _F("option", "OptionValue", 3, "2.0"),
        _F("heartbeatDatastore", "ManagedObjectReference", 3, "5.0", target="Datastore"),
        _F("hBDatastoreCandidatePolicy", "string", 2, "5.0"),
    )
    enabled: bool | None
    vmMonitoring: str | None
    hostMonitoring: str | None
    vmComponentProtecting: str | None
    failoverLevel: int | None
    admissionControlPolicy: ClusterDasAdmissionControlPolicy | None
    admissionControlEnabled: bool | None
    defaultVmSettings: ClusterDasVmSettings | None
    option: list[OptionValue]
    heartbeatDatastore: list[Datastore]
    hBDatastoreCandidatePolicy: str | None

    def __init__(
        self,
        *,
        enabled: bool | None = None,
        vmMonitoring: str | None = None,
        hostMonitoring: str | None = None,
        vmComponentProtecting: str | None = None,
        failoverLevel: int | None = None,
        admissionControlPolicy: ClusterDasAdmissionControlPolicy | None = None,
        admissionControlEnabled: bool | None = None,
        defaultVmSettings: ClusterDasVmSettings | None = None,
        option: Sequence[OptionValue] | None = None,
        heartbeatDatastore: list[Datastore] | None = None,
        hBDatastoreCandidatePolicy: str | None = None,
    ) -> None:
        self.enabled = enabled
        self.vmMonitoring = vmMonitoring
        self.hostMonitoring = hostMonitoring
        self.vmComponentProtecting = vmComponentProtecting
        self.failoverLevel = failoverLevel
        self.admissionControlPolicy = admissionControlPolicy
        self.admissionControlEnabled = admissionControlEnabled
        self.defaultVmSettings = defaultVmSettings
        self.option = [] if option is None else list(option)
        self.heartbeatDatastore = [] if heartbeatDatastore is None else heartbeatDatastore
        self.hBDatastoreCandidatePolicy = hBDatastoreCandidatePolicy
