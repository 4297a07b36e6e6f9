# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): vim.wsdl 31d6db253c59, wsdl/catalogue.json b16e28f45cb7
"""What type checkers see of the bindings package: every generated name, imported.

The run-time ``__init__.py`` imports each name lazily instead.
"""

from ._provenance import API_VERSION as API_VERSION
from .types.dynamic_data import DynamicData as DynamicData
from .types.move_spec import MoveSpec as MoveSpec
from .managed.datacenter import Datacenter as Datacenter
from .managed.datacenter import DatacenterProperties as DatacenterProperties
from .managed.file_manager import FileManager as FileManager
from .managed.file_manager import FileManagerProperties as FileManagerProperties
from .managed.task import Task as Task
from .managed.task import TaskProperties as TaskProperties

__all__ = [
    "API_VERSION",
    "Datacenter",
    "DatacenterProperties",
    "DynamicData",
    "FileManager",
    "FileManagerProperties",
    "MoveSpec",
    "Task",
    "TaskProperties",
]
