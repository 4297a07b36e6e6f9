# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""NvdimmSystemInfo: data object type, extends DynamicData. Since 6.7."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .nvdimm_dimm_info import NvdimmDimmInfo
    from .nvdimm_guid import NvdimmGuid
    from .nvdimm_interleave_set_info import NvdimmInterleaveSetInfo
    from .nvdimm_namespace_details import NvdimmNamespaceDetails
    from .nvdimm_namespace_info import NvdimmNamespaceInfo
    from .nvdimm_summary import NvdimmSummary


class NvdimmSystemInfo(DynamicData):
    """NvdimmSystemInfo: data object extending DynamicData, since 6.7.

    Attributes:
        summary: NvdimmSummary, optional, since 6.7.
        dimms: list of int, since 6.7.
        dimmInfo: list of NvdimmDimmInfo, since 6.7.
        interleaveSet: list of int, since 6.7.
        iSetInfo: list of NvdimmInterleaveSetInfo, since 6.7.
        namespace: list of NvdimmGuid, since 6.7.
        nsInfo: list of NvdimmNamespaceInfo, since 6.7.
        nsDetails: list of NvdimmNamespaceDetails, since 6.7.1.
    """

    __slots__ = ("summary", "dimms", "dimmInfo", "interleaveSet", "iSetInfo", "namespace", "nsInfo", "nsDetails", )
    _wire_name_: ClassVar[str] = "NvdimmSystemInfo"
    _since_: ClassVar[str] = "6.7"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("summary", "NvdimmSummary", 2, "6.7"),
        _F("dimms", "int", 3, "6.7"),
        _F("dimmInfo", "NvdimmDimmInfo", 3, "6.7"),
        _F("interleaveSet", "int", 3, "6.7"),
        _F("iSetInfo", "NvdimmInterleaveSetInfo", 3, "6.7"),
        _F("namespace", "NvdimmGuid", 3, "6.7"),
        _F("nsInfo", "NvdimmNamespaceInfo", 3, "6.7"),
        _F("nsDetails", "NvdimmNamespaceDetails", 3, "6.7.1"),
    )
    summary: NvdimmSummary | None
    dimms: list[int]
    dimmInfo: list[NvdimmDimmInfo]
    interleaveSet: list[int]
    iSetInfo: list[NvdimmInterleaveSetInfo]
    namespace: list[NvdimmGuid]
    nsInfo: list[NvdimmNamespaceInfo]
    nsDetails: list[NvdimmNamespaceDetails]

    def __init__(
        self,
        *,
        summary: NvdimmSummary | None = None,
        dimms: list[int] | None = None,
        dimmInfo: list[NvdimmDimmInfo] | None = None,
        interleaveSet: list[int] | None = None,
        iSetInfo: list[NvdimmInterleaveSetInfo] | None = None,
        namespace: list[NvdimmGuid] | None = None,
        nsInfo: list[NvdimmNamespaceInfo] | None = None,
        nsDetails: list[NvdimmNamespaceDetails] | None = None,
    ) -> None:
        self.summary = summary
        self.dimms = [] if dimms is None else dimms
        self.dimmInfo = [] if dimmInfo is None else dimmInfo
        self.interleaveSet = [] if interleaveSet is None else interleaveSet
        self.iSetInfo = [] if iSetInfo is None else iSetInfo
        self.namespace = [] if namespace is None else namespace
        self.nsInfo = [] if nsInfo is None else nsInfo
        self.nsDetails = [] if nsDetails is None else nsDetails
