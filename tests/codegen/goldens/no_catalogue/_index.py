# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): vim.wsdl 0b5a9291ee49
"""Where each generated name lives, so the runtime can import classes lazily."""

from __future__ import annotations

API_VERSION = "7.0.3.0"
NAMESPACE = "urn:vim25"
# Wire versions these bindings can speak, oldest first.
VERSIONS: tuple[str, ...] = (
    "7.0.3.0",
)
# Data object and fault type -> module (relative to this package).
TYPES: dict[str, str] = {
    "DynamicData": "types.dynamic_data",
    "Info": "types.info",
}
MANAGED: dict[str, str] = {
}
# Managed type -> the generated class its properties are read into (same module as the proxy).
PROPERTIES: dict[str, str] = {
}
ENUMS: frozenset[str] = frozenset({
    "Colour",
})
# ArrayOfX wrapper -> (item type, item element name).
ARRAYS: dict[str, tuple[str, str]] = {
}
# Operation -> the managed type that owns it ("" when the catalogue does not place it).
OPERATIONS: dict[str, str] = {
    "Probe": "",
}
