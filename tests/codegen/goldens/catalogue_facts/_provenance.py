# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): vim.wsdl 85f4ae8af304, wsdl/catalogue.json 6863f7c803df, wsdl/safe_ops.json 5b08ab05ea4c
"""Which inputs and generator produced this package."""

API_VERSION = "7.0.3.0"
CODEGEN_VERSION = "0.2.0"
INPUTS: dict[str, str] = {
    "vim.wsdl": "85f4ae8af3045fc5208d5cbd2fdc1636816e717f46aae4cedba24a3c46673d45",
    "wsdl/catalogue.json": "6863f7c803dfd9891ea87edd1c53f670dec18092a2e17a7df1d4a90a7eeac936",
    "wsdl/safe_ops.json": "5b08ab05ea4cd7619605333970d4b6532db0c7176f207dcc52088dc412f3ad39",
}
