# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): vim.wsdl 653353e9f896, wsdl/catalogue.json 98c11151afe2
"""What type checkers see of the bindings package: every generated name, imported.

The run-time ``__init__.py`` imports each name lazily instead.
"""

from ._provenance import API_VERSION as API_VERSION
from .types.alarm_status_change import AlarmStatusChange as AlarmStatusChange
from .types.dynamic_data import DynamicData as DynamicData
from .managed.probe_manager import ProbeManager as ProbeManager
from .managed.probe_manager import ProbeManagerProperties as ProbeManagerProperties

__all__ = [
    "API_VERSION",
    "AlarmStatusChange",
    "DynamicData",
    "ProbeManager",
    "ProbeManagerProperties",
]
