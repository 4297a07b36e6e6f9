# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""SiteInfoManager: managed object proxy. Since 7.0.0.0."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from pyvmomo._base import ManagedObject as _ManagedObject
from pyvmomo.property import ObjectProperties as _ObjectProperties
from pyvmomo.property import fetch_into as _fetch_into

if TYPE_CHECKING:
    from ..types.site_info import SiteInfo

_GET_SITE_INFO: _Operation[SiteInfo] = _Operation(
    "GetSiteInfo",
    (),
    _F("returnval", "SiteInfo", 0, "7.0.0.0"),
    faults=("RuntimeFault", ),
    since="7.0.0.0",
    privilege="System.View",
    safe=True,
    task_result=None,
)


class SiteInfoManagerProperties(_ObjectProperties["SiteInfoManager"]):
    """SiteInfoManager's properties as read by fetch(), retrieve() and watch(), base types' included.

    Only the requested properties are set (unset on the server: None, or [] for
    a list). Reading one that was not requested raises AttributeError, and one
    the server refused raises its fault. A dotted path fills a partial data
    object: its other members stay unset, even those the WSDL requires.
    """

    __slots__ = ()


class SiteInfoManager(_ManagedObject):
    """SiteInfoManager: managed object proxy, since 7.0.0.0."""

    __slots__ = ()
    _type_: ClassVar[str] = "SiteInfoManager"
    _properties_: ClassVar[dict[str, _F]] = {
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
        "GetSiteInfo": _GET_SITE_INFO,
    }
    _property_class_ = SiteInfoManagerProperties

    def fetch(self, *paths: str) -> SiteInfoManagerProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, SiteInfoManagerProperties, paths)

    def GetSiteInfo(
        self,
        *,
        _timeout: float | None = None,
    ) -> SiteInfo:
        """GetSiteInfo: an operation of SiteInfoManager, since 7.0.0.0.

        Privilege: System.View. Safe to re-send after a lost reply.

        Returns:
            SiteInfo.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _GET_SITE_INFO, (), _timeout)
