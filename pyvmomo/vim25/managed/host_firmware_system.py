# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostFirmwareSystem: managed object proxy. Since 2.5."""

from __future__ import annotations

from typing import Any, ClassVar

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from pyvmomo._base import ManagedObject as _ManagedObject
from pyvmomo.property import ObjectProperties as _ObjectProperties
from pyvmomo.property import fetch_into as _fetch_into

_BACKUP_FIRMWARE_CONFIGURATION: _Operation[str] = _Operation(
    "BackupFirmwareConfiguration",
    (),
    _F("returnval", "string", 0, "2.5"),
    faults=("RuntimeFault", ),
    since="2.5",
    privilege="Host.Config.Firmware",
    safe=False,
    task_result=None,
)

_QUERY_FIRMWARE_CONFIG_UPLOAD_URL: _Operation[str] = _Operation(
    "QueryFirmwareConfigUploadURL",
    (),
    _F("returnval", "string", 0, "2.5"),
    faults=("RuntimeFault", ),
    since="2.5",
    privilege="Host.Config.Firmware",
    safe=True,
    task_result=None,
)

_RESET_FIRMWARE_TO_FACTORY_DEFAULTS: _Operation[None] = _Operation(
    "ResetFirmwareToFactoryDefaults",
    (),
    None,
    faults=("InvalidState", "RuntimeFault", ),
    since="2.5",
    privilege="Host.Config.Firmware",
    safe=False,
    task_result=None,
)

_RESTORE_FIRMWARE_CONFIGURATION: _Operation[None] = _Operation(
    "RestoreFirmwareConfiguration",
    (_F("force", "boolean", 0, "2.5"), ),
    None,
    faults=("FileFault", "InvalidBundle", "InvalidState", "MismatchedBundle", "RuntimeFault", ),
    since="2.5",
    privilege="Host.Config.Firmware",
    safe=False,
    task_result=None,
)


class HostFirmwareSystemProperties(_ObjectProperties["HostFirmwareSystem"]):
    """HostFirmwareSystem's properties as read by fetch(), retrieve() and watch(), base types' included.

    Only the requested properties are set (unset on the server: None, or [] for
    a list). Reading one that was not requested raises AttributeError, and one
    the server refused raises its fault. A dotted path fills a partial data
    object: its other members stay unset, even those the WSDL requires.
    """

    __slots__ = ()


class HostFirmwareSystem(_ManagedObject):
    """HostFirmwareSystem: managed object proxy, since 2.5."""

    __slots__ = ()
    _type_: ClassVar[str] = "HostFirmwareSystem"
    _properties_: ClassVar[dict[str, _F]] = {
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
        "BackupFirmwareConfiguration": _BACKUP_FIRMWARE_CONFIGURATION,
        "QueryFirmwareConfigUploadURL": _QUERY_FIRMWARE_CONFIG_UPLOAD_URL,
        "ResetFirmwareToFactoryDefaults": _RESET_FIRMWARE_TO_FACTORY_DEFAULTS,
        "RestoreFirmwareConfiguration": _RESTORE_FIRMWARE_CONFIGURATION,
    }
    _property_class_ = HostFirmwareSystemProperties

    def fetch(self, *paths: str) -> HostFirmwareSystemProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, HostFirmwareSystemProperties, paths)

    def BackupFirmwareConfiguration(
        self,
        *,
        _timeout: float | None = None,
    ) -> str:
        """BackupFirmwareConfiguration: an operation of HostFirmwareSystem, since 2.5.

        Privilege: Host.Config.Firmware.

        Returns:
            String.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _BACKUP_FIRMWARE_CONFIGURATION, (), _timeout)

    def QueryFirmwareConfigUploadURL(
        self,
        *,
        _timeout: float | None = None,
    ) -> str:
        """QueryFirmwareConfigUploadURL: an operation of HostFirmwareSystem, since 2.5.

        Privilege: Host.Config.Firmware. Safe to re-send after a lost reply.

        Returns:
            String.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _QUERY_FIRMWARE_CONFIG_UPLOAD_URL, (), _timeout)

    def ResetFirmwareToFactoryDefaults(
        self,
        *,
        _timeout: float | None = None,
    ) -> None:
        """ResetFirmwareToFactoryDefaults: an operation of HostFirmwareSystem, since 2.5.

        Privilege: Host.Config.Firmware.

        Returns:
            None.

        Raises:
            InvalidState, RuntimeFault.
        """
        return self._transport.invoke(self, _RESET_FIRMWARE_TO_FACTORY_DEFAULTS, (), _timeout)

    def RestoreFirmwareConfiguration(
        self,
        *,
        force: bool,
        _timeout: float | None = None,
    ) -> None:
        """RestoreFirmwareConfiguration: an operation of HostFirmwareSystem, since 2.5.

        Privilege: Host.Config.Firmware.

        Args:
            force: boolean, since 2.5.

        Returns:
            None.

        Raises:
            FileFault, InvalidBundle, InvalidState, MismatchedBundle, RuntimeFault.
        """
        return self._transport.invoke(self, _RESTORE_FIRMWARE_CONFIGURATION, (force, ), _timeout)
