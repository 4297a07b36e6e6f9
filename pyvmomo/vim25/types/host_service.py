# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostService: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .host_service_source_package import HostServiceSourcePackage


class HostService(DynamicData):
    """HostService: data object extending DynamicData, since 2.0.

    Attributes:
        key: string, since 2.0.
        label: string, since 2.0.
        required: boolean, since 2.0.
        uninstallable: boolean, since 2.0.
        running: boolean, since 2.0.
        ruleset: list of string, since 2.0.
        policy: string, since 2.0.
        sourcePackage: HostServiceSourcePackage, optional, since 5.0.
    """

    __slots__ = ("key", "label", "required", "uninstallable", "running", "ruleset", "policy", "sourcePackage", )
    _wire_name_: ClassVar[str] = "HostService"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("key", "string", 0, "2.0"),
        _F("label", "string", 0, "2.0"),
        _F("required", "boolean", 0, "2.0"),
        _F("uninstallable", "boolean", 0, "2.0"),
        _F("running", "boolean", 0, "2.0"),
        _F("ruleset", "string", 3, "2.0"),
        _F("policy", "string", 0, "2.0"),
        _F("sourcePackage", "HostServiceSourcePackage", 2, "5.0"),
    )
    key: str
    label: str
    required: bool
    uninstallable: bool
    running: bool
    ruleset: list[str]
    policy: str
    sourcePackage: HostServiceSourcePackage | None

    def __init__(
        self,
        *,
        key: str,
        label: str,
        required: bool,
        uninstallable: bool,
        running: bool,
        policy: str,
        ruleset: list[str] | None = None,
        sourcePackage: HostServiceSourcePackage | None = None,
    ) -> None:
        self.key = key
        self.label = label
        self.required = required
        self.uninstallable = uninstallable
        self.running = running
        self.ruleset = [] if ruleset is None else ruleset
        self.policy = policy
        self.sourcePackage = sourcePackage
