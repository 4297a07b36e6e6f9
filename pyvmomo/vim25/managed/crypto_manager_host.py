# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""CryptoManagerHost: managed object proxy, extends CryptoManager. Since 6.7."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from .crypto_manager import CryptoManager, CryptoManagerProperties
from pyvmomo.property import fetch_into as _fetch_into

if TYPE_CHECKING:
    from ..types.crypto_key_plain import CryptoKeyPlain
    from .task import Task

_CHANGE_KEY_TASK: _Operation[Task[None]] = _Operation(
    "ChangeKey_Task",
    (_F("newKey", "CryptoKeyPlain", 0, "6.7"), ),
    _F("returnval", "ManagedObjectReference", 0, "6.7", target="Task"),
    faults=("InvalidState", "RuntimeFault", ),
    since="6.7",
    privilege="Cryptographer.RegisterHost",
    safe=False,
    task_result=None,
)

_CRYPTO_MANAGER_HOST_DISABLE: _Operation[None] = _Operation(
    "CryptoManagerHostDisable",
    (),
    None,
    faults=("InvalidState", "RuntimeFault", ),
    since="7.0.0.0",
    privilege="Cryptographer.RegisterHost",
    safe=False,
    task_result=None,
)

_CRYPTO_MANAGER_HOST_ENABLE: _Operation[None] = _Operation(
    "CryptoManagerHostEnable",
    (_F("initialKey", "CryptoKeyPlain", 0, "6.7"), ),
    None,
    faults=("AlreadyExists", "InvalidState", "RuntimeFault", ),
    since="6.7",
    privilege="Cryptographer.RegisterHost",
    safe=False,
    task_result=None,
)

_CRYPTO_MANAGER_HOST_PREPARE: _Operation[None] = _Operation(
    "CryptoManagerHostPrepare",
    (),
    None,
    faults=("InvalidState", "RuntimeFault", ),
    since="6.7",
    privilege="Cryptographer.RegisterHost",
    safe=False,
    task_result=None,
)


class CryptoManagerHostProperties(CryptoManagerProperties):
    """CryptoManagerHost's properties as read by fetch(), retrieve() and watch(), base types' included.

    Only the requested properties are set (unset on the server: None, or [] for
    a list). Reading one that was not requested raises AttributeError, and one
    the server refused raises its fault. A dotted path fills a partial data
    object: its other members stay unset, even those the WSDL requires.
    """

    __slots__ = ()
    obj: CryptoManagerHost  # pyright: ignore[reportIncompatibleVariableOverride]


class CryptoManagerHost(CryptoManager):
    """CryptoManagerHost: managed object proxy extending CryptoManager, since 6.7."""

    __slots__ = ()
    _type_: ClassVar[str] = "CryptoManagerHost"
    _properties_: ClassVar[dict[str, _F]] = {
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
        "ChangeKey_Task": _CHANGE_KEY_TASK,
        "CryptoManagerHostDisable": _CRYPTO_MANAGER_HOST_DISABLE,
        "CryptoManagerHostEnable": _CRYPTO_MANAGER_HOST_ENABLE,
        "CryptoManagerHostPrepare": _CRYPTO_MANAGER_HOST_PREPARE,
    }
    _property_class_ = CryptoManagerHostProperties

    def fetch(self, *paths: str) -> CryptoManagerHostProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, CryptoManagerHostProperties, paths)

    def ChangeKey_Task(
        self,
        *,
        newKey: CryptoKeyPlain,
        _timeout: float | None = None,
    ) -> Task[None]:
        """ChangeKey_Task: an operation of CryptoManagerHost, since 6.7.

        Privilege: Cryptographer.RegisterHost.

        Args:
            newKey: CryptoKeyPlain, since 6.7.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            InvalidState, RuntimeFault.
        """
        return self._transport.invoke(self, _CHANGE_KEY_TASK, (newKey, ), _timeout)

    def CryptoManagerHostDisable(
        self,
        *,
        _timeout: float | None = None,
    ) -> None:
        """CryptoManagerHostDisable: an operation of CryptoManagerHost, since 7.0.0.0.

        Privilege: Cryptographer.RegisterHost.

        Returns:
            None.

        Raises:
            InvalidState, RuntimeFault.
        """
        return self._transport.invoke(self, _CRYPTO_MANAGER_HOST_DISABLE, (), _timeout)

    def CryptoManagerHostEnable(
        self,
        *,
        initialKey: CryptoKeyPlain,
        _timeout: float | None = None,
    ) -> None:
        """CryptoManagerHostEnable: an operation of CryptoManagerHost, since 6.7.

        Privilege: Cryptographer.RegisterHost.

        Args:
            initialKey: CryptoKeyPlain, since 6.7.

        Returns:
            None.

        Raises:
            AlreadyExists, InvalidState, RuntimeFault.
        """
        return self._transport.invoke(self, _CRYPTO_MANAGER_HOST_ENABLE, (initialKey, ), _timeout)

    def CryptoManagerHostPrepare(
        self,
        *,
        _timeout: float | None = None,
    ) -> None:
        """CryptoManagerHostPrepare: an operation of CryptoManagerHost, since 6.7.

        Privilege: Cryptographer.RegisterHost.

        Returns:
            None.

        Raises:
            InvalidState, RuntimeFault.
        """
        return self._transport.invoke(self, _CRYPTO_MANAGER_HOST_PREPARE, (), _timeout)
