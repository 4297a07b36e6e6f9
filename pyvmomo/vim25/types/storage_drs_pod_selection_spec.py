# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""StorageDrsPodSelectionSpec: data object type, extends DynamicData. Since 5.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from ..managed.storage_pod import StoragePod
    from .vm_pod_config_for_placement import VmPodConfigForPlacement


class StorageDrsPodSelectionSpec(DynamicData):
    """StorageDrsPodSelectionSpec: data object extending DynamicData, since 5.0.

    Attributes:
        initialVmConfig: list of VmPodConfigForPlacement, since 5.0.
        storagePod: reference to StoragePod, optional, since 5.0.
    """

    __slots__ = ("initialVmConfig", "storagePod", )
    _wire_name_: ClassVar[str] = "StorageDrsPodSelectionSpec"
    _since_: ClassVar[str] = "5.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("initialVmConfig", "VmPodConfigForPlacement", 3, "5.0"),
        _F("storagePod", "ManagedObjectReference", 2, "5.0", target="StoragePod"),
    )
    initialVmConfig: list[VmPodConfigForPlacement]
    storagePod: StoragePod | None

    def __init__(
        self,
        *,
        initialVmConfig: list[VmPodConfigForPlacement] | None = None,
        storagePod: StoragePod | None = None,
    ) -> None:
        self.initialVmConfig = [] if initialVmConfig is None else initialVmConfig
        self.storagePod = storagePod
