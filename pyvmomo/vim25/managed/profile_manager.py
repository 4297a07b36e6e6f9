# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""ProfileManager: managed object proxy. Since 4.0."""

from __future__ import annotations

from typing import Any, ClassVar, TYPE_CHECKING

from pyvmomo._base import Field as _F
from pyvmomo._base import Operation as _Operation
from pyvmomo._base import ManagedObject as _ManagedObject
from pyvmomo.property import ObjectProperties as _ObjectProperties
from pyvmomo.property import fetch_into as _fetch_into

if TYPE_CHECKING:
    from .managed_entity import ManagedEntity
    from .profile import Profile
    from ..types.profile_create_spec import ProfileCreateSpec
    from ..types.profile_policy_metadata import ProfilePolicyMetadata

_CREATE_PROFILE: _Operation[Profile] = _Operation(
    "CreateProfile",
    (_F("createSpec", "ProfileCreateSpec", 0, "4.0"), ),
    _F("returnval", "ManagedObjectReference", 0, "4.0", target="Profile"),
    faults=("DuplicateName", "RuntimeFault", ),
    since="4.0",
    privilege="Profile.Create",
    safe=False,
    task_result=None,
)

_FIND_ASSOCIATED_PROFILE: _Operation[list[Profile]] = _Operation(
    "FindAssociatedProfile",
    (_F("entity", "ManagedObjectReference", 0, "4.0", target="ManagedEntity"), ),
    _F("returnval", "ManagedObjectReference", 3, "4.0", target="Profile"),
    faults=("RuntimeFault", ),
    since="4.0",
    privilege="System.View",
    safe=True,
    task_result=None,
)

_QUERY_POLICY_METADATA: _Operation[list[ProfilePolicyMetadata]] = _Operation(
    "QueryPolicyMetadata",
    (_F("policyName", "string", 3, "4.0"), _F("profile", "ManagedObjectReference", 2, "5.0", target="Profile"), ),
    _F("returnval", "ProfilePolicyMetadata", 3, "4.0"),
    faults=("RuntimeFault", ),
    since="4.0",
    privilege="System.View",
    safe=True,
    task_result=None,
)


class ProfileManagerProperties(_ObjectProperties["ProfileManager"]):
    """ProfileManager's properties as read by fetch(), retrieve() and watch(), base types' included.

    Only the requested properties are set (unset on the server: None, or [] for
    a list). Reading one that was not requested raises AttributeError, and one
    the server refused raises its fault. A dotted path fills a partial data
    object: its other members stay unset, even those the WSDL requires.
    """

    __slots__ = ("profile", )
    profile: list[Profile]


class ProfileManager(_ManagedObject):
    """ProfileManager: managed object proxy, since 4.0.

    Properties (read them typed with fetch() or client.retrieve(); none is fetched implicitly):
        profile: list of references to Profile, since 4.0, read privilege Profile.View.
    """

    __slots__ = ()
    _type_: ClassVar[str] = "ProfileManager"
    _properties_: ClassVar[dict[str, _F]] = {
        "profile": _F("profile", "ManagedObjectReference", 3, "4.0", target="Profile"),
    }
    _operations_: ClassVar[dict[str, _Operation[Any]]] = {
        "CreateProfile": _CREATE_PROFILE,
        "FindAssociatedProfile": _FIND_ASSOCIATED_PROFILE,
        "QueryPolicyMetadata": _QUERY_POLICY_METADATA,
    }
    _property_class_ = ProfileManagerProperties

    def fetch(self, *paths: str) -> ProfileManagerProperties:
        """Read ``paths`` (``"name"``, ``"runtime.powerState"``) in one RetrievePropertiesEx call, typed."""
        return _fetch_into(self, ProfileManagerProperties, paths)

    def CreateProfile(
        self,
        *,
        createSpec: ProfileCreateSpec,
        _timeout: float | None = None,
    ) -> Profile:
        """CreateProfile: an operation of ProfileManager, since 4.0.

        Privilege: Profile.Create.

        Args:
            createSpec: ProfileCreateSpec, since 4.0.

        Returns:
            Reference to Profile.

        Raises:
            DuplicateName, RuntimeFault.
        """
        return self._transport.invoke(self, _CREATE_PROFILE, (createSpec, ), _timeout)

    def FindAssociatedProfile(
        self,
        *,
        entity: ManagedEntity,
        _timeout: float | None = None,
    ) -> list[Profile]:
        """FindAssociatedProfile: an operation of ProfileManager, since 4.0.

        Privilege: System.View. Safe to re-send after a lost reply.

        Args:
            entity: reference to ManagedEntity, since 4.0.

        Returns:
            List of references to Profile.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _FIND_ASSOCIATED_PROFILE, (entity, ), _timeout)

    def QueryPolicyMetadata(
        self,
        *,
        policyName: list[str] | None = None,
        profile: Profile | None = None,
        _timeout: float | None = None,
    ) -> list[ProfilePolicyMetadata]:
        """QueryPolicyMetadata: an operation of ProfileManager, since 4.0.

        Privilege: System.View. Safe to re-send after a lost reply.

        Args:
            policyName: list of string, since 4.0.
            profile: reference to Profile, optional, since 5.0.

        Returns:
            List of ProfilePolicyMetadata.

        Raises:
            RuntimeFault.
        """
        return self._transport.invoke(self, _QUERY_POLICY_METADATA, (policyName, profile, ), _timeout)
