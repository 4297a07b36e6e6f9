# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): vim.wsdl 5baaba935e9c, wsdl/catalogue.json 892e63a95b42
"""Managed-object proxy classes. One module per class; import them through the parent package."""
