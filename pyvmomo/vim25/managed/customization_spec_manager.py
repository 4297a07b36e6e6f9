# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""CustomizationSpecManager: managed object proxy. Since 2.0."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from pyvmomo._base import ManagedObject as _ManagedObject
from pyvmomo.property import ObjectProperties as _ObjectProperties
from pyvmomo.property import fetch_into as _fetch_into

if TYPE_CHECKING:
    from ..types.customization_spec_info import CustomizationSpecInfo
    from ..types.customization_spec_item import CustomizationSpecItem

_CHECK_CUSTOMIZATION_RESOURCES: _Operation[None] = _Operation(
    "CheckCustomizationResources",
    (_F("guestOs", "string", 0, "2.0"), ),
    None,
    faults=("CustomizationFault", "RuntimeFault", ),
    since="2.0",
    privilege="System.View",
    safe=True,
    task_result=None,
)

_CREATE_CUSTOMIZATION_SPEC: _Operation[None] = _Operation(
    "CreateCustomizationSpec",
    (_F("item", "CustomizationSpecItem", 0, "2.0"), ),
    None,
    faults=("AlreadyExists", "CustomizationFault", "RuntimeFault", ),
    since="2.0",
    privilege="VirtualMachine.Provisioning.ModifyCustSpecs",
    safe=False,
    task_result=None,
)

_CUSTOMIZATION_SPEC_ITEM_TO_XML: _Operation[str] = _Operation(
    "CustomizationSpecItemToXml",
    (_F("item", "CustomizationSpecItem", 0, "2.0"), ),
    _F("returnval", "string", 0, "2.0"),
    faults=("RuntimeFault", ),
    since="2.0",
    privilege="System.View",
    safe=True,
    task_result=None,
)

_DELETE_CUSTOMIZATION_SPEC: _Operation[None] = _Operation(
    "DeleteCustomizationSpec",
    (_F("name", "string", 0, "2.0"), ),
    None,
    faults=("NotFound", "RuntimeFault", ),
    since="2.0",
    privilege="VirtualMachine.Provisioning.ModifyCustSpecs",
    safe=False,
    task_result=None,
)

_DOES_CUSTOMIZATION_SPEC_EXIST: _Operation[bool] = _Operation(
    "DoesCustomizationSpecExist",
    (_F("name", "string", 0, "2.0"), ),
    _F("returnval", "boolean", 0, "2.0"),
    faults=("RuntimeFault", ),
    since="2.0",
    privilege="VirtualMachine.Provisioning.ReadCustSpecs",
    safe=True,
    task_result=None,
)

_DUPLICATE_CUSTOMIZATION_SPEC: _Operation[None] = _Operation(
    "DuplicateCustomizationSpec",
    (_F("name", "string", 0, "2.0"), _F("newName", "string", 0, "2.0"), ),
    None,
    faults=("AlreadyExists", "NotFound", "RuntimeFault", ),
    since="2.0",
    privilege="VirtualMachine.Provisioning.ModifyCustSpecs",
    safe=False,
    task_result=None,
)

_GET_CUSTOMIZATION_SPEC: _Operation[CustomizationSpecItem] = _Operation(
    "GetCustomizationSpec",
    (_F("name", "string", 0, "2.0"), ),
    _F("returnval", "CustomizationSpecItem", 0, "2.0"),
    faults=("NotFound", "RuntimeFault", ),
    since="2.0",
    privilege="VirtualMachine.Provisioning.ReadCustSpecs",
    safe=True,
    task_result=None,
)

_OVERWRITE_CUSTOMIZATION_SPEC: _Operation[None] = _Operation(
    "OverwriteCustomizationSpec",
    (_F("item", "CustomizationSpecItem", 0, "2.0"), ),
    None,
    faults=("ConcurrentAccess", "CustomizationFault", "NotFound", "RuntimeFault", ),
    since="2.0",
    privilege="VirtualMachine.Provisioning.ModifyCustSpecs",
    safe=False,
    task_result=None,
)

_RENAME_CUSTOMIZATION_SPEC: _Operation[None] = _Operation(
    "RenameCustomizationSpec",
    (_F("name", "string", 0, "2.0"), _F("newName", "string", 0, "2.0"), ),
    None,
    faults=("AlreadyExists", "NotFound", "RuntimeFault", ),
    since="2.0",
    privilege="VirtualMachine.Provisioning.ModifyCustSpecs",
    safe=False,
    task_result=None,
)

