# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostVMotionManagerDstInstantCloneResult: data object type, extends DynamicData. Since 7.0.0.0."""

from __future__ import annotations

from typing import ClassVar

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F


class HostVMotionManagerDstInstantCloneResult(DynamicData):
    """HostVMotionManagerDstInstantCloneResult: data object extending DynamicData, since 7.0.0.0.

    Attributes:
        dstVmId: int, optional, since 7.0.0.0.
        startTime: long, optional, since 7.0.0.0.
        cptLoadTime: long, optional, since 7.0.0.0.
        cptLoadDoneTime: long, optional, since 7.0.0.0.
        replicateMemDoneTime: long, optional, since 7.0.0.0.
        endTime: long, optional, since 7.0.0.0.
        cptXferTime: long, optional, since 7.0.0.0.
        cptCacheUsed: long, optional, since 7.0.0.0.
        devCptStreamSize: long, optional, since 7.0.0.0.
        devCptStreamTime: long, optional, since 7.0.0.0.
    """

    __slots__ = ("dstVmId", "startTime", "cptLoadTime", "cptLoadDoneTime", "replicateMemDoneTime", "endTime", "cptXferTime", "cptCacheUsed", "devCptStreamSize", "devCptStreamTime", )
    _wire_name_: ClassVar[str] = "HostVMotionManagerDstInstantCloneResult"
    _since_: ClassVar[str] = "7.0.0.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("dstVmId", "int", 2, "7.0.0.0"),
        _F("startTime", "long", 2, "7.0.0.0"),
        _F("cptLoadTime", "long", 2, "7.0.0.0"),
        _F("cptLoadDoneTime", "long", 2, "7.0.0.0"),
        _F("replicateMemDoneTime", "long", 2, "7.0.0.0"),
        _F("endTime", "long", 2, "7.0.0.0"),
        _F("cptXferTime", "long", 2, "7.0.0.0"),
        _F("cptCacheUsed", "long", 2, "7.0.0.0"),
        _F("devCptStreamSize", "long", 2, "7.0.0.0"),
        _F("devCptStreamTime", "long", 2, "7.0.0.0"),
    )
    dstVmId: int | None
    startTime: int | None
    cptLoadTime: int | None
    cptLoadDoneTime: int | None
    replicateMemDoneTime: int | None
    endTime: int | None
    cptXferTime: int | None
    cptCacheUsed: int | None
    devCptStreamSize: int | None
    devCptStreamTime: int | None

    def __init__(
        self,
        *,
        dstVmId: int | None = None,
        startTime: int | None = None,
        cptLoadTime: int | None = None,
        cptLoadDoneTime: int | None = None,
        replicateMemDoneTime: int | None = None,
        endTime: int | None = None,
        cptXferTime: int | None = None,
        cptCacheUsed: int | None = None,
        devCptStreamSize: int | None = None,
        devCptStreamTime: int | None = None,
    ) -> None:
        self.dstVmId = dstVmId
        self.startTime = startTime
        self.cptLoadTime = cptLoadTime
        self.cptLoadDoneTime = cptLoadDoneTime
        self.replicateMemDoneTime = replicateMemDoneTime
        self.endTime = endTime
        self.cptXferTime = cptXferTime
        self.cptCacheUsed = cptCacheUsed
        self.devCptStreamSize = devCptStreamSize
        self.devCptStreamTime = devCptStreamTime
