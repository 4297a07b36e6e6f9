# Generated from urn:vim25 7.0.3.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 04bb58ed037f, query-messagetypes.xsd 3e118ed6bd32, query-types.xsd ad78972b79b8, reflect-messagetypes.xsd 359687faf315, reflect-types.xsd 1c17908e4593, vim-messagetypes.xsd 715cc20d1102, vim-types.xsd 155dbdff91ae, vim.wsdl e768200473cc, vimService.wsdl 5183262a8ee6, wsdl/vim25.json 7c5acea6c4fc, wsdl/safe_ops.json 063e018ca169, wsdl/secrets.json 383a3f32e206
"""Which inputs and generator produced this package."""

API_VERSION = "7.0.3.0"
CODEGEN_VERSION = "0.2.0"
INPUTS: dict[str, str] = {
    "core-types.xsd": "04bb58ed037f9d44ff6bb8a959c2d0b46705169892b13817121fece9ef328bf8",
    "query-messagetypes.xsd": "3e118ed6bd328098a4ae8b0ac95186ca465239d50f06d4fbb21b79724e95dc01",
    "query-types.xsd": "ad78972b79b8657c4954465f9c7eab13eb3f384438861b6b4570f6638e8b07b1",
    "reflect-messagetypes.xsd": "359687faf31504a75ad5bd31d6affd6e8c435062f1f1e27440820129c0be4065",
    "reflect-types.xsd": "1c17908e4593395809392fb21540e5a23d13b77b65bd7f5c28abf3ba12008bbc",
    "vim-messagetypes.xsd": "715cc20d1102df8a245315dbb2a7d74862b845bf2e6304d3603e10646fae86c6",
    "vim-types.xsd": "155dbdff91ae6bc24858017af8ec36296c2df70ad22e6d53c73d99a707ef622c",
    "vim.wsdl": "e768200473cc28a7e9bbcc28cb506e4ad746c0d667b75d24cfe31994eca04663",
    "vimService.wsdl": "5183262a8ee6d0e0f393f3055f55dbc9343ef9d7fc71c20a2737322729924503",
    "wsdl/vim25.json": "7c5acea6c4fc4b46bf7fe44395be9980f960fe6407dc63ea6d04edfe9ea75233",
    "wsdl/safe_ops.json": "063e018ca169399f865866b3cfcb3c3c454a22cb5adb81a897a80905f9357b74",
    "wsdl/secrets.json": "383a3f32e2062959896657862c2e5d5a6124e30c859e444469a7a9f98617195e",
}
