# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""Profile: managed object proxy. Since 4.0."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from pyvmomo._base import ManagedObject as _ManagedObject
from pyvmomo.property import ObjectProperties as _ObjectProperties
from pyvmomo.property import fetch_into as _fetch_into

if TYPE_CHECKING:
    from collections.abc import Sequence
    from datetime import datetime
    from ..types.compliance_result import ComplianceResult
    from .managed_entity import ManagedEntity
    from ..types.profile_config_info import ProfileConfigInfo
    from ..types.profile_description import ProfileDescription
    from .task import Task

_ASSOCIATE_PROFILE: _Operation[None] = _Operation(
    "AssociateProfile",
    (_F("entity", "ManagedObjectReference", 1, "4.0", target="ManagedEntity"), ),
    None,
    faults=("RuntimeFault", ),
    since="4.0",
    privilege="Profile.Edit",
    safe=False,
    task_result=None,
)

_CHECK_PROFILE_COMPLIANCE_TASK: _Operation[Task[list[ComplianceResult]]] = _Operation(
    "CheckProfileCompliance_Task",
    (_F("entity", "ManagedObjectReference", 3, "4.0", target="ManagedEntity"), ),
    _F("returnval", "ManagedObjectReference", 0, "4.0", target="Task"),
    faults=("RuntimeFault", ),
    since="4.0",
    privilege="System.View",
    safe=False,
    task_result=_F("result", "ComplianceResult", 1, "4.0"),
)

_DESTROY_PROFILE: _Operation[None] = _Operation(
    "DestroyProfile",
    (),
    None,
    faults=("RuntimeFault", ),
    since="4.0",
    privilege="Profile.Delete",
    safe=False,
    task_result=None,
)

_DISSOCIATE_PROFILE: _Operation[None] = _Operation(
    "DissociateProfile",
    (_F("entity", "ManagedObjectReference", 3, "4.0", target="ManagedEntity"), ),
    None,
    faults=("RuntimeFault", ),
    since="4.0",
    privilege="Profile.Edit",
    safe=False,
    task_result=None,
)

_EXPORT_PROFILE: _Operation[str] = _Operation(
    "ExportProfile",
    (),
    _F("returnval", "string", 0, "4.0"),
    faults=("RuntimeFault", ),
    since="4.0",
    privilege="Profile.Export",
    safe=True,
    task_result=None,
)

_RETRIEVE_DESCRIPTION: _Operation[ProfileDescription | None] = _Operation(
    "RetrieveDescription",
    (),
    _F("returnval", "ProfileDescription", 2, "5.0"),
    faults=("RuntimeFault", ),
    since="5.0",
    privilege="System.View",
    safe=True,
    task_result=None,
)


class ProfileProperties(_ObjectProperties["Profile"]):
    """Profile's properties as read by fetch(), retrieve() and watch(), base types' included.

    Only the requested properties are set (unset on the server: None, or [] for
    a list). Reading one that was not requested raises AttributeError, and one
    the server refused raises its fault. A dotted path fills a partial data
    object: its other members stay unset, even those the WSDL requires.
    """

    __slots__ = ("config", "description", "name", "createdTime", "modifiedTime", "entity", "complianceStatus", )
    config: ProfileConfigInfo
    description: ProfileDescription | None
    name: str
    createdTime: datetime
    modifiedTime: datetime
    entity: list[ManagedEntity]
    complianceStatus: str


class Profile(_ManagedObject):
    """Profile: managed object proxy, since 4.0.

    Properties (read them typed with fetch() or client.retrieve(); none is fetched implicitly):
        config: ProfileConfigInfo, since 4.0, read privilege Profile.Edit.
        description: ProfileDescription, optional, since 4.0.
        name: string, since 4.0.
        createdTime: dateTime, since 4.0.
        modifiedTime: dateTime, since 4.0.
        entity: list of references to ManagedEntity, since 4.0.
        complianceStatus: string, since 4.0.
    """

    __slots__ = ()
    _type_: ClassVar[str] = "Profile"
    _properties_: ClassVar[dict[str, _F]] = {
        "config": _F("config", "ProfileConfigInfo", 0, "4.0"),
        "description": _F("description", "ProfileDescription", 2, "4.0"),
        "name": _F("name", "string", 0, "4.0"),
        "createdTime": _F("createdTime", "dateTime", 0, "4.0"),
        "modifiedTime": _F("modifiedTime", "dateTime", 0, "4.0"),
        "entity": _F("entity", "ManagedObjectReference", 3, "4.0", target="ManagedEntity"),
        "complianceStatus": _F("complianceStatus", "string", 0, "4.0"),
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
        "AssociateProfile": _ASSOCIATE_PROFILE,
        "CheckProfileCompliance_Task": _CHECK_PROFILE_COMPLIANCE_TASK,
        "DestroyProfile": _DESTROY_PROFILE,
        "DissociateProfile": _DISSOCIATE_PROFILE,
        "ExportProfile": _EXPORT_PROFILE,
        "RetrieveDescription": _RETRIEVE_DESCRIPTION,
    }
    _property_class_ = ProfileProperties

    def fetch(self, *paths: str) -> ProfileProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, ProfileProperties, paths)

    def AssociateProfile(
        self,
        *,
        entity: Sequence[ManagedEntity],
        _timeout: float | None = None,
    ) -> None:
        """AssociateProfile: an operation of Profile, since 4.0.

        Privilege: Profile.Edit.

        Args:
            entity: list of references to ManagedEntity, since 4.0.

        Returns:
            None.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _ASSOCIATE_PROFILE, (entity, ), _timeout)

    def CheckProfileCompliance_Task(
        self,
        *,
        entity: Sequence[ManagedEntity] | None = None,
        _timeout: float | None = None,
    ) -> Task[list[ComplianceResult]]:
        """CheckProfileCompliance_Task: an operation of Profile, since 4.0.

        Privilege: System.View.

        Args:
            entity: list of references to ManagedEntity, since 4.0.

        Returns:
            A reference to the Task; its result is list of ComplianceResult.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _CHECK_PROFILE_COMPLIANCE_TASK, (entity, ), _timeout)

    def DestroyProfile(
        self,
        *,
        _timeout: float | None = None,
    ) -> None:
        """DestroyProfile: an operation of Profile, since 4.0.

        Privilege: Profile.Delete.

        Returns:
            None.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _DESTROY_PROFILE, (), _timeout)

    def DissociateProfile(
        self,
        *,
        entity: Sequence[ManagedEntity] | None = None,
        _timeout: float | None = None,
    ) -> None:
        """DissociateProfile: an operation of Profile, since 4.0.

        Privilege: Profile.Edit.

        Args:
            entity: list of references to ManagedEntity, since 4.0.

        Returns:
            None.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _DISSOCIATE_PROFILE, (entity, ), _timeout)

    def ExportProfile(
        self,
        *,
        _timeout: float | None = None,
    ) -> str:
        """ExportProfile: an operation of Profile, since 4.0.

        Privilege: Profile.Export. Safe to re-send after a lost reply.

        Returns:
            String.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _EXPORT_PROFILE, (), _timeout)

    def RetrieveDescription(
        self,
        *,
        _timeout: float | None = None,
    ) -> ProfileDescription | None:
        """RetrieveDescription: an operation of Profile, since 5.0.

        Privilege: System.View. Safe to re-send after a lost reply.

        Returns:
            ProfileDescription, or None.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _RETRIEVE_DESCRIPTION, (), _timeout)
