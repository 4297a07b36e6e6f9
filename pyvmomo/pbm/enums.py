# Generated from urn:pbm 8.0.0.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 6b008c236d8c, pbm-messagetypes.xsd 80afefd63b4c, pbm-types.xsd 67c8010eba84, pbm.wsdl c31d056765d0, pbmService.wsdl b603139b1cf9, query-types.xsd 75e61f7a3665, reflect-types.xsd 9dd79e7a402d, vim-types.xsd 03e846d02da4, wsdl/pbm.json 3e77755851fc, wsdl/pbm_safe_ops.json 249a563e5b2c
"""Every pbm enum as a namespace of ``str`` constants (open: unknown values stay plain strings).

Each enum ``X`` has a ``Literal`` alias ``XValue`` of its known values: parameters
and constructor arguments take it (or an explicit ``pyvmomo.EnumValue`` for a
value newer than these bindings), so a misspelt value is a type error, while
values read from a server stay ``str``.
"""

from __future__ import annotations

from typing import ClassVar, Final, Literal, TypeAlias

from pyvmomo._base import OpenEnum


class PbmAssociateAndApplyPolicyStatusPolicyStatus(OpenEnum):
    """PbmAssociateAndApplyPolicyStatusPolicyStatus: an open enumeration of 3 values, since 1.0."""

    success: Final = "success"
    failed: Final = "failed"
    invalid: Final = "invalid"
    _values_: ClassVar[tuple[str, ...]] = ("success", "failed", "invalid", )


PbmAssociateAndApplyPolicyStatusPolicyStatusValue: TypeAlias = Literal["success", "failed", "invalid"]
"""The values of PbmAssociateAndApplyPolicyStatusPolicyStatus these bindings know, for parameters; pass a newer one as ``EnumValue(text, "PbmAssociateAndApplyPolicyStatusPolicyStatus")``."""


class PbmBuiltinGenericType(OpenEnum):
    """PbmBuiltinGenericType: an open enumeration of 2 values, since 1.0."""

    VMW_RANGE: Final = "VMW_RANGE"
    VMW_SET: Final = "VMW_SET"
    _values_: ClassVar[tuple[str, ...]] = ("VMW_RANGE", "VMW_SET", )


PbmBuiltinGenericTypeValue: TypeAlias = Literal["VMW_RANGE", "VMW_SET"]
"""The values of PbmBuiltinGenericType these bindings know, for parameters; pass a newer one as ``EnumValue(text, "PbmBuiltinGenericType")``."""


class PbmBuiltinType(OpenEnum):
    """PbmBuiltinType: an open enumeration of 10 values, since 1.0."""

    XSD_LONG: Final = "XSD_LONG"
    XSD_SHORT: Final = "XSD_SHORT"
    XSD_INTEGER: Final = "XSD_INTEGER"
    XSD_INT: Final = "XSD_INT"
    XSD_STRING: Final = "XSD_STRING"
    XSD_BOOLEAN: Final = "XSD_BOOLEAN"
    XSD_DOUBLE: Final = "XSD_DOUBLE"
    XSD_DATETIME: Final = "XSD_DATETIME"
    VMW_TIMESPAN: Final = "VMW_TIMESPAN"
    VMW_POLICY: Final = "VMW_POLICY"
    _values_: ClassVar[tuple[str, ...]] = ("XSD_LONG", "XSD_SHORT", "XSD_INTEGER", "XSD_INT", "XSD_STRING", "XSD_BOOLEAN", "XSD_DOUBLE", "XSD_DATETIME", "VMW_TIMESPAN", "VMW_POLICY", )


PbmBuiltinTypeValue: TypeAlias = Literal["XSD_LONG", "XSD_SHORT", "XSD_INTEGER", "XSD_INT", "XSD_STRING", "XSD_BOOLEAN", "XSD_DOUBLE", "XSD_DATETIME", "VMW_TIMESPAN", "VMW_POLICY"]
"""The values of PbmBuiltinType these bindings know, for parameters; pass a newer one as ``EnumValue(text, "PbmBuiltinType")``."""


class PbmCapabilityOperator(OpenEnum):
    """PbmCapabilityOperator: an open enumeration of 1 values, since 6.5."""

    NOT: Final = "NOT"
    _values_: ClassVar[tuple[str, ...]] = ("NOT", )


PbmCapabilityOperatorValue: TypeAlias = Literal["NOT"]
"""The values of PbmCapabilityOperator these bindings know, for parameters; pass a newer one as ``EnumValue(text, "PbmCapabilityOperator")``."""


