# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): vim.wsdl b60b25dc3707, wsdl/catalogue.json f4886de6bed9
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
