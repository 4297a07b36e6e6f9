# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""HostDatastoreBrowserSearchSpec: data object type, extends DynamicData. Since 2.0."""

from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING

from .dynamic_data import DynamicData
from pyvmomo._base import Field as _F

if TYPE_CHECKING:
    from collections.abc import Sequence
    from .file_query import FileQuery
    from .file_query_flags import FileQueryFlags


class HostDatastoreBrowserSearchSpec(DynamicData):
    """HostDatastoreBrowserSearchSpec: data object extending DynamicData, since 2.0.

    Attributes:
        query: list of FileQuery, since 2.0.
        details: FileQueryFlags, optional, since 2.0.
        searchCaseInsensitive: boolean, optional, since 2.0.
        matchPattern: list of string, since 2.0.
        sortFoldersFirst: boolean, optional, since 2.0.
    """

    __slots__ = ("query", "details", "searchCaseInsensitive", "matchPattern", "sortFoldersFirst", )
    _wire_name_: ClassVar[str] = "HostDatastoreBrowserSearchSpec"
    _since_: ClassVar[str] = "2.0"
    _fields_: ClassVar[tuple[_F, ...]] = (
        _F("query", "FileQuery", 3, "2.0"),
        _F("details", "FileQueryFlags", 2, "2.0"),
        _F("searchCaseInsensitive", "boolean", 2, "2.0"),
        _F("matchPattern", "string", 3, "2.0"),
        _F("sortFoldersFirst", "boolean", 2, "2.0"),
    )
    query: list[FileQuery]
    details: FileQueryFlags | None
    searchCaseInsensitive: bool | None
    matchPattern: list[str]
    sortFoldersFirst: bool | None

    def __init__(
        self,
        *,
        query: Sequence[FileQuery] | None = None,
        details: FileQueryFlags | None = None,
        searchCaseInsensitive: bool | None = None,
        matchPattern: list[str] | None = None,
        sortFoldersFirst: bool | None = None,
    ) -> None:
        self.query = [] if query is None else list(query)
        self.details = details
        self.searchCaseInsensitive = searchCaseInsensitive
        self.matchPattern = [] if matchPattern is None else matchPattern
        self.sortFoldersFirst = sortFoldersFirst
