# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""CpuIncompatible81EDX: fault type, extends CpuIncompatible. Since 2.5."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .cpu_incompatible import CpuIncompatible
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from ..managed.host_system import HostSystem
    from ..types.localizable_message import LocalizableMessage
    from ..types.localized_method_fault import LocalizedMethodFault


class CpuIncompatible81EDX(CpuIncompatible):
    """CpuIncompatible81EDX: fault extending CpuIncompatible, since 2.5.

    Attributes:
        nx: boolean, since 2.5.
        ffxsr: boolean, since 2.5.
        rdtscp: boolean, since 2.5.
        lm: boolean, since 2.5.
        other: boolean, since 2.5.
        otherOnly: boolean, since 2.5.
    """

    _wire_name_: ClassVar[str] = "CpuIncompatible81EDX"
    _since_: ClassVar[str] = "2.5"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("faultCause", "LocalizedMethodFault", 2, "4.0"),
        _F("faultMessage", "LocalizableMessage", 3, "4.0"),
        _F("level", "int", 0, "2.0"),
        _F("registerName", "string", 0, "2.0"),
        _F("registerBits", "string", 2, "2.5"),
        _F("desiredBits", "string", 2, "2.5"),
        _F("host", "ManagedObjectReference", 2, "2.5", target="HostSystem"),
        _F("nx", "boolean", 0, "2.5"),
        _F("ffxsr", "boolean", 0, "2.5"),
        _F("rdtscp", "boolean", 0, "2.5"),
        _F("lm", "boolean", 0, "2.5"),
        _F("other", "boolean", 0, "2.5"),
        _F("otherOnly", "boolean", 0, "2.5"),
    )
    nx: bool
    ffxsr: bool
    rdtscp: bool
    lm: bool
    other: bool
    otherOnly: bool

    def __init__(
        self,
        *,
        level: int,
        registerName: str,
        nx: bool,
        ffxsr: bool,
        rdtscp: bool,
        lm: bool,
        other: bool,
        otherOnly: bool,
        faultCause: LocalizedMethodFault | None = None,
        faultMessage: list[LocalizableMessage] | None = None,
        registerBits: str | None = None,
        desiredBits: str | None = None,
        host: HostSystem | None = None,
    ) -> None:
        self.faultCause = faultCause
        self.faultMessage: list[LocalizableMessage] = [] if faultMessage is None else faultMessage
        self.level = level
        self.registerName = registerName
        self.registerBits = registerBits
        self.desiredBits = desiredBits
        self.host = host
        self.nx = nx
        self.ffxsr = ffxsr
        self.rdtscp = rdtscp
        self.lm = lm
        self.other = other
        self.otherOnly = otherOnly
