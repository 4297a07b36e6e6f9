# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): vim.wsdl 31d6db253c59, wsdl/catalogue.json b16e28f45cb7
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
    "MoveSpec": "types.move_spec",
}
MANAGED: dict[str, str] = {
    "Datacenter": "managed.datacenter",
    "FileManager": "managed.file_manager",
    "Task": "managed.task",
}
# Managed type -> the generated class its properties are read into (same module as the proxy).
PROPERTIES: dict[str, str] = {
    "DatacenterProperties": "managed.datacenter",
    "FileManagerProperties": "managed.file_manager",
    "TaskProperties": "managed.task",
}
ENUMS: frozenset[str] = frozenset({
})
# ArrayOfX wrapper -> (item type, item element name).
ARRAYS: dict[str, tuple[str, str]] = {
}
# Operation -> the managed type that owns it ("" when the catalogue does not place it).
OPERATIONS: dict[str, str] = {
    "MoveFile_Task": "FileManager",
}
