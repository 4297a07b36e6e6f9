"""The built site: complete, cross-linked, searchable, and strict about the guides' links."""

from __future__ import annotations

import json
import posixpath
import re
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from codegen import docs
from codegen.model import Api, Member
from tests.docs.conftest import DOCS

_HREF = re.compile(r'href="([^"]*)"')
_ID = re.compile(r'\sid="([^"]*)"')


def _read(site: Path, page: str) -> str:
    return (site / page).read_text()


def _section(html: str, anchor: str) -> str:
    start = html.index(f'id="{anchor}"')
    return html[start : html.index("</section>", start)]


def _search_index(site: Path) -> list[list[str]]:
    text = (site / "search-index.js").read_text()
    prefix = "window.PYVMOMO_SEARCH_INDEX = "
    assert text.startswith(prefix)
    entries: list[list[str]] = json.loads(text[len(prefix) :].rstrip().rstrip(";"))
    return entries


def test_every_managed_type_data_type_fault_and_enum_has_a_page(api: Api, site: Path) -> None:
    missing = [f"managed/{m.name}" for m in api.managed if not (site / f"api/managed/{m.name}.html").exists()]
    for d in api.data_types:
        folder = "faults" if d.is_fault else "data"
        if not (site / f"api/{folder}/{d.name}.html").exists():
            missing.append(f"{folder}/{d.name}")
    missing += [f"enums/{e.name}" for e in api.enums if not (site / f"api/enums/{e.name}.html").exists()]
    assert missing == []
    vim25_pages = [p for p in (site / "api").rglob("*.html") if "pbm" not in p.relative_to(site).parts]
    assert (
        len(vim25_pages) == len(api.managed) + len(api.data_types) + len(api.enums) + 7
    )  # four lists, the overview, the array wrappers, the helpers


def test_the_reference_lists_the_hand_written_helpers_with_their_signatures(site: Path) -> None:
    html = _read(site, "api/helpers/index.html")
    for anchor in (
        "pyvmomo.files.Files.upload",
        "pyvmomo.ovf.Ovf.deploy",
        "pyvmomo.guest.GuestFiles.download",
    ):
        assert f'id="{anchor}"' in html
    assert "<code>upload(self, source: str | os.PathLike[str] | BinaryStream, target: str, *" in html
    assert '<a href="helpers/index.html">Helpers (hand-written)</a>' in _read(site, "api/index.html")
    # Defaults that are functions read as their names, not as reprs with an address that changes per build.
    assert "random: Callable[[], float] = random.random" in html
    assert " at 0x" not in html
    assert [
        "Files.upload",
        "helper",
        "api/helpers/index.html#pyvmomo.files.Files.upload",
        "pyvmomo.files",
    ] in (_search_index(site))


def test_the_pbm_section_has_its_overview_lists_and_a_page_per_name(api_pbm: Api, site: Path) -> None:
    pages = {p.relative_to(site / "api" / "pbm").as_posix() for p in (site / "api" / "pbm").rglob("*.html")}
    expected = {f"managed/{m.name}.html" for m in api_pbm.managed}
    expected |= {f"{'faults' if d.is_fault else 'data'}/{d.name}.html" for d in api_pbm.data_types}
    expected |= {f"enums/{e.name}.html" for e in api_pbm.enums}
    expected |= {"index.html", "arrays.html"} | {
        f"{k}/index.html" for k in ("managed", "data", "faults", "enums")
    }
    assert pages == expected
    overview = _read(site, "api/pbm/index.html")
    assert "API reference: pbm 8.0.0.0" in overview and "client.pbm" in overview
    manager = _read(site, "api/pbm/managed/PbmProfileProfileManager.html")
    assert 'id="PbmQueryProfile"' in manager
    assert 'href="../../../api/pbm/data/PbmProfileResourceType.html"' in manager
    fault = _read(site, "api/pbm/faults/PbmFault.html")
    assert 'href="../../../api/faults/MethodFault.html"' in fault  # a vim25 base: the vim25 page
    entries = _search_index(site)
    assert [
        "PbmQueryProfile",
        "PBM method",
        "api/pbm/managed/PbmProfileProfileManager.html#PbmQueryProfile",
        "PbmProfileProfileManager",
    ] in entries
    assert {e[0] for e in entries if e[1] == "PBM managed object"} == {m.name for m in api_pbm.managed}
    pyvmomi_name = [
        "pbm.profile.ProfileManager",
        "PBM pyvmomi name",
        "api/pbm/managed/PbmProfileProfileManager.html",
    ]
    assert [*pyvmomi_name, "PbmProfileProfileManager"] in entries


