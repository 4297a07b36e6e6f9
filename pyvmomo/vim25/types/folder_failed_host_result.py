# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""FolderFailedHostResult: data object type, extends DynamicData. Since 6.7.1."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from ..managed.host_system import HostSystem
    from .localizable_message import LocalizableMessage
    from .localized_method_fault import LocalizedMethodFault


class FolderFailedHostResult(DynamicData):
    """FolderFailedHostResult: data object extending DynamicData, since 6.7.1.

    Attributes:
        hostName: string, optional, since 6.7.1.
        host: reference to HostSystem, optional, since 6.7.1.
        context: LocalizableMessage, since 6.7.1.
        fault: LocalizedMethodFault, since 6.7.1.
    """

    __slots__ = ("hostName", "host", "context", "fault", )
    _wire_name_: ClassVar[str] = "FolderFailedHostResult"
    _since_: ClassVar[str] = "6.7.1"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("hostName", "string", 2, "6.7.1"),
        _F("host", "ManagedObjectReference", 2, "6.7.1", target="HostSystem"),
        _F("context", "LocalizableMessage", 0, "6.7.1"),
        _F("fault", "LocalizedMethodFault", 0, "6.7.1"),
    )
    hostName: str | None
    host: HostSystem | None
    context: LocalizableMessage
    fault: LocalizedMethodFault

    def __init__(
        self,
        *,
        context: LocalizableMessage,
        fault: LocalizedMethodFault,
        hostName: str | None = None,
        host: HostSystem | None = None,
    ) -> None:
        self.hostName = hostName
        self.host = host
        self.context = context
        self.fault = fault
