# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): vim.wsdl 5baaba935e9c, wsdl/catalogue.json 892e63a95b42
"""Which inputs and generator produced this package."""

API_VERSION = "7.0.3.0"
CODEGEN_VERSION = "0.2.0"
INPUTS: dict[str, str] = {
    "vim.wsdl": "5baaba935e9c9f34b9f4cf19226dce57456497fc517d4e30d559195dfb6c76eb",
    "wsdl/catalogue.json": "892e63a95b42a2d8af580d659eba80f55121857307083474dc11b6375d6a88e2",
}