def test_every_operation_has_an_anchor_on_its_owners_page(api: Api, site: Path) -> None:
    ids: dict[str, set[str]] = {}
    missing = []
    for op in api.operations:
        assert op.owner is not None
        if op.owner not in ids:
            ids[op.owner] = set(_ID.findall(_read(site, f"api/managed/{op.owner}.html")))
        if op.name not in ids[op.owner]:
            missing.append(f"{op.owner}.{op.name}")
    assert missing == []


def test_every_internal_link_and_anchor_on_the_site_resolves_and_ids_are_unique(site: Path) -> None:
    pages = {p.relative_to(site).as_posix(): p.read_text() for p in site.rglob("*.html")}
    anchors: dict[str, set[str]] = {}
    duplicates = []
    for page, html in pages.items():
        found = _ID.findall(html)
        anchors[page] = set(found)
        if len(found) != len(anchors[page]):
            duplicates.append(page)
    broken = []
    for page, html in pages.items():
        for href in set(_HREF.findall(html)):
            if href.startswith(("http://", "https://", "data:", "mailto:")):
                continue
            path, _, fragment = href.partition("#")
            target = posixpath.normpath(posixpath.join(posixpath.dirname(page), path)) if path else page
            if target.endswith(".html"):
                if target not in pages or (fragment and fragment not in anchors[target]):
                    broken.append(f"{page} -> {href}")
            elif not (site / target).exists():
                broken.append(f"{page} -> {href}")
    assert duplicates == []
    assert broken[:20] == []
    assert len(pages) > 3000


def test_a_method_entry_links_its_parameter_result_and_fault_types(site: Path) -> None:
    entry = _section(_read(site, "api/managed/VirtualMachine.html"), "PowerOnVM_Task")
    assert 'host: <a href="../../api/managed/HostSystem.html">HostSystem</a> | None = None' in entry
    assert '-&gt; <a href="../../api/managed/Task.html">Task</a>[None]' in entry
    assert 'href="../../api/data/TaskInfo.html#result"' in entry
    for fault in (
        "FileFault",
        "InsufficientResourcesFault",
        "InvalidState",
        "TaskInProgress",
        "RuntimeFault",
    ):
        assert f'href="../../api/faults/{fault}.html"' in entry
    assert "VirtualMachine.Interact.PowerOn" in entry
    assert "API 2.0" in entry


def test_an_enum_typed_parameter_takes_its_known_values_as_in_the_code_and_links_them(site: Path) -> None:
    entry = _section(_read(site, "api/managed/HostAccessManager.html"), "ChangeLockdownMode")
    plain = re.sub(r"<[^>]*>", "", entry)
    # as the generated method: a Literal of the known values, or an explicit newer value
    assert "mode: HostLockdownModeValue | EnumValue," in plain
    assert 'href="../../api/enums/HostLockdownMode.html">HostLockdownModeValue</a>' in entry


def test_an_enum_typed_field_reads_str_as_in_the_code(site: Path) -> None:
    page = _read(site, "api/data/VirtualMachineRuntimeInfo.html")
    row = page[page.index('<tr id="powerState">') :].split("</tr>")[0]
    assert 'href="../../api/enums/VirtualMachinePowerState.html">str</a>' in row  # enums are open


def test_a_task_methods_result_shows_what_wait_returns(site: Path) -> None:
    entry = _section(_read(site, "api/managed/VirtualMachine.html"), "CloneVM_Task")
    assert (
        '<a href="../../api/managed/Task.html">Task</a>[<a href="../../api/managed/VirtualMachine.html">'
        in entry
    )


def test_a_fault_page_lists_the_methods_that_declare_it(site: Path) -> None:
    page = _read(site, "api/faults/InvalidPowerState.html")
    assert (
        'href="../../api/managed/VirtualMachine.html#PromoteDisks_Task">VirtualMachine.PromoteDisks_Task'
        in page
    )
    assert "A runtime fault" not in page
    assert "A runtime fault: any operation may raise it." in _read(
        site, "api/faults/ManagedObjectNotFound.html"
    )


