# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): vim.wsdl 94ef918a06f6, wsdl/catalogue.json 7a66054d4c10
"""What type checkers see of the bindings package: every generated name, imported.

The run-time ``__init__.py`` imports each name lazily instead.
"""

from ._provenance import API_VERSION as API_VERSION
from .types.chain_a import ChainA as ChainA
from .types.chain_b import ChainB as ChainB
from .types.dynamic_data import DynamicData as DynamicData
from .types.snapshot_tree import SnapshotTree as SnapshotTree
from .managed.tree_manager import TreeManager as TreeManager
from .managed.tree_manager import TreeManagerProperties as TreeManagerProperties

__all__ = [
    "API_VERSION",
    "ChainA",
    "ChainB",
    "DynamicData",
    "SnapshotTree",
    "TreeManager",
    "TreeManagerProperties",
]
