# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""OptionManager: managed object proxy. Since 2.0."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from pyvmomo._base import ManagedObject as _ManagedObject
from pyvmomo.property import ObjectProperties as _ObjectProperties
from pyvmomo.property import fetch_into as _fetch_into

if TYPE_CHECKING:
    from collections.abc import Sequence
    from ..types.option_def import OptionDef
    from ..types.option_value import OptionValue

_QUERY_OPTIONS: _Operation[list[OptionValue]] = _Operation(
    "QueryOptions",
    (_F("name", "string", 2, "2.0"), ),
    _F("returnval", "OptionValue", 3, "2.0"),
    faults=("InvalidName", "RuntimeFault", ),
    since="2.0",
    privilege="System.View",
    safe=True,
    task_result=None,
)

_UPDATE_OPTIONS: _Operation[None] = _Operation(
    "UpdateOptions",
    (_F("changedValue", "OptionValue", 1, "2.0"), ),
    None,
    faults=("InvalidName", "RuntimeFault", ),
    since="2.0",
    privilege=None,
    safe=False,
    task_result=None,
)


class OptionManagerProperties(_ObjectProperties["OptionManager"]):
    """OptionManager's properties as read by fetch(), retrieve() and watch(), base types' included.

    Only the requested properties are set (unset on the server: None, or [] for
    a list). Reading one that was not requested raises AttributeError, and one
    the server refused raises its fault. A dotted path fills a partial data
    object: its other members stay unset, even those the WSDL requires.
    """

    __slots__ = ("supportedOption", "setting", )
    supportedOption: list[OptionDef]
    setting: list[OptionValue]


class OptionManager(_ManagedObject):
    """OptionManager: managed object proxy, since 2.0.

    Properties (read them typed with fetch() or client.retrieve(); none is fetched implicitly):
        supportedOption: list of OptionDef, since 2.0.
        setting: list of OptionValue, since 2.0.
    """

    __slots__ = ()
    _type_: ClassVar[str] = "OptionManager"
    _properties_: ClassVar[dict[str, _F]] = {
        "supportedOption": _F("supportedOption", "OptionDef", 3, "2.0"),
        "setting": _F("setting", "OptionValue", 3, "2.0"),
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
        "QueryOptions": _QUERY_OPTIONS,
        "UpdateOptions": _UPDATE_OPTIONS,
    }
    _property_class_ = OptionManagerProperties

    def fetch(self, *paths: str) -> OptionManagerProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, OptionManagerProperties, paths)

    def QueryOptions(
        self,
        *,
        name: str | None = None,
        _timeout: float | None = None,
    ) -> list[OptionValue]:
        """QueryOptions: an operation of OptionManager, since 2.0.

        Privilege: System.View. Safe to re-send after a lost reply.

        Args:
            name: string, optional, since 2.0.

        Returns:
            List of OptionValue.

        Raises:
            InvalidName, RuntimeFault.
        """
        return self._transport.invoke(self, _QUERY_OPTIONS, (name, ), _timeout)

    def UpdateOptions(
        self,
        *,
        changedValue: Sequence[OptionValue],
        _timeout: float | None = None,
    ) -> None:
        """UpdateOptions: an operation of OptionManager, since 2.0.

        Args:
            changedValue: list of OptionValue, since 2.0.

        Returns:
            None.

        Raises:
            InvalidName, RuntimeFault.
        """
        return self._transport.invoke(self, _UPDATE_OPTIONS, (changedValue, ), _timeout)
