# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""DVSFailureCriteria: data object type, extends InheritablePolicy. Since 4.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .inheritable_policy import InheritablePolicy
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .bool_policy import BoolPolicy
    from .int_policy import IntPolicy
    from .string_policy import StringPolicy


class DVSFailureCriteria(InheritablePolicy):
    """DVSFailureCriteria: data object extending InheritablePolicy, since 4.0.

    Attributes:
        checkSpeed: StringPolicy, optional, since 4.0.
        speed: IntPolicy, optional, since 4.0.
        checkDuplex: BoolPolicy, optional, since 4.0.
        fullDuplex: BoolPolicy, optional, since 4.0.
        checkErrorPercent: BoolPolicy, optional, since 4.0.
        percentage: IntPolicy, optional, since 4.0.
        checkBeacon: BoolPolicy, optional, since 4.0.
    """

    __slots__ = ("checkSpeed", "speed", "checkDuplex", "fullDuplex", "checkErrorPercent", "percentage", "checkBeacon", )
    _wire_name_: ClassVar[str] = "DVSFailureCriteria"
    _since_: ClassVar[str] = "4.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("inherited", "boolean", 0, "4.0"),
        _F("checkSpeed", "StringPolicy", 2, "4.0"),
        _F("speed", "IntPolicy", 2, "4.0"),
        _F("checkDuplex", "BoolPolicy", 2, "4.0"),
        _F("fullDuplex", "BoolPolicy", 2, "4.0"),
        _F("checkErrorPercent", "BoolPolicy", 2, "4.0"),
        _F("percentage", "IntPolicy", 2, "4.0"),
        _F("checkBeacon", "BoolPolicy", 2, "4.0"),
    )
    checkSpeed: StringPolicy | None
    speed: IntPolicy | None
    checkDuplex: BoolPolicy | None
    fullDuplex: BoolPolicy | None
    checkErrorPercent: BoolPolicy | None
    percentage: IntPolicy | None
    checkBeacon: BoolPolicy | None

    def __init__(
        self,
        *,
        inherited: bool,
        checkSpeed: StringPolicy | None = None,
        speed: IntPolicy | None = None,
        checkDuplex: BoolPolicy | None = None,
        fullDuplex: BoolPolicy | None = None,
        checkErrorPercent: BoolPolicy | None = None,
        percentage: IntPolicy | None = None,
        checkBeacon: BoolPolicy | None = None,
    ) -> None:
        self.inherited = inherited
        self.checkSpeed = checkSpeed
        self.speed = speed
        self.checkDuplex = checkDuplex
        self.fullDuplex = fullDuplex
        self.checkErrorPercent = checkErrorPercent
        self.percentage = percentage
        self.checkBeacon = checkBeacon
