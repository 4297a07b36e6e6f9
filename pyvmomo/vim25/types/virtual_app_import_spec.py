# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""VirtualAppImportSpec: data object type, extends ImportSpec. Since 4.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .import_spec import ImportSpec
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from collections.abc import Sequence
    from .ovf_consumer_ost_node import OvfConsumerOstNode
    from .resource_config_spec import ResourceConfigSpec
    from .v_app_config_spec import VAppConfigSpec
    from .v_app_entity_config_info import VAppEntityConfigInfo


class VirtualAppImportSpec(ImportSpec):
    """VirtualAppImportSpec: data object extending ImportSpec, since 4.0.

    Attributes:
        name: string, since 4.0.
        vAppConfigSpec: VAppConfigSpec, since 4.0.
        resourcePoolSpec: ResourceConfigSpec, since 4.0.
        child: list of ImportSpec, since 4.0.
    """

    __slots__ = ("name", "vAppConfigSpec", "resourcePoolSpec", "child", )
    _wire_name_: ClassVar[str] = "VirtualAppImportSpec"
    _since_: ClassVar[str] = "4.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("entityConfig", "VAppEntityConfigInfo", 2, "4.0"),
        _F("instantiationOst", "OvfConsumerOstNode", 2, "5.0"),
        _F("name", "string", 0, "4.0"),
        _F("vAppConfigSpec", "VAppConfigSpec", 0, "4.0"),
        _F("resourcePoolSpec", "ResourceConfigSpec", 0, "4.0"),
        _F("child", "ImportSpec", 3, "4.0"),
    )
    name: str
    vAppConfigSpec: VAppConfigSpec
    resourcePoolSpec: ResourceConfigSpec
    child: list[ImportSpec]

    def __init__(
        self,
        *,
        name: str,
        vAppConfigSpec: VAppConfigSpec,
        resourcePoolSpec: ResourceConfigSpec,
        entityConfig: VAppEntityConfigInfo | None = None,
        instantiationOst: OvfConsumerOstNode | None = None,
        child: Sequence[ImportSpec] | None = None,
    ) -> None:
        self.entityConfig = entityConfig
        self.instantiationOst = instantiationOst
        self.name = name
        self.vAppConfigSpec = vAppConfigSpec
        self.resourcePoolSpec = resourcePoolSpec
        self.child = [] if child is None else list(child)
