"""Replies of any size, built from the one captured from vcsim.

The scaling figures need RetrievePropertiesEx replies of 500, 5,000 and
50,000 objects. vcsim holds 5,000 VMs at most in reasonable time and memory,
so :func:`resize` cuts the captured reply into its ``<objects>`` elements (each
one VM, as vcsim wrote it) and writes the first ``n`` of them, going round
again from the first when ``n`` is larger than the capture: a 50,000-object
reply is the 5,000 captured objects ten times over (so each moref appears ten
times, which no decoder checks). Everything outside the objects (envelope,
namespaces) is kept byte for byte.
"""

from __future__ import annotations

import itertools

_OPEN, _CLOSE = b"<objects>", b"</objects>"


def split(reply: bytes) -> tuple[bytes, list[bytes], bytes]:
    """(what precedes the first object, each ``<objects>...</objects>``, what follows the last)."""
    first, last = reply.index(_OPEN), reply.rindex(_CLOSE) + len(_CLOSE)
    middle = reply[first:last]
    objects = [_OPEN + part for part in middle[len(_OPEN) :].split(_CLOSE + _OPEN)]
    objects[:-1] = [part + _CLOSE for part in objects[:-1]]
    return reply[:first], objects, reply[last:]


def resize(reply: bytes, n: int) -> bytes:
    """The captured reply with exactly ``n`` objects (repeated in order when ``n`` exceeds the capture)."""
    head, objects, tail = split(reply)
    return head + b"".join(itertools.islice(itertools.cycle(objects), n)) + tail
