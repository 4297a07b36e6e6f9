# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): vim.wsdl fbfa58361e4c, wsdl/catalogue.json e4353d7b904e
"""What type checkers see of the bindings package: every generated name, imported.

The run-time ``__init__.py`` imports each name lazily instead.
"""

from ._provenance import API_VERSION as API_VERSION
from .types.counter import Counter as Counter
from .types.dynamic_data import DynamicData as DynamicData
from .types.probe import Probe as Probe
from .types.snapshot import Snapshot as Snapshot
from .managed.probe_manager import ProbeManager as ProbeManager
from .managed.probe_manager import ProbeManagerProperties as ProbeManagerProperties

__all__ = [
    "API_VERSION",
    "Counter",
    "DynamicData",
    "Probe",
    "ProbeManager",
    "ProbeManagerProperties",
    "Snapshot",
]
