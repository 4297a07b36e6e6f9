# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): vim.wsdl 31d6db253c59, wsdl/catalogue.json b16e28f45cb7
"""MoveSpec: data object type, extends DynamicData. Since 7.0.3.0."""

from __future__ import annotations

from typing import ClassVar

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F


class MoveSpec(DynamicData):
    """MoveSpec: data object extending DynamicData, since 7.0.3.0.

    Attributes:
        label: string, optional, since 7.0.3.0.
        source: string, since 7.0.3.0.
        tags: list of string, since 7.0.3.0.
        targets: list of string, since 7.0.3.0.
    """

    __slots__ = ("label", "source", "tags", "targets", )
    _wire_name_: ClassVar[str] = "MoveSpec"
    _since_: ClassVar[str] = "7.0.3.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("label", "string", 2, "7.0.3.0"),
        _F("source", "string", 0, "7.0.3.0"),
        _F("tags", "string", 3, "7.0.3.0"),
        _F("targets", "string", 1, "7.0.3.0"),
    )
    label: str | None
    source: str
    tags: list[str]
    targets: list[str]

    def __init__(
        self,
        *,
        source: str,
        targets: list[str],
        label: str | None = None,
        tags: list[str] | None = None,
    ) -> None:
        self.label = label
        self.source = source
        self.tags = [] if tags is None else tags
        self.targets = targets
