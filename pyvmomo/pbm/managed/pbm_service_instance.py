# Generated from urn:pbm 8.0.0.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 6b008c236d8c, pbm-messagetypes.xsd 80afefd63b4c, pbm-types.xsd 67c8010eba84, pbm.wsdl c31d056765d0, pbmService.wsdl b603139b1cf9, query-types.xsd 75e61f7a3665, reflect-types.xsd 9dd79e7a402d, vim-types.xsd 03e846d02da4, wsdl/pbm.json 3e77755851fc, wsdl/pbm_safe_ops.json 249a563e5b2c
"""PbmServiceInstance: managed object proxy. Since 1.0."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from pyvmomo._base import ManagedObject as _ManagedObject
from pyvmomo.property import ObjectProperties as _ObjectProperties
from pyvmomo.property import fetch_into as _fetch_into

if TYPE_CHECKING:
    from ..types.pbm_service_instance_content import PbmServiceInstanceContent

_PBM_RETRIEVE_SERVICE_CONTENT: _Operation[PbmServiceInstanceContent] = _Operation(
    "PbmRetrieveServiceContent",
    (),
    _F("returnval", "PbmServiceInstanceContent", 0, "1.0"),
    faults=("RuntimeFault", ),
    since="1.0",
    privilege="System.Anonymous",
    safe=True,
    task_result=None,
)


class PbmServiceInstanceProperties(_ObjectProperties["PbmServiceInstance"]):
    """PbmServiceInstance's properties as read by fetch(), retrieve() and watch(), base types' included.

    Only the requested properties are set (unset on the server: None, or [] for
    a list). Reading one that was not requested raises AttributeError, and one
    the server refused raises its fault. A dotted path fills a partial data
    object: its other members stay unset, even those the WSDL requires.
    """

    __slots__ = ("content", )
    content: PbmServiceInstanceContent


class PbmServiceInstance(_ManagedObject):
    """PbmServiceInstance: managed object proxy, since 1.0.

    Properties (read them typed with fetch() or client.retrieve(); none is fetched implicitly):
        content: PbmServiceInstanceContent, since 1.0, read privilege System.Anonymous.
    """

    __slots__ = ()
    _type_: ClassVar[str] = "PbmServiceInstance"
    _properties_: ClassVar[dict[str, _F]] = {
        "content": _F("content", "PbmServiceInstanceContent", 0, "1.0"),
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
        "PbmRetrieveServiceContent": _PBM_RETRIEVE_SERVICE_CONTENT,
    }
    _property_class_ = PbmServiceInstanceProperties

    def fetch(self, *paths: str) -> PbmServiceInstanceProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, PbmServiceInstanceProperties, paths)

    def PbmRetrieveServiceContent(
        self,
        *,
        _timeout: float | None = None,
    ) -> PbmServiceInstanceContent:
        """PbmRetrieveServiceContent: an operation of PbmServiceInstance, since 1.0.

        Privilege: System.Anonymous. Safe to re-send after a lost reply.

        Returns:
            PbmServiceInstanceContent.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _PBM_RETRIEVE_SERVICE_CONTENT, (), _timeout)
