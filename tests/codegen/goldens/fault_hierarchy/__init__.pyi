# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): vim.wsdl b60b25dc3707, wsdl/catalogue.json f4886de6bed9
"""What type checkers see of the bindings package: every generated name, imported.

The run-time ``__init__.py`` imports each name lazily instead.
"""

from ._provenance import API_VERSION as API_VERSION
from .types.dynamic_data import DynamicData as DynamicData
from .faults.file_fault import FileFault as FileFault
from .faults.file_not_found import FileNotFound as FileNotFound
from .types.localized_method_fault import LocalizedMethodFault as LocalizedMethodFault
from .faults.method_fault import MethodFault as MethodFault
from .faults.not_implemented import NotImplemented as NotImplemented
from .faults.runtime_fault import RuntimeFault as RuntimeFault
from .faults.system_error import SystemError as SystemError
from .types.task_report import TaskReport as TaskReport
from .faults.vim_fault import VimFault as VimFault
from .managed.file_manager import FileManager as FileManager
from .managed.file_manager import FileManagerProperties as FileManagerProperties

__all__ = [
    "API_VERSION",
    "DynamicData",
    "FileFault",
    "FileManager",
    "FileManagerProperties",
    "FileNotFound",
    "LocalizedMethodFault",
    "MethodFault",
    "NotImplemented",
    "RuntimeFault",
    "SystemError",
    "TaskReport",
    "VimFault",
]
