# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): vim.wsdl 31d6db253c59, wsdl/catalogue.json b16e28f45cb7
"""Every vim25 enum as a namespace of ``str`` constants (open: unknown values stay plain strings)."""

from __future__ import annotations

from typing import ClassVar, Final

from pyvmomo._base import OpenEnum
