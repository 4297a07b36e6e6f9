# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): vim.wsdl 5baaba935e9c, wsdl/catalogue.json 892e63a95b42
"""What type checkers see of the bindings package: every generated name, imported.

The run-time ``__init__.py`` imports each name lazily instead.
"""

from ._provenance import API_VERSION as API_VERSION
from .types.choice import Choice as Choice
from .types.dynamic_data import DynamicData as DynamicData
from .managed.choice_manager import ChoiceManager as ChoiceManager
from .managed.choice_manager import ChoiceManagerProperties as ChoiceManagerProperties
from .enums import DatastoreAccessible as DatastoreAccessible
from .enums import Direction as Direction
from .enums import Spelling as Spelling

__all__ = [
    "API_VERSION",
    "Choice",
    "ChoiceManager",
    "ChoiceManagerProperties",
    "DatastoreAccessible",
    "Direction",
    "DynamicData",
    "Spelling",
]
