# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""OvfManager: managed object proxy. Since 4.0."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from pyvmomo._base import ManagedObject as _ManagedObject
from pyvmomo.property import ObjectProperties as _ObjectProperties
from pyvmomo.property import fetch_into as _fetch_into

if TYPE_CHECKING:
    from .datastore import Datastore
    from .host_system import HostSystem
    from .managed_entity import ManagedEntity
    from ..types.ovf_create_descriptor_params import OvfCreateDescriptorParams
    from ..types.ovf_create_descriptor_result import OvfCreateDescriptorResult
    from ..types.ovf_create_import_spec_params import OvfCreateImportSpecParams
    from ..types.ovf_create_import_spec_result import OvfCreateImportSpecResult
    from ..types.ovf_option_info import OvfOptionInfo
    from ..types.ovf_parse_descriptor_params import OvfParseDescriptorParams
    from ..types.ovf_parse_descriptor_result import OvfParseDescriptorResult
    from ..types.ovf_validate_host_params import OvfValidateHostParams
    from ..types.ovf_validate_host_result import OvfValidateHostResult
    from .resource_pool import ResourcePool

_CREATE_DESCRIPTOR: _Operation[OvfCreateDescriptorResult] = _Operation(
    "CreateDescriptor",
    (_F("obj", "ManagedObjectReference", 0, "4.0", target="ManagedEntity"), _F("cdp", "OvfCreateDescriptorParams", 0, "4.0"), ),
    _F("returnval", "OvfCreateDescriptorResult", 0, "4.0"),
    faults=("ConcurrentAccess", "FileFault", "InvalidState", "TaskInProgress", "VmConfigFault", "RuntimeFault", ),
    since="4.0",
    privilege="System.View",
    safe=False,
    task_result=None,
)

_CREATE_IMPORT_SPEC: _Operation[OvfCreateImportSpecResult] = _Operation(
    "CreateImportSpec",
    (_F("ovfDescriptor", "string", 0, "4.0"), _F("resourcePool", "ManagedObjectReference", 0, "4.0", target="ResourcePool"), _F("datastore", "ManagedObjectReference", 0, "4.0", target="Datastore"), _F("cisp", "OvfCreateImportSpecParams", 0, "4.0"), ),
    _F("returnval", "OvfCreateImportSpecResult", 0, "4.0"),
    faults=("ConcurrentAccess", "FileFault", "InvalidDatastore", "InvalidState", "TaskInProgress", "VmConfigFault", "RuntimeFault", ),
    since="4.0",
    privilege="System.View",
    safe=False,
    task_result=None,
)

_PARSE_DESCRIPTOR: _Operation[OvfParseDescriptorResult] = _Operation(
    "ParseDescriptor",
    (_F("ovfDescriptor", "string", 0, "4.0"), _F("pdp", "OvfParseDescriptorParams", 0, "4.0"), ),
    _F("returnval", "OvfParseDescriptorResult", 0, "4.0"),
    faults=("ConcurrentAccess", "FileFault", "InvalidState", "TaskInProgress", "VmConfigFault", "RuntimeFault", ),
    since="4.0",
    privilege="System.View",
    safe=True,
    task_result=None,
)

_VALIDATE_HOST: _Operation[OvfValidateHostResult] = _Operation(
    "ValidateHost",
    (_F("ovfDescriptor", "string", 0, "4.0"), _F("host", "ManagedObjectReference", 0, "4.0", target="HostSystem"), _F("vhp", "OvfValidateHostParams", 0, "4.0"), ),
    _F("returnval", "OvfValidateHostResult", 0, "4.0"),
    faults=("ConcurrentAccess", "FileFault", "InvalidState", "TaskInProgress", "RuntimeFault", ),
    since="4.0",
    privilege="System.View",
    safe=True,
    task_result=None,
)


class OvfManagerProperties(_ObjectProperties["OvfManager"]):
    """OvfManager's properties as read by fetch(), retrieve() and watch(), base types' included.

    Only the requested properties are set (unset on the server: None, or [] for
    a list). Reading one that was not requested raises AttributeError, and one
    the server refused raises its fault. A dotted path fills a partial data
    object: its other members stay unset, even those the WSDL requires.
    """

    __slots__ = ("ovfImportOption", "ovfExportOption", )
    ovfImportOption: list[OvfOptionInfo]
    ovfExportOption: list[OvfOptionInfo]


