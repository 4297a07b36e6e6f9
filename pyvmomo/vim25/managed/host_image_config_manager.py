# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostImageConfigManager: managed object proxy. Since 5.0."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from pyvmomo._base import ManagedObject as _ManagedObject
from pyvmomo.property import ObjectProperties as _ObjectProperties
from pyvmomo.property import fetch_into as _fetch_into

if TYPE_CHECKING:
    from datetime import datetime
    from ..types.host_image_profile_summary import HostImageProfileSummary
    from ..types.software_package import SoftwarePackage

_HOST_IMAGE_CONFIG_GET_ACCEPTANCE: _Operation[str] = _Operation(
    "HostImageConfigGetAcceptance",
    (),
    _F("returnval", "string", 0, "5.0"),
    faults=("HostConfigFault", "RuntimeFault", ),
    since="5.0",
    privilege="System.Read",
    safe=True,
    task_result=None,
)

_HOST_IMAGE_CONFIG_GET_PROFILE: _Operation[HostImageProfileSummary] = _Operation(
    "HostImageConfigGetProfile",
    (),
    _F("returnval", "HostImageProfileSummary", 0, "5.0"),
    faults=("RuntimeFault", ),
    since="5.0",
    privilege="System.Read",
    safe=True,
    task_result=None,
)

_UPDATE_HOST_IMAGE_ACCEPTANCE_LEVEL: _Operation[None] = _Operation(
    "UpdateHostImageAcceptanceLevel",
    (_F("newAcceptanceLevel", "string", 0, "5.0"), ),
    None,
    faults=("HostConfigFault", "RuntimeFault", ),
    since="5.0",
    privilege="Host.Config.Image",
    safe=False,
    task_result=None,
)

_FETCH_SOFTWARE_PACKAGES: _Operation[list[SoftwarePackage]] = _Operation(
    "fetchSoftwarePackages",
    (),
    _F("returnval", "SoftwarePackage", 3, "6.5"),
    faults=("RuntimeFault", ),
    since="6.5",
    privilege="Host.Config.Image",
    safe=True,
    task_result=None,
)

_INSTALL_DATE: _Operation[datetime] = _Operation(
    "installDate",
    (),
    _F("returnval", "dateTime", 0, "6.5"),
    faults=("RuntimeFault", ),
    since="6.5",
    privilege="Host.Config.Image",
    safe=True,
    task_result=None,
)


class HostImageConfigManagerProperties(_ObjectProperties["HostImageConfigManager"]):
    """HostImageConfigManager's properties as read by fetch(), retrieve() and watch(), base types' included.

    Only the requested properties are set (unset on the server: None, or [] for
    a list). Reading one that was not requested raises AttributeError, and one
    the server refused raises its fault. A dotted path fills a partial data
    object: its other members stay unset, even those the WSDL requires.
    """

    __slots__ = ()


class HostImageConfigManager(_ManagedObject):
    """HostImageConfigManager: managed object proxy, since 5.0."""

    __slots__ = ()
    _type_: ClassVar[str] = "HostImageConfigManager"
    _properties_: ClassVar[dict[str, _F]] = {
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
        "HostImageConfigGetAcceptance": _HOST_IMAGE_CONFIG_GET_ACCEPTANCE,
        "HostImageConfigGetProfile": _HOST_IMAGE_CONFIG_GET_PROFILE,
        "UpdateHostImageAcceptanceLevel": _UPDATE_HOST_IMAGE_ACCEPTANCE_LEVEL,
        "fetchSoftwarePackages": _FETCH_SOFTWARE_PACKAGES,
        "installDate": _INSTALL_DATE,
    }
    _property_class_ = HostImageConfigManagerProperties

    def fetch(self, *paths: str) -> HostImageConfigManagerProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, HostImageConfigManagerProperties, paths)

    def HostImageConfigGetAcceptance(
        self,
        *,
        _timeout: float | None = None,
    ) -> str:
        """HostImageConfigGetAcceptance: an operation of HostImageConfigManager, since 5.0.

        Privilege: System.Read. Safe to re-send after a lost reply.

        Returns:
            String.

        Raises:
            HostConfigFault, RuntimeFault.
        """
        return self._transport.invoke(self, _HOST_IMAGE_CONFIG_GET_ACCEPTANCE, (), _timeout)

    def HostImageConfigGetProfile(
        self,
        *,
        _timeout: float | None = None,
    ) -> HostImageProfileSummary:
        """HostImageConfigGetProfile: an operation of HostImageConfigManager, since 5.0.

        Privilege: System.Read. Safe to re-send after a lost reply.

        Returns:
            HostImageProfileSummary.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _HOST_IMAGE_CONFIG_GET_PROFILE, (), _timeout)

    def UpdateHostImageAcceptanceLevel(
        self,
        *,
        newAcceptanceLevel: str,
        _timeout: float | None = None,
    ) -> None:
        """UpdateHostImageAcceptanceLevel: an operation of HostImageConfigManager, since 5.0.

        Privilege: Host.Config.Image.

        Args:
            newAcceptanceLevel: string, since 5.0.

        Returns:
            None.

        Raises:
            HostConfigFault, RuntimeFault.
        """
        return self._transport.invoke(self, _UPDATE_HOST_IMAGE_ACCEPTANCE_LEVEL, (newAcceptanceLevel, ), _timeout)

    def fetchSoftwarePackages(
        self,
        *,
        _timeout: float | None = None,
    ) -> list[SoftwarePackage]:
        """fetchSoftwarePackages: an operation of HostImageConfigManager, since 6.5.

        Privilege: Host.Config.Image. Safe to re-send after a lost reply.

        Returns:
            List of SoftwarePackage.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _FETCH_SOFTWARE_PACKAGES, (), _timeout)

    def installDate(
        self,
        *,
        _timeout: float | None = None,
    ) -> datetime:
        """installDate: an operation of HostImageConfigManager, since 6.5.

        Privilege: Host.Config.Image. Safe to re-send after a lost reply.

        Returns:
            DateTime.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _INSTALL_DATE, (), _timeout)
