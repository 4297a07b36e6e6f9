# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""ClusterProfile: managed object proxy, extends Profile. Since 4.0."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from .profile import Profile, ProfileProperties
from pyvmomo.property import fetch_into as _fetch_into

if TYPE_CHECKING:
    from ..types.cluster_profile_config_spec import ClusterProfileConfigSpec

_UPDATE_CLUSTER_PROFILE: _Operation[None] = _Operation(
    "UpdateClusterProfile",
    (_F("config", "ClusterProfileConfigSpec", 0, "4.0"), ),
    None,
    faults=("DuplicateName", "RuntimeFault", ),
    since="4.0",
    privilege="Profile.Edit",
    safe=False,
    task_result=None,
)


class ClusterProfileProperties(ProfileProperties):
    """ClusterProfile's properties as read by fetch(), retrieve() and watch(), base types' included.

    Only the requested properties are set (unset on the server: None, or [] for
    a list). Reading one that was not requested raises AttributeError, and one
    the server refused raises its fault. A dotted path fills a partial data
    object: its other members stay unset, even those the WSDL requires.
    """

    __slots__ = ()
    obj: ClusterProfile  # pyright: ignore[reportIncompatibleVariableOverride]


class ClusterProfile(Profile):
    """ClusterProfile: managed object proxy extending Profile, since 4.0."""

    __slots__ = ()
    _type_: ClassVar[str] = "ClusterProfile"
    _properties_: ClassVar[dict[str, _F]] = {
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
        "UpdateClusterProfile": _UPDATE_CLUSTER_PROFILE,
    }
    _property_class_ = ClusterProfileProperties

    def fetch(self, *paths: str) -> ClusterProfileProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, ClusterProfileProperties, paths)

    def UpdateClusterProfile(
        self,
        *,
        config: ClusterProfileConfigSpec,
        _timeout: float | None = None,
    ) -> None:
        """UpdateClusterProfile: an operation of ClusterProfile, since 4.0.

        Privilege: Profile.Edit.

        Args:
            config: ClusterProfileConfigSpec, since 4.0.

        Returns:
            None.

        Raises:
            DuplicateName, RuntimeFault.
        """
        return self._transport.invoke(self, _UPDATE_CLUSTER_PROFILE, (config, ), _timeout)
