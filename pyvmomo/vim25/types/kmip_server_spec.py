# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""KmipServerSpec: data object type, extends DynamicData. Since 6.5."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .key_provider_id import KeyProviderId
    from .kmip_server_info import KmipServerInfo


class KmipServerSpec(DynamicData):
    """KmipServerSpec: data object extending DynamicData, since 6.5.

    Attributes:
        clusterId: KeyProviderId, since 6.5.
        info: KmipServerInfo, since 6.5.
        password: string, optional, since 6.5, secret (masked in repr).
    """

    __slots__ = ("clusterId", "info", "password", )
    _wire_name_: ClassVar[str] = "KmipServerSpec"
    _since_: ClassVar[str] = "6.5"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("clusterId", "KeyProviderId", 0, "6.5"),
        _F("info", "KmipServerInfo", 0, "6.5"),
        _F("password", "string", 6, "6.5"),
    )
    clusterId: KeyProviderId
    info: KmipServerInfo
    password: str | None

    def __init__(
        self,
        *,
        clusterId: KeyProviderId,
        info: KmipServerInfo,
        password: str | None = None,
    ) -> None:
        self.clusterId = clusterId
        self.info = info
        self.password = password
