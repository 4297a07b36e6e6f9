# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""IORMNotSupportedHostOnDatastore: fault type, extends VimFault. Since 4.1."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .vim_fault import VimFault
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from ..managed.datastore import Datastore
    from ..managed.host_system import HostSystem
    from ..types.localizable_message import LocalizableMessage
    from ..types.localized_method_fault import LocalizedMethodFault


class IORMNotSupportedHostOnDatastore(VimFault):
    """IORMNotSupportedHostOnDatastore: fault extending VimFault, since 4.1.

    Attributes:
        datastore: reference to Datastore, since 4.1.
        datastoreName: string, since 4.1.
        host: list of references to HostSystem, since 4.1.
    """

    _wire_name_: ClassVar[str] = "IORMNotSupportedHostOnDatastore"
    _since_: ClassVar[str] = "4.1"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("faultCause", "LocalizedMethodFault", 2, "4.0"),
        _F("faultMessage", "LocalizableMessage", 3, "4.0"),
        _F("datastore", "ManagedObjectReference", 0, "4.1", target="Datastore"),
        _F("datastoreName", "string", 0, "4.1"),
        _F("host", "ManagedObjectReference", 3, "4.1", target="HostSystem"),
    )
    datastore: Datastore
    datastoreName: str
    host: list[HostSystem]

    def __init__(
        self,
        *,
        datastore: Datastore,
        datastoreName: str,
        faultCause: LocalizedMethodFault | None = None,
        faultMessage: list[LocalizableMessage] | None = None,
        host: list[HostSystem] | None = None,
    ) -> None:
        self.faultCause = faultCause
        self.faultMessage: list[LocalizableMessage] = [] if faultMessage is None else faultMessage
        self.datastore = datastore
        self.datastoreName = datastoreName
        self.host = [] if host is None else host
