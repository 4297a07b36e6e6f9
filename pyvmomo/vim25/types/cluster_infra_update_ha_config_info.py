# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""ClusterInfraUpdateHaConfigInfo: data object type, extends DynamicData. Since 6.5."""

from __future__ import annotations

from typing import ClassVar

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F


class ClusterInfraUpdateHaConfigInfo(DynamicData):
    """ClusterInfraUpdateHaConfigInfo: data object extending DynamicData, since 6.5.

    Attributes:
        enabled: boolean, optional, since 6.5.
        behavior: string, optional, since 6.5.
        moderateRemediation: string, optional, since 6.5.
        severeRemediation: string, optional, since 6.5.
        providers: list of string, since 6.5.
    """

    __slots__ = ("enabled", "behavior", "moderateRemediation", "severeRemediation", "providers", )
    _wire_name_: ClassVar[str] = "ClusterInfraUpdateHaConfigInfo"
    _since_: ClassVar[str] = "6.5"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("enabled", "boolean", 2, "6.5"),
        _F("behavior", "string", 2, "6.5"),
        _F("moderateRemediation", "string", 2, "6.5"),
        _F("severeRemediation", "string", 2, "6.5"),
        _F("providers", "string", 3, "6.5"),
    )
    enabled: bool | None
    behavior: str | None
    moderateRemediation: str | None
    severeRemediation: str | None
    providers: list[str]

    def __init__(
        self,
        *,
        enabled: bool | None = None,
        behavior: str | None = None,
        moderateRemediation: str | None = None,
        severeRemediation: str | None = None,
        providers: list[str] | None = None,
    ) -> None:
        self.enabled = enabled
        self.behavior = behavior
        self.moderateRemediation = moderateRemediation
        self.severeRemediation = severeRemediation
        self.providers = [] if providers is None else providers
