# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostProfileManager: managed object proxy, extends ProfileManager. Since 4.0."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from .profile_manager import ProfileManager, ProfileManagerProperties
from pyvmomo.property import fetch_into as _fetch_into

if TYPE_CHECKING:
    from collections.abc import Sequence
    from ..types.answer_file import AnswerFile
    from ..types.answer_file_create_spec import AnswerFileCreateSpec
    from ..types.answer_file_status_result import AnswerFileStatusResult
    from ..types.apply_host_profile_configuration_result import ApplyHostProfileConfigurationResult
    from ..types.apply_host_profile_configuration_spec import ApplyHostProfileConfigurationSpec
    from ..types.apply_profile import ApplyProfile
    from ..types.host_apply_profile import HostApplyProfile
    from ..types.host_config_spec import HostConfigSpec
    from ..types.host_profile_manager_composition_result import HostProfileManagerCompositionResult
    from ..types.host_profile_manager_composition_validation_result import HostProfileManagerCompositionValidationResult
    from ..types.host_profile_manager_config_task_list import HostProfileManagerConfigTaskList
    from .host_system import HostSystem
    from .profile import Profile
    from ..types.profile_deferred_policy_option_parameter import ProfileDeferredPolicyOptionParameter
    from ..types.profile_metadata import ProfileMetadata
    from ..types.profile_profile_structure import ProfileProfileStructure
    from ..types.structured_customizations import StructuredCustomizations
    from .task import Task

_APPLY_ENTITIES_CONFIG_TASK: _Operation[Task[list[ApplyHostProfileConfigurationResult]]] = _Operation(
    "ApplyEntitiesConfig_Task",
    (_F("applyConfigSpecs", "ApplyHostProfileConfigurationSpec", 3, "6.5"), ),
    _F("returnval", "ManagedObjectReference", 0, "6.5", target="Task"),
    faults=("RuntimeFault", ),
    since="6.5",
    privilege=None,
    safe=False,
    task_result=_F("result", "ApplyHostProfileConfigurationResult", 1, "6.5"),
)

_APPLY_HOST_CONFIG_TASK: _Operation[Task[None]] = _Operation(
    "ApplyHostConfig_Task",
    (_F("host", "ManagedObjectReference", 0, "4.0", target="HostSystem"), _F("configSpec", "HostConfigSpec", 0, "4.0"), _F("userInput", "ProfileDeferredPolicyOptionParameter", 3, "5.0"), ),
    _F("returnval", "ManagedObjectReference", 0, "4.0", target="Task"),
    faults=("HostConfigFailed", "InvalidState", "RuntimeFault", ),
    since="4.0",
    privilege=None,
    safe=False,
    task_result=None,
)

_CHECK_ANSWER_FILE_STATUS_TASK: _Operation[Task[list[AnswerFileStatusResult]]] = _Operation(
    "CheckAnswerFileStatus_Task",
    (_F("host", "ManagedObjectReference", 1, "5.0", target="HostSystem"), ),
    _F("returnval", "ManagedObjectReference", 0, "5.0", target="Task"),
    faults=("RuntimeFault", ),
    since="5.0",
    privilege="System.View",
    safe=False,
    task_result=_F("result", "AnswerFileStatusResult", 1, "5.0"),
)

_COMPOSITE_HOST_PROFILE_TASK: _Operation[Task[HostProfileManagerCompositionResult]] = _Operation(
    "CompositeHostProfile_Task",
    (_F("source", "ManagedObjectReference", 0, "6.5", target="Profile"), _F("targets", "ManagedObjectReference", 3, "6.5", target="Profile"), _F("toBeMerged", "HostApplyProfile", 2, "6.5"), _F("toBeReplacedWith", "HostApplyProfile", 2, "6.5"), _F("toBeDeleted", "HostApplyProfile", 2, "6.5"), _F("enableStatusToBeCopied", "HostApplyProfile", 2, "6.5"), ),
    _F("returnval", "ManagedObjectReference", 0, "6.5", target="Task"),
    faults=("RuntimeFault", ),
    since="6.5",
    privilege="Profile.Edit",
    safe=False,
    task_result=_F("result", "HostProfileManagerCompositionResult", 0, "6.5"),
)

