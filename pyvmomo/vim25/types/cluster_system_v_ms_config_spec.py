# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""ClusterSystemVMsConfigSpec: data object type, extends DynamicData. Since 7.0.3.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .cluster_datastore_update_spec import ClusterDatastoreUpdateSpec
    from .cluster_tag_category_update_spec import ClusterTagCategoryUpdateSpec


class ClusterSystemVMsConfigSpec(DynamicData):
    """ClusterSystemVMsConfigSpec: data object extending DynamicData, since 7.0.3.0.

    Attributes:
        allowedDatastores: list of ClusterDatastoreUpdateSpec, since 7.0.3.0.
        notAllowedDatastores: list of ClusterDatastoreUpdateSpec, since 7.0.3.0.
        dsTagCategoriesToExclude: list of ClusterTagCategoryUpdateSpec, since 7.0.3.0.
    """

    __slots__ = ("allowedDatastores", "notAllowedDatastores", "dsTagCategoriesToExclude", )
    _wire_name_: ClassVar[str] = "ClusterSystemVMsConfigSpec"
    _since_: ClassVar[str] = "7.0.3.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("allowedDatastores", "ClusterDatastoreUpdateSpec", 3, "7.0.3.0"),
        _F("notAllowedDatastores", "ClusterDatastoreUpdateSpec", 3, "7.0.3.0"),
        _F("dsTagCategoriesToExclude", "ClusterTagCategoryUpdateSpec", 3, "7.0.3.0"),
    )
    allowedDatastores: list[ClusterDatastoreUpdateSpec]
    notAllowedDatastores: list[ClusterDatastoreUpdateSpec]
    dsTagCategoriesToExclude: list[ClusterTagCategoryUpdateSpec]

    def __init__(
        self,
        *,
        allowedDatastores: list[ClusterDatastoreUpdateSpec] | None = None,
        notAllowedDatastores: list[ClusterDatastoreUpdateSpec] | None = None,
        dsTagCategoriesToExclude: list[ClusterTagCategoryUpdateSpec] | None = None,
    ) -> None:
        self.allowedDatastores = [] if allowedDatastores is None else allowedDatastores
        self.notAllowedDatastores = [] if notAllowedDatastores is None else notAllowedDatastores
        self.dsTagCategoriesToExclude = [] if dsTagCategoriesToExclude is None else dsTagCategoriesToExclude
