# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""ClusterGroupSpec: data object type, extends ArrayUpdateSpec. Since 4.1."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from .array_update_spec import ArrayUpdateSpec
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from pyvmomo._xsd import EnumValue
    from ..enums import ArrayUpdateOperationValue
    from .cluster_group_info import ClusterGroupInfo


class ClusterGroupSpec(ArrayUpdateSpec):
    """ClusterGroupSpec: data object extending ArrayUpdateSpec, since 4.1.

    Attributes:
        info: ClusterGroupInfo, optional, since 4.1.
    """

    __slots__ = ("info", )
    _wire_name_: ClassVar[str] = "ClusterGroupSpec"
    _since_: ClassVar[str] = "4.1"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("operation", "ArrayUpdateOperation", 0, "2.0"),
        _F("removeKey", "anyType", 2, "2.0"),
        _F("info", "ClusterGroupInfo", 2, "4.1"),
    )
    info: ClusterGroupInfo | None

    def __init__(
        self,
        *,
        operation: ArrayUpdateOperationValue | EnumValue,
        removeKey: Any | None = None,
        info: ClusterGroupInfo | None = None,
    ) -> None:
        self.operation: str = operation
        self.removeKey = removeKey
        self.info = info
