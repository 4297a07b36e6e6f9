"""The documentation site, built once per test session from the shared 7.0.3 WSDL."""

from __future__ import annotations

from pathlib import Path

import pytest

from codegen import docs, pipeline
from codegen.model import Api
from tests.conftest import require_shared_wsdl

DOCS = Path(__file__).resolve().parents[2] / "docs"


@pytest.fixture(scope="session")
def api() -> Api:
    return pipeline.build(pipeline.Inputs(wsdl=require_shared_wsdl()))


@pytest.fixture(scope="session")
def api_pbm() -> Api:
    return pipeline.build(pipeline.Inputs(wsdl=require_shared_wsdl("pbm-8.0")))


@pytest.fixture(scope="session")
def site(api: Api, api_pbm: Api, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The built site: the repository's guides plus the API reference, PBM's section included."""
    out = tmp_path_factory.mktemp("site") / "docs"
    docs.build_site(api, out, DOCS, services=(api_pbm,))
    return out
