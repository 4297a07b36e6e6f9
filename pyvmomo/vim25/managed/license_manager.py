# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""LicenseManager: managed object proxy. Since 2.0."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from pyvmomo._base import ManagedObject as _ManagedObject
from pyvmomo.property import ObjectProperties as _ObjectProperties
from pyvmomo.property import fetch_into as _fetch_into

if TYPE_CHECKING:
    from .host_system import HostSystem
    from ..types.key_value import KeyValue
    from .license_assignment_manager import LicenseAssignmentManager
    from ..types.license_availability_info import LicenseAvailabilityInfo
    from ..types.license_diagnostics import LicenseDiagnostics
    from ..types.license_feature_info import LicenseFeatureInfo
    from ..types.license_manager_evaluation_info import LicenseManagerEvaluationInfo
    from ..types.license_manager_license_info import LicenseManagerLicenseInfo
    from ..types.license_source import LicenseSource
    from ..types.license_usage_info import LicenseUsageInfo

_ADD_LICENSE: _Operation[LicenseManagerLicenseInfo] = _Operation(
    "AddLicense",
    (_F("licenseKey", "string", 0, "4.0"), _F("labels", "KeyValue", 3, "4.0"), ),
    _F("returnval", "LicenseManagerLicenseInfo", 0, "4.0"),
    faults=("RuntimeFault", ),
    since="4.0",
    privilege="Global.Licenses",
    safe=False,
    task_result=None,
)

_CHECK_LICENSE_FEATURE: _Operation[bool] = _Operation(
    "CheckLicenseFeature",
    (_F("host", "ManagedObjectReference", 2, "2.0", target="HostSystem"), _F("featureKey", "string", 0, "2.0"), ),
    _F("returnval", "boolean", 0, "2.0"),
    faults=("InvalidState", "RuntimeFault", ),
    since="2.0",
    privilege="System.Read",
    safe=True,
    task_result=None,
)

_CONFIGURE_LICENSE_SOURCE: _Operation[None] = _Operation(
    "ConfigureLicenseSource",
    (_F("host", "ManagedObjectReference", 2, "2.0", target="HostSystem"), _F("licenseSource", "LicenseSource", 0, "2.0"), ),
    None,
    faults=("CannotAccessLocalSource", "InvalidLicense", "LicenseServerUnavailable", "RuntimeFault", ),
    since="2.0",
    privilege="Global.Licenses",
    safe=False,
    task_result=None,
)

_DECODE_LICENSE: _Operation[LicenseManagerLicenseInfo] = _Operation(
    "DecodeLicense",
    (_F("licenseKey", "string", 0, "4.0"), ),
    _F("returnval", "LicenseManagerLicenseInfo", 0, "4.0"),
    faults=("RuntimeFault", ),
    since="4.0",
    privilege="Global.Licenses",
    safe=True,
    task_result=None,
)

_DISABLE_FEATURE: _Operation[bool] = _Operation(
    "DisableFeature",
    (_F("host", "ManagedObjectReference", 2, "2.0", target="HostSystem"), _F("featureKey", "string", 0, "2.0"), ),
    _F("returnval", "boolean", 0, "2.0"),
    faults=("InvalidState", "LicenseServerUnavailable", "RuntimeFault", ),
    since="2.0",
    privilege="Global.Licenses",
    safe=False,
    task_result=None,
)

_ENABLE_FEATURE: _Operation[bool] = _Operation(
    "EnableFeature",
    (_F("host", "ManagedObjectReference", 2, "2.0", target="HostSystem"), _F("featureKey", "string", 0, "2.0"), ),
    _F("returnval", "boolean", 0, "2.0"),
    faults=("InvalidState", "LicenseServerUnavailable", "RuntimeFault", ),
    since="2.0",
    privilege="Global.Licenses",
    safe=False,
    task_result=None,
)

_QUERY_LICENSE_SOURCE_AVAILABILITY: _Operation[list[LicenseAvailabilityInfo]] = _Operation(
    "QueryLicenseSourceAvailability",
    (_F("host", "ManagedObjectReference", 2, "2.0", target="HostSystem"), ),
    _F("returnval", "LicenseAvailabilityInfo", 3, "2.0"),
    faults=("RuntimeFault", ),
    since="2.0",
    privilege="Global.Licenses",
    safe=True,
    task_result=None,
)

_QUERY_LICENSE_USAGE: _Operation[LicenseUsageInfo] = _Operation(
    "QueryLicenseUsage",
    (_F("host", "ManagedObjectReference", 2, "2.0", target="HostSystem"), ),
    _F("returnval", "LicenseUsageInfo", 0, "2.0"),
    faults=("RuntimeFault", ),
    since="2.0",
    privilege="System.Read",
    safe=True,
    task_result=None,
)