_CREATE_DEFAULT_PROFILE: _Operation[ApplyProfile] = _Operation(
    "CreateDefaultProfile",
    (_F("profileType", "string", 0, "4.0"), _F("profileTypeName", "string", 2, "5.0"), _F("profile", "ManagedObjectReference", 2, "5.0", target="Profile"), ),
    _F("returnval", "ApplyProfile", 0, "4.0"),
    faults=("RuntimeFault", ),
    since="4.0",
    privilege="System.View",
    safe=False,
    task_result=None,
)

_EXPORT_ANSWER_FILE_TASK: _Operation[Task[str]] = _Operation(
    "ExportAnswerFile_Task",
    (_F("host", "ManagedObjectReference", 0, "5.0", target="HostSystem"), ),
    _F("returnval", "ManagedObjectReference", 0, "5.0", target="Task"),
    faults=("RuntimeFault", ),
    since="5.0",
    privilege="Profile.Export",
    safe=False,
    task_result=_F("result", "string", 0, "5.0"),
)

_GENERATE_CONFIG_TASK_LIST: _Operation[HostProfileManagerConfigTaskList] = _Operation(
    "GenerateConfigTaskList",
    (_F("configSpec", "HostConfigSpec", 0, "4.0"), _F("host", "ManagedObjectReference", 0, "4.0", target="HostSystem"), ),
    _F("returnval", "HostProfileManagerConfigTaskList", 0, "4.0"),
    faults=("RuntimeFault", ),
    since="4.0",
    privilege="System.View",
    safe=True,
    task_result=None,
)

_GENERATE_HOST_CONFIG_TASK_SPEC_TASK: _Operation[Task[list[ApplyHostProfileConfigurationSpec]]] = _Operation(
    "GenerateHostConfigTaskSpec_Task",
    (_F("hostsInfo", "StructuredCustomizations", 3, "6.5"), ),
    _F("returnval", "ManagedObjectReference", 0, "6.5", target="Task"),
    faults=("RuntimeFault", ),
    since="6.5",
    privilege="System.View",
    safe=False,
    task_result=_F("result", "ApplyHostProfileConfigurationSpec", 1, "6.5"),
)

_GENERATE_HOST_PROFILE_TASK_LIST_TASK: _Operation[Task[HostProfileManagerConfigTaskList]] = _Operation(
    "GenerateHostProfileTaskList_Task",
    (_F("configSpec", "HostConfigSpec", 0, "5.5"), _F("host", "ManagedObjectReference", 0, "5.5", target="HostSystem"), ),
    _F("returnval", "ManagedObjectReference", 0, "5.5", target="Task"),
    faults=("RuntimeFault", ),
    since="5.5",
    privilege="System.View",
    safe=False,
    task_result=_F("result", "HostProfileManagerConfigTaskList", 0, "5.5"),
)

_QUERY_ANSWER_FILE_STATUS: _Operation[list[AnswerFileStatusResult]] = _Operation(
    "QueryAnswerFileStatus",
    (_F("host", "ManagedObjectReference", 1, "5.0", target="HostSystem"), ),
    _F("returnval", "AnswerFileStatusResult", 3, "5.0"),
    faults=("RuntimeFault", ),
    since="5.0",
    privilege="System.View",
    safe=True,
    task_result=None,
)

_QUERY_HOST_PROFILE_METADATA: _Operation[list[ProfileMetadata]] = _Operation(
    "QueryHostProfileMetadata",
    (_F("profileName", "string", 3, "4.0"), _F("profile", "ManagedObjectReference", 2, "5.0", target="Profile"), ),
    _F("returnval", "ProfileMetadata", 3, "4.0"),
    faults=("RuntimeFault", ),
    since="4.0",
    privilege="System.View",
    safe=True,
    task_result=None,
)

