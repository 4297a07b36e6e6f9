# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""ProfileComplianceManager: managed object proxy. Since 4.0."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from pyvmomo._base import ManagedObject as _ManagedObject
from pyvmomo.property import ObjectProperties as _ObjectProperties
from pyvmomo.property import fetch_into as _fetch_into

if TYPE_CHECKING:
    from collections.abc import Sequence
    from ..types.compliance_result import ComplianceResult
    from .managed_entity import ManagedEntity
    from .profile import Profile
    from ..types.profile_expression_metadata import ProfileExpressionMetadata
    from .task import Task

_CHECK_COMPLIANCE_TASK: _Operation[Task[list[ComplianceResult]]] = _Operation(
    "CheckCompliance_Task",
    (_F("profile", "ManagedObjectReference", 3, "4.0", target="Profile"), _F("entity", "ManagedObjectReference", 3, "4.0", target="ManagedEntity"), ),
    _F("returnval", "ManagedObjectReference", 0, "4.0", target="Task"),
    faults=("RuntimeFault", ),
    since="4.0",
    privilege="System.View",
    safe=False,
    task_result=_F("result", "ComplianceResult", 1, "4.0"),
)

_CLEAR_COMPLIANCE_STATUS: _Operation[None] = _Operation(
    "ClearComplianceStatus",
    (_F("profile", "ManagedObjectReference", 3, "4.0", target="Profile"), _F("entity", "ManagedObjectReference", 3, "4.0", target="ManagedEntity"), ),
    None,
    faults=("RuntimeFault", ),
    since="4.0",
    privilege="Profile.Clear",
    safe=False,
    task_result=None,
)

_QUERY_COMPLIANCE_STATUS: _Operation[list[ComplianceResult]] = _Operation(
    "QueryComplianceStatus",
    (_F("profile", "ManagedObjectReference", 3, "4.0", target="Profile"), _F("entity", "ManagedObjectReference", 3, "4.0", target="ManagedEntity"), ),
    _F("returnval", "ComplianceResult", 3, "4.0"),
    faults=("RuntimeFault", ),
    since="4.0",
    privilege="System.View",
    safe=True,
    task_result=None,
)

_QUERY_EXPRESSION_METADATA: _Operation[list[ProfileExpressionMetadata]] = _Operation(
    "QueryExpressionMetadata",
    (_F("expressionName", "string", 3, "4.0"), _F("profile", "ManagedObjectReference", 2, "5.0", target="Profile"), ),
    _F("returnval", "ProfileExpressionMetadata", 3, "4.0"),
    faults=("RuntimeFault", ),
    since="4.0",
    privilege="System.View",
    safe=True,
    task_result=None,
)


class ProfileComplianceManagerProperties(_ObjectProperties["ProfileComplianceManager"]):
    """ProfileComplianceManager's properties as read by fetch(), retrieve() and watch(), base types' included.

    Only the requested properties are set (unset on the server: None, or [] for
    a list). Reading one that was not requested raises AttributeError, and one
    the server refused raises its fault. A dotted path fills a partial data
    object: its other members stay unset, even those the WSDL requires.
    """

    __slots__ = ()


class ProfileComplianceManager(_ManagedObject):
    """ProfileComplianceManager: managed object proxy, since 4.0."""

    __slots__ = ()
    _type_: ClassVar[str] = "ProfileComplianceManager"
    _properties_: ClassVar[dict[str, _F]] = {
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
        "CheckCompliance_Task": _CHECK_COMPLIANCE_TASK,
        "ClearComplianceStatus": _CLEAR_COMPLIANCE_STATUS,
        "QueryComplianceStatus": _QUERY_COMPLIANCE_STATUS,
        "QueryExpressionMetadata": _QUERY_EXPRESSION_METADATA,
    }
    _property_class_ = ProfileComplianceManagerProperties

    def fetch(self, *paths: str) -> ProfileComplianceManagerProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, ProfileComplianceManagerProperties, paths)

    def CheckCompliance_Task(
        self,
        *,
        profile: Sequence[Profile] | None = None,
        entity: Sequence[ManagedEntity] | None = None,
        _timeout: float | None = None,
    ) -> Task[list[ComplianceResult]]:
        """CheckCompliance_Task: an operation of ProfileComplianceManager, since 4.0.

        Privilege: System.View.

        Args:
            profile: list of references to Profile, since 4.0.
            entity: list of references to ManagedEntity, since 4.0.

        Returns:
            A reference to the Task; its result is list of ComplianceResult.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _CHECK_COMPLIANCE_TASK, (profile, entity, ), _timeout)

    def ClearComplianceStatus(
        self,
        *,
        profile: Sequence[Profile] | None = None,
        entity: Sequence[ManagedEntity] | None = None,
        _timeout: float | None = None,
    ) -> None:
        """ClearComplianceStatus: an operation of ProfileComplianceManager, since 4.0.

        Privilege: Profile.Clear.

        Args:
            profile: list of references to Profile, since 4.0.
            entity: list of references to ManagedEntity, since 4.0.

        Returns:
            None.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _CLEAR_COMPLIANCE_STATUS, (profile, entity, ), _timeout)

    def QueryComplianceStatus(
        self,
        *,
        profile: Sequence[Profile] | None = None,
        entity: Sequence[ManagedEntity] | None = None,
        _timeout: float | None = None,
    ) -> list[ComplianceResult]:
        """QueryComplianceStatus: an operation of ProfileComplianceManager, since 4.0.

        Privilege: System.View. Safe to re-send after a lost reply.

        Args:
            profile: list of references to Profile, since 4.0.
            entity: list of references to ManagedEntity, since 4.0.

        Returns:
            List of ComplianceResult.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _QUERY_COMPLIANCE_STATUS, (profile, entity, ), _timeout)

    def QueryExpressionMetadata(
        self,
        *,
        expressionName: list[str] | None = None,
        profile: Profile | None = None,
        _timeout: float | None = None,
    ) -> list[ProfileExpressionMetadata]:
        """QueryExpressionMetadata: an operation of ProfileComplianceManager, since 4.0.

        Privilege: System.View. Safe to re-send after a lost reply.

        Args:
            expressionName: list of string, since 4.0.
            profile: reference to Profile, optional, since 5.0.

        Returns:
            List of ProfileExpressionMetadata.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _QUERY_EXPRESSION_METADATA, (expressionName, profile, ), _timeout)
