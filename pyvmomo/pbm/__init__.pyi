# Generated from urn:pbm 8.0.0.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 6b008c236d8c, pbm-messagetypes.xsd 80afefd63b4c, pbm-types.xsd 67c8010eba84, pbm.wsdl c31d056765d0, pbmService.wsdl b603139b1cf9, query-types.xsd 75e61f7a3665, reflect-types.xsd 9dd79e7a402d, vim-types.xsd 03e846d02da4, wsdl/pbm.json 3e77755851fc, wsdl/pbm_safe_ops.json 249a563e5b2c
"""What type checkers see of the bindings package: every generated name, imported.

The run-time ``__init__.py`` imports each name lazily instead.
"""

from ._provenance import API_VERSION as API_VERSION
from .types.pbm_about_info import PbmAboutInfo as PbmAboutInfo
from .faults.pbm_already_exists import PbmAlreadyExists as PbmAlreadyExists
from .types.pbm_capability_constraint_instance import PbmCapabilityConstraintInstance as PbmCapabilityConstraintInstance
from .types.pbm_capability_constraints import PbmCapabilityConstraints as PbmCapabilityConstraints
from .types.pbm_capability_description import PbmCapabilityDescription as PbmCapabilityDescription
from .types.pbm_capability_discrete_set import PbmCapabilityDiscreteSet as PbmCapabilityDiscreteSet
from .types.pbm_capability_generic_type_info import PbmCapabilityGenericTypeInfo as PbmCapabilityGenericTypeInfo
from .types.pbm_capability_instance import PbmCapabilityInstance as PbmCapabilityInstance
from .types.pbm_capability_metadata import PbmCapabilityMetadata as PbmCapabilityMetadata
from .types.pbm_capability_metadata_per_category import PbmCapabilityMetadataPerCategory as PbmCapabilityMetadataPerCategory
from .types.pbm_capability_metadata_unique_id import PbmCapabilityMetadataUniqueId as PbmCapabilityMetadataUniqueId
from .types.pbm_capability_namespace_info import PbmCapabilityNamespaceInfo as PbmCapabilityNamespaceInfo
from .types.pbm_capability_profile import PbmCapabilityProfile as PbmCapabilityProfile
from .types.pbm_capability_profile_create_spec import PbmCapabilityProfileCreateSpec as PbmCapabilityProfileCreateSpec
from .faults.pbm_capability_profile_property_mismatch_fault import PbmCapabilityProfilePropertyMismatchFault as PbmCapabilityProfilePropertyMismatchFault
from .types.pbm_capability_profile_update_spec import PbmCapabilityProfileUpdateSpec as PbmCapabilityProfileUpdateSpec
from .types.pbm_capability_property_instance import PbmCapabilityPropertyInstance as PbmCapabilityPropertyInstance
from .types.pbm_capability_property_metadata import PbmCapabilityPropertyMetadata as PbmCapabilityPropertyMetadata
from .types.pbm_capability_range import PbmCapabilityRange as PbmCapabilityRange
from .types.pbm_capability_schema import PbmCapabilitySchema as PbmCapabilitySchema
from .types.pbm_capability_schema_vendor_info import PbmCapabilitySchemaVendorInfo as PbmCapabilitySchemaVendorInfo
from .types.pbm_capability_sub_profile import PbmCapabilitySubProfile as PbmCapabilitySubProfile
from .types.pbm_capability_sub_profile_constraints import PbmCapabilitySubProfileConstraints as PbmCapabilitySubProfileConstraints
from .types.pbm_capability_time_span import PbmCapabilityTimeSpan as PbmCapabilityTimeSpan
from .types.pbm_capability_type_info import PbmCapabilityTypeInfo as PbmCapabilityTypeInfo
from .types.pbm_capability_vendor_namespace_info import PbmCapabilityVendorNamespaceInfo as PbmCapabilityVendorNamespaceInfo
from .types.pbm_capability_vendor_resource_type_info import PbmCapabilityVendorResourceTypeInfo as PbmCapabilityVendorResourceTypeInfo
from .faults.pbm_compatibility_check_fault import PbmCompatibilityCheckFault as PbmCompatibilityCheckFault
from .types.pbm_compliance_operational_status import PbmComplianceOperationalStatus as PbmComplianceOperationalStatus
from .types.pbm_compliance_policy_status import PbmCompliancePolicyStatus as PbmCompliancePolicyStatus
from .types.pbm_compliance_result import PbmComplianceResult as PbmComplianceResult
from .types.pbm_data_service_to_policies_map import PbmDataServiceToPoliciesMap as PbmDataServiceToPoliciesMap
from .types.pbm_datastore_space_statistics import PbmDatastoreSpaceStatistics as PbmDatastoreSpaceStatistics
from .types.pbm_default_capability_profile import PbmDefaultCapabilityProfile as PbmDefaultCapabilityProfile
from .faults.pbm_default_profile_applies_fault import PbmDefaultProfileAppliesFault as PbmDefaultProfileAppliesFault
from .types.pbm_default_profile_info import PbmDefaultProfileInfo as PbmDefaultProfileInfo
from .faults.pbm_duplicate_name import PbmDuplicateName as PbmDuplicateName
from .types.pbm_extended_element_description import PbmExtendedElementDescription as PbmExtendedElementDescription
from .faults.pbm_fault import PbmFault as PbmFault
from .faults.pbm_fault_invalid_login import PbmFaultInvalidLogin as PbmFaultInvalidLogin
from .types.pbm_fault_no_permission_entity_privileges import PbmFaultNoPermissionEntityPrivileges as PbmFaultNoPermissionEntityPrivileges
from .faults.pbm_fault_not_found import PbmFaultNotFound as PbmFaultNotFound
from .faults.pbm_fault_profile_storage_fault import PbmFaultProfileStorageFault as PbmFaultProfileStorageFault
from .types.pbm_fetch_entity_health_status_spec import PbmFetchEntityHealthStatusSpec as PbmFetchEntityHealthStatusSpec
from .faults.pbm_incompatible_vendor_specific_rule_set import PbmIncompatibleVendorSpecificRuleSet as PbmIncompatibleVendorSpecificRuleSet
from .faults.pbm_legacy_hubs_not_supported import PbmLegacyHubsNotSupported as PbmLegacyHubsNotSupported
from .types.pbm_line_of_service_info import PbmLineOfServiceInfo as PbmLineOfServiceInfo
from .types.pbm_logging_configuration import PbmLoggingConfiguration as PbmLoggingConfiguration
from .faults.pbm_non_existent_hubs import PbmNonExistentHubs as PbmNonExistentHubs
from .types.pbm_persistence_based_data_service_info import PbmPersistenceBasedDataServiceInfo as PbmPersistenceBasedDataServiceInfo
from .types.pbm_placement_capability_constraints_requirement import PbmPlacementCapabilityConstraintsRequirement as PbmPlacementCapabilityConstraintsRequirement
from .types.pbm_placement_capability_profile_requirement import PbmPlacementCapabilityProfileRequirement as PbmPlacementCapabilityProfileRequirement
from .types.pbm_placement_compatibility_result import PbmPlacementCompatibilityResult as PbmPlacementCompatibilityResult
from .types.pbm_placement_hub import PbmPlacementHub as PbmPlacementHub
from .types.pbm_placement_matching_replication_resources import PbmPlacementMatchingReplicationResources as PbmPlacementMatchingReplicationResources
from .types.pbm_placement_matching_resources import PbmPlacementMatchingResources as PbmPlacementMatchingResources
from .types.pbm_placement_requirement import PbmPlacementRequirement as PbmPlacementRequirement
from .types.pbm_placement_resource_utilization import PbmPlacementResourceUtilization as PbmPlacementResourceUtilization
from .types.pbm_profile import PbmProfile as PbmProfile
from .types.pbm_profile_id import PbmProfileId as PbmProfileId
from .types.pbm_profile_operation_outcome import PbmProfileOperationOutcome as PbmProfileOperationOutcome
from .types.pbm_profile_resource_type import PbmProfileResourceType as PbmProfileResourceType
from .types.pbm_profile_type import PbmProfileType as PbmProfileType
from .faults.pbm_property_mismatch_fault import PbmPropertyMismatchFault as PbmPropertyMismatchFault
from .types.pbm_query_profile_result import PbmQueryProfileResult as PbmQueryProfileResult
from .types.pbm_query_replication_group_result import PbmQueryReplicationGroupResult as PbmQueryReplicationGroupResult
from .faults.pbm_resource_in_use import PbmResourceInUse as PbmResourceInUse
from .types.pbm_rollup_compliance_result import PbmRollupComplianceResult as PbmRollupComplianceResult
from .types.pbm_server_object_ref import PbmServerObjectRef as PbmServerObjectRef
from .types.pbm_service_instance_content import PbmServiceInstanceContent as PbmServiceInstanceContent
from .types.pbm_vaio_data_service_info import PbmVaioDataServiceInfo as PbmVaioDataServiceInfo
from .managed.pbm_capability_metadata_manager import PbmCapabilityMetadataManager as PbmCapabilityMetadataManager
from .managed.pbm_capability_metadata_manager import PbmCapabilityMetadataManagerProperties as PbmCapabilityMetadataManagerProperties
from .managed.pbm_compliance_manager import PbmComplianceManager as PbmComplianceManager
from .managed.pbm_compliance_manager import PbmComplianceManagerProperties as PbmComplianceManagerProperties
from .managed.pbm_placement_solver import PbmPlacementSolver as PbmPlacementSolver
from .managed.pbm_placement_solver import PbmPlacementSolverProperties as PbmPlacementSolverProperties
from .managed.pbm_profile_profile_manager import PbmProfileProfileManager as PbmProfileProfileManager
from .managed.pbm_profile_profile_manager import PbmProfileProfileManagerProperties as PbmProfileProfileManagerProperties
from .managed.pbm_provider import PbmProvider as PbmProvider
from .managed.pbm_provider import PbmProviderProperties as PbmProviderProperties
from .managed.pbm_replication_manager import PbmReplicationManager as PbmReplicationManager
from .managed.pbm_replication_manager import PbmReplicationManagerProperties as PbmReplicationManagerProperties
from .managed.pbm_service_instance import PbmServiceInstance as PbmServiceInstance
from .managed.pbm_service_instance import PbmServiceInstanceProperties as PbmServiceInstanceProperties
from .managed.pbm_session_manager import PbmSessionManager as PbmSessionManager
from .managed.pbm_session_manager import PbmSessionManagerProperties as PbmSessionManagerProperties
from .enums import PbmAssociateAndApplyPolicyStatusPolicyStatus as PbmAssociateAndApplyPolicyStatusPolicyStatus
from .enums import PbmBuiltinGenericType as PbmBuiltinGenericType
from .enums import PbmBuiltinType as PbmBuiltinType
from .enums import PbmCapabilityOperator as PbmCapabilityOperator
from .enums import PbmCapabilityTimeUnitType as PbmCapabilityTimeUnitType
from .enums import PbmComplianceResultComplianceTaskStatus as PbmComplianceResultComplianceTaskStatus
from .enums import PbmComplianceStatus as PbmComplianceStatus
from .enums import PbmDebugManagerKeystoreName as PbmDebugManagerKeystoreName
from .enums import PbmHealthStatusForEntity as PbmHealthStatusForEntity
from .enums import PbmIofilterInfoFilterType as PbmIofilterInfoFilterType
from .enums import PbmLineOfServiceInfoLineOfServiceEnum as PbmLineOfServiceInfoLineOfServiceEnum
from .enums import PbmLoggingConfigurationComponent as PbmLoggingConfigurationComponent
from .enums import PbmLoggingConfigurationLogLevel as PbmLoggingConfigurationLogLevel
from .enums import PbmObjectType as PbmObjectType
from .enums import PbmOperation as PbmOperation
from .enums import PbmProfileCategoryEnum as PbmProfileCategoryEnum
from .enums import PbmProfileResourceTypeEnum as PbmProfileResourceTypeEnum
from .enums import PbmSystemCreatedProfileType as PbmSystemCreatedProfileType
from .enums import PbmVmOperation as PbmVmOperation
from .enums import PbmVvolType as PbmVvolType