class PbmCapabilityTimeUnitType(OpenEnum):
    """PbmCapabilityTimeUnitType: an open enumeration of 7 values, since 1.0."""

    SECONDS: Final = "SECONDS"
    MINUTES: Final = "MINUTES"
    HOURS: Final = "HOURS"
    DAYS: Final = "DAYS"
    WEEKS: Final = "WEEKS"
    MONTHS: Final = "MONTHS"
    YEARS: Final = "YEARS"
    _values_: ClassVar[tuple[str, ...]] = ("SECONDS", "MINUTES", "HOURS", "DAYS", "WEEKS", "MONTHS", "YEARS", )


PbmCapabilityTimeUnitTypeValue: TypeAlias = Literal["SECONDS", "MINUTES", "HOURS", "DAYS", "WEEKS", "MONTHS", "YEARS"]
"""The values of PbmCapabilityTimeUnitType these bindings know, for parameters; pass a newer one as ``EnumValue(text, "PbmCapabilityTimeUnitType")``."""


class PbmComplianceResultComplianceTaskStatus(OpenEnum):
    """PbmComplianceResultComplianceTaskStatus: an open enumeration of 3 values, since 6.5."""

    inProgress: Final = "inProgress"
    success: Final = "success"
    failed: Final = "failed"
    _values_: ClassVar[tuple[str, ...]] = ("inProgress", "success", "failed", )


PbmComplianceResultComplianceTaskStatusValue: TypeAlias = Literal["inProgress", "success", "failed"]
"""The values of PbmComplianceResultComplianceTaskStatus these bindings know, for parameters; pass a newer one as ``EnumValue(text, "PbmComplianceResultComplianceTaskStatus")``."""


class PbmComplianceStatus(OpenEnum):
    """PbmComplianceStatus: an open enumeration of 5 values, since 1.0."""

    compliant: Final = "compliant"
    nonCompliant: Final = "nonCompliant"
    unknown: Final = "unknown"
    notApplicable: Final = "notApplicable"
    outOfDate: Final = "outOfDate"
    _values_: ClassVar[tuple[str, ...]] = ("compliant", "nonCompliant", "unknown", "notApplicable", "outOfDate", )


PbmComplianceStatusValue: TypeAlias = Literal["compliant", "nonCompliant", "unknown", "notApplicable", "outOfDate"]
"""The values of PbmComplianceStatus these bindings know, for parameters; pass a newer one as ``EnumValue(text, "PbmComplianceStatus")``."""


class PbmDebugManagerKeystoreName(OpenEnum):
    """PbmDebugManagerKeystoreName: an open enumeration of 2 values, since 8.0.0.0."""

    SMS: Final = "SMS"
    TRUSTED_ROOTS: Final = "TRUSTED_ROOTS"
    _values_: ClassVar[tuple[str, ...]] = ("SMS", "TRUSTED_ROOTS", )


PbmDebugManagerKeystoreNameValue: TypeAlias = Literal["SMS", "TRUSTED_ROOTS"]
"""The values of PbmDebugManagerKeystoreName these bindings know, for parameters; pass a newer one as ``EnumValue(text, "PbmDebugManagerKeystoreName")``."""


class PbmHealthStatusForEntity(OpenEnum):
    """PbmHealthStatusForEntity: an open enumeration of 4 values, since 7.0.0.0."""

    red: Final = "red"
    yellow: Final = "yellow"
    green: Final = "green"
    unknown: Final = "unknown"
    _values_: ClassVar[tuple[str, ...]] = ("red", "yellow", "green", "unknown", )


PbmHealthStatusForEntityValue: TypeAlias = Literal["red", "yellow", "green", "unknown"]
"""The values of PbmHealthStatusForEntity these bindings know, for parameters; pass a newer one as ``EnumValue(text, "PbmHealthStatusForEntity")``."""


class PbmIofilterInfoFilterType(OpenEnum):
    """PbmIofilterInfoFilterType: an open enumeration of 7 values, since 1.0."""

    INSPECTION: Final = "INSPECTION"
    COMPRESSION: Final = "COMPRESSION"
    ENCRYPTION: Final = "ENCRYPTION"
    REPLICATION: Final = "REPLICATION"
    CACHE: Final = "CACHE"
    DATAPROVIDER: Final = "DATAPROVIDER"
    DATASTOREIOCONTROL: Final = "DATASTOREIOCONTROL"
    _values_: ClassVar[tuple[str, ...]] = ("INSPECTION", "COMPRESSION", "ENCRYPTION", "REPLICATION", "CACHE", "DATAPROVIDER", "DATASTOREIOCONTROL", )


