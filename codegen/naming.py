"""The only rules that turn wire names into Python names.

Wire names are kept wherever Python allows them: classes, methods, fields,
parameters and enum constants are spelled as in the WSDL. Two rules apply:

1. A name Python cannot take as an identifier here (a keyword such as ``from``
   or ``in``, the enum values ``True``/``False``/``None``, or ``self`` as a
   field or parameter, which would clash with the method's own ``self``) gets a
   trailing underscore: ``from_``, ``True_``, ``self_``. Metadata keeps the wire name.
2. Each generated class lives in a module named by :func:`module_name`, the
   snake_case of the class name, so that a module never shadows the class of
   the same name in its package.
"""

from __future__ import annotations

import keyword
import re

_RESERVED_MEMBERS = frozenset({"self"})


def python_name(wire_name: str) -> str:
    """The Python spelling of a field, parameter or enum value."""
    if keyword.iskeyword(wire_name) or wire_name in _RESERVED_MEMBERS:
        return wire_name + "_"
    return wire_name


_BOUNDARY_1 = re.compile(r"(.)([A-Z][a-z]+)")
_BOUNDARY_2 = re.compile(r"([a-z0-9])([A-Z])")


def module_name(class_name: str) -> str:
    """``VirtualMachineConfigSpec`` -> ``virtual_machine_config_spec``."""
    name = _BOUNDARY_2.sub(r"\1_\2", _BOUNDARY_1.sub(r"\1_\2", class_name)).lower()
    return name + "_" if keyword.iskeyword(name) else name


def constant_name(operation: str) -> str:
    """The module constant holding an operation descriptor: ``_POWER_ON_VM_TASK``."""
    return "_" + re.sub("_+", "_", module_name(operation)).upper()
