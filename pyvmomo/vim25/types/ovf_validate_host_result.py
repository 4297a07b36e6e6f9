# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""OvfValidateHostResult: data object type, extends DynamicData. Since 4.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .localized_method_fault import LocalizedMethodFault


class OvfValidateHostResult(DynamicData):
    """OvfValidateHostResult: data object extending DynamicData, since 4.0.

    Attributes:
        downloadSize: long, optional, since 4.0.
        flatDeploymentSize: long, optional, since 4.0.
        sparseDeploymentSize: long, optional, since 4.0.
        error: list of LocalizedMethodFault, since 4.0.
        warning: list of LocalizedMethodFault, since 4.0.
        supportedDiskProvisioning: list of string, since 4.1.
    """

    __slots__ = ("downloadSize", "flatDeploymentSize", "sparseDeploymentSize", "error", "warning", "supportedDiskProvisioning", )
    _wire_name_: ClassVar[str] = "OvfValidateHostResult"
    _since_: ClassVar[str] = "4.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("downloadSize", "long", 2, "4.0"),
        _F("flatDeploymentSize", "long", 2, "4.0"),
        _F("sparseDeploymentSize", "long", 2, "4.0"),
        _F("error", "LocalizedMethodFault", 3, "4.0"),
        _F("warning", "LocalizedMethodFault", 3, "4.0"),
        _F("supportedDiskProvisioning", "string", 3, "4.1"),
    )
    downloadSize: int | None
    flatDeploymentSize: int | None
    sparseDeploymentSize: int | None
    error: list[LocalizedMethodFault]
    warning: list[LocalizedMethodFault]
    supportedDiskProvisioning: list[str]

    def __init__(
        self,
        *,
        downloadSize: int | None = None,
        flatDeploymentSize: int | None = None,
        sparseDeploymentSize: int | None = None,
        error: list[LocalizedMethodFault] | None = None,
        warning: list[LocalizedMethodFault] | None = None,
        supportedDiskProvisioning: list[str] | None = None,
    ) -> None:
        self.downloadSize = downloadSize
        self.flatDeploymentSize = flatDeploymentSize
        self.sparseDeploymentSize = sparseDeploymentSize
        self.error = [] if error is None else error
        self.warning = [] if warning is None else warning
        self.supportedDiskProvisioning = [] if supportedDiskProvisioning is None else supportedDiskProvisioning
