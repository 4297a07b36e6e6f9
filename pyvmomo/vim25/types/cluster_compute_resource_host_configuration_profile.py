# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""ClusterComputeResourceHostConfigurationProfile: data object type, extends DynamicData. Since 6.7.1."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from pyvmomo._xsd import EnumValue
    from ..enums import HostLockdownModeValue
    from .host_date_time_config import HostDateTimeConfig


class ClusterComputeResourceHostConfigurationProfile(DynamicData):
    """ClusterComputeResourceHostConfigurationProfile: data object extending DynamicData, since 6.7.1.

    Attributes:
        dateTimeConfig: HostDateTimeConfig, optional, since 6.7.1.
        lockdownMode: HostLockdownMode value (str), optional, since 6.7.1.
    """

    __slots__ = ("dateTimeConfig", "lockdownMode", )
    _wire_name_: ClassVar[str] = "ClusterComputeResourceHostConfigurationProfile"
    _since_: ClassVar[str] = "6.7.1"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("dateTimeConfig", "HostDateTimeConfig", 2, "6.7.1"),
        _F("lockdownMode", "HostLockdownMode", 2, "6.7.1"),
    )
    dateTimeConfig: HostDateTimeConfig | None
    lockdownMode: str | None

    def __init__(
        self,
        *,
        dateTimeConfig: HostDateTimeConfig | None = None,
        lockdownMode: HostLockdownModeValue | EnumValue | None = None,
    ) -> None:
        self.dateTimeConfig = dateTimeConfig
        self.lockdownMode = lockdownMode
