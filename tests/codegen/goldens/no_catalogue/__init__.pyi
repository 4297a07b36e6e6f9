# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): vim.wsdl 0b5a9291ee49
"""What type checkers see of the bindings package: every generated name, imported.

The run-time ``__init__.py`` imports each name lazily instead.
"""

from ._provenance import API_VERSION as API_VERSION
from .types.dynamic_data import DynamicData as DynamicData
from .types.info import Info as Info
from .enums import Colour as Colour

__all__ = [
    "API_VERSION",
    "Colour",
    "DynamicData",
    "Info",
]
