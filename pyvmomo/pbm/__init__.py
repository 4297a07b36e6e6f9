# Generated from urn:pbm 8.0.0.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 6b008c236d8c, pbm-messagetypes.xsd 80afefd63b4c, pbm-types.xsd 67c8010eba84, pbm.wsdl c31d056765d0, pbmService.wsdl b603139b1cf9, query-types.xsd 75e61f7a3665, reflect-types.xsd 9dd79e7a402d, vim-types.xsd 03e846d02da4, wsdl/pbm.json 3e77755851fc, wsdl/pbm_safe_ops.json 249a563e5b2c
"""pbm 8.0.0.0 bindings: every data object, fault, enum and managed-object proxy.

The vim25 types this service uses (``DynamicData``, ``MethodFault``...) are
not copied here: import them from the ``vim25`` package beside this one.

Names import lazily: ``from <this package> import VirtualMachineConfigSpec`` loads
only that class's module. ``__all__`` and ``dir()`` list every generated name, for
completion in IPython and Jupyter; ``from <this package> import *`` therefore loads
every module (all 80 of them), which a script rarely wants.

Type checkers read ``__init__.pyi`` beside this file: it imports every class for
them, which this module must not do at run time.
"""

from __future__ import annotations

import importlib
from typing import Any

from . import _index
from ._provenance import API_VERSION as API_VERSION


def _all() -> list[str]:
    return sorted(["API_VERSION", *_index.TYPES, *_index.MANAGED, *_index.PROPERTIES, *_index.ENUMS])


def __getattr__(name: str) -> Any:
    if name == "__all__":  # built on first use: most sessions never ask
        value: Any = _all()
    else:
        module = _index.TYPES.get(name) or _index.MANAGED.get(name) or _index.PROPERTIES.get(name)
        if module is None:
            if name in _index.ENUMS:
                module = "enums"
            else:
                raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_all()))
