# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""VMwareIpfixConfig: data object type, extends DynamicData. Since 5.0."""

from __future__ import annotations

from typing import ClassVar

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F


class VMwareIpfixConfig(DynamicData):
    """VMwareIpfixConfig: data object extending DynamicData, since 5.0.

    Attributes:
        collectorIpAddress: string, optional, since 5.0.
        collectorPort: int, optional, since 5.0.
        observationDomainId: long, optional, since 6.0.
        activeFlowTimeout: int, since 5.0.
        idleFlowTimeout: int, since 5.0.
        samplingRate: int, since 5.0.
        internalFlowsOnly: boolean, since 5.0.
    """

    __slots__ = ("collectorIpAddress", "collectorPort", "observationDomainId", "activeFlowTimeout", "idleFlowTimeout", "samplingRate", "internalFlowsOnly", )
    _wire_name_: ClassVar[str] = "VMwareIpfixConfig"
    _since_: ClassVar[str] = "5.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("collectorIpAddress", "string", 2, "5.0"),
        _F("collectorPort", "int", 2, "5.0"),
        _F("observationDomainId", "long", 2, "6.0"),
        _F("activeFlowTimeout", "int", 0, "5.0"),
        _F("idleFlowTimeout", "int", 0, "5.0"),
        _F("samplingRate", "int", 0, "5.0"),
        _F("internalFlowsOnly", "boolean", 0, "5.0"),
    )
    collectorIpAddress: str | None
    collectorPort: int | None
    observationDomainId: int | None
    activeFlowTimeout: int
    idleFlowTimeout: int
    samplingRate: int
    internalFlowsOnly: bool

    def __init__(
        self,
        *,
        activeFlowTimeout: int,
        idleFlowTimeout: int,
        samplingRate: int,
        internalFlowsOnly: bool,
        collectorIpAddress: str | None = None,
        collectorPort: int | None = None,
        observationDomainId: int | None = None,
    ) -> None:
        self.collectorIpAddress = collectorIpAddress
        self.collectorPort = collectorPort
        self.observationDomainId = observationDomainId
        self.activeFlowTimeout = activeFlowTimeout
        self.idleFlowTimeout = idleFlowTimeout
        self.samplingRate = samplingRate
        self.internalFlowsOnly = internalFlowsOnly
