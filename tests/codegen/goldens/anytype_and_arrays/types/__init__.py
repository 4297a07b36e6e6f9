# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): vim.wsdl 0c929e028956, wsdl/catalogue.json f59237447571
"""Data object classes. One module per class; import them through the parent package."""
