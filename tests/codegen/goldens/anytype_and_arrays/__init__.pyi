# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): vim.wsdl 0c929e028956, wsdl/catalogue.json f59237447571
"""What type checkers see of the bindings package: every generated name, imported.

The run-time ``__init__.py`` imports each name lazily instead.
"""

from ._provenance import API_VERSION as API_VERSION
from .types.bag import Bag as Bag
from .types.dynamic_data import DynamicData as DynamicData
from .types.key_any_value import KeyAnyValue as KeyAnyValue
from .types.task_info import TaskInfo as TaskInfo
from .managed.task import Task as Task
from .managed.task import TaskProperties as TaskProperties
from .managed.thing import Thing as Thing
from .managed.thing import ThingProperties as ThingProperties

__all__ = [
    "API_VERSION",
    "Bag",
    "DynamicData",
    "KeyAnyValue",
    "Task",
    "TaskInfo",
    "TaskProperties",
    "Thing",
    "ThingProperties",
]
