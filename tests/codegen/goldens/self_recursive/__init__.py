# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): vim.wsdl 94ef918a06f6, wsdl/catalogue.json 7a66054d4c10
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
    from .types.chain_a import ChainA as ChainA
    from .types.chain_b import ChainB as ChainB
    from .types.dynamic_data import DynamicData as DynamicData
    from .types.snapshot_tree import SnapshotTree as SnapshotTree
    from .managed.tree_manager import TreeManager as TreeManager


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
