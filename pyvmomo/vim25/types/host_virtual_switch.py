# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostVirtualSwitch: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .host_virtual_switch_spec import HostVirtualSwitchSpec


class HostVirtualSwitch(DynamicData):
    """HostVirtualSwitch: data object extending DynamicData, since 2.0.

    Attributes:
        name: string, since 2.0.
        key: string, since 2.0.
        numPorts: int, since 2.0.
        numPortsAvailable: int, since 2.0.
        mtu: int, optional, since 2.5.
        portgroup: list of string holding the key of a HostPortGroup, since 2.0.
        pnic: list of string holding the key of a PhysicalNic, since 2.0.
        spec: HostVirtualSwitchSpec, since 2.0.
    """

    __slots__ = ("name", "key", "numPorts", "numPortsAvailable", "mtu", "portgroup", "pnic", "spec", )
    _wire_name_: ClassVar[str] = "HostVirtualSwitch"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("name", "string", 0, "2.0"),
        _F("key", "string", 0, "2.0"),
        _F("numPorts", "int", 0, "2.0"),
        _F("numPortsAvailable", "int", 0, "2.0"),
        _F("mtu", "int", 2, "2.5"),
        _F("portgroup", "string", 3, "2.0"),
        _F("pnic", "string", 3, "2.0"),
        _F("spec", "HostVirtualSwitchSpec", 0, "2.0"),
    )
    name: str
    key: str
    numPorts: int
    numPortsAvailable: int
    mtu: int | None
    portgroup: list[str]
    pnic: list[str]
    spec: HostVirtualSwitchSpec

    def __init__(
        self,
        *,
        name: str,
        key: str,
        numPorts: int,
        numPortsAvailable: int,
        spec: HostVirtualSwitchSpec,
        mtu: int | None = None,
        portgroup: list[str] | None = None,
        pnic: list[str] | None = None,
    ) -> None:
        self.name = name
        self.key = key
        self.numPorts = numPorts
        self.numPortsAvailable = numPortsAvailable
        self.mtu = mtu
        self.portgroup = [] if portgroup is None else portgroup
        self.pnic = [] if pnic is None else pnic
        self.spec = spec
