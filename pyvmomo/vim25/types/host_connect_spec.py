# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostConnectSpec: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from pyvmomo._xsd import EnumValue
    from ..enums import HostLockdownModeValue
    from ..managed.folder import Folder
    from .host_gateway_spec import HostGatewaySpec


class HostConnectSpec(DynamicData):
    """HostConnectSpec: data object extending DynamicData, since 2.0.

    Attributes:
        hostName: string, optional, since 2.0.
        port: int, optional, since 2.0.
        sslThumbprint: string, optional, since 2.5.
        userName: string, optional, since 2.0.
        password: string, optional, since 2.0, secret (masked in repr).
        vmFolder: reference to Folder, optional, since 2.0.
        force: boolean, since 2.0.
        vimAccountName: string, optional, since 2.0.
        vimAccountPassword: string, optional, since 2.0, secret (masked in repr).
        managementIp: string, optional, since 4.0.
        lockdownMode: HostLockdownMode value (str), optional, since 6.0.
        hostGateway: HostGatewaySpec, optional, since 6.0.
    """

    __slots__ = ("hostName", "port", "sslThumbprint", "userName", "password", "vmFolder", "force", "vimAccountName", "vimAccountPassword", "managementIp", "lockdownMode", "hostGateway", )
    _wire_name_: ClassVar[str] = "HostConnectSpec"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("hostName", "string", 2, "2.0"),
        _F("port", "int", 2, "2.0"),
        _F("sslThumbprint", "string", 2, "2.5"),
        _F("userName", "string", 2, "2.0"),
        _F("password", "string", 6, "2.0"),
        _F("vmFolder", "ManagedObjectReference", 2, "2.0", target="Folder"),
        _F("force", "boolean", 0, "2.0"),
        _F("vimAccountName", "string", 2, "2.0"),
        _F("vimAccountPassword", "string", 6, "2.0"),
        _F("managementIp", "string", 2, "4.0"),
        _F("lockdownMode", "HostLockdownMode", 2, "6.0"),
        _F("hostGateway", "HostGatewaySpec", 2, "6.0"),
    )
    hostName: str | None
    port: int | None
    sslThumbprint: str | None
    userName: str | None
    password: str | None
    vmFolder: Folder | None
    force: bool
    vimAccountName: str | None
    vimAccountPassword: str | None
    managementIp: str | None
    lockdownMode: str | None
    hostGateway: HostGatewaySpec | None

    def __init__(
        self,
        *,
        force: bool,
        hostName: str | None = None,
        port: int | None = None,
        sslThumbprint: str | None = None,
        userName: str | None = None,
        password: str | None = None,
        vmFolder: Folder | None = None,
        vimAccountName: str | None = None,
        vimAccountPassword: str | None = None,
        managementIp: str | None = None,
        lockdownMode: HostLockdownModeValue | EnumValue | None = None,
        hostGateway: HostGatewaySpec | None = None,
    ) -> None:
        self.hostName = hostName
        self.port = port
        self.sslThumbprint = sslThumbprint
        self.userName = userName
        self.password = password
        self.vmFolder = vmFolder
        self.force = force
        self.vimAccountName = vimAccountName
        self.vimAccountPassword = vimAccountPassword
        self.managementIp = managementIp
        self.lockdownMode = lockdownMode
        self.hostGateway = hostGateway