PbmIofilterInfoFilterTypeValue: TypeAlias = Literal["INSPECTION", "COMPRESSION", "ENCRYPTION", "REPLICATION", "CACHE", "DATAPROVIDER", "DATASTOREIOCONTROL"]
"""The values of PbmIofilterInfoFilterType these bindings know, for parameters; pass a newer one as ``EnumValue(text, "PbmIofilterInfoFilterType")``."""


class PbmLineOfServiceInfoLineOfServiceEnum(OpenEnum):
    """PbmLineOfServiceInfoLineOfServiceEnum: an open enumeration of 9 values, since 6.5."""

    INSPECTION: Final = "INSPECTION"
    COMPRESSION: Final = "COMPRESSION"
    ENCRYPTION: Final = "ENCRYPTION"
    REPLICATION: Final = "REPLICATION"
    CACHING: Final = "CACHING"
    PERSISTENCE: Final = "PERSISTENCE"
    DATA_PROVIDER: Final = "DATA_PROVIDER"
    DATASTORE_IO_CONTROL: Final = "DATASTORE_IO_CONTROL"
    DATA_PROTECTION: Final = "DATA_PROTECTION"
    _values_: ClassVar[tuple[str, ...]] = ("INSPECTION", "COMPRESSION", "ENCRYPTION", "REPLICATION", "CACHING", "PERSISTENCE", "DATA_PROVIDER", "DATASTORE_IO_CONTROL", "DATA_PROTECTION", )


PbmLineOfServiceInfoLineOfServiceEnumValue: TypeAlias = Literal["INSPECTION", "COMPRESSION", "ENCRYPTION", "REPLICATION", "CACHING", "PERSISTENCE", "DATA_PROVIDER", "DATASTORE_IO_CONTROL", "DATA_PROTECTION"]
"""The values of PbmLineOfServiceInfoLineOfServiceEnum these bindings know, for parameters; pass a newer one as ``EnumValue(text, "PbmLineOfServiceInfoLineOfServiceEnum")``."""


class PbmLoggingConfigurationComponent(OpenEnum):
    """PbmLoggingConfigurationComponent: an open enumeration of 8 values, since 8.0.0.0."""

    pbm: Final = "pbm"
    vslm: Final = "vslm"
    sms: Final = "sms"
    spbm: Final = "spbm"
    sps: Final = "sps"
    httpclient_header: Final = "httpclient_header"
    httpclient_content: Final = "httpclient_content"
    vmomi: Final = "vmomi"
    _values_: ClassVar[tuple[str, ...]] = ("pbm", "vslm", "sms", "spbm", "sps", "httpclient_header", "httpclient_content", "vmomi", )


PbmLoggingConfigurationComponentValue: TypeAlias = Literal["pbm", "vslm", "sms", "spbm", "sps", "httpclient_header", "httpclient_content", "vmomi"]
"""The values of PbmLoggingConfigurationComponent these bindings know, for parameters; pass a newer one as ``EnumValue(text, "PbmLoggingConfigurationComponent")``."""


class PbmLoggingConfigurationLogLevel(OpenEnum):
    """PbmLoggingConfigurationLogLevel: an open enumeration of 3 values, since 8.0.0.0."""

    INFO: Final = "INFO"
    DEBUG: Final = "DEBUG"
    TRACE: Final = "TRACE"
    _values_: ClassVar[tuple[str, ...]] = ("INFO", "DEBUG", "TRACE", )


PbmLoggingConfigurationLogLevelValue: TypeAlias = Literal["INFO", "DEBUG", "TRACE"]
"""The values of PbmLoggingConfigurationLogLevel these bindings know, for parameters; pass a newer one as ``EnumValue(text, "PbmLoggingConfigurationLogLevel")``."""


class PbmObjectType(OpenEnum):
    """PbmObjectType: an open enumeration of 8 values, since 1.0."""

    virtualMachine: Final = "virtualMachine"
    virtualMachineAndDisks: Final = "virtualMachineAndDisks"
    virtualDiskId: Final = "virtualDiskId"
    virtualDiskUUID: Final = "virtualDiskUUID"
    datastore: Final = "datastore"
    vsanObjectId: Final = "vsanObjectId"
    fileShareId: Final = "fileShareId"
    unknown: Final = "unknown"
    _values_: ClassVar[tuple[str, ...]] = ("virtualMachine", "virtualMachineAndDisks", "virtualDiskId", "virtualDiskUUID", "datastore", "vsanObjectId", "fileShareId", "unknown", )


