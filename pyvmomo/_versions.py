"""API versions: which the server speaks (``vimServiceVersions.xml``) and which to use."""

from __future__ import annotations

from ._soap import version_key


def server_versions(content: bytes, namespace: str) -> list[str]:
    """Versions listed for ``namespace`` in ``vimServiceVersions.xml``."""
    from lxml import etree  # not at `import pyvmomo`: lxml loads when a client is built

    try:
        root = etree.fromstring(content, etree.XMLParser(resolve_entities=False, no_network=True))
    except (etree.XMLSyntaxError, ValueError):
        return []
    for ns in root.iter("namespace"):
        if (ns.findtext("name") or "").strip() == namespace:
            found = [(ns.findtext("version") or "").strip()]
            found += [(v.text or "").strip() for v in ns.iterfind("priorVersions/version")]
            return [v for v in found if v]
    return []


def choose_version(server: list[str], supported: tuple[str, ...]) -> str:
    """The newest version both sides speak.

    A server newer than the bindings gets the bindings' newest version
    (servers accept older clients); otherwise the newest common version.
    """
    newest = max(supported, key=version_key)
    server_newest = max(server, key=version_key)
    if version_key(server_newest) >= version_key(newest):
        return newest
    common = set(server) & set(supported)
    if common:
        return max(common, key=version_key)
    older = [v for v in supported if version_key(v) <= version_key(server_newest)]
    return max(older, key=version_key) if older else min(supported, key=version_key)
