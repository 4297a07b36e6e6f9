# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""VirtualMachineConfigOptionDescriptor: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from ..managed.host_system import HostSystem


class VirtualMachineConfigOptionDescriptor(DynamicData):
    """VirtualMachineConfigOptionDescriptor: data object extending DynamicData, since 2.0.

    Attributes:
        key: string, since 2.0.
        description: string, optional, since 2.0.
        host: list of references to HostSystem, since 2.0.
        createSupported: boolean, optional, since 4.0.
        defaultConfigOption: boolean, optional, since 4.0.
        runSupported: boolean, optional, since 5.1.
        upgradeSupported: boolean, optional, since 5.1.
    """

    __slots__ = ("key", "description", "host", "createSupported", "defaultConfigOption", "runSupported", "upgradeSupported", )
    _wire_name_: ClassVar[str] = "VirtualMachineConfigOptionDescriptor"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("key", "string", 0, "2.0"),
        _F("description", "string", 2, "2.0"),
        _F("host", "ManagedObjectReference", 3, "2.0", target="HostSystem"),
        _F("createSupported", "boolean", 2, "4.0"),
        _F("defaultConfigOption", "boolean", 2, "4.0"),
        _F("runSupported", "boolean", 2, "5.1"),
        _F("upgradeSupported", "boolean", 2, "5.1"),
    )
    key: str
    description: str | None
    host: list[HostSystem]
    createSupported: bool | None
    defaultConfigOption: bool | None
    runSupported: bool | None
    upgradeSupported: bool | None

    def __init__(
        self,
        *,
        key: str,
        description: str | None = None,
        host: list[HostSystem] | None = None,
        createSupported: bool | None = None,
        defaultConfigOption: bool | None = None,
        runSupported: bool | None = None,
        upgradeSupported: bool | None = None,
    ) -> None:
        self.key = key
        self.description = description
        self.host = [] if host is None else host
        self.createSupported = createSupported
        self.defaultConfigOption = defaultConfigOption
        self.runSupported = runSupported
        self.upgradeSupported = upgradeSupported
