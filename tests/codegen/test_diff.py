"""``pyvmomo-codegen diff``: the same report from WSDL sets or generated packages."""

from __future__ import annotations

from pathlib import Path

import pytest

import pyvmomo.vim25
from codegen import cli
from codegen.diff import Surface, render_diff, surface_of_api, surface_of_package
from codegen.model import Api
from tests.codegen.conftest import BINDINGS, ROOT

DOC = ROOT / "docs" / "api-diff-5.5-to-7.0.3.md"


def test_the_committed_5_5_to_7_0_3_diff_is_current(api_5_5: Api, api_7_0_3: Api) -> None:
    assert render_diff(surface_of_api(api_5_5), surface_of_api(api_7_0_3)) == DOC.read_text(), (
        "run `make api-diff`"
    )


def test_a_generated_package_has_the_surface_of_the_wsdl_it_came_from(api_7_0_3: Api) -> None:
    assert surface_of_package(pyvmomo.vim25) == surface_of_api(api_7_0_3)


def test_diffing_generated_packages_gives_the_wsdl_report(
    bindings_5_5: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "diff.md"
    assert cli.main(["diff", str(BINDINGS / bindings_5_5), "pyvmomo.vim25", "--out", str(out)]) == 0
    assert out.read_text() == DOC.read_text()
    text = DOC.read_text()
    assert "| operations | 615 | 928 | 313 | 0 |" in text
    assert "- `DatastoreNamespaceManager.CreateDirectory`: added `size`" in text
    assert "- `DynamicData`: removed `dynamicType`, `dynamicProperty`" in text


def test_the_report_lists_additions_removals_moves_and_member_changes() -> None:
    old = Surface(
        version="1.0",
        managed={"Host": ("name",), "Gone": ()},
        operations={"Reboot": ("Host", ("force",)), "Ping": ("Gone", ()), "Move": ("Host", ())},
        data={"Spec": ("a", "b")},
        faults={"Oops": ()},
        enums={"Colour": ("red", "green")},
    )
    new = Surface(
        version="2.0",
        managed={"Host": ("name", "uptime"), "Vm": ()},
        operations={"Reboot": ("Host", ("force", "delay")), "Start": ("Vm", ()), "Move": ("Vm", ())},
        data={"Spec": ("a", "c"), "Extra": ("x",)},
        faults={},
        enums={"Colour": ("red", "blue")},
    )
    text = render_diff(old, new)
    assert "Added (1): `Vm`\n\nRemoved (1): `Gone`" in text
    assert "- `Vm`: `Start`" in text and "- `Gone`: `Ping`" in text
    assert "- `Move`: `Host` to `Vm`" in text
    assert "- `Host.Reboot`: added `delay`" in text
    assert "- `Host`: added `uptime`" in text
    assert "- `Spec`: added `c`; removed `b`" in text
    assert "- `Colour`: added `blue`; removed `green`" in text
    assert "| data types | 1 | 2 | 1 | 0 |" in text and "| fault types | 1 | 0 | 0 | 1 |" in text
    assert "No change" not in text.split("## Fault fields")[0].split("## Fault types")[1]
