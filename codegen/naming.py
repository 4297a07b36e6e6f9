"""The only rules that turn wire names into Python names.

The rule, in full:

1. **Wire names are kept.** Classes, methods, fields, parameters and enum
   constants are spelled exactly as in the WSDL (``RetrievePropertiesEx``,
   ``propertyCollector``, ``VNI``), shadowing of builtins included: a field
   ``id`` or ``type``, a parameter ``filter``, the fault classes
   ``NotImplemented`` and ``SystemError`` are fine, because generated code never
   needs those builtins where a member hides them (rule 3).
2. **A name Python cannot take gets one trailing underscore**: keywords
   (``from`` -> ``from_``; the enum values ``True``, ``False``, ``None`` and
   ``in`` -> ``True_``, ``in_``) and ``self`` (as a field or parameter it would
   clash with the method's own ``self``). Metadata keeps the wire name
   (``Field("from_", ..., wire="from")``), so the wire never sees the
   underscore. Module names follow the same rule (``module_name``).
3. **Names the generator needs are spelt so a member cannot hide them.** Its
   own names start with an underscore (``_timeout``, ``_fields_``, ``_F``,
   ``_transport``), which the WSDL never uses except ``_this``; and inside a
   class whose members (fields, methods, enum constants) hide a name an
   annotation of that class needs, the annotation uses a private alias instead:
   ``_builtins.int`` for a builtin, ``_typing.Final`` for a typing name,
   ``_datetime.datetime``, or ``_Class`` (imported as such) for a generated
   class. Python resolves annotations in a class body against the class's own
   names, so ``int: int`` followed by ``count: int`` would otherwise name the
   field, not the type.
4. **Implicit and structural names.** ``_this`` is never a parameter: it is the
   proxy the method is called on. ``ArrayOfX`` wrappers are not classes: a
   member of that type is a ``list[X]`` and the wrappers are listed in
   ``_index.ARRAYS`` for anyType slots, whose values name them in xsi:type.
   ``xsd:anyType`` slots are the only members annotated ``Any``. Self-recursive
   and mutually recursive types need no renaming: annotations are strings
   (``from __future__ import annotations``) and class imports between
   generated modules sit under ``TYPE_CHECKING``.

What the rule cannot settle (two wire names escaping to the same Python name,
a member hiding a runtime attribute such as ``ManagedObject.value``, a wire
name starting with an underscore) is refused by ``validate.py``, citing file
and line, never renamed silently.
"""

from __future__ import annotations

import functools
import keyword
import re

# Rule 2: members that would clash with the method's own first parameter.
_RESERVED_MEMBERS = frozenset({"self"})

# Rule 3: module-level names that generated annotations use, by where they come from.
BUILTIN_TYPES = frozenset({"bool", "bytes", "dict", "float", "int", "list", "object", "str", "tuple"})
TYPING_NAMES = frozenset({"Any", "ClassVar", "Final", "TypeVar", "TYPE_CHECKING"})

# Attributes the hand-written runtime bases give every generated class of a
# kind; a wire member with one of these names would hide or break it.
# ``tests/codegen`` checks these sets against the runtime classes.
DATA_OBJECT_ATTRIBUTES = frozenset({"_extra_"})
FAULT_ATTRIBUTES = frozenset(
    {
        "args",
        "with_traceback",
        "add_note",
        "faultstring",
        "remote_method",
        "remote_object",
    }
)
MANAGED_OBJECT_ATTRIBUTES = frozenset({"value", "type", "fetch"})
TASK_ATTRIBUTES = frozenset({"wait", "fetch_info"})


def python_name(wire_name: str) -> str:
    """The Python spelling of a field, parameter or enum value (rule 2)."""
    if keyword.iskeyword(wire_name) or wire_name in _RESERVED_MEMBERS:
        return wire_name + "_"
    return wire_name


def alias(name: str) -> str:
    """The private spelling of a module-level name that a class member hides (rule 3)."""
    if name in BUILTIN_TYPES:
        return f"_builtins.{name}"
    if name in TYPING_NAMES:
        return f"_typing.{name}"
    if name == "datetime":
        return "_datetime.datetime"
    return "_" + name


_BOUNDARY_1 = re.compile(r"(.)([A-Z][a-z]+)")
_BOUNDARY_2 = re.compile(r"([a-z0-9])([A-Z])")


@functools.cache  # asked once per import line: ~20,000 times for 7.0.3
def module_name(class_name: str) -> str:
    """``VirtualMachineConfigSpec`` -> ``virtual_machine_config_spec``."""
    name = _BOUNDARY_2.sub(r"\1_\2", _BOUNDARY_1.sub(r"\1_\2", class_name)).lower()
    return name + "_" if keyword.iskeyword(name) else name


def constant_name(operation: str) -> str:
    """The module constant holding an operation descriptor: ``_POWER_ON_VM_TASK``."""
    return "_" + re.sub("_+", "_", module_name(operation)).upper()
