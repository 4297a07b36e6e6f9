# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): vim.wsdl 0c929e028956, wsdl/catalogue.json f59237447571
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
    "Bag": "types.bag",
    "DynamicData": "types.dynamic_data",
    "KeyAnyValue": "types.key_any_value",
    "TaskInfo": "types.task_info",
}
MANAGED: dict[str, str] = {
    "Task": "managed.task",
    "Thing": "managed.thing",
}
# Managed type -> the generated class its properties are read into (same module as the proxy).
PROPERTIES: dict[str, str] = {
    "TaskProperties": "managed.task",
    "ThingProperties": "managed.thing",
}
ENUMS: frozenset[str] = frozenset({
})
# ArrayOfX wrapper -> (item type, item element name).
ARRAYS: dict[str, tuple[str, str]] = {
    "ArrayOfAnyType": ("anyType", "anyType"),
    "ArrayOfKeyAnyValue": ("KeyAnyValue", "KeyAnyValue"),
    "ArrayOfString": ("string", "string"),
}
# Operation -> the managed type that owns it ("" when the catalogue does not place it).
OPERATIONS: dict[str, str] = {
    "CloneThing_Task": "Thing",
    "Echo": "Thing",
    "ListThings": "Thing",
    "SetTaskState": "Task",
}
