"""wasmpy's own modules for Python programs (wasmpy.ffi: JS interop). Not part of CPython."""
