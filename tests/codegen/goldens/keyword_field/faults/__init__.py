# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): vim.wsdl 653353e9f896, wsdl/catalogue.json 98c11151afe2
"""Fault classes: exceptions that are also data objects. One module per class; import them through the parent package."""
