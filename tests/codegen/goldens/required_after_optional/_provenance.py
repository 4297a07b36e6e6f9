# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): vim.wsdl 31d6db253c59, wsdl/catalogue.json b16e28f45cb7
"""Which inputs and generator produced this package."""

API_VERSION = "7.0.3.0"
CODEGEN_VERSION = "0.2.0"
INPUTS: dict[str, str] = {
    "vim.wsdl": "31d6db253c595b22f0d72b66eb41ccabeaeaf4518228c550ebeae3010c7c4636",
    "wsdl/catalogue.json": "b16e28f45cb7e8c3e88a98819f59766b174b2cacb2e2232d04d19f303b4aad38",
}
