# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostMultipathInfoHppLogicalUnitPolicy: data object type, extends HostMultipathInfoLogicalUnitPolicy. Since 7.0.0.0."""

from __future__ import annotations

from typing import ClassVar

from .host_multipath_info_logical_unit_policy import HostMultipathInfoLogicalUnitPolicy
from pyvmomo._base import Field as _F


class HostMultipathInfoHppLogicalUnitPolicy(HostMultipathInfoLogicalUnitPolicy):
    """HostMultipathInfoHppLogicalUnitPolicy: data object extending HostMultipathInfoLogicalUnitPolicy, since 7.0.0.0.

    Attributes:
        bytes: long, optional, since 7.0.0.0.
        iops: long, optional, since 7.0.0.0.
        path: string, optional, since 7.0.0.0.
        latencyEvalTime: long, optional, since 7.0.0.0.
        samplingIosPerPath: long, optional, since 7.0.0.0.
    """

    __slots__ = ("bytes", "iops", "path", "latencyEvalTime", "samplingIosPerPath", )
    _wire_name_: ClassVar[str] = "HostMultipathInfoHppLogicalUnitPolicy"
    _since_: ClassVar[str] = "7.0.0.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("policy", "string", 0, "2.0"),
        _F("bytes", "long", 2, "7.0.0.0"),
        _F("iops", "long", 2, "7.0.0.0"),
        _F("path", "string", 2, "7.0.0.0"),
        _F("latencyEvalTime", "long", 2, "7.0.0.0"),
        _F("samplingIosPerPath", "long", 2, "7.0.0.0"),
    )
    bytes: int | None
    iops: int | None
    path: str | None
    latencyEvalTime: int | None
    samplingIosPerPath: int | None

    def __init__(
        self,
        *,
        policy: str,
        bytes: int | None = None,
        iops: int | None = None,
        path: str | None = None,
        latencyEvalTime: int | None = None,
        samplingIosPerPath: int | None = None,
    ) -> None:
        self.policy = policy
        self.bytes = bytes
        self.iops = iops
        self.path = path
        self.latencyEvalTime = latencyEvalTime
        self.samplingIosPerPath = samplingIosPerPath
