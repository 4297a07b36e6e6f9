# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""NetIpStackInfo: data object type, extends DynamicData. Since 4.1."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .net_ip_stack_info_default_router import NetIpStackInfoDefaultRouter
    from .net_ip_stack_info_net_to_media import NetIpStackInfoNetToMedia


class NetIpStackInfo(DynamicData):
    """NetIpStackInfo: data object extending DynamicData, since 4.1.

    Attributes:
        neighbor: list of NetIpStackInfoNetToMedia, since 4.1.
        defaultRouter: list of NetIpStackInfoDefaultRouter, since 4.1.
    """

    __slots__ = ("neighbor", "defaultRouter", )
    _wire_name_: ClassVar[str] = "NetIpStackInfo"
    _since_: ClassVar[str] = "4.1"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("neighbor", "NetIpStackInfoNetToMedia", 3, "4.1"),
        _F("defaultRouter", "NetIpStackInfoDefaultRouter", 3, "4.1"),
    )
    neighbor: list[NetIpStackInfoNetToMedia]
    defaultRouter: list[NetIpStackInfoDefaultRouter]

    def __init__(
        self,
        *,
        neighbor: list[NetIpStackInfoNetToMedia] | None = None,
        defaultRouter: list[NetIpStackInfoDefaultRouter] | None = None,
    ) -> None:
        self.neighbor = [] if neighbor is None else neighbor
        self.defaultRouter = [] if defaultRouter is None else defaultRouter
