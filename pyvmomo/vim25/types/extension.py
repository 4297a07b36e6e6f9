# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""Extension: data object type, extends DynamicData. Since 2.5."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from datetime import datetime
    from .description import Description
    from .ext_extended_product_info import ExtExtendedProductInfo
    from .ext_managed_entity_info import ExtManagedEntityInfo
    from .ext_solution_manager_info import ExtSolutionManagerInfo
    from .extension_client_info import ExtensionClientInfo
    from .extension_event_type_info import ExtensionEventTypeInfo
    from .extension_fault_type_info import ExtensionFaultTypeInfo
    from .extension_health_info import ExtensionHealthInfo
    from .extension_ovf_consumer_info import ExtensionOvfConsumerInfo
    from .extension_privilege_info import ExtensionPrivilegeInfo
    from .extension_resource_info import ExtensionResourceInfo
    from .extension_server_info import ExtensionServerInfo
    from .extension_task_type_info import ExtensionTaskTypeInfo


class Extension(DynamicData):
    """Extension: data object extending DynamicData, since 2.5.

    Attributes:
        description: Description, since 2.5.
        key: string, since 2.5.
        company: string, optional, since 4.0.
        type: string, optional, since 4.0.
        version: string, since 2.5.
        subjectName: string, optional, since 2.5.
        server: list of ExtensionServerInfo, since 2.5.
        client: list of ExtensionClientInfo, since 2.5.
        taskList: list of ExtensionTaskTypeInfo, since 2.5.
        eventList: list of ExtensionEventTypeInfo, since 2.5.
        faultList: list of ExtensionFaultTypeInfo, since 2.5.
        privilegeList: list of ExtensionPrivilegeInfo, since 2.5.
        resourceList: list of ExtensionResourceInfo, since 2.5.
        lastHeartbeatTime: dateTime, since 2.5.
        healthInfo: ExtensionHealthInfo, optional, since 4.0.
        ovfConsumerInfo: ExtensionOvfConsumerInfo, optional, since 5.0.
        extendedProductInfo: ExtExtendedProductInfo, optional, since 5.0.
        managedEntityInfo: list of ExtManagedEntityInfo, since 5.0.
        shownInSolutionManager: boolean, optional, since 5.0.
        solutionManagerInfo: ExtSolutionManagerInfo, optional, since 5.0.
    """

    __slots__ = ("description", "key", "company", "type", "version", "subjectName", "server", "client", "taskList", "eventList", "faultList", "privilegeList", "resourceList", "lastHeartbeatTime", "healthInfo", "ovfConsumerInfo", "extendedProductInfo", "managedEntityInfo", "shownInSolutionManager", "solutionManagerInfo", )
    _wire_name_: ClassVar[str] = "Extension"
    _since_: ClassVar[str] = "2.5"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("description", "Description", 0, "2.5"),
        _F("key", "string", 0, "2.5"),
        _F("company", "string", 2, "4.0"),
        _F("type", "string", 2, "4.0"),
        _F("version", "string", 0, "2.5"),
        _F("subjectName", "string", 2, "2.5"),
        _F("server", "ExtensionServerInfo", 3, "2.5"),
        _F("client", "ExtensionClientInfo", 3, "2.5"),
        _F("taskList", "ExtensionTaskTypeInfo", 3, "2.5"),
        _F("eventList", "ExtensionEventTypeInfo", 3, "2.5"),
        _F("faultList", "ExtensionFaultTypeInfo", 3, "2.5"),
        _F("privilegeList", "ExtensionPrivilegeInfo", 3, "2.5"),
        _F("resourceList", "ExtensionResourceInfo", 3, "2.5"),
        _F("lastHeartbeatTime", "dateTime", 0, "2.5"),
        _F("healthInfo", "ExtensionHealthInfo", 2, "4.0"),
        _F("ovfConsumerInfo", "ExtensionOvfConsumerInfo", 2, "5.0"),
        _F("extendedProductInfo", "ExtExtendedProductInfo", 2, "5.0"),
        _F("managedEntityInfo", "ExtManagedEntityInfo", 3, "5.0"),
        _F("shownInSolutionManager", "boolean", 2, "5.0"),
        _F("solutionManagerInfo", "ExtSolutionManagerInfo", 2, "5.0"),
    )
    description: Description
    key: str
    company: str | None
    type: str | None
    version: str
    subjectName: str | None
    server: list[ExtensionServerInfo]
    client: list[ExtensionClientInfo]
    taskList: list[ExtensionTaskTypeInfo]
    eventList: list[ExtensionEventTypeInfo]
    faultList: list[ExtensionFaultTypeInfo]
    privilegeList: list[ExtensionPrivilegeInfo]
    resourceList: list[ExtensionResourceInfo]
    lastHeartbeatTime: datetime
    healthInfo: ExtensionHealthInfo | None
    ovfConsumerInfo: ExtensionOvfConsumerInfo | None
    extendedProductInfo: ExtExtendedProductInfo | None
    managedEntityInfo: list[ExtManagedEntityInfo]
    shownInSolutionManager: bool | None
    solutionManagerInfo: ExtSolutionManagerInfo | None

    def __init__(
        self,
        *,
        description: Description,
        key: str,
        version: str,
        lastHeartbeatTime: datetime,
        company: str | None = None,
        type: str | None = None,
        subjectName: str | None = None,
        server: list[ExtensionServerInfo] | None = None,
        client: list[ExtensionClientInfo] | None = None,
        taskList: list[ExtensionTaskTypeInfo] | None = None,
        eventList: list[ExtensionEventTypeInfo] | None = None,
        faultList: list[ExtensionFaultTypeInfo] | None = None,
        privilegeList: list[ExtensionPrivilegeInfo] | None = None,
        resourceList: list[ExtensionResourceInfo] | None = None,
        healthInfo: ExtensionHealthInfo | None = None,
        ovfConsumerInfo: ExtensionOvfConsumerInfo | None = None,
        extendedProductInfo: ExtExtendedProductInfo | None = None,
        managedEntityInfo: list[ExtManagedEntityInfo] | None = None,
        shownInSolutionManager: bool | None = None,
        solutionManagerInfo: ExtSolutionManagerInfo | None = None,
    ) -> None:
        self.description = description
        self.key = key
        self.company = company
        self.type = type
        self.version = version
        self.subjectName = subjectName
        self.server = [] if server is None else server
        self.client = [] if client is None else client
        self.taskList = [] if taskList is None else taskList
        self.eventList = [] if eventList is None else eventList
        self.faultList = [] if faultList is None else faultList
        self.privilegeList = [] if privilegeList is None else privilegeList
        self.resourceList = [] if resourceList is None else resourceList
        self.lastHeartbeatTime = lastHeartbeatTime
        self.healthInfo = healthInfo
        self.ovfConsumerInfo = ovfConsumerInfo
        self.extendedProductInfo = extendedProductInfo
        self.managedEntityInfo = [] if managedEntityInfo is None else managedEntityInfo
        self.shownInSolutionManager = shownInSolutionManager
        self.solutionManagerInfo = solutionManagerInfo
