# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostMultipathInfoPath: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .host_target_transport import HostTargetTransport


class HostMultipathInfoPath(DynamicData):
    """HostMultipathInfoPath: data object extending DynamicData, since 2.0.

    Attributes:
        key: string, since 2.0.
        name: string, since 2.0.
        pathState: string, since 2.0.
        state: string, optional, since 4.0.
        isWorkingPath: boolean, optional, since 4.0.
        adapter: string holding the key of a HostHostBusAdapter, since 2.0.
        lun: string holding the key of a HostMultipathInfoLogicalUnit, since 2.0.
        transport: HostTargetTransport, optional, since 2.0.
    """

    __slots__ = ("key", "name", "pathState", "state", "isWorkingPath", "adapter", "lun", "transport", )
    _wire_name_: ClassVar[str] = "HostMultipathInfoPath"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("key", "string", 0, "2.0"),
        _F("name", "string", 0, "2.0"),
        _F("pathState", "string", 0, "2.0"),
        _F("state", "string", 2, "4.0"),
        _F("isWorkingPath", "boolean", 2, "4.0"),
        _F("adapter", "string", 0, "2.0"),
        _F("lun", "string", 0, "2.0"),
        _F("transport", "HostTargetTransport", 2, "2.0"),
    )
    key: str
    name: str
    pathState: str
    state: str | None
    isWorkingPath: bool | None
    adapter: str
    lun: str
    transport: HostTargetTransport | None

    def __init__(
        self,
        *,
        key: str,
        name: str,
        pathState: str,
        adapter: str,
        lun: str,
        state: str | None = None,
        isWorkingPath: bool | None = None,
        transport: HostTargetTransport | None = None,
    ) -> None:
        self.key = key
        self.name = name
        self.pathState = pathState
        self.state = state
        self.isWorkingPath = isWorkingPath
        self.adapter = adapter
        self.lun = lun
        self.transport = transport
