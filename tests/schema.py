"""The WSDL's own XML Schema, compiled once per session, to validate what pyvmomo sends.

``vim.wsdl`` declares every request element (``<RetrievePropertiesEx>``...) in
the schema inside its ``<types>``, which includes ``core-types.xsd``,
``query-messagetypes.xsd`` and ``vim-messagetypes.xsd`` (and through them the
type files). That schema element is cut out with the WSDL's own file name as
base URL, so lxml resolves the includes next to it; it compiles in ~0.15 s.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from typing import cast

from lxml import etree

from pyvmomo._soap import SOAPENV
from tests.conftest import require_shared_wsdl

WSDL_NS = "http://schemas.xmlsoap.org/wsdl/"
XSD_NS = "http://www.w3.org/2001/XMLSchema"


@cache
def _compiled(version: str) -> etree.XMLSchema:
    wsdl = (require_shared_wsdl(version) / "vim.wsdl").resolve()
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    schema = etree.parse(str(wsdl), parser).find(f"{{{WSDL_NS}}}types/{{{XSD_NS}}}schema")
    assert schema is not None, f"{wsdl} has no <types><schema>"
    standalone = etree.fromstring(etree.tostring(schema), parser, base_url=str(wsdl))
    return etree.XMLSchema(etree.ElementTree(standalone))


def vim_schema(version: str = "vim25-7.0.3") -> etree.XMLSchema:
    """The compiled ``<types>`` schema of ``../shared/wsdl/<version>/vim.wsdl``."""
    return _compiled(version)


def operation_element(envelope: bytes) -> etree._Element:
    """The request element (``<Op>``) of a SOAP envelope."""
    root = etree.fromstring(envelope)
    body = root.find(f"{{{SOAPENV}}}Body")
    assert body is not None and len(body) == 1, envelope[:200]
    return body[0]


def schema_errors(element: etree._Element, version: str = "vim25-7.0.3") -> list[str]:
    """Validation messages for one element against the schema; empty when valid."""
    schema = vim_schema(version)
    if schema.validate(element):
        return []
    entries = cast("Iterable[etree._LogEntry]", schema.error_log)  # iterable; the stubs omit it
    return [f"line {e.line}: {e.message}" for e in entries]
