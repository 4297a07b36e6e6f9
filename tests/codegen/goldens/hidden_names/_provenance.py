# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): vim.wsdl fbfa58361e4c, wsdl/catalogue.json e4353d7b904e
"""Which inputs and generator produced this package."""

API_VERSION = "7.0.3.0"
CODEGEN_VERSION = "0.2.0"
INPUTS: dict[str, str] = {
    "vim.wsdl": "fbfa58361e4c21addeabee03877be1df2d9ec5fb738b63d371783c108615292d",
    "wsdl/catalogue.json": "e4353d7b904ea8d75411241535e82f12d002a7c58c99d680f53ff84ba289245a",
}
