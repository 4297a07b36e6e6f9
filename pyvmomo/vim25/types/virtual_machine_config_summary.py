# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""VirtualMachineConfigSummary: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .fault_tolerance_config_info import FaultToleranceConfigInfo
    from .managed_by_info import ManagedByInfo
    from .v_app_product_info import VAppProductInfo


class VirtualMachineConfigSummary(DynamicData):
    """VirtualMachineConfigSummary: data object extending DynamicData, since 2.0.

    Attributes:
        name: string, since 2.0.
        template: boolean, since 2.0.
        vmPathName: string, since 2.0.
        memorySizeMB: int, optional, since 2.0.
        cpuReservation: int, optional, since 2.0.
        memoryReservation: int, optional, since 2.0.
        numCpu: int, optional, since 2.0.
        numEthernetCards: int, optional, since 2.0.
        numVirtualDisks: int, optional, since 2.0.
        uuid: string, optional, since 2.0.
        instanceUuid: string, optional, since 4.0.
        guestId: string, optional, since 2.0.
        guestFullName: string, optional, since 2.0.
        annotation: string, optional, since 2.0.
        product: VAppProductInfo, optional, since 4.0.
        installBootRequired: boolean, optional, since 4.0.
        ftInfo: FaultToleranceConfigInfo, optional, since 4.0.
        managedBy: ManagedByInfo, optional, since 5.0.
        tpmPresent: boolean, optional, since 6.7.
        numVmiopBackings: int, optional, since 6.7.
        hwVersion: string, optional, since 6.9.1.
    """

    __slots__ = ("name", "template", "vmPathName", "memorySizeMB", "cpuReservation", "memoryReservation", "numCpu", "numEthernetCards", "numVirtualDisks", "uuid", "instanceUuid", "guestId", "guestFullName", "annotation", "product", "installBootRequired", "ftInfo", "managedBy", "tpmPresent", "numVmiopBackings", "hwVersion", )
    _wire_name_: ClassVar[str] = "VirtualMachineConfigSummary"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("name", "string", 0, "2.0"),
        _F("template", "boolean", 0, "2.0"),
        _F("vmPathName", "string", 0, "2.0"),
        _F("memorySizeMB", "int", 2, "2.0"),
        _F("cpuReservation", "int", 2, "2.0"),
        _F("memoryReservation", "int", 2, "2.0"),
        _F("numCpu", "int", 2, "2.0"),
        _F("numEthernetCards", "int", 2, "2.0"),
        _F("numVirtualDisks", "int", 2, "2.0"),
        _F("uuid", "string", 2, "2.0"),
        _F("instanceUuid", "string", 2, "4.0"),
        _F("guestId", "string", 2, "2.0"),
        _F("guestFullName", "string", 2, "2.0"),
        _F("annotation", "string", 2, "2.0"),
        _F("product", "VAppProductInfo", 2, "4.0"),
        _F("installBootRequired", "boolean", 2, "4.0"),
        _F("ftInfo", "FaultToleranceConfigInfo", 2, "4.0"),
        _F("managedBy", "ManagedByInfo", 2, "5.0"),
        _F("tpmPresent", "boolean", 2, "6.7"),
        _F("numVmiopBackings", "int", 2, "6.7"),
        _F("hwVersion", "string", 2, "6.9.1"),
    )
    name: str
    template: bool
    vmPathName: str
    memorySizeMB: int | None
    cpuReservation: int | None
    memoryReservation: int | None
    numCpu: int | None
    numEthernetCards: int | None
    numVirtualDisks: int | None
    uuid: str | None
    instanceUuid: str | None
    guestId: str | None
    guestFullName: str | None
    annotation: str | None
    product: VAppProductInfo | None
    installBootRequired: bool | None
    ftInfo: FaultToleranceConfigInfo | None
    managedBy: ManagedByInfo | None
    tpmPresent: bool | None
    numVmiopBackings: int | None
    hwVersion: str | None

    def __init__(
        self,
        *,
        name: str,
        template: bool,
        vmPathName: str,
        memorySizeMB: int | None = None,
        cpuReservation: int | None = None,
        memoryReservation: int | None = None,
        numCpu: int | None = None,
        numEthernetCards: int | None = None,
        numVirtualDisks: int | None = None,
        uuid: str | None = None,
        instanceUuid: str | None = None,
        guestId: str | None = None,
        guestFullName: str | None = None,
        annotation: str | None = None,
        product: VAppProductInfo | None = None,
        installBootRequired: bool | None = None,
        ftInfo: FaultToleranceConfigInfo | None = None,
        managedBy: ManagedByInfo | None = None,
        tpmPresent: bool | None = None,
        numVmiopBackings: int | None = None,
        hwVersion: str | None = None,
    ) -> None:
        self.name = name
        self.template = template
        self.vmPathName = vmPathName
        self.memorySizeMB = memorySizeMB
        self.cpuReservation = cpuReservation
        self.memoryReservation = memoryReservation
        self.numCpu = numCpu
        self.numEthernetCards = numEthernetCards
        self.numVirtualDisks = numVirtualDisks
        self.uuid = uuid
        self.instanceUuid = instanceUuid
        self.guestId = guestId
        self.guestFullName = guestFullName
        self.annotation = annotation
        self.product = product
        self.installBootRequired = installBootRequired
        self.ftInfo = ftInfo
        self.managedBy = managedBy
        self.tpmPresent = tpmPresent
        self.numVmiopBackings = numVmiopBackings
        self.hwVersion = hwVersion
