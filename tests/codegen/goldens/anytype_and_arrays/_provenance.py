# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): vim.wsdl 0c929e028956, wsdl/catalogue.json f59237447571
"""Which inputs and generator produced this package."""

API_VERSION = "7.0.3.0"
CODEGEN_VERSION = "0.2.0"
INPUTS: dict[str, str] = {
    "vim.wsdl": "0c929e028956b58de21b7d059e3c2ef04d7fadea5c5fe3c38d70d927b08fa547",
    "wsdl/catalogue.json": "f59237447571705c4aa2f9d51934865ee062c5f63cc1ed5075fe8ced9f173cb2",
}
