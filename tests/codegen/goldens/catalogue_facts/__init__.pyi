# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): vim.wsdl 85f4ae8af304, wsdl/catalogue.json 6863f7c803df, wsdl/safe_ops.json 5b08ab05ea4c
"""What type checkers see of the bindings package: every generated name, imported.

The run-time ``__init__.py`` imports each name lazily instead.
"""

from ._provenance import API_VERSION as API_VERSION
from .types.dynamic_data import DynamicData as DynamicData
from .types.host_connect_spec import HostConnectSpec as HostConnectSpec
from .types.host_port_group_port import HostPortGroupPort as HostPortGroupPort
from .types.host_virtual_nic import HostVirtualNic as HostVirtualNic
from .types.user_session import UserSession as UserSession
from .managed.host_system import HostSystem as HostSystem
from .managed.host_system import HostSystemProperties as HostSystemProperties
from .managed.resource_pool import ResourcePool as ResourcePool
from .managed.resource_pool import ResourcePoolProperties as ResourcePoolProperties
from .managed.session_manager import SessionManager as SessionManager
from .managed.session_manager import SessionManagerProperties as SessionManagerProperties
from .managed.virtual_machine import VirtualMachine as VirtualMachine
from .managed.virtual_machine import VirtualMachineProperties as VirtualMachineProperties

__all__ = [
    "API_VERSION",
    "DynamicData",
    "HostConnectSpec",
    "HostPortGroupPort",
    "HostSystem",
    "HostSystemProperties",
    "HostVirtualNic",
    "ResourcePool",
    "ResourcePoolProperties",
    "SessionManager",
    "SessionManagerProperties",
    "UserSession",
    "VirtualMachine",
    "VirtualMachineProperties",
]
