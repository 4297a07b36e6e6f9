# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""IpPoolManager: managed object proxy. Since 4.0."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from pyvmomo._base import ManagedObject as _ManagedObject
from pyvmomo.property import ObjectProperties as _ObjectProperties
from pyvmomo.property import fetch_into as _fetch_into

if TYPE_CHECKING:
    from .datacenter import Datacenter
    from ..types.ip_pool import IpPool
    from ..types.ip_pool_manager_ip_allocation import IpPoolManagerIpAllocation

_ALLOCATE_IPV4_ADDRESS: _Operation[str] = _Operation(
    "AllocateIpv4Address",
    (_F("dc", "ManagedObjectReference", 0, "5.1", target="Datacenter"), _F("poolId", "int", 0, "5.1"), _F("allocationId", "string", 0, "5.1"), ),
    _F("returnval", "string", 0, "5.1"),
    faults=("RuntimeFault", ),
    since="5.1",
    privilege=None,
    safe=False,
    task_result=None,
)

_ALLOCATE_IPV6_ADDRESS: _Operation[str] = _Operation(
    "AllocateIpv6Address",
    (_F("dc", "ManagedObjectReference", 0, "5.1", target="Datacenter"), _F("poolId", "int", 0, "5.1"), _F("allocationId", "string", 0, "5.1"), ),
    _F("returnval", "string", 0, "5.1"),
    faults=("RuntimeFault", ),
    since="5.1",
    privilege=None,
    safe=False,
    task_result=None,
)

_CREATE_IP_POOL: _Operation[int] = _Operation(
    "CreateIpPool",
    (_F("dc", "ManagedObjectReference", 0, "4.0", target="Datacenter"), _F("pool", "IpPool", 0, "4.0"), ),
    _F("returnval", "int", 0, "4.0"),
    faults=("RuntimeFault", ),
    since="4.0",
    privilege=None,
    safe=False,
    task_result=None,
)

_DESTROY_IP_POOL: _Operation[None] = _Operation(
    "DestroyIpPool",
    (_F("dc", "ManagedObjectReference", 0, "4.0", target="Datacenter"), _F("id", "int", 0, "4.0"), _F("force", "boolean", 0, "4.0"), ),
    None,
    faults=("InvalidState", "RuntimeFault", ),
    since="4.0",
    privilege=None,
    safe=False,
    task_result=None,
)

_QUERY_IP_ALLOCATIONS: _Operation[list[IpPoolManagerIpAllocation]] = _Operation(
    "QueryIPAllocations",
    (_F("dc", "ManagedObjectReference", 0, "5.1", target="Datacenter"), _F("poolId", "int", 0, "5.1"), _F("extensionKey", "string", 0, "5.1"), ),
    _F("returnval", "IpPoolManagerIpAllocation", 1, "5.1"),
    faults=("RuntimeFault", ),
    since="5.1",
    privilege=None,
    safe=True,
    task_result=None,
)

_QUERY_IP_POOLS: _Operation[list[IpPool]] = _Operation(
    "QueryIpPools",
    (_F("dc", "ManagedObjectReference", 0, "4.0", target="Datacenter"), ),
    _F("returnval", "IpPool", 3, "4.0"),
    faults=("RuntimeFault", ),
    since="4.0",
    privilege=None,
    safe=True,
    task_result=None,
)

_RELEASE_IP_ALLOCATION: _Operation[None] = _Operation(
    "ReleaseIpAllocation",
    (_F("dc", "ManagedObjectReference", 0, "5.1", target="Datacenter"), _F("poolId", "int", 0, "5.1"), _F("allocationId", "string", 0, "5.1"), ),
    None,
    faults=("RuntimeFault", ),
    since="5.1",
    privilege=None,
    safe=False,
    task_result=None,
)

_UPDATE_IP_POOL: _Operation[None] = _Operation(
    "UpdateIpPool",
    (_F("dc", "ManagedObjectReference", 0, "4.0", target="Datacenter"), _F("pool", "IpPool", 0, "4.0"), ),
    None,
    faults=("RuntimeFault", ),
    since="4.0",
    privilege=None,
    safe=False,
    task_result=None,
)


class IpPoolManagerProperties(_ObjectProperties["IpPoolManager"]):
    """IpPoolManager's properties as read by fetch(), retrieve() and watch(), base types' included.

    Only the requested properties are set (unset on the server: None, or [] for
    a list). Reading one that was not requested raises AttributeError, and one
    the server refused raises its fault. A dotted path fills a partial data
    object: its other members stay unset, even those the WSDL requires.
    """

    __slots__ = ()


