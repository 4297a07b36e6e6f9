# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostProfileManagerConfigTaskList: data object type, extends DynamicData. Since 4.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .host_config_spec import HostConfigSpec
    from .localizable_message import LocalizableMessage


class HostProfileManagerConfigTaskList(DynamicData):
    """HostProfileManagerConfigTaskList: data object extending DynamicData, since 4.0.

    Attributes:
        configSpec: HostConfigSpec, optional, since 4.0.
        taskDescription: list of LocalizableMessage, since 4.0.
        taskListRequirement: list of string, since 6.0.
    """

    __slots__ = ("configSpec", "taskDescription", "taskListRequirement", )
    _wire_name_: ClassVar[str] = "HostProfileManagerConfigTaskList"
    _since_: ClassVar[str] = "4.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("configSpec", "HostConfigSpec", 2, "4.0"),
        _F("taskDescription", "LocalizableMessage", 3, "4.0"),
        _F("taskListRequirement", "string", 3, "6.0"),
    )
    configSpec: HostConfigSpec | None
    taskDescription: list[LocalizableMessage]
    taskListRequirement: list[str]

    def __init__(
        self,
        *,
        configSpec: HostConfigSpec | None = None,
        taskDescription: list[LocalizableMessage] | None = None,
        taskListRequirement: list[str] | None = None,
    ) -> None:
        self.configSpec = configSpec
        self.taskDescription = [] if taskDescription is None else taskDescription
        self.taskListRequirement = [] if taskListRequirement is None else taskListRequirement