PbmObjectTypeValue: TypeAlias = Literal["virtualMachine", "virtualMachineAndDisks", "virtualDiskId", "virtualDiskUUID", "datastore", "vsanObjectId", "fileShareId", "unknown"]
"""The values of PbmObjectType these bindings know, for parameters; pass a newer one as ``EnumValue(text, "PbmObjectType")``."""


class PbmOperation(OpenEnum):
    """PbmOperation: an open enumeration of 5 values, since 6.5."""

    CREATE: Final = "CREATE"
    REGISTER: Final = "REGISTER"
    RECONFIGURE: Final = "RECONFIGURE"
    MIGRATE: Final = "MIGRATE"
    CLONE: Final = "CLONE"
    _values_: ClassVar[tuple[str, ...]] = ("CREATE", "REGISTER", "RECONFIGURE", "MIGRATE", "CLONE", )


PbmOperationValue: TypeAlias = Literal["CREATE", "REGISTER", "RECONFIGURE", "MIGRATE", "CLONE"]
"""The values of PbmOperation these bindings know, for parameters; pass a newer one as ``EnumValue(text, "PbmOperation")``."""


class PbmProfileCategoryEnum(OpenEnum):
    """PbmProfileCategoryEnum: an open enumeration of 3 values, since 1.0."""

    REQUIREMENT: Final = "REQUIREMENT"
    RESOURCE: Final = "RESOURCE"
    DATA_SERVICE_POLICY: Final = "DATA_SERVICE_POLICY"
    _values_: ClassVar[tuple[str, ...]] = ("REQUIREMENT", "RESOURCE", "DATA_SERVICE_POLICY", )


PbmProfileCategoryEnumValue: TypeAlias = Literal["REQUIREMENT", "RESOURCE", "DATA_SERVICE_POLICY"]
"""The values of PbmProfileCategoryEnum these bindings know, for parameters; pass a newer one as ``EnumValue(text, "PbmProfileCategoryEnum")``."""


class PbmProfileResourceTypeEnum(OpenEnum):
    """PbmProfileResourceTypeEnum: an open enumeration of 1 values, since 1.0."""

    STORAGE: Final = "STORAGE"
    _values_: ClassVar[tuple[str, ...]] = ("STORAGE", )


PbmProfileResourceTypeEnumValue: TypeAlias = Literal["STORAGE"]
"""The values of PbmProfileResourceTypeEnum these bindings know, for parameters; pass a newer one as ``EnumValue(text, "PbmProfileResourceTypeEnum")``."""


class PbmSystemCreatedProfileType(OpenEnum):
    """PbmSystemCreatedProfileType: an open enumeration of 3 values, since 2.0."""

    VsanDefaultProfile: Final = "VsanDefaultProfile"
    VVolDefaultProfile: Final = "VVolDefaultProfile"
    PmemDefaultProfile: Final = "PmemDefaultProfile"
    _values_: ClassVar[tuple[str, ...]] = ("VsanDefaultProfile", "VVolDefaultProfile", "PmemDefaultProfile", )


PbmSystemCreatedProfileTypeValue: TypeAlias = Literal["VsanDefaultProfile", "VVolDefaultProfile", "PmemDefaultProfile"]
"""The values of PbmSystemCreatedProfileType these bindings know, for parameters; pass a newer one as ``EnumValue(text, "PbmSystemCreatedProfileType")``."""


class PbmVmOperation(OpenEnum):
    """PbmVmOperation: an open enumeration of 4 values, since 6.5."""

    CREATE: Final = "CREATE"
    RECONFIGURE: Final = "RECONFIGURE"
    MIGRATE: Final = "MIGRATE"
    CLONE: Final = "CLONE"
    _values_: ClassVar[tuple[str, ...]] = ("CREATE", "RECONFIGURE", "MIGRATE", "CLONE", )


PbmVmOperationValue: TypeAlias = Literal["CREATE", "RECONFIGURE", "MIGRATE", "CLONE"]
"""The values of PbmVmOperation these bindings know, for parameters; pass a newer one as ``EnumValue(text, "PbmVmOperation")``."""


class PbmVvolType(OpenEnum):
    """PbmVvolType: an open enumeration of 3 values, since 1.0."""

    Config: Final = "Config"
    Data: Final = "Data"
    Swap: Final = "Swap"
    _values_: ClassVar[tuple[str, ...]] = ("Config", "Data", "Swap", )


PbmVvolTypeValue: TypeAlias = Literal["Config", "Data", "Swap"]
"""The values of PbmVvolType these bindings know, for parameters; pass a newer one as ``EnumValue(text, "PbmVvolType")``."""
