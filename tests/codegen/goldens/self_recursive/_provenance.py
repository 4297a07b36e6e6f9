# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): vim.wsdl 94ef918a06f6, wsdl/catalogue.json 7a66054d4c10
"""Which inputs and generator produced this package."""

API_VERSION = "7.0.3.0"
CODEGEN_VERSION = "0.2.0"
INPUTS: dict[str, str] = {
    "vim.wsdl": "94ef918a06f6a1b4cdfe985aa90141c638ea5cc14430aed6627aebd2ca61e6a3",
    "wsdl/catalogue.json": "7a66054d4c10e278e179ba02dc3f4f3983b1b2d2a98530a4a4be40f087222353",
}
