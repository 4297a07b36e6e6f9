# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): vim.wsdl 85f4ae8af304, wsdl/catalogue.json 6863f7c803df, wsdl/safe_ops.json 5b08ab05ea4c
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
    "HostConnectSpec": "types.host_connect_spec",
    "HostPortGroupPort": "types.host_port_group_port",
    "HostVirtualNic": "types.host_virtual_nic",
    "UserSession": "types.user_session",
}
MANAGED: dict[str, str] = {
    "HostSystem": "managed.host_system",
    "ResourcePool": "managed.resource_pool",
    "SessionManager": "managed.session_manager",
    "VirtualMachine": "managed.virtual_machine",
}
# Managed type -> the generated class its properties are read into (same module as the proxy).
PROPERTIES: dict[str, str] = {
    "HostSystemProperties": "managed.host_system",
    "ResourcePoolProperties": "managed.resource_pool",
    "SessionManagerProperties": "managed.session_manager",
    "VirtualMachineProperties": "managed.virtual_machine",
}
ENUMS: frozenset[str] = frozenset({
})
# ArrayOfX wrapper -> (item type, item element name).
ARRAYS: dict[str, tuple[str, str]] = {
}
# Operation -> the managed type that owns it ("" when the catalogue does not place it).
OPERATIONS: dict[str, str] = {
    "AcquireCloneTicket": "SessionManager",
    "CurrentTime": "SessionManager",
    "Login": "SessionManager",
    "MarkAsVirtualMachine": "VirtualMachine",
}
