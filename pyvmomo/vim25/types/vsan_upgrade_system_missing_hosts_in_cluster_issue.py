# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""VsanUpgradeSystemMissingHostsInClusterIssue: data object type, extends VsanUpgradeSystemPreflightCheckIssue. Since 6.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .vsan_upgrade_system_preflight_check_issue import VsanUpgradeSystemPreflightCheckIssue
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from ..managed.host_system import HostSystem


class VsanUpgradeSystemMissingHostsInClusterIssue(VsanUpgradeSystemPreflightCheckIssue):
    """VsanUpgradeSystemMissingHostsInClusterIssue: data object extending VsanUpgradeSystemPreflightCheckIssue, since 6.0.

    Attributes:
        hosts: list of references to HostSystem, since 6.0.
    """

    __slots__ = ("hosts", )
    _wire_name_: ClassVar[str] = "VsanUpgradeSystemMissingHostsInClusterIssue"
    _since_: ClassVar[str] = "6.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("msg", "string", 0, "6.0"),
        _F("hosts", "ManagedObjectReference", 1, "6.0", target="HostSystem"),
    )
    hosts: list[HostSystem]

    def __init__(
        self,
        *,
        msg: str,
        hosts: list[HostSystem],
    ) -> None:
        self.msg = msg
        self.hosts = hosts
