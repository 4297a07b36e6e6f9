# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): vim.wsdl 653353e9f896, wsdl/catalogue.json 98c11151afe2
"""Which inputs and generator produced this package."""

API_VERSION = "7.0.3.0"
CODEGEN_VERSION = "0.2.0"
INPUTS: dict[str, str] = {
    "vim.wsdl": "653353e9f896daef955f40015dd7529cdacd56521318c124df980305fe332eee",
    "wsdl/catalogue.json": "98c11151afe2f450ca064a75b62d34b93916ebb0bdc1a112649351530c96932a",
}
