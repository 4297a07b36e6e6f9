"""The resolve stage: every decision lands in frozen views before a template runs; render only formats."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import replace

import pytest

from codegen import pipeline, render, resolve
from codegen.model import Api, DataType
from codegen.resolve import CodeSpelling, Spelt
from codegen.views import (
    Assignment,
    Attribute,
    DataModule,
    Header,
    Imports,
    ManagedModule,
    Package,
    Param,
)
from codegen.wsdl import Source
from tests.codegen.golden_tool import fragment_inputs


def fragment_package(name: str) -> Package:
    return resolve.resolve_package(pipeline.build(fragment_inputs(name)))


def test_spelt_parts_carry_the_imports_they_need_and_compose_by_union() -> None:
    in_class = CodeSpelling(frozenset({"list", "Snapshot"}))
    assert in_class.listed(in_class.data("Snapshot")) == Spelt(
        "_builtins.list[_Snapshot]", frozenset({("module", "builtins"), ("aliased", "Snapshot")})
    )
    module_level = CodeSpelling()
    assert module_level.listed(module_level.data("Snapshot")) == Spelt(
        "list[Snapshot]", frozenset({("class", "Snapshot")})
    )
    colours = module_level.sequence(module_level.enum_input("Colour"))
    assert colours.text == "Sequence[ColourValue | EnumValue]"
    assert colours.uses == {("sequence", ""), ("enum_alias", "ColourValue"), ("enum_value", "")}
    assert module_level.optional(module_level.any_proxy()) == Spelt(
        "_ManagedObject | None", frozenset({("generic_mor", "")})
    )


def test_a_member_that_hides_a_name_makes_its_class_spell_that_name_through_an_import_alias() -> None:
    counter = fragment_package("hidden_names").module("types/counter.py")
    assert isinstance(counter, DataModule)
    annotations = {a.name: a.annotation for a in counter.attributes}
    assert annotations["int"] == "_builtins.int"
    assert annotations["datetime"] == "_datetime.datetime"
    assert annotations["previous"] == "_Snapshot | None"
    assert counter.imports.runtime == ("import builtins as _builtins", "import datetime as _datetime")
    assert "from .snapshot import Snapshot as _Snapshot" in counter.imports.type_checking
    assert counter.imports.typing_line == "from typing import ClassVar, TYPE_CHECKING"


def test_a_managed_view_spells_module_level_and_class_level_names_apart() -> None:
    probe_manager = fragment_package("hidden_names").module("managed/probe_manager.py")
    assert isinstance(probe_manager, ManagedModule)
    constant = next(c for c in probe_manager.constants if c.name == "Probe")
    method = next(m for m in probe_manager.methods if m.name == "Probe")
    assert (constant.result, method.result) == ("Probe", "_Probe")  # the method Probe hides the class
    assert {"from ..types.probe import Probe", "from ..types.probe import Probe as _Probe"} <= set(
        probe_manager.imports.type_checking
    )


def test_a_managed_view_holds_signatures_docstrings_and_descriptors_ready_to_print() -> None:
    sessions = fragment_package("catalogue_facts").module("managed/session_manager.py")
    assert isinstance(sessions, ManagedModule)
    login = next(m for m in sessions.methods if m.name == "Login")
    assert login.params == (Param("userName", "str", False), Param("password", "str", False))
    assert "Privilege: System.Anonymous." in login.doc
    assert login.constant == "_LOGIN" and login.args == ("userName", "password")
    constants = {c.name: c for c in sessions.constants}
    assert constants["Login"].param_metas[1] == '_F("password", "string", 4, "7.0.3.0")'
    assert (constants["CurrentTime"].safe, constants["Login"].safe) == (True, False)
    assert constants["Login"].privilege == '"System.Anonymous"'


def test_resolving_is_deterministic_and_every_view_is_frozen_plain_data() -> None:
    api = pipeline.build(fragment_inputs("catalogue_facts"))
    package = resolve.resolve_package(api)
    assert resolve.resolve_package(api) == package
    hash(package)  # only tuples, strings, booleans and None inside: a list or dict would not hash
    with pytest.raises(dataclasses.FrozenInstanceError):
        package.modules[0].path = "elsewhere.py"  # type: ignore[misc]


def test_a_generated_name_equal_to_a_wsdl_name_is_refused_before_anything_is_written() -> None:
    api = pipeline.build(fragment_inputs("catalogue_facts"))
    clash = DataType(
        "SessionManagerProperties", "SessionManagerProperties", "session_manager_properties",
        "DynamicData", (), 0, False, "7.0.3.0", Source("vim.wsdl", 1),
    )  # fmt: skip
    with pytest.raises(ValueError, match="generated names clash with WSDL names: SessionManagerProperties"):
        resolve.resolve_package(replace(api, data_types=(*api.data_types, clash)))


def test_render_prints_a_hand_made_view_without_a_model() -> None:
    view = DataModule(
        path="types/point.py",
        module_doc="Point: data object type. Since 1.0.",
        imports=Imports("from typing import ClassVar", (), ()),
        base_import="from pyvmomo._base import DataObject as _DataObject",
        class_name="Point",
        base_class="_DataObject",
        class_doc="Point: data object, since 1.0.",
        attributes=(Attribute("x", "int", "int, since 1.0"),),
        slots=("x",),
        wire_name="Point",
        since="1.0",
        str_classvar="ClassVar[str]",
        fields_classvar="ClassVar[tuple[_F, ...]]",
        field_metas=('_F("x", "int", 0, "1.0")',),
        init_params=(Param("x", "int", False),),
        assignments=(Assignment("self.x", "x"),),
    )
    package = Package(Header("urn:test", "1.0", "9.9", "t.wsdl 0123"), (view,))
    assert render.render_package(package) == {
        "types/point.py": '''\
# Generated from urn:test 1.0 by pyvmomo codegen 9.9. Do not edit: run `make generate`.
# Inputs (sha256): t.wsdl 0123
"""Point: data object type. Since 1.0."""

from __future__ import annotations

from typing import ClassVar

from pyvmomo._base import DataObject as _DataObject
from pyvmomo._base import Field as _F


class Point(_DataObject):
    """Point: data object, since 1.0.

    Attributes:
        x: int, since 1.0.
    """

    __slots__ = ("x", )
    _wire_name_: ClassVar[str] = "Point"
    _since_: ClassVar[str] = "1.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("x", "int", 0, "1.0"),
    )
    x: int

    def __init__(
        self,
        *,
        x: int,
    ) -> None:
        self.x = x
'''
    }


_IMPORTED = re.compile(r"^\s*(?:from \S+ )?import (.+)$")


def test_in_7_0_3_a_module_imports_each_name_once_and_uses_every_name_it_imports(api_7_0_3: Api) -> None:
    package = resolve.resolve_package(api_7_0_3)
    files = render.render_package(package)
    unused = []
    checked = 0
    for view in package.modules:
        if not isinstance(view, DataModule | ManagedModule):
            continue
        lines = [*view.imports.runtime, *view.imports.type_checking]
        assert len(lines) == len(set(lines)), view.path
        body = "\n".join(line for line in files[view.path].splitlines() if not _IMPORTED.match(line))
        for line in lines:
            match = _IMPORTED.match(line)
            assert match, line
            for bound in (name.split(" as ")[-1].strip() for name in match.group(1).split(",")):
                checked += 1
                if not re.search(rf"(?<![\w.]){re.escape(bound)}\b", body):
                    unused.append(f"{view.path}: {bound}")
    assert checked > 9_000
    assert unused == []
