# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostMountInfo: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F


class HostMountInfo(DynamicData):
    """HostMountInfo: data object extending DynamicData, since 2.0.

    Attributes:
        path: string, optional, since 2.0.
        accessMode: string, since 2.0.
        mounted: boolean, optional, since 5.0.
        accessible: boolean, optional, since 2.5.
        inaccessibleReason: string, optional, since 5.1.
    """

    __slots__ = ("path", "accessMode", "mounted", "accessible", "inaccessibleReason", )
    _wire_name_: ClassVar[str] = "HostMountInfo"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("path", "string", 2, "2.0"),
        _F("accessMode", "string", 0, "2.0"),
        _F("mounted", "boolean", 2, "5.0"),
        _F("accessible", "boolean", 2, "2.5"),
        _F("inaccessibleReason", "string", 2, "5.1"),
    )
    path: str | None
    accessMode: str
    mounted: bool | None
    accessible: bool | None
    inaccessibleReason: str | None

    def __init__(
        self,
        *,
        accessMode: str,
        path: str | None = None,
        mounted: bool | None = None,
        accessible: bool | None = None,
        inaccessibleReason: str | None = None,
    ) -> None:
        self.path = path
        self.accessMode = accessMode
        self.mounted = mounted
        self.accessible = accessible
        self.inaccessibleReason = inaccessibleReason
