# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""CustomFieldsManager: managed object proxy. Since 2.0."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from pyvmomo._base import ManagedObject as _ManagedObject
from pyvmomo.property import ObjectProperties as _ObjectProperties
from pyvmomo.property import fetch_into as _fetch_into

if TYPE_CHECKING:
    from ..types.custom_field_def import CustomFieldDef
    from .managed_entity import ManagedEntity
    from ..types.privilege_policy_def import PrivilegePolicyDef

_ADD_CUSTOM_FIELD_DEF: _Operation[CustomFieldDef] = _Operation(
    "AddCustomFieldDef",
    (_F("name", "string", 0, "2.0"), _F("moType", "string", 2, "2.5"), _F("fieldDefPolicy", "PrivilegePolicyDef", 2, "2.5"), _F("fieldPolicy", "PrivilegePolicyDef", 2, "2.5"), ),
    _F("returnval", "CustomFieldDef", 0, "2.0"),
    faults=("DuplicateName", "InvalidPrivilege", "RuntimeFault", ),
    since="2.0",
    privilege="Global.ManageCustomFields",
    safe=False,
    task_result=None,
)

_REMOVE_CUSTOM_FIELD_DEF: _Operation[None] = _Operation(
    "RemoveCustomFieldDef",
    (_F("key", "int", 0, "2.0"), ),
    None,
    faults=("RuntimeFault", ),
    since="2.0",
    privilege="Global.ManageCustomFields",
    safe=False,
    task_result=None,
)

_RENAME_CUSTOM_FIELD_DEF: _Operation[None] = _Operation(
    "RenameCustomFieldDef",
    (_F("key", "int", 0, "2.0"), _F("name", "string", 0, "2.0"), ),
    None,
    faults=("DuplicateName", "RuntimeFault", ),
    since="2.0",
    privilege="Global.ManageCustomFields",
    safe=False,
    task_result=None,
)

_SET_FIELD: _Operation[None] = _Operation(
    "SetField",
    (_F("entity", "ManagedObjectReference", 0, "2.0", target="ManagedEntity"), _F("key", "int", 0, "2.0"), _F("value", "string", 0, "2.0"), ),
    None,
    faults=("RuntimeFault", ),
    since="2.0",
    privilege=None,
    safe=False,
    task_result=None,
)


class CustomFieldsManagerProperties(_ObjectProperties["CustomFieldsManager"]):
    """CustomFieldsManager's properties as read by fetch(), retrieve() and watch(), base types' included.

    Only the requested properties are set (unset on the server: None, or [] for
    a list). Reading one that was not requested raises AttributeError, and one
    the server refused raises its fault. A dotted path fills a partial data
    object: its other members stay unset, even those the WSDL requires.
    """

    __slots__ = ("field", )
    field: list[CustomFieldDef]


class CustomFieldsManager(_ManagedObject):
    """CustomFieldsManager: managed object proxy, since 2.0.

    Properties (read them typed with fetch() or client.retrieve(); none is fetched implicitly):
        field: list of CustomFieldDef, since 2.0, read privilege System.View.
    """

    __slots__ = ()
    _type_: ClassVar[str] = "CustomFieldsManager"
    _properties_: ClassVar[dict[str, _F]] = {
        "field": _F("field", "CustomFieldDef", 3, "2.0"),
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
        "AddCustomFieldDef": _ADD_CUSTOM_FIELD_DEF,
        "RemoveCustomFieldDef": _REMOVE_CUSTOM_FIELD_DEF,
        "RenameCustomFieldDef": _RENAME_CUSTOM_FIELD_DEF,
        "SetField": _SET_FIELD,
    }
    _property_class_ = CustomFieldsManagerProperties

    def fetch(self, *paths: str) -> CustomFieldsManagerProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, CustomFieldsManagerProperties, paths)

    def AddCustomFieldDef(
        self,
        *,
        name: str,
        moType: str | None = None,
        fieldDefPolicy: PrivilegePolicyDef | None = None,
        fieldPolicy: PrivilegePolicyDef | None = None,
        _timeout: float | None = None,
    ) -> CustomFieldDef:
        """AddCustomFieldDef: an operation of CustomFieldsManager, since 2.0.

        Privilege: Global.ManageCustomFields.

        Args:
            name: string, since 2.0.
            moType: string, optional, since 2.5.
            fieldDefPolicy: PrivilegePolicyDef, optional, since 2.5.
            fieldPolicy: PrivilegePolicyDef, optional, since 2.5.

        Returns:
            CustomFieldDef.

        Raises:
            DuplicateName, InvalidPrivilege, RuntimeFault.
        """
        return self._transport.invoke(self, _ADD_CUSTOM_FIELD_DEF, (name, moType, fieldDefPolicy, fieldPolicy, ), _timeout)

    def RemoveCustomFieldDef(
        self,
        *,
        key: int,
        _timeout: float | None = None,
    ) -> None:
        """RemoveCustomFieldDef: an operation of CustomFieldsManager, since 2.0.

        Privilege: Global.ManageCustomFields.

        Args:
            key: int, since 2.0.

        Returns:
            None.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _REMOVE_CUSTOM_FIELD_DEF, (key, ), _timeout)

    def RenameCustomFieldDef(
        self,
        *,
        key: int,
        name: str,
        _timeout: float | None = None,
    ) -> None:
        """RenameCustomFieldDef: an operation of CustomFieldsManager, since 2.0.

        Privilege: Global.ManageCustomFields.

        Args:
            key: int, since 2.0.
            name: string, since 2.0.

        Returns:
            None.

        Raises:
            DuplicateName, RuntimeFault.
        """
        return self._transport.invoke(self, _RENAME_CUSTOM_FIELD_DEF, (key, name, ), _timeout)

    def SetField(
        self,
        *,
        entity: ManagedEntity,
        key: int,
        value: str,
        _timeout: float | None = None,
    ) -> None:
        """SetField: an operation of CustomFieldsManager, since 2.0.

        Args:
            entity: reference to ManagedEntity, since 2.0, needs Global.SetCustomField on it.
            key: int, since 2.0.
            value: string, since 2.0.

        Returns:
            None.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _SET_FIELD, (entity, key, value, ), _timeout)
