# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""ExtensibleManagedObject: managed object proxy. Since 2.0."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from pyvmomo._base import ManagedObject as _ManagedObject
from pyvmomo.property import ObjectProperties as _ObjectProperties
from pyvmomo.property import fetch_into as _fetch_into

if TYPE_CHECKING:
    from ..types.custom_field_def import CustomFieldDef
    from ..types.custom_field_value import CustomFieldValue

_SET_CUSTOM_VALUE: _Operation[None] = _Operation(
    "setCustomValue",
    (_F("key", "string", 0, "2.5"), _F("value", "string", 0, "2.5"), ),
    None,
    faults=("RuntimeFault", ),
    since="2.5",
    privilege=None,
    safe=False,
    task_result=None,
)


class ExtensibleManagedObjectProperties(_ObjectProperties["ExtensibleManagedObject"]):
    """ExtensibleManagedObject's properties as read by fetch(), retrieve() and watch(), base types' included.

    Only the requested properties are set (unset on the server: None, or [] for
    a list). Reading one that was not requested raises AttributeError, and one
    the server refused raises its fault. A dotted path fills a partial data
    object: its other members stay unset, even those the WSDL requires.
    """

    __slots__ = ("value", "availableField", )
    value: list[CustomFieldValue]
    availableField: list[CustomFieldDef]


class ExtensibleManagedObject(_ManagedObject):
    """ExtensibleManagedObject: managed object proxy, since 2.0.

    Properties (read them typed with fetch() or client.retrieve(); none is fetched implicitly):
        value: list of CustomFieldValue, since 2.5, read privilege System.View.
        availableField: list of CustomFieldDef, since 2.5, read privilege System.View.
    """

    __slots__ = ()
    _type_: ClassVar[str] = "ExtensibleManagedObject"
    _properties_: ClassVar[dict[str, _F]] = {
        "value": _F("value", "CustomFieldValue", 3, "2.5"),
        "availableField": _F("availableField", "CustomFieldDef", 3, "2.5"),
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
        "setCustomValue": _SET_CUSTOM_VALUE,
    }
    _property_class_ = ExtensibleManagedObjectProperties

    def fetch(self, *paths: str) -> ExtensibleManagedObjectProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, ExtensibleManagedObjectProperties, paths)

    def setCustomValue(
        self,
        *,
        key: str,
        value: str,
        _timeout: float | None = None,
    ) -> None:
        """setCustomValue: an operation of ExtensibleManagedObject, since 2.5.

        Args:
            key: string, since 2.5.
            value: string, since 2.5.

        Returns:
            None.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _SET_CUSTOM_VALUE, (key, value, ), _timeout)
