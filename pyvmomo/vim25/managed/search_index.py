# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""SearchIndex: managed object proxy. Since 2.0."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from pyvmomo._base import ManagedObject as _ManagedObject
from pyvmomo.property import ObjectProperties as _ObjectProperties
from pyvmomo.property import fetch_into as _fetch_into

if TYPE_CHECKING:
    from .datacenter import Datacenter
    from .managed_entity import ManagedEntity
    from .virtual_machine import VirtualMachine

_FIND_ALL_BY_DNS_NAME: _Operation[list[ManagedEntity]] = _Operation(
    "FindAllByDnsName",
    (_F("datacenter", "ManagedObjectReference", 2, "4.0", target="Datacenter"), _F("dnsName", "string", 0, "4.0"), _F("vmSearch", "boolean", 0, "4.0"), ),
    _F("returnval", "ManagedObjectReference", 1, "4.0", target="ManagedEntity"),
    faults=("RuntimeFault", ),
    since="4.0",
    privilege="System.View",
    safe=True,
    task_result=None,
)

_FIND_ALL_BY_IP: _Operation[list[ManagedEntity]] = _Operation(
    "FindAllByIp",
    (_F("datacenter", "ManagedObjectReference", 2, "4.0", target="Datacenter"), _F("ip", "string", 0, "4.0"), _F("vmSearch", "boolean", 0, "4.0"), ),
    _F("returnval", "ManagedObjectReference", 1, "4.0", target="ManagedEntity"),
    faults=("RuntimeFault", ),
    since="4.0",
    privilege="System.View",
    safe=True,
    task_result=None,
)

_FIND_ALL_BY_UUID: _Operation[list[ManagedEntity]] = _Operation(
    "FindAllByUuid",
    (_F("datacenter", "ManagedObjectReference", 2, "4.0", target="Datacenter"), _F("uuid", "string", 0, "4.0"), _F("vmSearch", "boolean", 0, "4.0"), _F("instanceUuid", "boolean", 2, "4.0"), ),
    _F("returnval", "ManagedObjectReference", 1, "4.0", target="ManagedEntity"),
    faults=("RuntimeFault", ),
    since="4.0",
    privilege="System.View",
    safe=True,
    task_result=None,
)

_FIND_BY_DATASTORE_PATH: _Operation[VirtualMachine | None] = _Operation(
    "FindByDatastorePath",
    (_F("datacenter", "ManagedObjectReference", 0, "2.0", target="Datacenter"), _F("path", "string", 0, "2.0"), ),
    _F("returnval", "ManagedObjectReference", 2, "2.0", target="VirtualMachine"),
    faults=("InvalidDatastore", "RuntimeFault", ),
    since="2.0",
    privilege="System.View",
    safe=True,
    task_result=None,
)

_FIND_BY_DNS_NAME: _Operation[ManagedEntity | None] = _Operation(
    "FindByDnsName",
    (_F("datacenter", "ManagedObjectReference", 2, "2.0", target="Datacenter"), _F("dnsName", "string", 0, "2.0"), _F("vmSearch", "boolean", 0, "2.0"), ),
    _F("returnval", "ManagedObjectReference", 2, "2.0", target="ManagedEntity"),
    faults=("RuntimeFault", ),
    since="2.0",
    privilege="System.View",
    safe=True,
    task_result=None,
)

_FIND_BY_INVENTORY_PATH: _Operation[ManagedEntity | None] = _Operation(
    "FindByInventoryPath",
    (_F("inventoryPath", "string", 0, "2.0"), ),
    _F("returnval", "ManagedObjectReference", 2, "2.0", target="ManagedEntity"),
    faults=("RuntimeFault", ),
    since="2.0",
    privilege="System.View",
    safe=True,
    task_result=None,
)

_FIND_BY_IP: _Operation[ManagedEntity | None] = _Operation(
    "FindByIp",
    (_F("datacenter", "ManagedObjectReference", 2, "2.0", target="Datacenter"), _F("ip", "string", 0, "2.0"), _F("vmSearch", "boolean", 0, "2.0"), ),
    _F("returnval", "ManagedObjectReference", 2, "2.0", target="ManagedEntity"),
    faults=("RuntimeFault", ),
    since="2.0",
    privilege="System.View",
    safe=True,
    task_result=None,
)