class IpPoolManager(_ManagedObject):
    """IpPoolManager: managed object proxy, since 4.0."""

    __slots__ = ()
    _type_: ClassVar[str] = "IpPoolManager"
    _properties_: ClassVar[dict[str, _F]] = {
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
        "AllocateIpv4Address": _ALLOCATE_IPV4_ADDRESS,
        "AllocateIpv6Address": _ALLOCATE_IPV6_ADDRESS,
        "CreateIpPool": _CREATE_IP_POOL,
        "DestroyIpPool": _DESTROY_IP_POOL,
        "QueryIPAllocations": _QUERY_IP_ALLOCATIONS,
        "QueryIpPools": _QUERY_IP_POOLS,
        "ReleaseIpAllocation": _RELEASE_IP_ALLOCATION,
        "UpdateIpPool": _UPDATE_IP_POOL,
    }
    _property_class_ = IpPoolManagerProperties

    def fetch(self, *paths: str) -> IpPoolManagerProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, IpPoolManagerProperties, paths)

    def AllocateIpv4Address(
        self,
        *,
        dc: Datacenter,
        poolId: int,
        allocationId: str,
        _timeout: float | None = None,
    ) -> str:
        """AllocateIpv4Address: an operation of IpPoolManager, since 5.1.

        Args:
            dc: reference to Datacenter, since 5.1.
            poolId: int, since 5.1.
            allocationId: string, since 5.1.

        Returns:
            String.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _ALLOCATE_IPV4_ADDRESS, (dc, poolId, allocationId, ), _timeout)

    def AllocateIpv6Address(
        self,
        *,
        dc: Datacenter,
        poolId: int,
        allocationId: str,
        _timeout: float | None = None,
    ) -> str:
        """AllocateIpv6Address: an operation of IpPoolManager, since 5.1.

        Args:
            dc: reference to Datacenter, since 5.1.
            poolId: int, since 5.1.
            allocationId: string, since 5.1.

        Returns:
            String.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _ALLOCATE_IPV6_ADDRESS, (dc, poolId, allocationId, ), _timeout)

    def CreateIpPool(
        self,
        *,
        dc: Datacenter,
        pool: IpPool,
        _timeout: float | None = None,
    ) -> int:
        """CreateIpPool: an operation of IpPoolManager, since 4.0.

        Args:
            dc: reference to Datacenter, since 4.0, needs Datacenter.IpPoolConfig on it.
            pool: IpPool, since 4.0.

        Returns:
            Int.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _CREATE_IP_POOL, (dc, pool, ), _timeout)

    def DestroyIpPool(
        self,
        *,
        dc: Datacenter,
        id: int,
        force: bool,
        _timeout: float | None = None,
    ) -> None:
        """DestroyIpPool: an operation of IpPoolManager, since 4.0.

        Args:
            dc: reference to Datacenter, since 4.0, needs Datacenter.IpPoolConfig on it.
            id: int, since 4.0.
            force: boolean, since 4.0.

        Returns:
            None.

        Raises:
            InvalidState, RuntimeFault.
        """
        return self._transport.invoke(self, _DESTROY_IP_POOL, (dc, id, force, ), _timeout)

    def QueryIPAllocations(
        self,
        *,
        dc: Datacenter,
        poolId: int,
        extensionKey: str,
        _timeout: float | None = None,
    ) -> list[IpPoolManagerIpAllocation]:
        """QueryIPAllocations: an operation of IpPoolManager, since 5.1.

        Safe to re-send after a lost reply.

        Args:
            dc: reference to Datacenter, since 5.1, needs Datacenter.IpPoolQueryAllocations on it.
            poolId: int, since 5.1.
            extensionKey: string, since 5.1.

        Returns:
            List of IpPoolManagerIpAllocation.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _QUERY_IP_ALLOCATIONS, (dc, poolId, extensionKey, ), _timeout)

    def QueryIpPools(
        self,
        *,
        dc: Datacenter,
        _timeout: float | None = None,
    ) -> list[IpPool]:
        """QueryIpPools: an operation of IpPoolManager, since 4.0.

        Safe to re-send after a lost reply.

        Args:
            dc: reference to Datacenter, since 4.0, needs System.Read on it.

        Returns:
            List of IpPool.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _QUERY_IP_POOLS, (dc, ), _timeout)

    def ReleaseIpAllocation(
        self,
        *,
        dc: Datacenter,
        poolId: int,
        allocationId: str,
        _timeout: float | None = None,
    ) -> None:
        """ReleaseIpAllocation: an operation of IpPoolManager, since 5.1.

        Args:
            dc: reference to Datacenter, since 5.1, needs Datacenter.IpPoolReleaseIp on it.
            poolId: int, since 5.1.
            allocationId: string, since 5.1.

        Returns:
            None.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _RELEASE_IP_ALLOCATION, (dc, poolId, allocationId, ), _timeout)

    def UpdateIpPool(
        self,
        *,
        dc: Datacenter,
        pool: IpPool,
        _timeout: float | None = None,
    ) -> None:
        """UpdateIpPool: an operation of IpPoolManager, since 4.0.

        Args:
            dc: reference to Datacenter, since 4.0, needs Datacenter.IpPoolConfig on it.
            pool: IpPool, since 4.0.

        Returns:
            None.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _UPDATE_IP_POOL, (dc, pool, ), _timeout)
