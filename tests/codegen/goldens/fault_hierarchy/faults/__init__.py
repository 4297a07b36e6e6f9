# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): vim.wsdl b60b25dc3707, wsdl/catalogue.json f4886de6bed9
"""Fault classes: exceptions that are also data objects. One module per class; import them through the parent package."""
