# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""DatacenterBasicConnectInfo: data object type, extends DynamicData. Since 6.7.1."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .about_info import AboutInfo
    from .localized_method_fault import LocalizedMethodFault


class DatacenterBasicConnectInfo(DynamicData):
    """DatacenterBasicConnectInfo: data object extending DynamicData, since 6.7.1.

    Attributes:
        hostname: string, optional, since 6.7.1.
        error: LocalizedMethodFault, optional, since 6.7.1.
        serverIp: string, optional, since 6.7.1.
        numVm: int, optional, since 6.7.1.
        numPoweredOnVm: int, optional, since 6.7.1.
        hostProductInfo: AboutInfo, optional, since 6.7.1.
        hardwareVendor: string, optional, since 6.7.1.
        hardwareModel: string, optional, since 6.7.1.
    """

    __slots__ = ("hostname", "error", "serverIp", "numVm", "numPoweredOnVm", "hostProductInfo", "hardwareVendor", "hardwareModel", )
    _wire_name_: ClassVar[str] = "DatacenterBasicConnectInfo"
    _since_: ClassVar[str] = "6.7.1"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("hostname", "string", 2, "6.7.1"),
        _F("error", "LocalizedMethodFault", 2, "6.7.1"),
        _F("serverIp", "string", 2, "6.7.1"),
        _F("numVm", "int", 2, "6.7.1"),
        _F("numPoweredOnVm", "int", 2, "6.7.1"),
        _F("hostProductInfo", "AboutInfo", 2, "6.7.1"),
        _F("hardwareVendor", "string", 2, "6.7.1"),
        _F("hardwareModel", "string", 2, "6.7.1"),
    )
    hostname: str | None
    error: LocalizedMethodFault | None
    serverIp: str | None
    numVm: int | None
    numPoweredOnVm: int | None
    hostProductInfo: AboutInfo | None
    hardwareVendor: str | None
    hardwareModel: str | None

    def __init__(
        self,
        *,
        hostname: str | None = None,
        error: LocalizedMethodFault | None = None,
        serverIp: str | None = None,
        numVm: int | None = None,
        numPoweredOnVm: int | None = None,
        hostProductInfo: AboutInfo | None = None,
        hardwareVendor: str | None = None,
        hardwareModel: str | None = None,
    ) -> None:
        self.hostname = hostname
        self.error = error
        self.serverIp = serverIp
        self.numVm = numVm
        self.numPoweredOnVm = numPoweredOnVm
        self.hostProductInfo = hostProductInfo
        self.hardwareVendor = hardwareVendor
        self.hardwareModel = hardwareModel
