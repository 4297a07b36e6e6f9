"""Secrets: keeping passwords, tickets and session keys out of logs and messages.

What is secret comes from the wire metadata: every ``Field`` the catalogue
flags ``secret`` (``Login.password``, ``HostConnectSpec.password``,
``NamePasswordAuthentication.password``, ``CustomizationPassword.value``...).
The generator adds what the catalogue misses from the reviewed list
``wsdl/secrets.json``: every session key (``UserSession.key``,
``TerminateSession.sessionId``, ``SessionIsActive.sessionID``), because vcsim's
session key *is* the session cookie (../shared/FACTS.md, section 4); the
clone ticket ``AcquireCloneTicket`` returns is flagged by the catalogue itself.
``repr`` of data objects masks them too (``DataObject.__repr__``).

:class:`WireMasker` renders a request or reply envelope for DEBUG logging with
every secret element's content replaced by ``***``. It walks the parsed XML
with the same metadata the decoder uses (``xsi:type`` resolved by namespace
URI), iteratively, so deep input cannot exhaust the stack. A body that does
not parse is never shown, only its size: a truncated reply may still hold a
ticket. As a last guard, the current session cookie is replaced wherever it
appears in the rendered text.

:func:`secret_values` lists the secret values inside a call's arguments, so an
error message that quotes an argument (``xsd:string cannot hold int ...``) can
be scrubbed with :func:`scrub` before it is raised.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from ._base import DataObject, Field, Operation
from ._errors import ServerFault
from ._registry import Registry
from ._soap import SOAPENV, xsi_type

if TYPE_CHECKING:  # lxml loads when a body is first logged or decoded, not at import
    from lxml import etree

MASK = "***"


class WireMasker:
    """Renders SOAP bodies for logs with secret elements masked."""

    def __init__(self, registry: Registry) -> None:
        self.registry = registry

    def request(self, body: bytes, op: Operation[Any], cookie: str | None) -> str:
        """The request envelope of ``op`` with secret parameters and members masked."""
        from lxml import etree

        root = self._parse(body)
        if root is None:
            return f"<{len(body)} bytes, not XML: not shown>"
        params = {p.wire: p for p in op.params}
        try:
            for operation in _body_children(root):
                self._mask(
                    (child, params[name])
                    for child in operation
                    if (name := _local(child)) is not None and name in params
                )
        except ValueError:  # an xsi:type that is no XML name: unreadable, so never shown
            return f"<{len(body)} bytes, unreadable: not shown>"
        return _without(etree.tostring(root, encoding="unicode"), cookie)

    def reply(self, content: bytes, op: Operation[Any], cookie: str | None) -> str:
        """A reply envelope with secret members (and secret results) masked."""
        from lxml import etree

        root = self._parse(content)
        if root is None:
            return f"<{len(content)} bytes, not XML: not shown>"
        try:
            for element in _body_children(root):
                if _local(element) == "Fault" and etree.QName(element).namespace == SOAPENV:
                    detail = element.find("detail")
                    self._mask(
                        (child, Field("fault", (_local(child) or "").removesuffix("Fault")))
                        for child in (detail if detail is not None else ())
                        if isinstance(child.tag, str)
                    )
                elif op.result is not None:
                    result = op.result
                    self._mask((child, result) for child in element if _local(child) == "returnval")
        except ValueError:  # an xsi:type that is no XML name: unreadable, so never shown
            return f"<{len(content)} bytes, unreadable: not shown>"
        return _without(etree.tostring(root, encoding="unicode"), cookie)

    def _parse(self, content: bytes) -> etree._Element | None:
        from lxml import etree

        parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
        try:
            return etree.fromstring(content, parser)
        except (etree.XMLSyntaxError, ValueError):
            return None

    def _mask(self, start: Iterable[tuple[etree._Element, Field]]) -> None:
        stack = list(start)
        while stack:
            element, field = stack.pop()
            if field.secret:
                for child in list(element):
                    element.remove(child)
                element.text = MASK
                continue
            type_name = xsi_type(element) or field.type
            cls = self.registry.data_class(type_name)
            if cls is not None:
                fields = self.registry.field_map(cls)
                stack.extend(
                    (child, fields[name])
                    for child in element
                    if (name := _local(child)) is not None and name in fields
                )
                continue
            array = self.registry.arrays.get(type_name)
            if array is not None:
                item = Field("item", array[0])
                stack.extend((child, item) for child in element if isinstance(child.tag, str))


def secret_values(op: Operation[Any], args: tuple[Any, ...]) -> set[str]:
    """The secret values inside one call's arguments, as text."""
    found: set[str] = set()
    stack: list[tuple[Field | None, Any]] = list(zip(op.params, args, strict=False))
    while stack:
        field, value = stack.pop()
        if value is None:
            continue
        if isinstance(value, list | tuple):
            stack.extend((field, item) for item in value)
        elif field is not None and field.secret:
            found.update((str(value), repr(value)))
        elif isinstance(value, DataObject | ServerFault):
            stack.extend((f, getattr(value, f.name, None)) for f in value._fields_)
    return {text for text in found if text}


def scrub(text: str, secrets: Iterable[str]) -> str:
    """``text`` with every occurrence of each secret replaced by ``***`` (longest first)."""
    for secret in sorted(secrets, key=len, reverse=True):
        if secret:
            text = text.replace(secret, MASK)
    return text


def _without(text: str, cookie: str | None) -> str:
    return scrub(text, [cookie.strip('"')] if cookie else [])


def _body_children(root: etree._Element) -> list[etree._Element]:
    body = root.find(f"{{{SOAPENV}}}Body")
    return [child for child in body if isinstance(child.tag, str)] if body is not None else []


def _local(element: etree._Element) -> str | None:
    tag = element.tag
    if not isinstance(tag, str):
        return None
    return tag.rpartition("}")[2]
