# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): vim.wsdl 85f4ae8af304, wsdl/catalogue.json 6863f7c803df, wsdl/safe_ops.json 5b08ab05ea4c
"""vim25 7.0.3.0 bindings: every data object, fault, enum and managed-object proxy.

Names import lazily: ``from <this package> import VirtualMachineConfigSpec`` loads
only that class's module.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from . import _index
from ._provenance import API_VERSION as API_VERSION

if TYPE_CHECKING:
    from .types.dynamic_data import DynamicData as DynamicData
    from .types.host_connect_spec import HostConnectSpec as HostConnectSpec
    from .types.host_port_group_port import HostPortGroupPort as HostPortGroupPort
    from .types.host_virtual_nic import HostVirtualNic as HostVirtualNic
    from .types.user_session import UserSession as UserSession
    from .managed.host_system import HostSystem as HostSystem
    from .managed.resource_pool import ResourcePool as ResourcePool
    from .managed.session_manager import SessionManager as SessionManager
    from .managed.virtual_machine import VirtualMachine as VirtualMachine


def __getattr__(name: str) -> Any:
    module = _index.TYPES.get(name) or _index.MANAGED.get(name)
    if module is None:
        if name in _index.ENUMS:
            module = "enums"
        else:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value
