# Generated from urn:pbm 8.0.0.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 6b008c236d8c, pbm-messagetypes.xsd 80afefd63b4c, pbm-types.xsd 67c8010eba84, pbm.wsdl c31d056765d0, pbmService.wsdl b603139b1cf9, query-types.xsd 75e61f7a3665, reflect-types.xsd 9dd79e7a402d, vim-types.xsd 03e846d02da4, wsdl/pbm.json 3e77755851fc, wsdl/pbm_safe_ops.json 249a563e5b2c
"""PbmProfileProfileManager: managed object proxy. Since 1.0."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from pyvmomo._base import ManagedObject as _ManagedObject
from pyvmomo.property import ObjectProperties as _ObjectProperties
from pyvmomo.property import fetch_into as _fetch_into

if TYPE_CHECKING:
    from ..types.pbm_capability_metadata_per_category import PbmCapabilityMetadataPerCategory
    from ..types.pbm_capability_profile_create_spec import PbmCapabilityProfileCreateSpec
    from ..types.pbm_capability_profile_update_spec import PbmCapabilityProfileUpdateSpec
    from ..types.pbm_capability_schema import PbmCapabilitySchema
    from ..types.pbm_capability_vendor_resource_type_info import PbmCapabilityVendorResourceTypeInfo
    from ..types.pbm_datastore_space_statistics import PbmDatastoreSpaceStatistics
    from ..types.pbm_default_profile_info import PbmDefaultProfileInfo
    from ..types.pbm_placement_hub import PbmPlacementHub
    from ..types.pbm_profile import PbmProfile
    from ..types.pbm_profile_id import PbmProfileId
    from ..types.pbm_profile_operation_outcome import PbmProfileOperationOutcome
    from ..types.pbm_profile_resource_type import PbmProfileResourceType
    from ..types.pbm_query_profile_result import PbmQueryProfileResult
    from ..types.pbm_server_object_ref import PbmServerObjectRef

_PBM_ASSIGN_DEFAULT_REQUIREMENT_PROFILE: _Operation[None] = _Operation(
    "PbmAssignDefaultRequirementProfile",
    (_F("profile", "PbmProfileId", 0, "2.0"), _F("datastores", "PbmPlacementHub", 1, "2.0"), ),
    None,
    faults=("PbmLegacyHubsNotSupported", "PbmNonExistentHubs", "PbmFault", "InvalidArgument", "RuntimeFault", ),
    since="2.0",
    privilege="StorageProfile.Update",
    safe=False,
    task_result=None,
)

_PBM_CREATE: _Operation[PbmProfileId] = _Operation(
    "PbmCreate",
    (_F("createSpec", "PbmCapabilityProfileCreateSpec", 0, "1.0"), ),
    _F("returnval", "PbmProfileId", 0, "1.0"),
    faults=("PbmDuplicateName", "PbmFaultProfileStorageFault", "InvalidArgument", "RuntimeFault", ),
    since="1.0",
    privilege="StorageProfile.Update",
    safe=False,
    task_result=None,
)

_PBM_DELETE: _Operation[list[PbmProfileOperationOutcome]] = _Operation(
    "PbmDelete",
    (_F("profileId", "PbmProfileId", 1, "1.0"), ),
    _F("returnval", "PbmProfileOperationOutcome", 3, "1.0"),
    faults=("RuntimeFault", ),
    since="1.0",
    privilege="StorageProfile.Update",
    safe=False,
    task_result=None,
)

_PBM_FETCH_CAPABILITY_METADATA: _Operation[list[PbmCapabilityMetadataPerCategory]] = _Operation(
    "PbmFetchCapabilityMetadata",
    (_F("resourceType", "PbmProfileResourceType", 2, "1.0"), _F("vendorUuid", "string", 2, "1.0"), ),
    _F("returnval", "PbmCapabilityMetadataPerCategory", 3, "1.0"),
    faults=("RuntimeFault", ),
    since="1.0",
    privilege="StorageProfile.View",
    safe=True,
    task_result=None,
)

_PBM_FETCH_CAPABILITY_SCHEMA: _Operation[list[PbmCapabilitySchema]] = _Operation(
    "PbmFetchCapabilitySchema",
    (_F("vendorUuid", "string", 2, "6.5"), _F("lineOfService", "string", 3, "6.5"), ),
    _F("returnval", "PbmCapabilitySchema", 3, "6.5"),
    faults=("PbmFault", "RuntimeFault", ),
    since="6.5",
    privilege="StorageProfile.View",
    safe=True,
    task_result=None,
)

_PBM_FETCH_RESOURCE_TYPE: _Operation[list[PbmProfileResourceType]] = _Operation(
    "PbmFetchResourceType",
    (),
    _F("returnval", "PbmProfileResourceType", 3, "1.0"),
    faults=("RuntimeFault", ),
    since="1.0",
    privilege="StorageProfile.View",
    safe=True,
    task_result=None,
)

_PBM_FETCH_VENDOR_INFO: _Operation[list[PbmCapabilityVendorResourceTypeInfo]] = _Operation(
    "PbmFetchVendorInfo",
    (_F("resourceType", "PbmProfileResourceType", 2, "1.0"), ),
    _F("returnval", "PbmCapabilityVendorResourceTypeInfo", 3, "1.0"),
    faults=("RuntimeFault", ),
    since="1.0",
    privilege="StorageProfile.View",
    safe=True,
    task_result=None,
)

_PBM_FIND_APPLICABLE_DEFAULT_PROFILE: _Operation[list[PbmProfile]] = _Operation(
    "PbmFindApplicableDefaultProfile",
    (_F("datastores", "PbmPlacementHub", 1, "2.0"), ),
    _F("returnval", "PbmProfile", 3, "2.0"),
    faults=("PbmLegacyHubsNotSupported", "PbmNonExistentHubs", "PbmFault", "InvalidArgument", "RuntimeFault", ),
    since="2.0",
    privilege="StorageProfile.View",
    safe=True,
    task_result=None,
)

_PBM_QUERY_ASSOCIATED_ENTITIES: _Operation[list[PbmQueryProfileResult]] = _Operation(
    "PbmQueryAssociatedEntities",
    (_F("profiles", "PbmProfileId", 3, "6.5"), ),
    _F("returnval", "PbmQueryProfileResult", 3, "6.5"),
    faults=("PbmFault", "RuntimeFault", ),
    since="6.5",
    privilege="StorageProfile.View",
    safe=True,
    task_result=None,
)

_PBM_QUERY_ASSOCIATED_ENTITY: _Operation[list[PbmServerObjectRef]] = _Operation(
    "PbmQueryAssociatedEntity",
    (_F("profile", "PbmProfileId", 0, "1.0"), _F("entityType", "string", 2, "1.0"), ),
    _F("returnval", "PbmServerObjectRef", 3, "1.0"),
    faults=("PbmFault", "RuntimeFault", ),
    since="1.0",
    privilege="StorageProfile.View",
    safe=True,
    task_result=None,
)

_PBM_QUERY_ASSOCIATED_PROFILE: _Operation[list[PbmProfileId]] = _Operation(
    "PbmQueryAssociatedProfile",
    (_F("entity", "PbmServerObjectRef", 0, "1.0"), ),
    _F("returnval", "PbmProfileId", 3, "1.0"),
    faults=("PbmFault", "RuntimeFault", ),
    since="1.0",
    privilege="StorageProfile.View",
    safe=True,
    task_result=None,
)

_PBM_QUERY_ASSOCIATED_PROFILES: _Operation[list[PbmQueryProfileResult]] = _Operation(
    "PbmQueryAssociatedProfiles",
    (_F("entities", "PbmServerObjectRef", 1, "1.0"), ),
    _F("returnval", "PbmQueryProfileResult", 3, "1.0"),
    faults=("PbmFault", "RuntimeFault", ),
    since="1.0",
    privilege="StorageProfile.View",
    safe=True,
    task_result=None,
)

_PBM_QUERY_DEFAULT_REQUIREMENT_PROFILE: _Operation[PbmProfileId | None] = _Operation(
    "PbmQueryDefaultRequirementProfile",
    (_F("hub", "PbmPlacementHub", 0, "2.0"), ),
    _F("returnval", "PbmProfileId", 2, "2.0"),
    faults=("PbmNonExistentHubs", "PbmFault", "InvalidArgument", "RuntimeFault", ),
    since="2.0",
    privilege="StorageProfile.View",
    safe=True,
    task_result=None,
)

_PBM_QUERY_DEFAULT_REQUIREMENT_PROFILES: _Operation[list[PbmDefaultProfileInfo]] = _Operation(
    "PbmQueryDefaultRequirementProfiles",
    (_F("datastores", "PbmPlacementHub", 1, "2.0"), ),
    _F("returnval", "PbmDefaultProfileInfo", 1, "2.0"),
    faults=("PbmNonExistentHubs", "PbmFault", "InvalidArgument", "RuntimeFault", ),
    since="2.0",
    privilege="StorageProfile.View",
    safe=True,
    task_result=None,
)

_PBM_QUERY_PROFILE: _Operation[list[PbmProfileId]] = _Operation(
    "PbmQueryProfile",
    (_F("resourceType", "PbmProfileResourceType", 0, "1.0"), _F("profileCategory", "string", 2, "1.0"), ),
    _F("returnval", "PbmProfileId", 3, "1.0"),
    faults=("InvalidArgument", "RuntimeFault", ),
    since="1.0",
    privilege="StorageProfile.View",
    safe=True,
    task_result=None,
)

_PBM_QUERY_SPACE_STATS_FOR_STORAGE_CONTAINER: _Operation[list[PbmDatastoreSpaceStatistics]] = _Operation(
    "PbmQuerySpaceStatsForStorageContainer",
    (_F("datastore", "PbmServerObjectRef", 0, "2.0"), _F("capabilityProfileId", "PbmProfileId", 3, "2.0"), ),
    _F("returnval", "PbmDatastoreSpaceStatistics", 3, "2.0"),
    faults=("PbmFault", "InvalidArgument", "RuntimeFault", ),
    since="2.0",
    privilege="StorageProfile.View",
    safe=True,
    task_result=None,
)

_PBM_RESET_DEFAULT_REQUIREMENT_PROFILE: _Operation[None] = _Operation(
    "PbmResetDefaultRequirementProfile",
    (_F("profile", "PbmProfileId", 2, "1.0"), ),
    None,
    faults=("RuntimeFault", ),
    since="1.0",
    privilege="StorageProfile.Update",
    safe=False,
    task_result=None,
)

_PBM_RESET_V_SAN_DEFAULT_PROFILE: _Operation[None] = _Operation(
    "PbmResetVSanDefaultProfile",
    (),
    None,
    faults=("RuntimeFault", ),
    since="2.0",
    privilege="StorageProfile.Update",
    safe=False,
    task_result=None,
)

_PBM_RETRIEVE_CONTENT: _Operation[list[PbmProfile]] = _Operation(
    "PbmRetrieveContent",
    (_F("profileIds", "PbmProfileId", 1, "1.0"), ),
    _F("returnval", "PbmProfile", 1, "1.0"),
    faults=("InvalidArgument", "RuntimeFault", ),
    since="1.0",
    privilege="StorageProfile.View",
    safe=True,
    task_result=None,
)

_PBM_UPDATE: _Operation[None] = _Operation(
    "PbmUpdate",
    (_F("profileId", "PbmProfileId", 0, "1.0"), _F("updateSpec", "PbmCapabilityProfileUpdateSpec", 0, "1.0"), ),
    None,
    faults=("PbmFaultProfileStorageFault", "InvalidArgument", "RuntimeFault", ),
    since="1.0",
    privilege="StorageProfile.Update",
    safe=False,
    task_result=None,
)


class PbmProfileProfileManagerProperties(_ObjectProperties["PbmProfileProfileManager"]):
    """PbmProfileProfileManager's properties as read by fetch(), retrieve() and watch(), base types' included.

    Only the requested properties are set (unset on the server: None, or [] for
    a list). Reading one that was not requested raises AttributeError, and one
    the server refused raises its fault. A dotted path fills a partial data
    object: its other members stay unset, even those the WSDL requires.
    """

    __slots__ = ()


class PbmProfileProfileManager(_ManagedObject):
    """PbmProfileProfileManager: managed object proxy, since 1.0."""

    __slots__ = ()
    _type_: ClassVar[str] = "PbmProfileProfileManager"
    _properties_: ClassVar[dict[str, _F]] = {
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
        "PbmAssignDefaultRequirementProfile": _PBM_ASSIGN_DEFAULT_REQUIREMENT_PROFILE,
        "PbmCreate": _PBM_CREATE,
        "PbmDelete": _PBM_DELETE,
        "PbmFetchCapabilityMetadata": _PBM_FETCH_CAPABILITY_METADATA,
        "PbmFetchCapabilitySchema": _PBM_FETCH_CAPABILITY_SCHEMA,
        "PbmFetchResourceType": _PBM_FETCH_RESOURCE_TYPE,
        "PbmFetchVendorInfo": _PBM_FETCH_VENDOR_INFO,
        "PbmFindApplicableDefaultProfile": _PBM_FIND_APPLICABLE_DEFAULT_PROFILE,
        "PbmQueryAssociatedEntities": _PBM_QUERY_ASSOCIATED_ENTITIES,
        "PbmQueryAssociatedEntity": _PBM_QUERY_ASSOCIATED_ENTITY,
        "PbmQueryAssociatedProfile": _PBM_QUERY_ASSOCIATED_PROFILE,
        "PbmQueryAssociatedProfiles": _PBM_QUERY_ASSOCIATED_PROFILES,
        "PbmQueryDefaultRequirementProfile": _PBM_QUERY_DEFAULT_REQUIREMENT_PROFILE,
        "PbmQueryDefaultRequirementProfiles": _PBM_QUERY_DEFAULT_REQUIREMENT_PROFILES,
        "PbmQueryProfile": _PBM_QUERY_PROFILE,
        "PbmQuerySpaceStatsForStorageContainer": _PBM_QUERY_SPACE_STATS_FOR_STORAGE_CONTAINER,
        "PbmResetDefaultRequirementProfile": _PBM_RESET_DEFAULT_REQUIREMENT_PROFILE,
        "PbmResetVSanDefaultProfile": _PBM_RESET_V_SAN_DEFAULT_PROFILE,
        "PbmRetrieveContent": _PBM_RETRIEVE_CONTENT,
        "PbmUpdate": _PBM_UPDATE,
    }
    _property_class_ = PbmProfileProfileManagerProperties

    def fetch(self, *paths: str) -> PbmProfileProfileManagerProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, PbmProfileProfileManagerProperties, paths)

    def PbmAssignDefaultRequirementProfile(
        self,
        *,
        profile: PbmProfileId,
        datastores: list[PbmPlacementHub],
        _timeout: float | None = None,
    ) -> None:
        """PbmAssignDefaultRequirementProfile: an operation of PbmProfileProfileManager, since 2.0.

        Privilege: StorageProfile.Update.

        Args:
            profile: PbmProfileId, since 2.0.
            datastores: list of PbmPlacementHub, since 2.0.

        Returns:
            None.

        Raises:
            PbmLegacyHubsNotSupported, PbmNonExistentHubs, PbmFault, InvalidArgument, RuntimeFault.
        """
        return self._transport.invoke(self, _PBM_ASSIGN_DEFAULT_REQUIREMENT_PROFILE, (profile, datastores, ), _timeout)

    def PbmCreate(
        self,
        *,
        createSpec: PbmCapabilityProfileCreateSpec,
        _timeout: float | None = None,
    ) -> PbmProfileId:
        """PbmCreate: an operation of PbmProfileProfileManager, since 1.0.

        Privilege: StorageProfile.Update.

        Args:
            createSpec: PbmCapabilityProfileCreateSpec, since 1.0.

        Returns:
            PbmProfileId.

        Raises:
            PbmDuplicateName, PbmFaultProfileStorageFault, InvalidArgument, RuntimeFault.
        """
        return self._transport.invoke(self, _PBM_CREATE, (createSpec, ), _timeout)

    def PbmDelete(
        self,
        *,
        profileId: list[PbmProfileId],
        _timeout: float | None = None,
    ) -> list[PbmProfileOperationOutcome]:
        """PbmDelete: an operation of PbmProfileProfileManager, since 1.0.

        Privilege: StorageProfile.Update.

        Args:
            profileId: list of PbmProfileId, since 1.0.

        Returns:
            List of PbmProfileOperationOutcome.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _PBM_DELETE, (profileId, ), _timeout)

    def PbmFetchCapabilityMetadata(
        self,
        *,
        resourceType: PbmProfileResourceType | None = None,
        vendorUuid: str | None = None,
        _timeout: float | None = None,
    ) -> list[PbmCapabilityMetadataPerCategory]:
        """PbmFetchCapabilityMetadata: an operation of PbmProfileProfileManager, since 1.0.

        Privilege: StorageProfile.View. Safe to re-send after a lost reply.

        Args:
            resourceType: PbmProfileResourceType, optional, since 1.0.
            vendorUuid: string, optional, since 1.0.

        Returns:
            List of PbmCapabilityMetadataPerCategory.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _PBM_FETCH_CAPABILITY_METADATA, (resourceType, vendorUuid, ), _timeout)

    def PbmFetchCapabilitySchema(
        self,
        *,
        vendorUuid: str | None = None,
        lineOfService: list[str] | None = None,
        _timeout: float | None = None,
    ) -> list[PbmCapabilitySchema]:
        """PbmFetchCapabilitySchema: an operation of PbmProfileProfileManager, since 6.5.

        Privilege: StorageProfile.View. Safe to re-send after a lost reply.

        Args:
            vendorUuid: string, optional, since 6.5.
            lineOfService: list of string, since 6.5.

        Returns:
            List of PbmCapabilitySchema.

        Raises:
            PbmFault, RuntimeFault.
        """
        return self._transport.invoke(self, _PBM_FETCH_CAPABILITY_SCHEMA, (vendorUuid, lineOfService, ), _timeout)

    def PbmFetchResourceType(
        self,
        *,
        _timeout: float | None = None,
    ) -> list[PbmProfileResourceType]:
        """PbmFetchResourceType: an operation of PbmProfileProfileManager, since 1.0.

        Privilege: StorageProfile.View. Safe to re-send after a lost reply.

        Returns:
            List of PbmProfileResourceType.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _PBM_FETCH_RESOURCE_TYPE, (), _timeout)

    def PbmFetchVendorInfo(
        self,
        *,
        resourceType: PbmProfileResourceType | None = None,
        _timeout: float | None = None,
    ) -> list[PbmCapabilityVendorResourceTypeInfo]:
        """PbmFetchVendorInfo: an operation of PbmProfileProfileManager, since 1.0.

        Privilege: StorageProfile.View. Safe to re-send after a lost reply.

        Args:
            resourceType: PbmProfileResourceType, optional, since 1.0.

        Returns:
            List of PbmCapabilityVendorResourceTypeInfo.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _PBM_FETCH_VENDOR_INFO, (resourceType, ), _timeout)

    def PbmFindApplicableDefaultProfile(
        self,
        *,
        datastores: list[PbmPlacementHub],
        _timeout: float | None = None,
    ) -> list[PbmProfile]:
        """PbmFindApplicableDefaultProfile: an operation of PbmProfileProfileManager, since 2.0.

        Privilege: StorageProfile.View. Safe to re-send after a lost reply.

        Args:
            datastores: list of PbmPlacementHub, since 2.0.

        Returns:
            List of PbmProfile.

        Raises:
            PbmLegacyHubsNotSupported, PbmNonExistentHubs, PbmFault, InvalidArgument, RuntimeFault.
        """
        return self._transport.invoke(self, _PBM_FIND_APPLICABLE_DEFAULT_PROFILE, (datastores, ), _timeout)

    def PbmQueryAssociatedEntities(
        self,
        *,
        profiles: list[PbmProfileId] | None = None,
        _timeout: float | None = None,
    ) -> list[PbmQueryProfileResult]:
        """PbmQueryAssociatedEntities: an operation of PbmProfileProfileManager, since 6.5.

        Privilege: StorageProfile.View. Safe to re-send after a lost reply.

        Args:
            profiles: list of PbmProfileId, since 6.5.

        Returns:
            List of PbmQueryProfileResult.

        Raises:
            PbmFault, RuntimeFault.
        """
        return self._transport.invoke(self, _PBM_QUERY_ASSOCIATED_ENTITIES, (profiles, ), _timeout)

    def PbmQueryAssociatedEntity(
        self,
        *,
        profile: PbmProfileId,
        entityType: str | None = None,
        _timeout: float | None = None,
    ) -> list[PbmServerObjectRef]:
        """PbmQueryAssociatedEntity: an operation of PbmProfileProfileManager, since 1.0.

        Privilege: StorageProfile.View. Safe to re-send after a lost reply.

        Args:
            profile: PbmProfileId, since 1.0.
            entityType: string, optional, since 1.0.

        Returns:
            List of PbmServerObjectRef.

        Raises:
            PbmFault, RuntimeFault.
        """
        return self._transport.invoke(self, _PBM_QUERY_ASSOCIATED_ENTITY, (profile, entityType, ), _timeout)

    def PbmQueryAssociatedProfile(
        self,
        *,
        entity: PbmServerObjectRef,
        _timeout: float | None = None,
    ) -> list[PbmProfileId]:
        """PbmQueryAssociatedProfile: an operation of PbmProfileProfileManager, since 1.0.

        Privilege: StorageProfile.View. Safe to re-send after a lost reply.

        Args:
            entity: PbmServerObjectRef, since 1.0.

        Returns:
            List of PbmProfileId.

        Raises:
            PbmFault, RuntimeFault.
        """
        return self._transport.invoke(self, _PBM_QUERY_ASSOCIATED_PROFILE, (entity, ), _timeout)

    def PbmQueryAssociatedProfiles(
        self,
        *,
        entities: list[PbmServerObjectRef],
        _timeout: float | None = None,
    ) -> list[PbmQueryProfileResult]:
        """PbmQueryAssociatedProfiles: an operation of PbmProfileProfileManager, since 1.0.

        Privilege: StorageProfile.View. Safe to re-send after a lost reply.

        Args:
            entities: list of PbmServerObjectRef, since 1.0.

        Returns:
            List of PbmQueryProfileResult.

        Raises:
            PbmFault, RuntimeFault.
        """
        return self._transport.invoke(self, _PBM_QUERY_ASSOCIATED_PROFILES, (entities, ), _timeout)

    def PbmQueryDefaultRequirementProfile(
        self,
        *,
        hub: PbmPlacementHub,
        _timeout: float | None = None,
    ) -> PbmProfileId | None:
        """PbmQueryDefaultRequirementProfile: an operation of PbmProfileProfileManager, since 2.0.

        Privilege: StorageProfile.View. Safe to re-send after a lost reply.

        Args:
            hub: PbmPlacementHub, since 2.0.

        Returns:
            PbmProfileId, or None.

        Raises:
            PbmNonExistentHubs, PbmFault, InvalidArgument, RuntimeFault.
        """
        return self._transport.invoke(self, _PBM_QUERY_DEFAULT_REQUIREMENT_PROFILE, (hub, ), _timeout)

    def PbmQueryDefaultRequirementProfiles(
        self,
        *,
        datastores: list[PbmPlacementHub],
        _timeout: float | None = None,
    ) -> list[PbmDefaultProfileInfo]:
        """PbmQueryDefaultRequirementProfiles: an operation of PbmProfileProfileManager, since 2.0.

        Privilege: StorageProfile.View. Safe to re-send after a lost reply.

        Args:
            datastores: list of PbmPlacementHub, since 2.0.

        Returns:
            List of PbmDefaultProfileInfo.

        Raises:
            PbmNonExistentHubs, PbmFault, InvalidArgument, RuntimeFault.
        """
        return self._transport.invoke(self, _PBM_QUERY_DEFAULT_REQUIREMENT_PROFILES, (datastores, ), _timeout)

    def PbmQueryProfile(
        self,
        *,
        resourceType: PbmProfileResourceType,
        profileCategory: str | None = None,
        _timeout: float | None = None,
    ) -> list[PbmProfileId]:
        """PbmQueryProfile: an operation of PbmProfileProfileManager, since 1.0.

        Privilege: StorageProfile.View. Safe to re-send after a lost reply.

        Args:
            resourceType: PbmProfileResourceType, since 1.0.
            profileCategory: string, optional, since 1.0.

        Returns:
            List of PbmProfileId.

        Raises:
            InvalidArgument, RuntimeFault.
        """
        return self._transport.invoke(self, _PBM_QUERY_PROFILE, (resourceType, profileCategory, ), _timeout)

    def PbmQuerySpaceStatsForStorageContainer(
        self,
        *,
        datastore: PbmServerObjectRef,
        capabilityProfileId: list[PbmProfileId] | None = None,
        _timeout: float | None = None,
    ) -> list[PbmDatastoreSpaceStatistics]:
        """PbmQuerySpaceStatsForStorageContainer: an operation of PbmProfileProfileManager, since 2.0.

        Privilege: StorageProfile.View. Safe to re-send after a lost reply.

        Args:
            datastore: PbmServerObjectRef, since 2.0.
            capabilityProfileId: list of PbmProfileId, since 2.0.

        Returns:
            List of PbmDatastoreSpaceStatistics.

        Raises:
            PbmFault, InvalidArgument, RuntimeFault.
        """
        return self._transport.invoke(self, _PBM_QUERY_SPACE_STATS_FOR_STORAGE_CONTAINER, (datastore, capabilityProfileId, ), _timeout)

    def PbmResetDefaultRequirementProfile(
        self,
        *,
        profile: PbmProfileId | None = None,
        _timeout: float | None = None,
    ) -> None:
        """PbmResetDefaultRequirementProfile: an operation of PbmProfileProfileManager, since 1.0.

        Privilege: StorageProfile.Update.

        Args:
            profile: PbmProfileId, optional, since 1.0.

        Returns:
            None.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _PBM_RESET_DEFAULT_REQUIREMENT_PROFILE, (profile, ), _timeout)

    def PbmResetVSanDefaultProfile(
        self,
        *,
        _timeout: float | None = None,
    ) -> None:
        """PbmResetVSanDefaultProfile: an operation of PbmProfileProfileManager, since 2.0.

        Privilege: StorageProfile.Update.

        Returns:
            None.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _PBM_RESET_V_SAN_DEFAULT_PROFILE, (), _timeout)

    def PbmRetrieveContent(
        self,
        *,
        profileIds: list[PbmProfileId],
        _timeout: float | None = None,
    ) -> list[PbmProfile]:
        """PbmRetrieveContent: an operation of PbmProfileProfileManager, since 1.0.

        Privilege: StorageProfile.View. Safe to re-send after a lost reply.

        Args:
            profileIds: list of PbmProfileId, since 1.0.

        Returns:
            List of PbmProfile.

        Raises:
            InvalidArgument, RuntimeFault.
        """
        return self._transport.invoke(self, _PBM_RETRIEVE_CONTENT, (profileIds, ), _timeout)

    def PbmUpdate(
        self,
        *,
        profileId: PbmProfileId,
        updateSpec: PbmCapabilityProfileUpdateSpec,
        _timeout: float | None = None,
    ) -> None:
        """PbmUpdate: an operation of PbmProfileProfileManager, since 1.0.

        Privilege: StorageProfile.Update.

        Args:
            profileId: PbmProfileId, since 1.0.
            updateSpec: PbmCapabilityProfileUpdateSpec, since 1.0.

        Returns:
            None.

        Raises:
            PbmFaultProfileStorageFault, InvalidArgument, RuntimeFault.
        """
        return self._transport.invoke(self, _PBM_UPDATE, (profileId, updateSpec, ), _timeout)
