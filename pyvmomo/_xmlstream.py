"""A reply parsed as its bytes arrive, with consumed elements freed: the decoder's input.

``XmlStream`` feeds lxml's ``XMLPullParser`` (hardened as the decoder always
was: no entities, no network, no DTD, libxml2's depth and text limits) with
the reply's chunks on demand, so the decoder asks for more bytes only when it
has used up the elements it has. The decoder walks *complete* subtrees with
its usual fast tree code and deletes each one once decoded, so at any moment
the tree holds the path from the root to the element being received plus at
most one piece (64 KiB) of not yet decoded elements, whatever the reply's size.

Design decisions:

- No per-element parser events. They cost a Python call per element (about
  twice the time of the parse itself on a 9 MB reply); instead completeness is
  read off the tree: an element is complete when it, or one of its ancestors,
  has a following sibling, or when the document has ended. The one event
  asked for is the start of a SOAP Envelope, to find the root.
- Chunks are cut into 64 KiB pieces before feeding, so a reply handed over as
  one ``bytes`` object still streams through the parser. A reply that comes
  whole in one chunk of at most 64 KiB (most calls) is parsed in one go, as
  before streaming: a pull parser costs ~20 us more per small reply. Closed
  pull parsers are kept for the next reply (a fresh one's first feed costs
  ~10 us more).
- What the chunks raise (the HTTP layer's errors) is carried out in
  :class:`ChunkError`, so the decoder can tell it from a decoding failure and
  re-raise it unchanged; the parser's own failures become :class:`NotXml`.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator
from typing import cast

from lxml import etree

PIECE = 64 * 1024  # bytes fed to the parser at a time
_OPTIONS = {
    "resolve_entities": False,
    "no_network": True,
    "load_dtd": False,
    "huge_tree": False,
    "remove_comments": True,
    "remove_pis": True,
}
# lxml parsers may be shared between threads; this one parses replies that come whole and small.
_TREE_PARSER = etree.XMLParser(**_OPTIONS)  # type: ignore[arg-type]
_IDLE: dict[str, list[etree.XMLPullParser]] = {}  # closed pull parsers, ready for another reply
_KEEP = 8


def _take(root_tag: str) -> etree.XMLPullParser:
    try:
        return _IDLE.get(root_tag, []).pop()
    except IndexError:
        return etree.XMLPullParser(events=("start",), tag=root_tag, **_OPTIONS)  # type: ignore[arg-type]


def _give(root_tag: str, parser: etree.XMLPullParser) -> None:
    idle = _IDLE.setdefault(root_tag, [])
    if len(idle) < _KEEP:
        idle.append(parser)


class NotXml(Exception):
    """The bytes are not well-formed XML (or broke one of libxml2's limits)."""


class ChunkError(Exception):
    """The chunk source raised ``error``; the decoder re-raises it as it is."""

    def __init__(self, error: BaseException) -> None:
        super().__init__(str(error))
        self.error = error


class XmlStream:
    """One reply's parser, fed on demand; hands out complete elements and frees them."""

    def __init__(self, chunks: Iterable[bytes], root_tag: str) -> None:
        self._chunks = iter(chunks)
        self._tag = root_tag
        self._parser: etree.XMLPullParser | None = None
        self._pieces: Iterator[bytes] = iter(())
        self.root: etree._Element | None = None
        self.ended = False
        first = self._next_chunk()
        if first is None:
            self._whole(b"")
            return
        if len(first) <= PIECE:
            second = self._next_chunk()
            if second is None:  # the whole reply, and small: one parse, as fast as before streaming
                self._whole(first)
                return
            self._chunks = itertools.chain((second,), self._chunks)
        self._parser = _take(root_tag)
        self._pieces = _pieces(first)

    def _next_chunk(self) -> bytes | None:
        try:
            return next(self._chunks, None)
        except Exception as exc:  # the HTTP layer's error, for the caller to classify
            raise ChunkError(exc) from exc

    def _whole(self, document: bytes) -> None:
        self.ended = True
        try:
            self.root = etree.fromstring(document, _TREE_PARSER)
        except etree.LxmlError as exc:
            raise NotXml(str(exc)) from exc

    def feed(self) -> None:
        """Parse the next piece of the reply; at its end, close the document."""
        if self.ended or self._parser is None:
            raise NotXml("the document has already ended")
        piece = next(self._pieces, None)
        while piece is None:
            chunk = self._next_chunk()
            if chunk is None:
                self._close(self._parser)
                return
            self._pieces = _pieces(chunk)
            piece = next(self._pieces, None)
        try:
            self._parser.feed(piece)
            if self.root is None:
                for _, element in self._parser.read_events():
                    self.root = cast(etree._Element, element)  # only "start" events are asked for
        except etree.LxmlError as exc:
            raise NotXml(str(exc)) from exc

    def _close(self, parser: etree.XMLPullParser) -> None:
        self.ended = True
        self._parser = None
        try:
            root = parser.close()
        except etree.LxmlError as exc:
            raise NotXml(str(exc)) from exc
        _give(self._tag, parser)  # a fresh parser's first feed costs ~10 us more than a used one's
        if self.root is None:
            self.root = root

    def start(self) -> etree._Element | None:
        """The root if it is the expected tag (fed until it starts), else None once the document ended."""
        while self.root is None and not self.ended:
            self.feed()
        return self.root if self.root is not None and self.root.tag == self._tag else None

    def complete(self, element: etree._Element) -> bool:
        """Whether ``element``'s end tag has been parsed."""
        if self.ended:
            return True
        node: etree._Element | None = element
        while node is not None:
            if node.getnext() is not None:
                return True
            node = node.getparent()
        return False

    def finish(self, element: etree._Element) -> None:
        """Feed until ``element`` is complete."""
        while not self.complete(element):
            self.feed()

    def drain(self) -> None:
        """Parse the rest of the reply: it must be well-formed to the end."""
        while not self.ended:
            self.feed()

    def children(
        self, parent: etree._Element
    ) -> Iterator[tuple[list[etree._Element], etree._Element | None]]:
        """``parent``'s children as they arrive: (complete ones, the open last one or None).

        The consumer decodes what it gets before asking for more: an open child
        completely (by streaming its own children, or after :meth:`finish`).
        Everything handed out is deleted from the tree on the next request, and
        the list of complete ones emptied first: an element without a Python
        proxy is freed at once, one with a proxy must first be copied out of
        the document (lxml's ``moveNodeToDocument``), which costs more.
        """
        if self.ended:  # parsed whole (small): nothing to free early
            yield list(parent), None
            return
        while True:
            closed = self.complete(parent)
            count = len(parent)
            done = count if closed else count - 1
            if done > 0:
                batch = list(parent)[:done]
                yield batch, None
                batch.clear()
                del parent[:done]
                continue
            if closed:
                return
            if count:
                yield [], parent[0]
                del parent[0]
                continue
            self.feed()


def _pieces(chunk: bytes) -> Iterator[bytes]:
    if len(chunk) <= PIECE:
        yield chunk
        return
    view = memoryview(chunk)
    for start in range(0, len(chunk), PIECE):
        yield bytes(view[start : start + PIECE])
