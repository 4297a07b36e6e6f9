# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): vim.wsdl fbfa58361e4c, wsdl/catalogue.json e4353d7b904e
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
    "Counter": "types.counter",
    "DynamicData": "types.dynamic_data",
    "Probe": "types.probe",
    "Snapshot": "types.snapshot",
}
MANAGED: dict[str, str] = {
    "ProbeManager": "managed.probe_manager",
}
# Managed type -> the generated class its properties are read into (same module as the proxy).
PROPERTIES: dict[str, str] = {
    "ProbeManagerProperties": "managed.probe_manager",
}
ENUMS: frozenset[str] = frozenset({
})
# ArrayOfX wrapper -> (item type, item element name).
ARRAYS: dict[str, tuple[str, str]] = {
}
# Operation -> the managed type that owns it ("" when the catalogue does not place it).
OPERATIONS: dict[str, str] = {
    "Count": "ProbeManager",
    "Probe": "ProbeManager",
}