_XML_TO_CUSTOMIZATION_SPEC_ITEM: _Operation[CustomizationSpecItem] = _Operation(
    "XmlToCustomizationSpecItem",
    (_F("specItemXml", "string", 0, "2.0"), ),
    _F("returnval", "CustomizationSpecItem", 0, "2.0"),
    faults=("CustomizationFault", "RuntimeFault", ),
    since="2.0",
    privilege="System.View",
    safe=True,
    task_result=None,
)


class CustomizationSpecManagerProperties(_ObjectProperties["CustomizationSpecManager"]):
    """CustomizationSpecManager's properties as read by fetch(), retrieve() and watch(), base types' included.

    Only the requested properties are set (unset on the server: None, or [] for
    a list). Reading one that was not requested raises AttributeError, and one
    the server refused raises its fault. A dotted path fills a partial data
    object: its other members stay unset, even those the WSDL requires.
    """

    __slots__ = ("info", "encryptionKey", )
    info: list[CustomizationSpecInfo]
    encryptionKey: list[int]


class CustomizationSpecManager(_ManagedObject):
    """CustomizationSpecManager: managed object proxy, since 2.0.

    Properties (read them typed with fetch() or client.retrieve(); none is fetched implicitly):
        info: list of CustomizationSpecInfo, since 2.0, read privilege VirtualMachine.Provisioning.ReadCustSpecs.
        encryptionKey: list of byte, since 2.0, read privilege System.View.
    """

    __slots__ = ()
    _type_: ClassVar[str] = "CustomizationSpecManager"
    _properties_: ClassVar[dict[str, _F]] = {
        "info": _F("info", "CustomizationSpecInfo", 3, "2.0"),
        "encryptionKey": _F("encryptionKey", "byte", 3, "2.0"),
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
        "CheckCustomizationResources": _CHECK_CUSTOMIZATION_RESOURCES,
        "CreateCustomizationSpec": _CREATE_CUSTOMIZATION_SPEC,
        "CustomizationSpecItemToXml": _CUSTOMIZATION_SPEC_ITEM_TO_XML,
        "DeleteCustomizationSpec": _DELETE_CUSTOMIZATION_SPEC,
        "DoesCustomizationSpecExist": _DOES_CUSTOMIZATION_SPEC_EXIST,
        "DuplicateCustomizationSpec": _DUPLICATE_CUSTOMIZATION_SPEC,
        "GetCustomizationSpec": _GET_CUSTOMIZATION_SPEC,
        "OverwriteCustomizationSpec": _OVERWRITE_CUSTOMIZATION_SPEC,
        "RenameCustomizationSpec": _RENAME_CUSTOMIZATION_SPEC,
        "XmlToCustomizationSpecItem": _XML_TO_CUSTOMIZATION_SPEC_ITEM,
    }
    _property_class_ = CustomizationSpecManagerProperties

    def fetch(self, *paths: str) -> CustomizationSpecManagerProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, CustomizationSpecManagerProperties, paths)

    def CheckCustomizationResources(
        self,
        *,
        guestOs: str,
        _timeout: float | None = None,
    ) -> None:
        """CheckCustomizationResources: an operation of CustomizationSpecManager, since 2.0.

        Privilege: System.View. Safe to re-send after a lost reply.

        Args:
            guestOs: string, since 2.0.

        Returns:
            None.

        Raises:
            CustomizationFault, RuntimeFault.
        """
        return self._transport.invoke(self, _CHECK_CUSTOMIZATION_RESOURCES, (guestOs, ), _timeout)

    def CreateCustomizationSpec(
        self,
        *,
        item: CustomizationSpecItem,
        _timeout: float | None = None,
    ) -> None:
        """CreateCustomizationSpec: an operation of CustomizationSpecManager, since 2.0.

        Privilege: VirtualMachine.Provisioning.ModifyCustSpecs.

        Args:
            item: CustomizationSpecItem, since 2.0.

        Returns:
            None.

        Raises:
            AlreadyExists, CustomizationFault, RuntimeFault.
        """
        return self._transport.invoke(self, _CREATE_CUSTOMIZATION_SPEC, (item, ), _timeout)

    def CustomizationSpecItemToXml(
        self,
        *,
        item: CustomizationSpecItem,
        _timeout: float | None = None,
    ) -> str:
        """CustomizationSpecItemToXml: an operation of CustomizationSpecManager, since 2.0.

        Privilege: System.View. Safe to re-send after a lost reply.

        Args:
            item: CustomizationSpecItem, since 2.0.

        Returns:
            String.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _CUSTOMIZATION_SPEC_ITEM_TO_XML, (item, ), _timeout)

    def DeleteCustomizationSpec(
        self,
        *,
        name: str,
        _timeout: float | None = None,
    ) -> None:
        """DeleteCustomizationSpec: an operation of CustomizationSpecManager, since 2.0.

        Privilege: VirtualMachine.Provisioning.ModifyCustSpecs.

        Args:
            name: string, since 2.0.

        Returns:
            None.

        Raises:
            NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _DELETE_CUSTOMIZATION_SPEC, (name, ), _timeout)

    def DoesCustomizationSpecExist(
        self,
        *,
        name: str,
        _timeout: float | None = None,
    ) -> bool:
        """DoesCustomizationSpecExist: an operation of CustomizationSpecManager, since 2.0.

        Privilege: VirtualMachine.Provisioning.ReadCustSpecs. Safe to re-send after a lost reply.

        Args:
            name: string, since 2.0.

        Returns:
            Boolean.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _DOES_CUSTOMIZATION_SPEC_EXIST, (name, ), _timeout)

    def DuplicateCustomizationSpec(
        self,
        *,
        name: str,
        newName: str,
        _timeout: float | None = None,
    ) -> None:
        """DuplicateCustomizationSpec: an operation of CustomizationSpecManager, since 2.0.

        Privilege: VirtualMachine.Provisioning.ModifyCustSpecs.

        Args:
            name: string, since 2.0.
            newName: string, since 2.0.

        Returns:
            None.

        Raises:
            AlreadyExists, NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _DUPLICATE_CUSTOMIZATION_SPEC, (name, newName, ), _timeout)

    def GetCustomizationSpec(
        self,
        *,
        name: str,
        _timeout: float | None = None,
    ) -> CustomizationSpecItem:
        """GetCustomizationSpec: an operation of CustomizationSpecManager, since 2.0.

        Privilege: VirtualMachine.Provisioning.ReadCustSpecs. Safe to re-send after a lost reply.

        Args:
            name: string, since 2.0.

        Returns:
            CustomizationSpecItem.

        Raises:
            NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _GET_CUSTOMIZATION_SPEC, (name, ), _timeout)

    def OverwriteCustomizationSpec(
        self,
        *,
        item: CustomizationSpecItem,
        _timeout: float | None = None,
    ) -> None:
        """OverwriteCustomizationSpec: an operation of CustomizationSpecManager, since 2.0.

        Privilege: VirtualMachine.Provisioning.ModifyCustSpecs.

        Args:
            item: CustomizationSpecItem, since 2.0.

        Returns:
            None.

        Raises:
            ConcurrentAccess, CustomizationFault, NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _OVERWRITE_CUSTOMIZATION_SPEC, (item, ), _timeout)

    def RenameCustomizationSpec(
        self,
        *,
        name: str,
        newName: str,
        _timeout: float | None = None,
    ) -> None:
        """RenameCustomizationSpec: an operation of CustomizationSpecManager, since 2.0.

        Privilege: VirtualMachine.Provisioning.ModifyCustSpecs.

        Args:
            name: string, since 2.0.
            newName: string, since 2.0.

        Returns:
            None.

        Raises:
            AlreadyExists, NotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _RENAME_CUSTOMIZATION_SPEC, (name, newName, ), _timeout)

    def XmlToCustomizationSpecItem(
        self,
        *,
        specItemXml: str,
        _timeout: float | None = None,
    ) -> CustomizationSpecItem:
        """XmlToCustomizationSpecItem: an operation of CustomizationSpecManager, since 2.0.

        Privilege: System.View. Safe to re-send after a lost reply.

        Args:
            specItemXml: string, since 2.0.

        Returns:
            CustomizationSpecItem.

        Raises:
            CustomizationFault, RuntimeFault.
        """
        return self._transport.invoke(self, _XML_TO_CUSTOMIZATION_SPEC_ITEM, (specItemXml, ), _timeout)