def test_inherited_methods_and_fields_link_to_where_they_are_declared(site: Path) -> None:
    vm = _read(site, "api/managed/VirtualMachine.html")
    assert 'href="../../api/managed/ManagedEntity.html#Destroy_Task">Destroy_Task</a>' in vm
    fault = _read(site, "api/faults/InvalidPowerState.html")
    assert '<a href="../../api/faults/MethodFault.html#faultCause">MethodFault</a>' in fault


def test_the_search_index_lists_every_type_and_operation_with_a_page(api: Api, site: Path) -> None:
    entries = _search_index(site)
    by_kind: dict[str, set[str]] = {}
    for name, kind, url, _owner in entries:
        by_kind.setdefault(kind, set()).add(name)
        assert (site / url.partition("#")[0]).exists(), url
    assert by_kind["method"] == {op.name for op in api.operations}
    assert by_kind["managed object"] == {m.name for m in api.managed}
    assert by_kind["fault"] | by_kind["data object"] == {d.name for d in api.data_types}
    assert by_kind["enum"] == {e.name for e in api.enums}
    assert [
        "RetrievePropertiesEx",
        "method",
        "api/managed/PropertyCollector.html#RetrievePropertiesEx",
        "PropertyCollector",
    ] in entries
    assert "Tasks" in by_kind["guide"]


def test_inline_code_naming_an_api_member_in_a_guide_links_to_it(site: Path) -> None:
    tasks = _read(site, "guide/tasks.html")
    assert '<a class="api" href="../api/data/TaskInfo.html#result"><code>TaskInfo.result</code></a>' in tasks
    assert '<a class="api" href="../api/managed/Task.html"><code>Task</code></a>' in tasks


def test_the_same_inputs_build_the_same_bytes(api: Api, api_pbm: Api, site: Path) -> None:
    again = docs.render_site(api, DOCS, services=(api_pbm,))
    written = {
        p.relative_to(site).as_posix(): p.read_text()
        for p in site.rglob("*")
        if p.is_file() and p.suffix in (".html", ".js", ".css")
    }
    assert written.keys() == again.keys()
    assert [rel for rel, text in written.items() if again[rel] != text] == []


def _guides_copy(tmp_path: Path) -> Path:
    copy = tmp_path / "docs"
    shutil.copytree(DOCS, copy)
    return copy


@pytest.mark.parametrize(
    ("link", "complaint"),
    [
        ("[gone](api:NoSuchType)", "api:NoSuchType names nothing in the API"),
        ("[gone](api:VirtualMachine.NoSuchMethod)", "api:VirtualMachine.NoSuchMethod names nothing"),
        ("[gone](missing-page.md)", "link to missing-page.md, which is not a page of the site"),
    ],
)
def test_a_guide_link_to_nothing_fails_the_build(api: Api, tmp_path: Path, link: str, complaint: str) -> None:
    guides = _guides_copy(tmp_path)
    (guides / "guide" / "extra.md").write_text(f"# Extra\n\nSee {link}.\n")
    with pytest.raises(docs.DocsError, match=re.escape(complaint)):
        docs.build_site(api, tmp_path / "out", guides, reference=False)


def test_a_page_written_elsewhere_gets_a_placeholder_when_absent(api: Api, tmp_path: Path) -> None:
    guides = _guides_copy(tmp_path)
    (guides / "guide" / "sessions.md").unlink(missing_ok=True)
    docs.build_site(api, tmp_path / "out", guides, reference=False)
    page = (tmp_path / "out" / "guide" / "sessions.html").read_text()
    assert "docs/guide/sessions.md" in page
    assert 'href="../design.html#what-is-retried"' in page


