# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""ClusterDatastoreUpdateSpec: data object type, extends ArrayUpdateSpec. Since 7.0.3.0."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from .array_update_spec import ArrayUpdateSpec
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from pyvmomo._xsd import EnumValue
    from ..enums import ArrayUpdateOperationValue
    from ..managed.datastore import Datastore


class ClusterDatastoreUpdateSpec(ArrayUpdateSpec):
    """ClusterDatastoreUpdateSpec: data object extending ArrayUpdateSpec, since 7.0.3.0.

    Attributes:
        datastore: reference to Datastore, optional, since 7.0.3.0.
    """

    __slots__ = ("datastore", )
    _wire_name_: ClassVar[str] = "ClusterDatastoreUpdateSpec"
    _since_: ClassVar[str] = "7.0.3.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("operation", "ArrayUpdateOperation", 0, "2.0"),
        _F("removeKey", "anyType", 2, "2.0"),
        _F("datastore", "ManagedObjectReference", 2, "7.0.3.0", target="Datastore"),
    )
    datastore: Datastore | None

    def __init__(
        self,
        *,
        operation: ArrayUpdateOperationValue | EnumValue,
        removeKey: Any | None = None,
        datastore: Datastore | None = None,
    ) -> None:
        self.operation: str = operation
        self.removeKey = removeKey
        self.datastore = datastore
