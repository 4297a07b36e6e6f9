"""Code generator for pyvmomo: WSDL + catalogue -> typed Python bindings."""
