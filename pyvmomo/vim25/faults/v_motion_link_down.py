# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""VMotionLinkDown: fault type, extends VMotionInterfaceIssue. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .v_motion_interface_issue import VMotionInterfaceIssue
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from ..managed.host_system import HostSystem
    from ..types.localizable_message import LocalizableMessage
    from ..types.localized_method_fault import LocalizedMethodFault


class VMotionLinkDown(VMotionInterfaceIssue):
    """VMotionLinkDown: fault extending VMotionInterfaceIssue, since 2.0.

    Attributes:
        network: string, since 2.0.
    """

    _wire_name_: ClassVar[str] = "VMotionLinkDown"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("faultCause", "LocalizedMethodFault", 2, "4.0"),
        _F("faultMessage", "LocalizableMessage", 3, "4.0"),
        _F("atSourceHost", "boolean", 0, "2.0"),
        _F("failedHost", "string", 0, "2.0"),
        _F("failedHostEntity", "ManagedObjectReference", 2, "2.5", target="HostSystem"),
        _F("network", "string", 0, "2.0"),
    )
    network: str

    def __init__(
        self,
        *,
        atSourceHost: bool,
        failedHost: str,
        network: str,
        faultCause: LocalizedMethodFault | None = None,
        faultMessage: list[LocalizableMessage] | None = None,
        failedHostEntity: HostSystem | None = None,
    ) -> None:
        self.faultCause = faultCause
        self.faultMessage: list[LocalizableMessage] = [] if faultMessage is None else faultMessage
        self.atSourceHost = atSourceHost
        self.failedHost = failedHost
        self.failedHostEntity = failedHostEntity
        self.network = network
