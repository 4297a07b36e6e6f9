# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostPlugStoreTopologyPath: data object type, extends DynamicData. Since 4.0."""

from __future__ import annotations

from typing import ClassVar

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F


class HostPlugStoreTopologyPath(DynamicData):
    """HostPlugStoreTopologyPath: data object extending DynamicData, since 4.0.

    Attributes:
        key: string, since 4.0.
        name: string, since 4.0.
        channelNumber: int, optional, since 4.0.
        targetNumber: int, optional, since 4.0.
        lunNumber: int, optional, since 4.0.
        adapter: string holding the key of a HostPlugStoreTopologyAdapter, optional, since 4.0.
        target: string holding the key of a HostPlugStoreTopologyTarget, optional, since 4.0.
        device: string holding the key of a HostPlugStoreTopologyDevice, optional, since 4.0.
    """

    __slots__ = ("key", "name", "channelNumber", "targetNumber", "lunNumber", "adapter", "target", "device", )
    _wire_name_: ClassVar[str] = "HostPlugStoreTopologyPath"
    _since_: ClassVar[str] = "4.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("key", "string", 0, "4.0"),
        _F("name", "string", 0, "4.0"),
        _F("channelNumber", "int", 2, "4.0"),
        _F("targetNumber", "int", 2, "4.0"),
        _F("lunNumber", "int", 2, "4.0"),
        _F("adapter", "string", 2, "4.0"),
        _F("target", "string", 2, "4.0"),
        _F("device", "string", 2, "4.0"),
    )
    key: str
    name: str
    channelNumber: int | None
    targetNumber: int | None
    lunNumber: int | None
    adapter: str | None
    target: str | None
    device: str | None

    def __init__(
        self,
        *,
        key: str,
        name: str,
        channelNumber: int | None = None,
        targetNumber: int | None = None,
        lunNumber: int | None = None,
        adapter: str | None = None,
        target: str | None = None,
        device: str | None = None,
    ) -> None:
        self.key = key
        self.name = name
        self.channelNumber = channelNumber
        self.targetNumber = targetNumber
        self.lunNumber = lunNumber
        self.adapter = adapter
        self.target = target
        self.device = device
