"""The generated surface is typed end to end: mypy --strict accepts real code and catches real mistakes.

One mypy run (``mypy.api``, cached under ``.mypy_cache/typing-tests``) checks
``user_script.py`` (must be clean) and snippets with a misspelled method, a
wrong argument type, a wrong attribute on a result and a misspelled data
object member; the test asserts mypy's exact messages, and that WSDL methods
return their declared types rather than ``Any``. The user script also runs
against vcsim, so it is not just well typed but correct.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from mypy import api as mypy_api

from tests.coverage_report import note
from tests.typing import user_script
from tests.vcsim import VcsimFactory

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = Path(user_script.__file__)

SNIPPET = """\
import pyvmomo
from pyvmomo.vim25 import VirtualMachine, VirtualMachineConfigSpec, RetrieveOptions


def mistakes(client: pyvmomo.Client) -> None:
    vm = client.ref(VirtualMachine, "vm-1")
    vm.PowerOnVM_Taks()
    vm.PowerOnVM_Task(host="esx-1")
    print(client.content.about.fullname)
    VirtualMachineConfigSpec(numCPU=2)
    reveal_type(vm.PowerOnVM_Task())
    reveal_type(client.content.propertyCollector.RetrievePropertiesEx(specSet=[], options=RetrieveOptions()))
    reveal_type(vm.CloneVM_Task)
"""

EXPECTED = [
    'snippet.py:7: error: "VirtualMachine" has no attribute "PowerOnVM_Taks"; '
    'maybe "PowerOnVM_Task" or "PowerOffVM_Task"?  [attr-defined]',
    'snippet.py:8: error: Argument "host" to "PowerOnVM_Task" of "VirtualMachine" '
    'has incompatible type "str"; expected "HostSystem | None"  [arg-type]',
    'snippet.py:9: error: "AboutInfo" has no attribute "fullname"; maybe "fullName"?  [attr-defined]',
    'snippet.py:10: error: Unexpected keyword argument "numCPU" for "VirtualMachineConfigSpec"; '
    'did you mean "numCPUs"?  [call-arg]',
    'snippet.py:10: note: "VirtualMachineConfigSpec" defined in '
    '"pyvmomo.vim25.types.virtual_machine_config_spec"',
    'snippet.py:11: note: Revealed type is "pyvmomo.vim25.managed.task.Task[None]"',
    'snippet.py:12: note: Revealed type is "pyvmomo.vim25.types.retrieve_result.RetrieveResult | None"',
    'snippet.py:13: note: Revealed type is "def (*, folder: pyvmomo.vim25.managed.folder.Folder, name: str, '
    "spec: pyvmomo.vim25.types.virtual_machine_clone_spec.VirtualMachineCloneSpec, "
    "_timeout: float | None =) -> "
    'pyvmomo.vim25.managed.task.Task[pyvmomo.vim25.managed.virtual_machine.VirtualMachine]"',
]


def test_mypy_strict_accepts_the_user_script_and_reports_exactly_the_snippets_mistakes(
    tmp_path: Path,
) -> None:
    snippet = tmp_path / "snippet.py"
    snippet.write_text(SNIPPET)
    stdout, stderr, status = mypy_api.run(
        [
            "--strict",
            "--no-error-summary",
            "--show-error-codes",
            "--no-pretty",
            "--cache-dir",
            str(ROOT / ".mypy_cache" / "typing-tests"),
            str(SCRIPT),
            str(snippet),
        ]
    )
    lines = [re.sub(r"^.*[/\\](snippet|user_script)\.py", r"\1.py", line) for line in stdout.splitlines()]
    assert (lines, stderr) == (EXPECTED, "")
    assert status == 1
    note(
        "typing: mypy --strict clean on tests/typing/user_script.py; misspelled method, wrong argument "
        "type, wrong result attribute and misspelled member are exact mypy errors"
    )


@pytest.mark.integration
def test_the_user_script_runs_against_vcsim(vcsim_factory: VcsimFactory) -> None:
    server = vcsim_factory()
    report = user_script.main(server.url, "user", "pass")
    assert report.api_version == "6.5" and "vCenter" in report.product
    assert report.server_time is not None
    assert len(report.vms) == 4 and set(report.vms.values()) == {"poweredOn"}
    assert report.already_off_fault == "InvalidPowerState: poweredOff"
    assert report.missing_vm_fault == "PowerOnVM_Task"
    assert report.reconfigured == "success"
    assert report.saved_spec_roundtrips
