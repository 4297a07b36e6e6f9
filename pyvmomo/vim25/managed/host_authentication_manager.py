# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 570187878ca3, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostAuthenticationManager: managed object proxy. Since 4.1."""

from __future__ import annotations

from typing import Any, ClassVar

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from pyvmomo._base import ManagedObject as _ManagedObject


class HostAuthenticationManager(_ManagedObject):
    """HostAuthenticationManager: managed object proxy, since 4.1.

    Properties (read them with the property collector; none is fetched implicitly):
        info: HostAuthenticationManagerInfo, since 4.1.
        supportedStore: list of references to HostAuthenticationStore, since 4.1.
    """

    __slots__ = ()
    _type_: ClassVar[str] = "HostAuthenticationManager"
    _properties_: ClassVar[dict[str, _F]] = {
        "info": _F("info", "HostAuthenticationManagerInfo", 0, "4.1"),
        "supportedStore": _F("supportedStore", "ManagedObjectReference", 1, "4.1", target="HostAuthenticationStore"),
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
    }
