# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostTrustAuthorityAttestationInfo: data object type, extends DynamicData. Since 7.0.1.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from datetime import datetime
    from .localizable_message import LocalizableMessage


class HostTrustAuthorityAttestationInfo(DynamicData):
    """HostTrustAuthorityAttestationInfo: data object extending DynamicData, since 7.0.1.0.

    Attributes:
        attestationStatus: string, since 7.0.1.0.
        serviceId: string, optional, since 7.0.1.0.
        attestedAt: dateTime, optional, since 7.0.1.0.
        attestedUntil: dateTime, optional, since 7.0.1.0.
        messages: list of LocalizableMessage, since 7.0.1.0.
    """

    __slots__ = ("attestationStatus", "serviceId", "attestedAt", "attestedUntil", "messages", )
    _wire_name_: ClassVar[str] = "HostTrustAuthorityAttestationInfo"
    _since_: ClassVar[str] = "7.0.1.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("attestationStatus", "string", 0, "7.0.1.0"),
        _F("serviceId", "string", 2, "7.0.1.0"),
        _F("attestedAt", "dateTime", 2, "7.0.1.0"),
        _F("attestedUntil", "dateTime", 2, "7.0.1.0"),
        _F("messages", "LocalizableMessage", 3, "7.0.1.0"),
    )
    attestationStatus: str
    serviceId: str | None
    attestedAt: datetime | None
    attestedUntil: datetime | None
    messages: list[LocalizableMessage]

    def __init__(
        self,
        *,
        attestationStatus: str,
        serviceId: str | None = None,
        attestedAt: datetime | None = None,
        attestedUntil: datetime | None = None,
        messages: list[LocalizableMessage] | None = None,
    ) -> None:
        self.attestationStatus = attestationStatus
        self.serviceId = serviceId
        self.attestedAt = attestedAt
        self.attestedUntil = attestedUntil
        self.messages = [] if messages is None else messages
