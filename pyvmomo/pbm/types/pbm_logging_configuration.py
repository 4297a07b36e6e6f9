# Generated from urn:pbm 8.0.0.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 6b008c236d8c, pbm-messagetypes.xsd 80afefd63b4c, pbm-types.xsd 67c8010eba84, pbm.wsdl c31d056765d0, pbmService.wsdl b603139b1cf9, query-types.xsd 75e61f7a3665, reflect-types.xsd 9dd79e7a402d, vim-types.xsd 03e846d02da4, wsdl/pbm.json 3e77755851fc, wsdl/pbm_safe_ops.json 249a563e5b2c
"""PbmLoggingConfiguration: data object type, extends DynamicData. Since 8.0.0.0."""

from __future__ import annotations

from typing import ClassVar

from ...vim25.types.dynamic_data import DynamicData
from pyvmomo._base import Field as _F


class PbmLoggingConfiguration(DynamicData):
    """PbmLoggingConfiguration: data object extending DynamicData, since 8.0.0.0.

    Attributes:
        component: string, since 8.0.0.0.
        logLevel: string, since 8.0.0.0.
    """

    __slots__ = ("component", "logLevel", )
    _wire_name_: ClassVar[str] = "PbmLoggingConfiguration"
    _since_: ClassVar[str] = "8.0.0.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("component", "string", 0, "8.0.0.0"),
        _F("logLevel", "string", 0, "8.0.0.0"),
    )
    component: str
    logLevel: str

    def __init__(
        self,
        *,
        component: str,
        logLevel: str,
    ) -> None:
        self.component = component
        self.logLevel = logLevel
