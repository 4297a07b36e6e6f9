# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 570187878ca3, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""ContainerView: managed object proxy, extends ManagedObjectView. Since 2.5."""

from __future__ import annotations

from typing import Any, ClassVar

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from .managed_object_view import ManagedObjectView


class ContainerView(ManagedObjectView):
    """ContainerView: managed object proxy extending ManagedObjectView, since 2.5.

    Properties (read them with the property collector; none is fetched implicitly):
        container: reference to ManagedEntity, since 2.5.
        type: list of string, since 2.5.
        recursive: boolean, since 2.5.
    """

    __slots__ = ()
    _type_: ClassVar[str] = "ContainerView"
    _properties_: ClassVar[dict[str, _F]] = {
        "container": _F("container", "ManagedObjectReference", 0, "2.5", target="ManagedEntity"),
        "type": _F("type", "string", 3, "2.5"),
        "recursive": _F("recursive", "boolean", 0, "2.5"),
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
    }
