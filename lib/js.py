"""`import js`: the JS global object (globalThis) as a JsProxy, when the embedder granted JS
access (wasmpy.ffi). Without it, there is no such module."""

import sys

from wasmpy import ffi

try:
    sys.modules[__name__] = ffi.global_object()
except ffi.JsException:
    raise ModuleNotFoundError("No module named 'js'", name='js') from None
