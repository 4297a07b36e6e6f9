# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""TenantTenantManager: managed object proxy. Since 6.9.1."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from pyvmomo._base import ManagedObject as _ManagedObject
from pyvmomo.property import ObjectProperties as _ObjectProperties
from pyvmomo.property import fetch_into as _fetch_into

if TYPE_CHECKING:
    from collections.abc import Sequence
    from .managed_entity import ManagedEntity

_MARK_SERVICE_PROVIDER_ENTITIES: _Operation[None] = _Operation(
    "MarkServiceProviderEntities",
    (_F("entity", "ManagedObjectReference", 3, "6.9.1", target="ManagedEntity"), ),
    None,
    faults=("AuthMinimumAdminPermission", "ManagedObjectNotFound", "RuntimeFault", ),
    since="6.9.1",
    privilege="TenantManager.Update",
    safe=False,
    task_result=None,
)

_RETRIEVE_SERVICE_PROVIDER_ENTITIES: _Operation[list[ManagedEntity]] = _Operation(
    "RetrieveServiceProviderEntities",
    (),
    _F("returnval", "ManagedObjectReference", 3, "6.9.1", target="ManagedEntity"),
    faults=("RuntimeFault", ),
    since="6.9.1",
    privilege="TenantManager.Query",
    safe=True,
    task_result=None,
)

_UNMARK_SERVICE_PROVIDER_ENTITIES: _Operation[None] = _Operation(
    "UnmarkServiceProviderEntities",
    (_F("entity", "ManagedObjectReference", 3, "6.9.1", target="ManagedEntity"), ),
    None,
    faults=("ManagedObjectNotFound", "RuntimeFault", ),
    since="6.9.1",
    privilege="TenantManager.Update",
    safe=False,
    task_result=None,
)


class TenantTenantManagerProperties(_ObjectProperties["TenantTenantManager"]):
    """TenantTenantManager's properties as read by fetch(), retrieve() and watch(), base types' included.

    Only the requested properties are set (unset on the server: None, or [] for
    a list). Reading one that was not requested raises AttributeError, and one
    the server refused raises its fault. A dotted path fills a partial data
    object: its other members stay unset, even those the WSDL requires.
    """

    __slots__ = ()


class TenantTenantManager(_ManagedObject):
    """TenantTenantManager: managed object proxy, since 6.9.1."""

    __slots__ = ()
    _type_: ClassVar[str] = "TenantTenantManager"
    _properties_: ClassVar[dict[str, _F]] = {
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
        "MarkServiceProviderEntities": _MARK_SERVICE_PROVIDER_ENTITIES,
        "RetrieveServiceProviderEntities": _RETRIEVE_SERVICE_PROVIDER_ENTITIES,
        "UnmarkServiceProviderEntities": _UNMARK_SERVICE_PROVIDER_ENTITIES,
    }
    _property_class_ = TenantTenantManagerProperties

    def fetch(self, *paths: str) -> TenantTenantManagerProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, TenantTenantManagerProperties, paths)

    def MarkServiceProviderEntities(
        self,
        *,
        entity: Sequence[ManagedEntity] | None = None,
        _timeout: float | None = None,
    ) -> None:
        """MarkServiceProviderEntities: an operation of TenantTenantManager, since 6.9.1.

        Privilege: TenantManager.Update.

        Args:
            entity: list of references to ManagedEntity, since 6.9.1, needs TenantManager.Update on it.

        Returns:
            None.

        Raises:
            AuthMinimumAdminPermission, ManagedObjectNotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _MARK_SERVICE_PROVIDER_ENTITIES, (entity, ), _timeout)

    def RetrieveServiceProviderEntities(
        self,
        *,
        _timeout: float | None = None,
    ) -> list[ManagedEntity]:
        """RetrieveServiceProviderEntities: an operation of TenantTenantManager, since 6.9.1.

        Privilege: TenantManager.Query. Safe to re-send after a lost reply.

        Returns:
            List of references to ManagedEntity.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _RETRIEVE_SERVICE_PROVIDER_ENTITIES, (), _timeout)

    def UnmarkServiceProviderEntities(
        self,
        *,
        entity: Sequence[ManagedEntity] | None = None,
        _timeout: float | None = None,
    ) -> None:
        """UnmarkServiceProviderEntities: an operation of TenantTenantManager, since 6.9.1.

        Privilege: TenantManager.Update.

        Args:
            entity: list of references to ManagedEntity, since 6.9.1, needs TenantManager.Update on it.

        Returns:
            None.

        Raises:
            ManagedObjectNotFound, RuntimeFault.
        """
        return self._transport.invoke(self, _UNMARK_SERVICE_PROVIDER_ENTITIES, (entity, ), _timeout)