class OvfManager(_ManagedObject):
    """OvfManager: managed object proxy, since 4.0.

    Properties (read them typed with fetch() or client.retrieve(); none is fetched implicitly):
        ovfImportOption: list of OvfOptionInfo, since 5.1, read privilege System.View.
        ovfExportOption: list of OvfOptionInfo, since 5.1, read privilege System.View.
    """

    __slots__ = ()
    _type_: ClassVar[str] = "OvfManager"
    _properties_: ClassVar[dict[str, _F]] = {
        "ovfImportOption": _F("ovfImportOption", "OvfOptionInfo", 3, "5.1"),
        "ovfExportOption": _F("ovfExportOption", "OvfOptionInfo", 3, "5.1"),
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
        "CreateDescriptor": _CREATE_DESCRIPTOR,
        "CreateImportSpec": _CREATE_IMPORT_SPEC,
        "ParseDescriptor": _PARSE_DESCRIPTOR,
        "ValidateHost": _VALIDATE_HOST,
    }
    _property_class_ = OvfManagerProperties

    def fetch(self, *paths: str) -> OvfManagerProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, OvfManagerProperties, paths)

    def CreateDescriptor(
        self,
        *,
        obj: ManagedEntity,
        cdp: OvfCreateDescriptorParams,
        _timeout: float | None = None,
    ) -> OvfCreateDescriptorResult:
        """CreateDescriptor: an operation of OvfManager, since 4.0.

        Privilege: System.View.

        Args:
            obj: reference to ManagedEntity, since 4.0, needs VApp.Export on it.
            cdp: OvfCreateDescriptorParams, since 4.0.

        Returns:
            OvfCreateDescriptorResult.

        Raises:
            ConcurrentAccess, FileFault, InvalidState, TaskInProgress, VmConfigFault, RuntimeFault.
        """
        return self._transport.invoke(self, _CREATE_DESCRIPTOR, (obj, cdp, ), _timeout)

    def CreateImportSpec(
        self,
        *,
        ovfDescriptor: str,
        resourcePool: ResourcePool,
        datastore: Datastore,
        cisp: OvfCreateImportSpecParams,
        _timeout: float | None = None,
    ) -> OvfCreateImportSpecResult:
        """CreateImportSpec: an operation of OvfManager, since 4.0.

        Privilege: System.View.

        Args:
            ovfDescriptor: string, since 4.0.
            resourcePool: reference to ResourcePool, since 4.0, needs VApp.Import on it.
            datastore: reference to Datastore, since 4.0, needs Datastore.AllocateSpace on it.
            cisp: OvfCreateImportSpecParams, since 4.0.

        Returns:
            OvfCreateImportSpecResult.

        Raises:
            ConcurrentAccess, FileFault, InvalidDatastore, InvalidState, TaskInProgress, VmConfigFault, RuntimeFault.
        """
        return self._transport.invoke(self, _CREATE_IMPORT_SPEC, (ovfDescriptor, resourcePool, datastore, cisp, ), _timeout)

    def ParseDescriptor(
        self,
        *,
        ovfDescriptor: str,
        pdp: OvfParseDescriptorParams,
        _timeout: float | None = None,
    ) -> OvfParseDescriptorResult:
        """ParseDescriptor: an operation of OvfManager, since 4.0.

        Privilege: System.View. Safe to re-send after a lost reply.

        Args:
            ovfDescriptor: string, since 4.0.
            pdp: OvfParseDescriptorParams, since 4.0.

        Returns:
            OvfParseDescriptorResult.

        Raises:
            ConcurrentAccess, FileFault, InvalidState, TaskInProgress, VmConfigFault, RuntimeFault.
        """
        return self._transport.invoke(self, _PARSE_DESCRIPTOR, (ovfDescriptor, pdp, ), _timeout)

    def ValidateHost(
        self,
        *,
        ovfDescriptor: str,
        host: HostSystem,
        vhp: OvfValidateHostParams,
        _timeout: float | None = None,
    ) -> OvfValidateHostResult:
        """ValidateHost: an operation of OvfManager, since 4.0.

        Privilege: System.View. Safe to re-send after a lost reply.

        Args:
            ovfDescriptor: string, since 4.0.
            host: reference to HostSystem, since 4.0.
            vhp: OvfValidateHostParams, since 4.0.

        Returns:
            OvfValidateHostResult.

        Raises:
            ConcurrentAccess, FileFault, InvalidState, TaskInProgress, RuntimeFault.
        """
        return self._transport.invoke(self, _VALIDATE_HOST, (ovfDescriptor, host, vhp, ), _timeout)