_QUERY_PROFILE_STRUCTURE: _Operation[ProfileProfileStructure] = _Operation(
    "QueryProfileStructure",
    (_F("profile", "ManagedObjectReference", 2, "5.0", target="Profile"), ),
    _F("returnval", "ProfileProfileStructure", 0, "5.0"),
    faults=("RuntimeFault", ),
    since="5.0",
    privilege="System.View",
    safe=True,
    task_result=None,
)

_RETRIEVE_ANSWER_FILE: _Operation[AnswerFile | None] = _Operation(
    "RetrieveAnswerFile",
    (_F("host", "ManagedObjectReference", 0, "5.0", target="HostSystem"), ),
    _F("returnval", "AnswerFile", 2, "5.0"),
    faults=("RuntimeFault", ),
    since="5.0",
    privilege=None,
    safe=True,
    task_result=None,
)

_RETRIEVE_ANSWER_FILE_FOR_PROFILE: _Operation[AnswerFile | None] = _Operation(
    "RetrieveAnswerFileForProfile",
    (_F("host", "ManagedObjectReference", 0, "5.1", target="HostSystem"), _F("applyProfile", "HostApplyProfile", 0, "5.1"), ),
    _F("returnval", "AnswerFile", 2, "5.1"),
    faults=("RuntimeFault", ),
    since="5.1",
    privilege=None,
    safe=True,
    task_result=None,
)

_RETRIEVE_HOST_CUSTOMIZATIONS: _Operation[list[StructuredCustomizations]] = _Operation(
    "RetrieveHostCustomizations",
    (_F("hosts", "ManagedObjectReference", 3, "6.5", target="HostSystem"), ),
    _F("returnval", "StructuredCustomizations", 3, "6.5"),
    faults=("RuntimeFault", ),
    since="6.5",
    privilege=None,
    safe=True,
    task_result=None,
)

_RETRIEVE_HOST_CUSTOMIZATIONS_FOR_PROFILE: _Operation[list[StructuredCustomizations]] = _Operation(
    "RetrieveHostCustomizationsForProfile",
    (_F("hosts", "ManagedObjectReference", 3, "6.5", target="HostSystem"), _F("applyProfile", "HostApplyProfile", 0, "6.5"), ),
    _F("returnval", "StructuredCustomizations", 3, "6.5"),
    faults=("RuntimeFault", ),
    since="6.5",
    privilege=None,
    safe=True,
    task_result=None,
)

_UPDATE_ANSWER_FILE_TASK: _Operation[Task[None]] = _Operation(
    "UpdateAnswerFile_Task",
    (_F("host", "ManagedObjectReference", 0, "5.0", target="HostSystem"), _F("configSpec", "AnswerFileCreateSpec", 0, "5.0"), ),
    _F("returnval", "ManagedObjectReference", 0, "5.0", target="Task"),
    faults=("AnswerFileUpdateFailed", "RuntimeFault", ),
    since="5.0",
    privilege="Profile.Edit",
    safe=False,
    task_result=None,
)

_VALIDATE_HOST_PROFILE_COMPOSITION_TASK: _Operation[Task[HostProfileManagerCompositionValidationResult]] = _Operation(
    "ValidateHostProfileComposition_Task",
    (_F("source", "ManagedObjectReference", 0, "6.5", target="Profile"), _F("targets", "ManagedObjectReference", 3, "6.5", target="Profile"), _F("toBeMerged", "HostApplyProfile", 2, "6.5"), _F("toReplaceWith", "HostApplyProfile", 2, "6.5"), _F("toBeDeleted", "HostApplyProfile", 2, "6.5"), _F("enableStatusToBeCopied", "HostApplyProfile", 2, "6.5"), _F("errorOnly", "boolean", 2, "6.5"), ),
    _F("returnval", "ManagedObjectReference", 0, "6.5", target="Task"),
    faults=("RuntimeFault", ),
    since="6.5",
    privilege="Profile.Edit",
    safe=False,
    task_result=_F("result", "HostProfileManagerCompositionValidationResult", 0, "6.5"),
)