def test_extra_markdown_pages_and_images_are_published_and_listed(api: Api, tmp_path: Path) -> None:
    guides = _guides_copy(tmp_path)
    (guides / "api-diff-test.md").write_text("# API diff: test\n\n| Added | Removed |\n| --- | --- |\n")
    (guides / "chart.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg"/>')
    docs.build_site(api, tmp_path / "out", guides, reference=False)
    assert "<table>" in (tmp_path / "out" / "api-diff-test.html").read_text()
    assert (tmp_path / "out" / "chart.svg").exists()
    assert '<a href="api-diff-test.html">API diff: test</a>' in (tmp_path / "out" / "index.html").read_text()


def test_a_reference_only_site_lists_operations_without_a_known_owner_on_the_overview(
    api: Api, tmp_path: Path
) -> None:
    current_time = next(op for op in api.operations if op.name == "CurrentTime")
    small = replace(
        api, managed=(), data_types=(), enums=(), arrays=(), operations=(replace(current_time, owner=None),)
    )
    docs.build_site(small, tmp_path / "out", package="mybindings.vim25")
    overview = (tmp_path / "out" / "api" / "index.html").read_text()
    assert 'id="CurrentTime"' in overview
    assert "<code>mybindings.vim25</code>" in overview
    assert ["CurrentTime", "method", "api/index.html#CurrentTime", ""] in _search_index(tmp_path / "out")
    assert 'href="api/index.html"' in (tmp_path / "out" / "index.html").read_text()


def test_every_annotation_in_the_reference_reads_as_in_the_generated_code(api: Api) -> None:
    # Both go through codegen/annotate.py; this catches a spelling that changes the meaning.
    from codegen import annotate
    from codegen.resolve import CodeSpelling, Spelt

    fmt = docs.Formatter(docs.Reference(api), root="")
    spell, kinds = CodeSpelling(), annotate.Kinds.of(api)

    def plain(html: str) -> str:
        return re.sub(r"<[^>]*>", "", html).replace("&gt;", ">")

    def code(spelt: Spelt) -> str:  # undo the import aliases a module may need
        return re.sub(r"\b_(?:builtins|typing)\.|\b_(?=[A-Z])", "", spelt.text)

    def given(m: Member) -> str:  # a parameter or constructor argument, as the code declares it
        if m.optional:
            return f"{m.py_name}: {code(annotate.param_annotation(spell, m, kinds))} = None"
        return f"{m.py_name}: {code(annotate.input_annotation(spell, m, kinds))}"

    compared = 0
    for data in api.data_types:
        for f in data.fields:
            spelt = annotate.annotation(spell, f, kinds)
            assert plain(fmt.annotation(f)) == code(spelt), (data.name, f.py_name)
            assert plain(fmt.param(f)) == given(f), (data.name, f.py_name)
            compared += 1
    for op in api.operations:
        assert plain(fmt.result(op)) == code(annotate.result_annotation(spell, op, kinds)), op.name
        for p in op.params:
            assert plain(fmt.param(p)) == given(p), (op.name, p.py_name)
            compared += 1
    assert compared > 10_000


def test_properties_tables_show_the_read_privilege_the_catalogue_records(api: Api, site: Path) -> None:
    html = _read(site, "api/managed/ManagedEntity.html")
    assert "<th>Read privilege</th>" in html
    name = re.search(r'<tr id="name">.*?</tr>', html, re.DOTALL)
    assert name and '<td class="privilege"><code>System.View</code></td>' in name.group(0)
    status = re.search(r'<tr id="overallStatus">.*?</tr>', html, re.DOTALL)
    assert status and 'title="the catalogue records none">-</span>' in status.group(0)
    shown = sum(
        _read(site, f"api/managed/{mo.name}.html").count('<td class="privilege"><code>') for mo in api.managed
    )
    assert shown == sum(1 for mo in api.managed for p in mo.properties if p.privilege) > 100


def test_index_names_may_wrap_between_their_words(site: Path) -> None:
    html = _read(site, "api/data/index.html")
    assert ">Base<wbr>Config<wbr>Info<wbr>Raw<wbr>Disk<wbr>Mapping<wbr>Backing<wbr>Info</a>" in html


def test_the_search_finds_pyvmomis_vmodl_names(site: Path) -> None:
    index = _search_index(site)
    assert [
        "vim.vm.ConfigSpec",
        "pyvmomi name",
        "api/data/VirtualMachineConfigSpec.html",
        "VirtualMachineConfigSpec",
    ] in (index)
    assert [
        "vim.VirtualMachine",
        "pyvmomi name",
        "api/managed/VirtualMachine.html",
        "VirtualMachine",
    ] in index
    assert [
        "vim.VirtualMachine.PowerState",
        "pyvmomi name",
        "api/enums/VirtualMachinePowerState.html",
        "VirtualMachinePowerState",
    ] in index
    assert sum(1 for entry in index if entry[1] == "pyvmomi name") > 3000
