# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostPMemVolume: data object type, extends HostFileSystemVolume. Since 6.7."""

from __future__ import annotations

from typing import ClassVar

from .host_file_system_volume import HostFileSystemVolume
from pyvmomo._base import Field as _F


class HostPMemVolume(HostFileSystemVolume):
    """HostPMemVolume: data object extending HostFileSystemVolume, since 6.7.

    Attributes:
        uuid: string, since 6.7.
        version: string, since 6.7.
    """

    __slots__ = ("uuid", "version", )
    _wire_name_: ClassVar[str] = "HostPMemVolume"
    _since_: ClassVar[str] = "6.7"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("type", "string", 0, "2.0"),
        _F("name", "string", 0, "2.0"),
        _F("capacity", "long", 0, "2.0"),
        _F("uuid", "string", 0, "6.7"),
        _F("version", "string", 0, "6.7"),
    )
    uuid: str
    version: str

    def __init__(
        self,
        *,
        type: str,
        name: str,
        capacity: int,
        uuid: str,
        version: str,
    ) -> None:
        self.type = type
        self.name = name
        self.capacity = capacity
        self.uuid = uuid
        self.version = version
