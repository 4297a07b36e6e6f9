# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): vim.wsdl b60b25dc3707, wsdl/catalogue.json f4886de6bed9
"""Where each generated name lives, so the runtime can import classes lazily."""

from __future__ import annotations

API_VERSION = "7.0.3.0"
NAMESPACE = "urn:vim25"
# Wire versions these bindings can speak, oldest first.
VERSIONS: tuple[str, ...] = (
    "5.0",
    "7.0.3.0",
)
# Data object and fault type -> module (relative to this package).
TYPES: dict[str, str] = {
    "DynamicData": "types.dynamic_data",
    "FileFault": "faults.file_fault",
    "FileNotFound": "faults.file_not_found",
    "LocalizedMethodFault": "types.localized_method_fault",
    "MethodFault": "faults.method_fault",
    "NotImplemented": "faults.not_implemented",
    "RuntimeFault": "faults.runtime_fault",
    "SystemError": "faults.system_error",
    "TaskReport": "types.task_report",
    "VimFault": "faults.vim_fault",
}
MANAGED: dict[str, str] = {
    "FileManager": "managed.file_manager",
}
# Managed type -> the generated class its properties are read into (same module as the proxy).
PROPERTIES: dict[str, str] = {
    "FileManagerProperties": "managed.file_manager",
}
ENUMS: frozenset[str] = frozenset({
})
# ArrayOfX wrapper -> (item type, item element name).
ARRAYS: dict[str, tuple[str, str]] = {
}
# Operation -> the managed type that owns it ("" when the catalogue does not place it).
OPERATIONS: dict[str, str] = {
    "DeleteFile": "FileManager",
    "ReportFault": "FileManager",
}
