# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostVMotionManagerSrcInstantCloneResult: data object type, extends DynamicData. Since 7.0.0.0."""

from __future__ import annotations

from typing import ClassVar

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F


class HostVMotionManagerSrcInstantCloneResult(DynamicData):
    """HostVMotionManagerSrcInstantCloneResult: data object extending DynamicData, since 7.0.0.0.

    Attributes:
        startTime: long, optional, since 7.0.0.0.
        quiesceTime: long, optional, since 7.0.0.0.
        quiesceDoneTime: long, optional, since 7.0.0.0.
        resumeDoneTime: long, optional, since 7.0.0.0.
        endTime: long, optional, since 7.0.0.0.
    """

    __slots__ = ("startTime", "quiesceTime", "quiesceDoneTime", "resumeDoneTime", "endTime", )
    _wire_name_: ClassVar[str] = "HostVMotionManagerSrcInstantCloneResult"
    _since_: ClassVar[str] = "7.0.0.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("startTime", "long", 2, "7.0.0.0"),
        _F("quiesceTime", "long", 2, "7.0.0.0"),
        _F("quiesceDoneTime", "long", 2, "7.0.0.0"),
        _F("resumeDoneTime", "long", 2, "7.0.0.0"),
        _F("endTime", "long", 2, "7.0.0.0"),
    )
    startTime: int | None
    quiesceTime: int | None
    quiesceDoneTime: int | None
    resumeDoneTime: int | None
    endTime: int | None

    def __init__(
        self,
        *,
        startTime: int | None = None,
        quiesceTime: int | None = None,
        quiesceDoneTime: int | None = None,
        resumeDoneTime: int | None = None,
        endTime: int | None = None,
    ) -> None:
        self.startTime = startTime
        self.quiesceTime = quiesceTime
        self.quiesceDoneTime = quiesceDoneTime
        self.resumeDoneTime = resumeDoneTime
        self.endTime = endTime
