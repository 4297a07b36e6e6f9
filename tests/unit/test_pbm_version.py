"""The PBM version spoken follows the negotiated vim25 version (pyvmomi's version parents)."""

from __future__ import annotations

import pytest

from pyvmomo._pbm import choose_pbm_version, pbm_package
from pyvmomo._registry import Registry

PBM = Registry("pyvmomo.pbm", parent=Registry())


@pytest.mark.parametrize(
    ("vim25", "pbm"),
    [
        ("7.0.3.0", "7.0.3.0"),
        ("7.0.0.2", "7.0.0.1"),  # PBM 7.0.0.1 goes with vim25 7.0.0.0
        ("6.7.3", "6.7.2"),
        ("6.5", "6.5"),
        ("8.0.3.0", "8.0.0.0"),  # capped by the bindings (pbm 8.0.0.0)
        ("6.0", "2.0"),  # older than every version parent
    ],
)
def test_the_newest_pbm_version_whose_vim25_parent_the_server_speaks_is_chosen(vim25: str, pbm: str) -> None:
    assert choose_pbm_version(vim25, PBM) == pbm


def test_pbm_bindings_are_looked_for_beside_the_vim25_bindings() -> None:
    assert pbm_package("pyvmomo.vim25") == "pyvmomo.pbm"
    assert pbm_package("nowhere.vim25") == "pyvmomo.pbm"  # none beside them: the built-in ones