_QUERY_SUPPORTED_FEATURES: _Operation[list[LicenseFeatureInfo]] = _Operation(
    "QuerySupportedFeatures",
    (_F("host", "ManagedObjectReference", 2, "2.5", target="HostSystem"), ),
    _F("returnval", "LicenseFeatureInfo", 3, "2.5"),
    faults=("RuntimeFault", ),
    since="2.5",
    privilege="Global.Licenses",
    safe=True,
    task_result=None,
)

_REMOVE_LICENSE: _Operation[None] = _Operation(
    "RemoveLicense",
    (_F("licenseKey", "string", 0, "4.0"), ),
    None,
    faults=("RuntimeFault", ),
    since="4.0",
    privilege="Global.Licenses",
    safe=False,
    task_result=None,
)

_REMOVE_LICENSE_LABEL: _Operation[None] = _Operation(
    "RemoveLicenseLabel",
    (_F("licenseKey", "string", 0, "4.0"), _F("labelKey", "string", 0, "4.0"), ),
    None,
    faults=("RuntimeFault", ),
    since="4.0",
    privilege="Global.Licenses",
    safe=False,
    task_result=None,
)

_SET_LICENSE_EDITION: _Operation[None] = _Operation(
    "SetLicenseEdition",
    (_F("host", "ManagedObjectReference", 2, "2.0", target="HostSystem"), _F("featureKey", "string", 2, "2.0"), ),
    None,
    faults=("InvalidState", "LicenseServerUnavailable", "RuntimeFault", ),
    since="2.0",
    privilege="Global.Licenses",
    safe=False,
    task_result=None,
)

_UPDATE_LICENSE: _Operation[LicenseManagerLicenseInfo] = _Operation(
    "UpdateLicense",
    (_F("licenseKey", "string", 0, "4.0"), _F("labels", "KeyValue", 3, "4.0"), ),
    _F("returnval", "LicenseManagerLicenseInfo", 0, "4.0"),
    faults=("RuntimeFault", ),
    since="4.0",
    privilege="Global.Licenses",
    safe=False,
    task_result=None,
)

_UPDATE_LICENSE_LABEL: _Operation[None] = _Operation(
    "UpdateLicenseLabel",
    (_F("licenseKey", "string", 0, "4.0"), _F("labelKey", "string", 0, "4.0"), _F("labelValue", "string", 0, "4.0"), ),
    None,
    faults=("RuntimeFault", ),
    since="4.0",
    privilege="Global.Licenses",
    safe=False,
    task_result=None,
)


class LicenseManagerProperties(_ObjectProperties["LicenseManager"]):
    """LicenseManager's properties as read by fetch(), retrieve() and watch(), base types' included.

    Only the requested properties are set (unset on the server: None, or [] for
    a list). Reading one that was not requested raises AttributeError, and one
    the server refused raises its fault. A dotted path fills a partial data
    object: its other members stay unset, even those the WSDL requires.
    """

    __slots__ = ("source", "sourceAvailable", "diagnostics", "featureInfo", "licensedEdition", "licenses", "licenseAssignmentManager", "evaluation", )
    source: LicenseSource
    sourceAvailable: bool
    diagnostics: LicenseDiagnostics | None
    featureInfo: list[LicenseFeatureInfo]
    licensedEdition: str
    licenses: list[LicenseManagerLicenseInfo]
    licenseAssignmentManager: LicenseAssignmentManager | None
    evaluation: LicenseManagerEvaluationInfo


