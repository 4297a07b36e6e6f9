# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""KernelModuleInfo: data object type, extends DynamicData. Since 4.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from .kernel_module_section_info import KernelModuleSectionInfo


class KernelModuleInfo(DynamicData):
    """KernelModuleInfo: data object extending DynamicData, since 4.0.

    Attributes:
        id: int, since 4.0.
        name: string, since 4.0.
        version: string, since 4.0.
        filename: string, since 4.0.
        optionString: string, since 4.0.
        loaded: boolean, since 4.0.
        enabled: boolean, since 4.0.
        useCount: int, since 4.0.
        readOnlySection: KernelModuleSectionInfo, since 4.0.
        writableSection: KernelModuleSectionInfo, since 4.0.
        textSection: KernelModuleSectionInfo, since 4.0.
        dataSection: KernelModuleSectionInfo, since 4.0.
        bssSection: KernelModuleSectionInfo, since 4.0.
    """

    __slots__ = ("id", "name", "version", "filename", "optionString", "loaded", "enabled", "useCount", "readOnlySection", "writableSection", "textSection", "dataSection", "bssSection", )
    _wire_name_: ClassVar[str] = "KernelModuleInfo"
    _since_: ClassVar[str] = "4.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("id", "int", 0, "4.0"),
        _F("name", "string", 0, "4.0"),
        _F("version", "string", 0, "4.0"),
        _F("filename", "string", 0, "4.0"),
        _F("optionString", "string", 0, "4.0"),
        _F("loaded", "boolean", 0, "4.0"),
        _F("enabled", "boolean", 0, "4.0"),
        _F("useCount", "int", 0, "4.0"),
        _F("readOnlySection", "KernelModuleSectionInfo", 0, "4.0"),
        _F("writableSection", "KernelModuleSectionInfo", 0, "4.0"),
        _F("textSection", "KernelModuleSectionInfo", 0, "4.0"),
        _F("dataSection", "KernelModuleSectionInfo", 0, "4.0"),
        _F("bssSection", "KernelModuleSectionInfo", 0, "4.0"),
    )
    id: int
    name: str
    version: str
    filename: str
    optionString: str
    loaded: bool
    enabled: bool
    useCount: int
    readOnlySection: KernelModuleSectionInfo
    writableSection: KernelModuleSectionInfo
    textSection: KernelModuleSectionInfo
    dataSection: KernelModuleSectionInfo
    bssSection: KernelModuleSectionInfo

    def __init__(
        self,
        *,
        id: int,
        name: str,
        version: str,
        filename: str,
        optionString: str,
        loaded: bool,
        enabled: bool,
        useCount: int,
        readOnlySection: KernelModuleSectionInfo,
        writableSection: KernelModuleSectionInfo,
        textSection: KernelModuleSectionInfo,
        dataSection: KernelModuleSectionInfo,
        bssSection: KernelModuleSectionInfo,
    ) -> None:
        self.id = id
        self.name = name
        self.version = version
        self.filename = filename
        self.optionString = optionString
        self.loaded = loaded
        self.enabled = enabled
        self.useCount = useCount
        self.readOnlySection = readOnlySection
        self.writableSection = writableSection
        self.textSection = textSection
        self.dataSection = dataSection
        self.bssSection = bssSection
