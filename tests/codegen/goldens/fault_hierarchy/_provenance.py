# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): vim.wsdl b60b25dc3707, wsdl/catalogue.json f4886de6bed9
"""Which inputs and generator produced this package."""

API_VERSION = "7.0.3.0"
CODEGEN_VERSION = "0.2.0"
INPUTS: dict[str, str] = {
    "vim.wsdl": "b60b25dc37076aa23d846d72ccacf6be023993da5e1abe1db68a9458233821a7",
    "wsdl/catalogue.json": "f4886de6bed9ef819f7f2d2ba018127a972e4a962be47006d914d0cdae492aa6",
}