class LicenseManager(_ManagedObject):
    """LicenseManager: managed object proxy, since 2.0.

    Properties (read them typed with fetch() or client.retrieve(); none is fetched implicitly):
        source: LicenseSource, since 2.0.
        sourceAvailable: boolean, since 2.0.
        diagnostics: LicenseDiagnostics, optional, since 2.5.
        featureInfo: list of LicenseFeatureInfo, since 2.0.
        licensedEdition: string, since 2.5.
        licenses: list of LicenseManagerLicenseInfo, since 4.0.
        licenseAssignmentManager: reference to LicenseAssignmentManager, optional, since 4.0, read privilege System.View.
        evaluation: LicenseManagerEvaluationInfo, since 4.0, read privilege System.Read.
    """

    __slots__ = ()
    _type_: ClassVar[str] = "LicenseManager"
    _properties_: ClassVar[dict[str, _F]] = {
        "source": _F("source", "LicenseSource", 0, "2.0"),
        "sourceAvailable": _F("sourceAvailable", "boolean", 0, "2.0"),
        "diagnostics": _F("diagnostics", "LicenseDiagnostics", 2, "2.5"),
        "featureInfo": _F("featureInfo", "LicenseFeatureInfo", 3, "2.0"),
        "licensedEdition": _F("licensedEdition", "string", 0, "2.5"),
        "licenses": _F("licenses", "LicenseManagerLicenseInfo", 1, "4.0"),
        "licenseAssignmentManager": _F("licenseAssignmentManager", "ManagedObjectReference", 2, "4.0", target="LicenseAssignmentManager"),
        "evaluation": _F("evaluation", "LicenseManagerEvaluationInfo", 0, "4.0"),
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
        "AddLicense": _ADD_LICENSE,
        "CheckLicenseFeature": _CHECK_LICENSE_FEATURE,
        "ConfigureLicenseSource": _CONFIGURE_LICENSE_SOURCE,
        "DecodeLicense": _DECODE_LICENSE,
        "DisableFeature": _DISABLE_FEATURE,
        "EnableFeature": _ENABLE_FEATURE,
        "QueryLicenseSourceAvailability": _QUERY_LICENSE_SOURCE_AVAILABILITY,
        "QueryLicenseUsage": _QUERY_LICENSE_USAGE,
        "QuerySupportedFeatures": _QUERY_SUPPORTED_FEATURES,
        "RemoveLicense": _REMOVE_LICENSE,
        "RemoveLicenseLabel": _REMOVE_LICENSE_LABEL,
        "SetLicenseEdition": _SET_LICENSE_EDITION,
        "UpdateLicense": _UPDATE_LICENSE,
        "UpdateLicenseLabel": _UPDATE_LICENSE_LABEL,
    }
    _property_class_ = LicenseManagerProperties

    def fetch(self, *paths: str) -> LicenseManagerProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, LicenseManagerProperties, paths)

    def AddLicense(
        self,
        *,
        licenseKey: str,
        labels: list[KeyValue] | None = None,
        _timeout: float | None = None,
    ) -> LicenseManagerLicenseInfo:
        """AddLicense: an operation of LicenseManager, since 4.0.

        Privilege: Global.Licenses.

        Args:
            licenseKey: string, since 4.0.
            labels: list of KeyValue, since 4.0.

        Returns:
            LicenseManagerLicenseInfo.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _ADD_LICENSE, (licenseKey, labels, ), _timeout)

    def CheckLicenseFeature(
        self,
        *,
        featureKey: str,
        host: HostSystem | None = None,
        _timeout: float | None = None,
    ) -> bool:
        """CheckLicenseFeature: an operation of LicenseManager, since 2.0.

        Privilege: System.Read. Safe to re-send after a lost reply.

        Args:
            host: reference to HostSystem, optional, since 2.0.
            featureKey: string, since 2.0.

        Returns:
            Boolean.

        Raises:
            InvalidState, RuntimeFault.
        """
        return self._transport.invoke(self, _CHECK_LICENSE_FEATURE, (host, featureKey, ), _timeout)

    def ConfigureLicenseSource(
        self,
        *,
        licenseSource: LicenseSource,
        host: HostSystem | None = None,
        _timeout: float | None = None,
    ) -> None:
        """ConfigureLicenseSource: an operation of LicenseManager, since 2.0.

        Privilege: Global.Licenses.

        Args:
            host: reference to HostSystem, optional, since 2.0.
            licenseSource: LicenseSource, since 2.0.

        Returns:
            None.

        Raises:
            CannotAccessLocalSource, InvalidLicense, LicenseServerUnavailable, RuntimeFault.
        """
        return self._transport.invoke(self, _CONFIGURE_LICENSE_SOURCE, (host, licenseSource, ), _timeout)

    def DecodeLicense(
        self,
        *,
        licenseKey: str,
        _timeout: float | None = None,
    ) -> LicenseManagerLicenseInfo:
        """DecodeLicense: an operation of LicenseManager, since 4.0.

        Privilege: Global.Licenses. Safe to re-send after a lost reply.

        Args:
            licenseKey: string, since 4.0.

        Returns:
            LicenseManagerLicenseInfo.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _DECODE_LICENSE, (licenseKey, ), _timeout)

    def DisableFeature(
        self,
        *,
        featureKey: str,
        host: HostSystem | None = None,
        _timeout: float | None = None,
    ) -> bool:
        """DisableFeature: an operation of LicenseManager, since 2.0.

        Privilege: Global.Licenses.

        Args:
            host: reference to HostSystem, optional, since 2.0.
            featureKey: string, since 2.0.

        Returns:
            Boolean.

        Raises:
            InvalidState, LicenseServerUnavailable, RuntimeFault.
        """
        return self._transport.invoke(self, _DISABLE_FEATURE, (host, featureKey, ), _timeout)

    def EnableFeature(
        self,
        *,
        featureKey: str,
        host: HostSystem | None = None,
        _timeout: float | None = None,
    ) -> bool:
        """EnableFeature: an operation of LicenseManager, since 2.0.

        Privilege: Global.Licenses.

        Args:
            host: reference to HostSystem, optional, since 2.0.
            featureKey: string, since 2.0.

        Returns:
            Boolean.

        Raises:
            InvalidState, LicenseServerUnavailable, RuntimeFault.
        """
        return self._transport.invoke(self, _ENABLE_FEATURE, (host, featureKey, ), _timeout)

    def QueryLicenseSourceAvailability(
        self,
        *,
        host: HostSystem | None = None,
        _timeout: float | None = None,
    ) -> list[LicenseAvailabilityInfo]:
        """QueryLicenseSourceAvailability: an operation of LicenseManager, since 2.0.

        Privilege: Global.Licenses. Safe to re-send after a lost reply.

        Args:
            host: reference to HostSystem, optional, since 2.0.

        Returns:
            List of LicenseAvailabilityInfo.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _QUERY_LICENSE_SOURCE_AVAILABILITY, (host, ), _timeout)

    def QueryLicenseUsage(
        self,
        *,
        host: HostSystem | None = None,
        _timeout: float | None = None,
    ) -> LicenseUsageInfo:
        """QueryLicenseUsage: an operation of LicenseManager, since 2.0.

        Privilege: System.Read. Safe to re-send after a lost reply.

        Args:
            host: reference to HostSystem, optional, since 2.0.

        Returns:
            LicenseUsageInfo.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _QUERY_LICENSE_USAGE, (host, ), _timeout)

    def QuerySupportedFeatures(
        self,
        *,
        host: HostSystem | None = None,
        _timeout: float | None = None,
    ) -> list[LicenseFeatureInfo]:
        """QuerySupportedFeatures: an operation of LicenseManager, since 2.5.

        Privilege: Global.Licenses. Safe to re-send after a lost reply.

        Args:
            host: reference to HostSystem, optional, since 2.5.

        Returns:
            List of LicenseFeatureInfo.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _QUERY_SUPPORTED_FEATURES, (host, ), _timeout)

    def RemoveLicense(
        self,
        *,
        licenseKey: str,
        _timeout: float | None = None,
    ) -> None:
        """RemoveLicense: an operation of LicenseManager, since 4.0.

        Privilege: Global.Licenses.

        Args:
            licenseKey: string, since 4.0.

        Returns:
            None.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _REMOVE_LICENSE, (licenseKey, ), _timeout)

    def RemoveLicenseLabel(
        self,
        *,
        licenseKey: str,
        labelKey: str,
        _timeout: float | None = None,
    ) -> None:
        """RemoveLicenseLabel: an operation of LicenseManager, since 4.0.

        Privilege: Global.Licenses.

        Args:
            licenseKey: string, since 4.0.
            labelKey: string, since 4.0.

        Returns:
            None.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _REMOVE_LICENSE_LABEL, (licenseKey, labelKey, ), _timeout)

    def SetLicenseEdition(
        self,
        *,
        host: HostSystem | None = None,
        featureKey: str | None = None,
        _timeout: float | None = None,
    ) -> None:
        """SetLicenseEdition: an operation of LicenseManager, since 2.0.

        Privilege: Global.Licenses.

        Args:
            host: reference to HostSystem, optional, since 2.0.
            featureKey: string, optional, since 2.0.

        Returns:
            None.

        Raises:
            InvalidState, LicenseServerUnavailable, RuntimeFault.
        """
        return self._transport.invoke(self, _SET_LICENSE_EDITION, (host, featureKey, ), _timeout)

    def UpdateLicense(
        self,
        *,
        licenseKey: str,
        labels: list[KeyValue] | None = None,
        _timeout: float | None = None,
    ) -> LicenseManagerLicenseInfo:
        """UpdateLicense: an operation of LicenseManager, since 4.0.

        Privilege: Global.Licenses.

        Args:
            licenseKey: string, since 4.0.
            labels: list of KeyValue, since 4.0.

        Returns:
            LicenseManagerLicenseInfo.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _UPDATE_LICENSE, (licenseKey, labels, ), _timeout)

    def UpdateLicenseLabel(
        self,
        *,
        licenseKey: str,
        labelKey: str,
        labelValue: str,
        _timeout: float | None = None,
    ) -> None:
        """UpdateLicenseLabel: an operation of LicenseManager, since 4.0.

        Privilege: Global.Licenses.

        Args:
            licenseKey: string, since 4.0.
            labelKey: string, since 4.0.
            labelValue: string, since 4.0.

        Returns:
            None.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _UPDATE_LICENSE_LABEL, (licenseKey, labelKey, labelValue, ), _timeout)
