# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""ClusterFailoverLevelAdmissionControlInfo: data object type, extends ClusterDasAdmissionControlInfo. Since 4.0."""

from __future__ import annotations

from typing import ClassVar

from .cluster_das_admission_control_info import ClusterDasAdmissionControlInfo
from pyvmomo._base import Field as _F


class ClusterFailoverLevelAdmissionControlInfo(ClusterDasAdmissionControlInfo):
    """ClusterFailoverLevelAdmissionControlInfo: data object extending ClusterDasAdmissionControlInfo, since 4.0.

    Attributes:
        currentFailoverLevel: int, since 4.0.
    """

    __slots__ = ("currentFailoverLevel", )
    _wire_name_: ClassVar[str] = "ClusterFailoverLevelAdmissionControlInfo"
    _since_: ClassVar[str] = "4.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("currentFailoverLevel", "int", 0, "4.0"),
    )
    currentFailoverLevel: int

    def __init__(
        self,
        *,
        currentFailoverLevel: int,
    ) -> None:
        self.currentFailoverLevel = currentFailoverLevel