_FIND_BY_UUID: _Operation[ManagedEntity | None] = _Operation(
    "FindByUuid",
    (_F("datacenter", "ManagedObjectReference", 2, "2.0", target="Datacenter"), _F("uuid", "string", 0, "2.0"), _F("vmSearch", "boolean", 0, "2.0"), _F("instanceUuid", "boolean", 2, "4.0"), ),
    _F("returnval", "ManagedObjectReference", 2, "2.0", target="ManagedEntity"),
    faults=("RuntimeFault", ),
    since="2.0",
    privilege="System.View",
    safe=True,
    task_result=None,
)

_FIND_CHILD: _Operation[ManagedEntity | None] = _Operation(
    "FindChild",
    (_F("entity", "ManagedObjectReference", 0, "2.0", target="ManagedEntity"), _F("name", "string", 0, "2.0"), ),
    _F("returnval", "ManagedObjectReference", 2, "2.0", target="ManagedEntity"),
    faults=("RuntimeFault", ),
    since="2.0",
    privilege="System.View",
    safe=True,
    task_result=None,
)


class SearchIndexProperties(_ObjectProperties["SearchIndex"]):
    """SearchIndex's properties as read by fetch(), retrieve() and watch(), base types' included.

    Only the requested properties are set (unset on the server: None, or [] for
    a list). Reading one that was not requested raises AttributeError, and one
    the server refused raises its fault. A dotted path fills a partial data
    object: its other members stay unset, even those the WSDL requires.
    """

    __slots__ = ()


