# Generated from urn:pbm 8.0.0.0 by pyvmomo codegen 0.2.0. Do not edit: run `make generate`.
# Inputs (sha256): core-types.xsd 6b008c236d8c, pbm-messagetypes.xsd 80afefd63b4c, pbm-types.xsd 67c8010eba84, pbm.wsdl c31d056765d0, pbmService.wsdl b603139b1cf9, query-types.xsd 75e61f7a3665, reflect-types.xsd 9dd79e7a402d, vim-types.xsd 03e846d02da4, wsdl/pbm.json 3e77755851fc, wsdl/pbm_safe_ops.json 249a563e5b2c
"""Which inputs and generator produced this package."""

API_VERSION = "8.0.0.0"
CODEGEN_VERSION = "0.2.0"
INPUTS: dict[str, str] = {
    "core-types.xsd": "6b008c236d8cff29c4da0f0da3f24b85f4b03defbeee28d45212f69005e8152e",
    "pbm-messagetypes.xsd": "80afefd63b4c35228ca769e895b14c1a2348884a0861f680cd9da50c3642effb",
    "pbm-types.xsd": "67c8010eba84498bcf63758cc2f8d422a1bb931cbca2b12710845ba30d57cee9",
    "pbm.wsdl": "c31d056765d063c72b3d7c5e1b60c796c1852b8b65f703da97d0e97d428a005f",
    "pbmService.wsdl": "b603139b1cf9b828bf49a93f1299821b3ce0cea3a6396b4283772b41e0861119",
    "query-types.xsd": "75e61f7a366599c6e7f4d8afec50c40f088872a82c3992c66182b0e3bddb297d",
    "reflect-types.xsd": "9dd79e7a402da9275f0a9307d5652e9c8f759416ae0da9ca56409ca2519c1be2",
    "vim-types.xsd": "03e846d02da4a856f36b667c80b98ef55152f5ce589bee273f47668838e937d4",
    "wsdl/pbm.json": "3e77755851fcea7beecf3e5ab63d973cbddcd214d4070a533301757a46d706dc",
    "wsdl/pbm_safe_ops.json": "249a563e5b2c808f1f716cd74aa0b3e41011d18a24c26da189a3c53fd6eed90e",
}