__all__ = [
    "API_VERSION",
    "PbmAboutInfo",
    "PbmAlreadyExists",
    "PbmAssociateAndApplyPolicyStatusPolicyStatus",
    "PbmBuiltinGenericType",
    "PbmBuiltinType",
    "PbmCapabilityConstraintInstance",
    "PbmCapabilityConstraints",
    "PbmCapabilityDescription",
    "PbmCapabilityDiscreteSet",
    "PbmCapabilityGenericTypeInfo",
    "PbmCapabilityInstance",
    "PbmCapabilityMetadata",
    "PbmCapabilityMetadataManager",
    "PbmCapabilityMetadataManagerProperties",
    "PbmCapabilityMetadataPerCategory",
    "PbmCapabilityMetadataUniqueId",
    "PbmCapabilityNamespaceInfo",
    "PbmCapabilityOperator",
    "PbmCapabilityProfile",
    "PbmCapabilityProfileCreateSpec",
    "PbmCapabilityProfilePropertyMismatchFault",
    "PbmCapabilityProfileUpdateSpec",
    "PbmCapabilityPropertyInstance",
    "PbmCapabilityPropertyMetadata",
    "PbmCapabilityRange",
    "PbmCapabilitySchema",
    "PbmCapabilitySchemaVendorInfo",
    "PbmCapabilitySubProfile",
    "PbmCapabilitySubProfileConstraints",
    "PbmCapabilityTimeSpan",
    "PbmCapabilityTimeUnitType",
    "PbmCapabilityTypeInfo",
    "PbmCapabilityVendorNamespaceInfo",
    "PbmCapabilityVendorResourceTypeInfo",
    "PbmCompatibilityCheckFault",
    "PbmComplianceManager",
    "PbmComplianceManagerProperties",
    "PbmComplianceOperationalStatus",
    "PbmCompliancePolicyStatus",
    "PbmComplianceResult",
    "PbmComplianceResultComplianceTaskStatus",
    "PbmComplianceStatus",
    "PbmDataServiceToPoliciesMap",
    "PbmDatastoreSpaceStatistics",
    "PbmDebugManagerKeystoreName",
    "PbmDefaultCapabilityProfile",
    "PbmDefaultProfileAppliesFault",
    "PbmDefaultProfileInfo",
    "PbmDuplicateName",
    "PbmExtendedElementDescription",
    "PbmFault",
    "PbmFaultInvalidLogin",
    "PbmFaultNoPermissionEntityPrivileges",
    "PbmFaultNotFound",
    "PbmFaultProfileStorageFault",
    "PbmFetchEntityHealthStatusSpec",
    "PbmHealthStatusForEntity",
    "PbmIncompatibleVendorSpecificRuleSet",
    "PbmIofilterInfoFilterType",
    "PbmLegacyHubsNotSupported",
    "PbmLineOfServiceInfo",
    "PbmLineOfServiceInfoLineOfServiceEnum",
    "PbmLoggingConfiguration",
    "PbmLoggingConfigurationComponent",
    "PbmLoggingConfigurationLogLevel",
    "PbmNonExistentHubs",
    "PbmObjectType",
    "PbmOperation",
    "PbmPersistenceBasedDataServiceInfo",
    "PbmPlacementCapabilityConstraintsRequirement",
    "PbmPlacementCapabilityProfileRequirement",
    "PbmPlacementCompatibilityResult",
    "PbmPlacementHub",
    "PbmPlacementMatchingReplicationResources",
    "PbmPlacementMatchingResources",
    "PbmPlacementRequirement",
    "PbmPlacementResourceUtilization",
    "PbmPlacementSolver",
    "PbmPlacementSolverProperties",
    "PbmProfile",
    "PbmProfileCategoryEnum",
    "PbmProfileId",
    "PbmProfileOperationOutcome",
    "PbmProfileProfileManager",
    "PbmProfileProfileManagerProperties",
    "PbmProfileResourceType",
    "PbmProfileResourceTypeEnum",
    "PbmProfileType",
    "PbmPropertyMismatchFault",
    "PbmProvider",
    "PbmProviderProperties",
    "PbmQueryProfileResult",
    "PbmQueryReplicationGroupResult",
    "PbmReplicationManager",
    "PbmReplicationManagerProperties",
    "PbmResourceInUse",
    "PbmRollupComplianceResult",
    "PbmServerObjectRef",
    "PbmServiceInstance",
    "PbmServiceInstanceContent",
    "PbmServiceInstanceProperties",
    "PbmSessionManager",
    "PbmSessionManagerProperties",
    "PbmSystemCreatedProfileType",
    "PbmVaioDataServiceInfo",
    "PbmVmOperation",
    "PbmVvolType",
]
