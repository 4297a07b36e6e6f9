# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""ClusterFailoverHostAdmissionControlInfo: data object type, extends ClusterDasAdmissionControlInfo. Since 4.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .cluster_das_admission_control_info import ClusterDasAdmissionControlInfo
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .cluster_failover_host_admission_control_info_host_status import ClusterFailoverHostAdmissionControlInfoHostStatus


class ClusterFailoverHostAdmissionControlInfo(ClusterDasAdmissionControlInfo):
    """ClusterFailoverHostAdmissionControlInfo: data object extending ClusterDasAdmissionControlInfo, since 4.0.

    Attributes:
        hostStatus: list of ClusterFailoverHostAdmissionControlInfoHostStatus, since 4.0.
    """

    __slots__ = ("hostStatus", )
    _wire_name_: ClassVar[str] = "ClusterFailoverHostAdmissionControlInfo"
    _since_: ClassVar[str] = "4.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("hostStatus", "ClusterFailoverHostAdmissionControlInfoHostStatus", 3, "4.0"),
    )
    hostStatus: list[ClusterFailoverHostAdmissionControlInfoHostStatus]

    def __init__(
        self,
        *,
        hostStatus: list[ClusterFailoverHostAdmissionControlInfoHostStatus] | None = None,
    ) -> None:
        self.hostStatus = [] if hostStatus is None else hostStatus
