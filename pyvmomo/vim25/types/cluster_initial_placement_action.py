# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""ClusterInitialPlacementAction: data object type, extends ClusterAction. Since 2.5."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .cluster_action import ClusterAction
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from ..managed.host_system import HostSystem
    from ..managed.resource_pool import ResourcePool
    from pyvmomo._base import ManagedObject as _ManagedObject


class ClusterInitialPlacementAction(ClusterAction):
    """ClusterInitialPlacementAction: data object extending ClusterAction, since 2.5.

    Attributes:
        targetHost: reference to HostSystem, since 2.5.
        pool: reference to ResourcePool, optional, since 2.5.
    """

    __slots__ = ("targetHost", "pool", )
    _wire_name_: ClassVar[str] = "ClusterInitialPlacementAction"
    _since_: ClassVar[str] = "2.5"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("type", "string", 0, "2.5"),
        _F("target", "ManagedObjectReference", 2, "2.5"),
        _F("targetHost", "ManagedObjectReference", 0, "2.5", target="HostSystem"),
        _F("pool", "ManagedObjectReference", 2, "2.5", target="ResourcePool"),
    )
    targetHost: HostSystem
    pool: ResourcePool | None

    def __init__(
        self,
        *,
        type: str,
        targetHost: HostSystem,
        target: _ManagedObject | None = None,
        pool: ResourcePool | None = None,
    ) -> None:
        self.type = type
        self.target = target
        self.targetHost = targetHost
        self.pool = pool
