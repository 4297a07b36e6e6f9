"""Helpers shared by the session, fault-table, TLS and secrets tests."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager

import pyvmomo
from pyvmomo.vim25 import (
    Folder,
    ObjectSpec,
    PropertyFilterSpec,
    PropertySpec,
    RetrieveOptions,
    RetrieveResult,
    ServiceInstance,
)

USER = "admin"
PASSWORD = "vcsim-pass"


def service_instance(client: pyvmomo.Client) -> ServiceInstance:
    """The ServiceInstance proxy of ``client``."""
    return client.ref(ServiceInstance, "ServiceInstance")


def read_root_name(client: pyvmomo.Client, timeout: float | None = None) -> RetrieveResult | None:
    """RetrievePropertiesEx of rootFolder.name: stateless, and in-band NotAuthenticated when expired."""
    spec = PropertyFilterSpec(
        objectSet=[ObjectSpec(obj=client.content.rootFolder)],
        propSet=[PropertySpec(type="Folder", pathSet=["name"])],
    )
    return client.content.propertyCollector.RetrievePropertiesEx(
        specSet=[spec], options=RetrieveOptions(), _timeout=timeout
    )


def vm_folder(client: pyvmomo.Client) -> Folder:
    """The vmFolder of the first datacenter."""
    spec = PropertyFilterSpec(
        objectSet=[ObjectSpec(obj=client.content.rootFolder)],
        propSet=[PropertySpec(type="Folder", pathSet=["childEntity"])],
    )
    result = client.content.propertyCollector.RetrievePropertiesEx(specSet=[spec], options=RetrieveOptions())
    assert result is not None
    datacenter = result.objects[0].propSet[0].val[0]
    spec = PropertyFilterSpec(
        objectSet=[ObjectSpec(obj=datacenter)],
        propSet=[PropertySpec(type="Datacenter", pathSet=["vmFolder"])],
    )
    result = client.content.propertyCollector.RetrievePropertiesEx(specSet=[spec], options=RetrieveOptions())
    assert result is not None
    folder = result.objects[0].propSet[0].val
    assert isinstance(folder, Folder)
    return folder


def child_names(client: pyvmomo.Client, folder: Folder) -> list[str]:
    """Names of the children of ``folder`` (duplicates kept)."""
    spec = PropertyFilterSpec(
        objectSet=[ObjectSpec(obj=folder)],
        propSet=[PropertySpec(type="Folder", pathSet=["childEntity"])],
    )
    result = client.content.propertyCollector.RetrievePropertiesEx(specSet=[spec], options=RetrieveOptions())
    assert result is not None
    children = result.objects[0].propSet[0].val if result.objects[0].propSet else []
    if not children:
        return []
    spec = PropertyFilterSpec(
        objectSet=[ObjectSpec(obj=child) for child in children],
        propSet=[PropertySpec(type="ManagedEntity", pathSet=["name"])],
    )
    result = client.content.propertyCollector.RetrievePropertiesEx(specSet=[spec], options=RetrieveOptions())
    assert result is not None
    return [str(obj.propSet[0].val) for obj in result.objects]


class Records(logging.Handler):
    """Collects the log records of one logger tree, thread-safely."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []
        self._lock2 = threading.Lock()

    def emit(self, record: logging.LogRecord) -> None:
        with self._lock2:
            self.records.append(record)

    def messages(self, contains: str = "") -> list[str]:
        """Formatted messages, optionally only those containing ``contains``."""
        with self._lock2:
            texts = [r.getMessage() for r in self.records]
        return [t for t in texts if contains in t]


@contextmanager
def recording(name: str = "pyvmomo", level: int = logging.INFO) -> Iterator[Records]:
    """Record the log records of logger ``name`` at ``level`` and above."""
    logger = logging.getLogger(name)
    handler = Records()
    old_level = logger.level
    logger.addHandler(handler)
    logger.setLevel(level)
    try:
        yield handler
    finally:
        logger.removeHandler(handler)
        logger.setLevel(old_level)