class HostProfileManagerProperties(ProfileManagerProperties):
    """HostProfileManager's properties as read by fetch(), retrieve() and watch(), base types' included.

    Only the requested properties are set (unset on the server: None, or [] for
    a list). Reading one that was not requested raises AttributeError, and one
    the server refused raises its fault. A dotted path fills a partial data
    object: its other members stay unset, even those the WSDL requires.
    """

    __slots__ = ()
    obj: HostProfileManager  # pyright: ignore[reportIncompatibleVariableOverride]


class HostProfileManager(ProfileManager):
    """HostProfileManager: managed object proxy extending ProfileManager, since 4.0."""

    __slots__ = ()
    _type_: ClassVar[str] = "HostProfileManager"
    _properties_: ClassVar[dict[str, _F]] = {
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
        "ApplyEntitiesConfig_Task": _APPLY_ENTITIES_CONFIG_TASK,
        "ApplyHostConfig_Task": _APPLY_HOST_CONFIG_TASK,
        "CheckAnswerFileStatus_Task": _CHECK_ANSWER_FILE_STATUS_TASK,
        "CompositeHostProfile_Task": _COMPOSITE_HOST_PROFILE_TASK,
        "CreateDefaultProfile": _CREATE_DEFAULT_PROFILE,
        "ExportAnswerFile_Task": _EXPORT_ANSWER_FILE_TASK,
        "GenerateConfigTaskList": _GENERATE_CONFIG_TASK_LIST,
        "GenerateHostConfigTaskSpec_Task": _GENERATE_HOST_CONFIG_TASK_SPEC_TASK,
        "GenerateHostProfileTaskList_Task": _GENERATE_HOST_PROFILE_TASK_LIST_TASK,
        "QueryAnswerFileStatus": _QUERY_ANSWER_FILE_STATUS,
        "QueryHostProfileMetadata": _QUERY_HOST_PROFILE_METADATA,
        "QueryProfileStructure": _QUERY_PROFILE_STRUCTURE,
        "RetrieveAnswerFile": _RETRIEVE_ANSWER_FILE,
        "RetrieveAnswerFileForProfile": _RETRIEVE_ANSWER_FILE_FOR_PROFILE,
        "RetrieveHostCustomizations": _RETRIEVE_HOST_CUSTOMIZATIONS,
        "RetrieveHostCustomizationsForProfile": _RETRIEVE_HOST_CUSTOMIZATIONS_FOR_PROFILE,
        "UpdateAnswerFile_Task": _UPDATE_ANSWER_FILE_TASK,
        "ValidateHostProfileComposition_Task": _VALIDATE_HOST_PROFILE_COMPOSITION_TASK,
    }
    _property_class_ = HostProfileManagerProperties

    def fetch(self, *paths: str) -> HostProfileManagerProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, HostProfileManagerProperties, paths)

    def ApplyEntitiesConfig_Task(
        self,
        *,
        applyConfigSpecs: list[ApplyHostProfileConfigurationSpec] | None = None,
        _timeout: float | None = None,
    ) -> Task[list[ApplyHostProfileConfigurationResult]]:
        """ApplyEntitiesConfig_Task: an operation of HostProfileManager, since 6.5.

        Args:
            applyConfigSpecs: list of ApplyHostProfileConfigurationSpec, since 6.5.

        Returns:
            A reference to the Task; its result is list of ApplyHostProfileConfigurationResult.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _APPLY_ENTITIES_CONFIG_TASK, (applyConfigSpecs, ), _timeout)

    def ApplyHostConfig_Task(
        self,
        *,
        host: HostSystem,
        configSpec: HostConfigSpec,
        userInput: list[ProfileDeferredPolicyOptionParameter] | None = None,
        _timeout: float | None = None,
    ) -> Task[None]:
        """ApplyHostConfig_Task: an operation of HostProfileManager, since 4.0.

        Args:
            host: reference to HostSystem, since 4.0.
            configSpec: HostConfigSpec, since 4.0.
            userInput: list of ProfileDeferredPolicyOptionParameter, since 5.0.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            HostConfigFailed, InvalidState, RuntimeFault.
        """
        return self._transport.invoke(self, _APPLY_HOST_CONFIG_TASK, (host, configSpec, userInput, ), _timeout)

    def CheckAnswerFileStatus_Task(
        self,
        *,
        host: list[HostSystem],
        _timeout: float | None = None,
    ) -> Task[list[AnswerFileStatusResult]]:
        """CheckAnswerFileStatus_Task: an operation of HostProfileManager, since 5.0.

        Privilege: System.View.

        Args:
            host: list of references to HostSystem, since 5.0.

        Returns:
            A reference to the Task; its result is list of AnswerFileStatusResult.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _CHECK_ANSWER_FILE_STATUS_TASK, (host, ), _timeout)

    def CompositeHostProfile_Task(
        self,
        *,
        source: Profile,
        targets: Sequence[Profile] | None = None,
        toBeMerged: HostApplyProfile | None = None,
        toBeReplacedWith: HostApplyProfile | None = None,
        toBeDeleted: HostApplyProfile | None = None,
        enableStatusToBeCopied: HostApplyProfile | None = None,
        _timeout: float | None = None,
    ) -> Task[HostProfileManagerCompositionResult]:
        """CompositeHostProfile_Task: an operation of HostProfileManager, since 6.5.

        Privilege: Profile.Edit.

        Args:
            source: reference to Profile, since 6.5.
            targets: list of references to Profile, since 6.5.
            toBeMerged: HostApplyProfile, optional, since 6.5.
            toBeReplacedWith: HostApplyProfile, optional, since 6.5.
            toBeDeleted: HostApplyProfile, optional, since 6.5.
            enableStatusToBeCopied: HostApplyProfile, optional, since 6.5.

        Returns:
            A reference to the Task; its result is HostProfileManagerCompositionResult.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _COMPOSITE_HOST_PROFILE_TASK, (source, targets, toBeMerged, toBeReplacedWith, toBeDeleted, enableStatusToBeCopied, ), _timeout)

    def CreateDefaultProfile(
        self,
        *,
        profileType: str,
        profileTypeName: str | None = None,
        profile: Profile | None = None,
        _timeout: float | None = None,
    ) -> ApplyProfile:
        """CreateDefaultProfile: an operation of HostProfileManager, since 4.0.

        Privilege: System.View.

        Args:
            profileType: string, since 4.0.
            profileTypeName: string, optional, since 5.0.
            profile: reference to Profile, optional, since 5.0.

        Returns:
            ApplyProfile.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _CREATE_DEFAULT_PROFILE, (profileType, profileTypeName, profile, ), _timeout)

    def ExportAnswerFile_Task(
        self,
        *,
        host: HostSystem,
        _timeout: float | None = None,
    ) -> Task[str]:
        """ExportAnswerFile_Task: an operation of HostProfileManager, since 5.0.

        Privilege: Profile.Export.

        Args:
            host: reference to HostSystem, since 5.0.

        Returns:
            A reference to the Task; its result is string.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _EXPORT_ANSWER_FILE_TASK, (host, ), _timeout)

    def GenerateConfigTaskList(
        self,
        *,
        configSpec: HostConfigSpec,
        host: HostSystem,
        _timeout: float | None = None,
    ) -> HostProfileManagerConfigTaskList:
        """GenerateConfigTaskList: an operation of HostProfileManager, since 4.0.

        Privilege: System.View. Safe to re-send after a lost reply.

        Args:
            configSpec: HostConfigSpec, since 4.0.
            host: reference to HostSystem, since 4.0.

        Returns:
            HostProfileManagerConfigTaskList.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _GENERATE_CONFIG_TASK_LIST, (configSpec, host, ), _timeout)

    def GenerateHostConfigTaskSpec_Task(
        self,
        *,
        hostsInfo: list[StructuredCustomizations] | None = None,
        _timeout: float | None = None,
    ) -> Task[list[ApplyHostProfileConfigurationSpec]]:
        """GenerateHostConfigTaskSpec_Task: an operation of HostProfileManager, since 6.5.

        Privilege: System.View.

        Args:
            hostsInfo: list of StructuredCustomizations, since 6.5.

        Returns:
            A reference to the Task; its result is list of ApplyHostProfileConfigurationSpec.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _GENERATE_HOST_CONFIG_TASK_SPEC_TASK, (hostsInfo, ), _timeout)

    def GenerateHostProfileTaskList_Task(
        self,
        *,
        configSpec: HostConfigSpec,
        host: HostSystem,
        _timeout: float | None = None,
    ) -> Task[HostProfileManagerConfigTaskList]:
        """GenerateHostProfileTaskList_Task: an operation of HostProfileManager, since 5.5.

        Privilege: System.View.

        Args:
            configSpec: HostConfigSpec, since 5.5.
            host: reference to HostSystem, since 5.5.

        Returns:
            A reference to the Task; its result is HostProfileManagerConfigTaskList.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _GENERATE_HOST_PROFILE_TASK_LIST_TASK, (configSpec, host, ), _timeout)

    def QueryAnswerFileStatus(
        self,
        *,
        host: list[HostSystem],
        _timeout: float | None = None,
    ) -> list[AnswerFileStatusResult]:
        """QueryAnswerFileStatus: an operation of HostProfileManager, since 5.0.

        Privilege: System.View. Safe to re-send after a lost reply.

        Args:
            host: list of references to HostSystem, since 5.0.

        Returns:
            List of AnswerFileStatusResult.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _QUERY_ANSWER_FILE_STATUS, (host, ), _timeout)

    def QueryHostProfileMetadata(
        self,
        *,
        profileName: list[str] | None = None,
        profile: Profile | None = None,
        _timeout: float | None = None,
    ) -> list[ProfileMetadata]:
        """QueryHostProfileMetadata: an operation of HostProfileManager, since 4.0.

        Privilege: System.View. Safe to re-send after a lost reply.

        Args:
            profileName: list of string, since 4.0.
            profile: reference to Profile, optional, since 5.0.

        Returns:
            List of ProfileMetadata.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _QUERY_HOST_PROFILE_METADATA, (profileName, profile, ), _timeout)

    def QueryProfileStructure(
        self,
        *,
        profile: Profile | None = None,
        _timeout: float | None = None,
    ) -> ProfileProfileStructure:
        """QueryProfileStructure: an operation of HostProfileManager, since 5.0.

        Privilege: System.View. Safe to re-send after a lost reply.

        Args:
            profile: reference to Profile, optional, since 5.0.

        Returns:
            ProfileProfileStructure.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _QUERY_PROFILE_STRUCTURE, (profile, ), _timeout)

    def RetrieveAnswerFile(
        self,
        *,
        host: HostSystem,
        _timeout: float | None = None,
    ) -> AnswerFile | None:
        """RetrieveAnswerFile: an operation of HostProfileManager, since 5.0.

        Safe to re-send after a lost reply.

        Args:
            host: reference to HostSystem, since 5.0, needs Profile.Edit on it.

        Returns:
            AnswerFile, or None.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _RETRIEVE_ANSWER_FILE, (host, ), _timeout)

    def RetrieveAnswerFileForProfile(
        self,
        *,
        host: HostSystem,
        applyProfile: HostApplyProfile,
        _timeout: float | None = None,
    ) -> AnswerFile | None:
        """RetrieveAnswerFileForProfile: an operation of HostProfileManager, since 5.1.

        Safe to re-send after a lost reply.

        Args:
            host: reference to HostSystem, since 5.1, needs Profile.Edit on it.
            applyProfile: HostApplyProfile, since 5.1.

        Returns:
            AnswerFile, or None.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _RETRIEVE_ANSWER_FILE_FOR_PROFILE, (host, applyProfile, ), _timeout)

    def RetrieveHostCustomizations(
        self,
        *,
        hosts: list[HostSystem] | None = None,
        _timeout: float | None = None,
    ) -> list[StructuredCustomizations]:
        """RetrieveHostCustomizations: an operation of HostProfileManager, since 6.5.

        Safe to re-send after a lost reply.

        Args:
            hosts: list of references to HostSystem, since 6.5, needs Profile.Edit on it.

        Returns:
            List of StructuredCustomizations.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _RETRIEVE_HOST_CUSTOMIZATIONS, (hosts, ), _timeout)

    def RetrieveHostCustomizationsForProfile(
        self,
        *,
        applyProfile: HostApplyProfile,
        hosts: list[HostSystem] | None = None,
        _timeout: float | None = None,
    ) -> list[StructuredCustomizations]:
        """RetrieveHostCustomizationsForProfile: an operation of HostProfileManager, since 6.5.

        Safe to re-send after a lost reply.

        Args:
            hosts: list of references to HostSystem, since 6.5, needs Profile.Edit on it.
            applyProfile: HostApplyProfile, since 6.5.

        Returns:
            List of StructuredCustomizations.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _RETRIEVE_HOST_CUSTOMIZATIONS_FOR_PROFILE, (hosts, applyProfile, ), _timeout)

    def UpdateAnswerFile_Task(
        self,
        *,
        host: HostSystem,
        configSpec: AnswerFileCreateSpec,
        _timeout: float | None = None,
    ) -> Task[None]:
        """UpdateAnswerFile_Task: an operation of HostProfileManager, since 5.0.

        Privilege: Profile.Edit.

        Args:
            host: reference to HostSystem, since 5.0.
            configSpec: AnswerFileCreateSpec, since 5.0.

        Returns:
            A reference to the Task; its result is empty.

        Raises:
            AnswerFileUpdateFailed, RuntimeFault.
        """
        return self._transport.invoke(self, _UPDATE_ANSWER_FILE_TASK, (host, configSpec, ), _timeout)

    def ValidateHostProfileComposition_Task(
        self,
        *,
        source: Profile,
        targets: Sequence[Profile] | None = None,
        toBeMerged: HostApplyProfile | None = None,
        toReplaceWith: HostApplyProfile | None = None,
        toBeDeleted: HostApplyProfile | None = None,
        enableStatusToBeCopied: HostApplyProfile | None = None,
        errorOnly: bool | None = None,
        _timeout: float | None = None,
    ) -> Task[HostProfileManagerCompositionValidationResult]:
        """ValidateHostProfileComposition_Task: an operation of HostProfileManager, since 6.5.

        Privilege: Profile.Edit.

        Args:
            source: reference to Profile, since 6.5.
            targets: list of references to Profile, since 6.5.
            toBeMerged: HostApplyProfile, optional, since 6.5.
            toReplaceWith: HostApplyProfile, optional, since 6.5.
            toBeDeleted: HostApplyProfile, optional, since 6.5.
            enableStatusToBeCopied: HostApplyProfile, optional, since 6.5.
            errorOnly: boolean, optional, since 6.5.

        Returns:
            A reference to the Task; its result is HostProfileManagerCompositionValidationResult.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _VALIDATE_HOST_PROFILE_COMPOSITION_TASK, (source, targets, toBeMerged, toReplaceWith, toBeDeleted, enableStatusToBeCopied, errorOnly, ), _timeout)
