# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): vim.wsdl 85f4ae8af304, wsdl/catalogue.json 6863f7c803df, wsdl/safe_ops.json 5b08ab05ea4c
"""Data object classes. One module per class; import them through the parent package."""
