# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""CryptoManager: managed object proxy. Since 6.5."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from pyvmomo._base import ManagedObject as _ManagedObject
from pyvmomo.property import ObjectProperties as _ObjectProperties
from pyvmomo.property import fetch_into as _fetch_into

if TYPE_CHECKING:
    from ..types.crypto_key_id import CryptoKeyId
    from ..types.crypto_key_plain import CryptoKeyPlain
    from ..types.crypto_key_result import CryptoKeyResult

_ADD_KEY: _Operation[None] = _Operation(
    "AddKey",
    (_F("key", "CryptoKeyPlain", 0, "6.5"), ),
    None,
    faults=("AlreadyExists", "InvalidState", "RuntimeFault", ),
    since="6.5",
    privilege="Cryptographer.ManageKeys",
    safe=False,
    task_result=None,
)

_ADD_KEYS: _Operation[list[CryptoKeyResult]] = _Operation(
    "AddKeys",
    (_F("keys", "CryptoKeyPlain", 3, "6.5"), ),
    _F("returnval", "CryptoKeyResult", 3, "6.5"),
    faults=("InvalidState", "RuntimeFault", ),
    since="6.5",
    privilege="Cryptographer.ManageKeys",
    safe=False,
    task_result=None,
)

_LIST_KEYS: _Operation[list[CryptoKeyId]] = _Operation(
    "ListKeys",
    (_F("limit", "int", 2, "6.5"), ),
    _F("returnval", "CryptoKeyId", 3, "6.5"),
    faults=("RuntimeFault", ),
    since="6.5",
    privilege="Cryptographer.ManageKeys",
    safe=True,
    task_result=None,
)

_REMOVE_KEY: _Operation[None] = _Operation(
    "RemoveKey",
    (_F("key", "CryptoKeyId", 0, "6.5"), _F("force", "boolean", 0, "6.5"), ),
    None,
    faults=("ResourceInUse", "RuntimeFault", ),
    since="6.5",
    privilege="Cryptographer.ManageKeys",
    safe=False,
    task_result=None,
)

_REMOVE_KEYS: _Operation[list[CryptoKeyResult]] = _Operation(
    "RemoveKeys",
    (_F("keys", "CryptoKeyId", 3, "6.5"), _F("force", "boolean", 0, "6.5"), ),
    _F("returnval", "CryptoKeyResult", 3, "6.5"),
    faults=("RuntimeFault", ),
    since="6.5",
    privilege="Cryptographer.ManageKeys",
    safe=False,
    task_result=None,
)


class CryptoManagerProperties(_ObjectProperties["CryptoManager"]):
    """CryptoManager's properties as read by fetch(), retrieve() and watch(), base types' included.

    Only the requested properties are set (unset on the server: None, or [] for
    a list). Reading one that was not requested raises AttributeError, and one
    the server refused raises its fault. A dotted path fills a partial data
    object: its other members stay unset, even those the WSDL requires.
    """

    __slots__ = ("enabled", )
    enabled: bool


class CryptoManager(_ManagedObject):
    """CryptoManager: managed object proxy, since 6.5.

    Properties (read them typed with fetch() or client.retrieve(); none is fetched implicitly):
        enabled: boolean, since 6.5.
    """

    __slots__ = ()
    _type_: ClassVar[str] = "CryptoManager"
    _properties_: ClassVar[dict[str, _F]] = {
        "enabled": _F("enabled", "boolean", 0, "6.5"),
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
        "AddKey": _ADD_KEY,
        "AddKeys": _ADD_KEYS,
        "ListKeys": _LIST_KEYS,
        "RemoveKey": _REMOVE_KEY,
        "RemoveKeys": _REMOVE_KEYS,
    }
    _property_class_ = CryptoManagerProperties

    def fetch(self, *paths: str) -> CryptoManagerProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, CryptoManagerProperties, paths)

    def AddKey(
        self,
        *,
        key: CryptoKeyPlain,
        _timeout: float | None = None,
    ) -> None:
        """AddKey: an operation of CryptoManager, since 6.5.

        Privilege: Cryptographer.ManageKeys.

        Args:
            key: CryptoKeyPlain, since 6.5.

        Returns:
            None.

        Raises:
            AlreadyExists, InvalidState, RuntimeFault.
        """
        return self._transport.invoke(self, _ADD_KEY, (key, ), _timeout)

    def AddKeys(
        self,
        *,
        keys: list[CryptoKeyPlain] | None = None,
        _timeout: float | None = None,
    ) -> list[CryptoKeyResult]:
        """AddKeys: an operation of CryptoManager, since 6.5.

        Privilege: Cryptographer.ManageKeys.

        Args:
            keys: list of CryptoKeyPlain, since 6.5.

        Returns:
            List of CryptoKeyResult.

        Raises:
            InvalidState, RuntimeFault.
        """
        return self._transport.invoke(self, _ADD_KEYS, (keys, ), _timeout)

    def ListKeys(
        self,
        *,
        limit: int | None = None,
        _timeout: float | None = None,
    ) -> list[CryptoKeyId]:
        """ListKeys: an operation of CryptoManager, since 6.5.

        Privilege: Cryptographer.ManageKeys. Safe to re-send after a lost reply.

        Args:
            limit: int, optional, since 6.5.

        Returns:
            List of CryptoKeyId.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _LIST_KEYS, (limit, ), _timeout)

    def RemoveKey(
        self,
        *,
        key: CryptoKeyId,
        force: bool,
        _timeout: float | None = None,
    ) -> None:
        """RemoveKey: an operation of CryptoManager, since 6.5.

        Privilege: Cryptographer.ManageKeys.

        Args:
            key: CryptoKeyId, since 6.5.
            force: boolean, since 6.5.

        Returns:
            None.

        Raises:
            ResourceInUse, RuntimeFault.
        """
        return self._transport.invoke(self, _REMOVE_KEY, (key, force, ), _timeout)

    def RemoveKeys(
        self,
        *,
        force: bool,
        keys: list[CryptoKeyId] | None = None,
        _timeout: float | None = None,
    ) -> list[CryptoKeyResult]:
        """RemoveKeys: an operation of CryptoManager, since 6.5.

        Privilege: Cryptographer.ManageKeys.

        Args:
            keys: list of CryptoKeyId, since 6.5.
            force: boolean, since 6.5.

        Returns:
            List of CryptoKeyResult.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _REMOVE_KEYS, (keys, force, ), _timeout)
