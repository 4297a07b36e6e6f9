"""Every error of ``pyvmomo-codegen`` is one line that says what to do; one layout for bindings."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from codegen import cli
from tests.codegen.conftest import ROOT

FRAGMENT = ROOT / "tests" / "codegen" / "fragments" / "keyword_field"
INSTALL = "pip install 'pyvmomo[codegen]' (from a checkout of pyvmomo: pip install '.[codegen]')"


def run_entry_point_without(module: str, *argv: str) -> subprocess.CompletedProcess[str]:
    """``pyvmomo-codegen ARGV`` in a fresh interpreter where ``module`` cannot be imported."""
    script = (
        f"import sys\nsys.modules[{module!r}] = None\n"
        f"sys.argv = ['pyvmomo-codegen', *{list(argv)!r}]\n"
        "from pyvmomo._codegen_entry import main\nsys.exit(main())\n"
    )
    return subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120
    )


def test_without_jinja2_the_command_says_how_to_install_the_extra_and_exits_2() -> None:
    run = run_entry_point_without("jinja2", "--help")
    assert (run.returncode, run.stdout) == (2, "")
    assert run.stderr == f"error: pyvmomo-codegen needs jinja2, from the codegen extra: {INSTALL}\n"


def test_without_markdown_the_docs_command_says_how_to_install_the_extra_and_exits_2(tmp_path: Path) -> None:
    run = run_entry_point_without(
        "markdown", "docs", "--wsdl", str(FRAGMENT), "--out", str(tmp_path / "site")
    )
    assert (run.returncode, run.stderr) == (
        2,
        f"error: pyvmomo-codegen needs markdown, from the codegen extra: {INSTALL}\n",
    )


def test_an_out_folder_whose_name_is_not_an_identifier_is_refused_before_anything_is_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "tmp.x1Yz"  # as `mktemp -d` names folders
    assert cli.main(["generate", "--wsdl", str(FRAGMENT), "--out", str(out)]) == 1
    assert capsys.readouterr().err == (
        f"error: --out {out}: the folder name 'tmp.x1Yz' must be a Python identifier "
        "(letters, digits and _, not starting with a digit), because the bindings are imported by it; "
        "use e.g. --out mybindings/vim25\n"
    )
    assert not out.exists()


def test_an_out_that_is_a_file_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "vim25"
    out.write_text("")
    assert cli.main(["generate", "--wsdl", str(FRAGMENT), "--out", str(out)]) == 1
    assert (
        capsys.readouterr().err
        == f"error: --out {out} is a file; pass a folder, e.g. --out mybindings/vim25\n"
    )


def test_a_missing_wsdl_says_what_to_pass(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "nowhere"
    assert cli.main(["generate", "--wsdl", str(missing), "--out", str(tmp_path / "vim25")]) == 1
    assert capsys.readouterr().err == (
        f"error: no WSDL at {missing}; "
        "pass --wsdl a WSDL folder, an entry file or https://host/sdk/vimService.wsdl\n"
    )


def test_generate_into_the_documented_layout_says_how_to_connect(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "mybindings").mkdir()
    (tmp_path / "mybindings" / "__init__.py").touch()
    out = tmp_path / "mybindings" / "vim25"
    assert cli.main(["generate", "--wsdl", str(FRAGMENT), "--out", str(out)]) == 0
    last = capsys.readouterr().out.splitlines()[-1]
    assert last == "use them with pyvmomo.connect(url, user, password, bindings='mybindings.vim25')"


def test_the_help_and_the_guide_describe_one_layout_with_room_for_other_services(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit):
        cli.main(["--help"])
    help_text = capsys.readouterr().out
    guide = (ROOT / "docs" / "guide" / "regenerate.md").read_text()
    for text in (help_text, guide):
        assert "--out mybindings/vim25" in text
        assert 'bindings="mybindings.vim25"' in text
        assert "touch mybindings/__init__.py" in text
        assert not re.search(r"""(--out mybindings|bindings=["']mybindings["'])(?![/.\w])""", text)
    assert "mybindings/pbm" in help_text and "mybindings/pbm" in guide


def test_a_wsdl_that_is_not_xml_says_what_to_pass(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "vimService.wsdl"
    page.write_text("<html>login page</p>")  # what a proxy's error page looks like
    assert cli.main(["generate", "--wsdl", str(page), "--out", str(tmp_path / "vim25")]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"error: {page.as_uri()}: not XML (")
    assert err.endswith(
        "); pass --wsdl the server's vimService.wsdl, a folder holding it, or https://host/sdk/vimService.wsdl\n"
    )
    assert err.count("\n") == 1


def test_diff_of_a_module_that_does_not_exist_says_what_it_takes(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["diff", "nosuchbindings.vim25", "pyvmomo.vim25"]) == 1
    assert capsys.readouterr().err == (
        "error: nosuchbindings.vim25: no module nosuchbindings to import; pass a WSDL folder, file or URL, "
        "or a generated package (a folder or an importable module name)\n"
    )