class SearchIndex(_ManagedObject):
    """SearchIndex: managed object proxy, since 2.0."""

    __slots__ = ()
    _type_: ClassVar[str] = "SearchIndex"
    _properties_: ClassVar[dict[str, _F]] = {
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
        "FindAllByDnsName": _FIND_ALL_BY_DNS_NAME,
        "FindAllByIp": _FIND_ALL_BY_IP,
        "FindAllByUuid": _FIND_ALL_BY_UUID,
        "FindByDatastorePath": _FIND_BY_DATASTORE_PATH,
        "FindByDnsName": _FIND_BY_DNS_NAME,
        "FindByInventoryPath": _FIND_BY_INVENTORY_PATH,
        "FindByIp": _FIND_BY_IP,
        "FindByUuid": _FIND_BY_UUID,
        "FindChild": _FIND_CHILD,
    }
    _property_class_ = SearchIndexProperties

    def fetch(self, *paths: str) -> SearchIndexProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, SearchIndexProperties, paths)

    def FindAllByDnsName(
        self,
        *,
        dnsName: str,
        vmSearch: bool,
        datacenter: Datacenter | None = None,
        _timeout: float | None = None,
    ) -> list[ManagedEntity]:
        """FindAllByDnsName: an operation of SearchIndex, since 4.0.

        Privilege: System.View. Safe to re-send after a lost reply.

        Args:
            datacenter: reference to Datacenter, optional, since 4.0.
            dnsName: string, since 4.0.
            vmSearch: boolean, since 4.0.

        Returns:
            List of references to ManagedEntity.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _FIND_ALL_BY_DNS_NAME, (datacenter, dnsName, vmSearch, ), _timeout)

    def FindAllByIp(
        self,
        *,
        ip: str,
        vmSearch: bool,
        datacenter: Datacenter | None = None,
        _timeout: float | None = None,
    ) -> list[ManagedEntity]:
        """FindAllByIp: an operation of SearchIndex, since 4.0.

        Privilege: System.View. Safe to re-send after a lost reply.

        Args:
            datacenter: reference to Datacenter, optional, since 4.0.
            ip: string, since 4.0.
            vmSearch: boolean, since 4.0.

        Returns:
            List of references to ManagedEntity.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _FIND_ALL_BY_IP, (datacenter, ip, vmSearch, ), _timeout)

    def FindAllByUuid(
        self,
        *,
        uuid: str,
        vmSearch: bool,
        datacenter: Datacenter | None = None,
        instanceUuid: bool | None = None,
        _timeout: float | None = None,
    ) -> list[ManagedEntity]:
        """FindAllByUuid: an operation of SearchIndex, since 4.0.

        Privilege: System.View. Safe to re-send after a lost reply.

        Args:
            datacenter: reference to Datacenter, optional, since 4.0.
            uuid: string, since 4.0.
            vmSearch: boolean, since 4.0.
            instanceUuid: boolean, optional, since 4.0.

        Returns:
            List of references to ManagedEntity.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _FIND_ALL_BY_UUID, (datacenter, uuid, vmSearch, instanceUuid, ), _timeout)

    def FindByDatastorePath(
        self,
        *,
        datacenter: Datacenter,
        path: str,
        _timeout: float | None = None,
    ) -> VirtualMachine | None:
        """FindByDatastorePath: an operation of SearchIndex, since 2.0.

        Privilege: System.View. Safe to re-send after a lost reply.

        Args:
            datacenter: reference to Datacenter, since 2.0.
            path: string, since 2.0.

        Returns:
            Reference to VirtualMachine, or None.

        Raises:
            InvalidDatastore, RuntimeFault.
        """
        return self._transport.invoke(self, _FIND_BY_DATASTORE_PATH, (datacenter, path, ), _timeout)

    def FindByDnsName(
        self,
        *,
        dnsName: str,
        vmSearch: bool,
        datacenter: Datacenter | None = None,
        _timeout: float | None = None,
    ) -> ManagedEntity | None:
        """FindByDnsName: an operation of SearchIndex, since 2.0.

        Privilege: System.View. Safe to re-send after a lost reply.

        Args:
            datacenter: reference to Datacenter, optional, since 2.0.
            dnsName: string, since 2.0.
            vmSearch: boolean, since 2.0.

        Returns:
            Reference to ManagedEntity, or None.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _FIND_BY_DNS_NAME, (datacenter, dnsName, vmSearch, ), _timeout)

    def FindByInventoryPath(
        self,
        *,
        inventoryPath: str,
        _timeout: float | None = None,
    ) -> ManagedEntity | None:
        """FindByInventoryPath: an operation of SearchIndex, since 2.0.

        Privilege: System.View. Safe to re-send after a lost reply.

        Args:
            inventoryPath: string, since 2.0.

        Returns:
            Reference to ManagedEntity, or None.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _FIND_BY_INVENTORY_PATH, (inventoryPath, ), _timeout)

    def FindByIp(
        self,
        *,
        ip: str,
        vmSearch: bool,
        datacenter: Datacenter | None = None,
        _timeout: float | None = None,
    ) -> ManagedEntity | None:
        """FindByIp: an operation of SearchIndex, since 2.0.

        Privilege: System.View. Safe to re-send after a lost reply.

        Args:
            datacenter: reference to Datacenter, optional, since 2.0.
            ip: string, since 2.0.
            vmSearch: boolean, since 2.0.

        Returns:
            Reference to ManagedEntity, or None.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _FIND_BY_IP, (datacenter, ip, vmSearch, ), _timeout)

    def FindByUuid(
        self,
        *,
        uuid: str,
        vmSearch: bool,
        datacenter: Datacenter | None = None,
        instanceUuid: bool | None = None,
        _timeout: float | None = None,
    ) -> ManagedEntity | None:
        """FindByUuid: an operation of SearchIndex, since 2.0.

        Privilege: System.View. Safe to re-send after a lost reply.

        Args:
            datacenter: reference to Datacenter, optional, since 2.0.
            uuid: string, since 2.0.
            vmSearch: boolean, since 2.0.
            instanceUuid: boolean, optional, since 4.0.

        Returns:
            Reference to ManagedEntity, or None.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _FIND_BY_UUID, (datacenter, uuid, vmSearch, instanceUuid, ), _timeout)

    def FindChild(
        self,
        *,
        entity: ManagedEntity,
        name: str,
        _timeout: float | None = None,
    ) -> ManagedEntity | None:
        """FindChild: an operation of SearchIndex, since 2.0.

        Privilege: System.View. Safe to re-send after a lost reply.

        Args:
            entity: reference to ManagedEntity, since 2.0.
            name: string, since 2.0.

        Returns:
            Reference to ManagedEntity, or None.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _FIND_CHILD, (entity, name, ), _timeout)
