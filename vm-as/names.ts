// Interned names the VM looks up itself (special methods and attributes), created once at
// start-up so natives compare pointers instead of building strings.

import { internJs } from './intern';
import { addPermanentRoot } from './gc';
import { ptrValue } from './value';

export let N_name: usize = 0; // __name__
export let N_qualname: usize = 0;
export let N_module: usize = 0;
export let N_doc: usize = 0;
export let N_dict: usize = 0;
export let N_class: usize = 0;
export let N_builtins: usize = 0;
export let N_init: usize = 0;
export let N_new: usize = 0;
export let N_call: usize = 0;
export let N_repr: usize = 0;
export let N_str: usize = 0;
export let N_format: usize = 0;
export let N_bytes: usize = 0; // __bytes__
export let N_hash: usize = 0;
export let N_eq: usize = 0;
export let N_enter: usize = 0;
export let N_exit: usize = 0;
export let N_aenter: usize = 0;
export let N_aexit: usize = 0;
export let N_iter: usize = 0;
export let N_next: usize = 0;
export let N_aiter: usize = 0;
export let N_anext: usize = 0;
export let N_await: usize = 0;
export let N_send: usize = 0;
export let N_throw: usize = 0;
export let N_close: usize = 0;
export let N_getitem: usize = 0;
export let N_len: usize = 0;
export let N_keys: usize = 0;
export let N_annotations: usize = 0;
export let N_build_class: usize = 0;
export let N_import: usize = 0;
export let N_main: usize = 0;
export let N_empty: usize = 0;
export let N_value: usize = 0;
export let N_args: usize = 0;
export let N_traceback: usize = 0;
export let N_print: usize = 0;
// Module attributes the import system and the introspection builtins use.
export let N_getattr: usize = 0;
export let N_spec: usize = 0;
export let N_loader: usize = 0;
export let N_package: usize = 0;
export let N_file: usize = 0;
export let N_cached: usize = 0;
export let N_path: usize = 0;
export let N_all: usize = 0;
export let N_dir: usize = 0;
export let N_fspath: usize = 0;
export let N_notes: usize = 0; // __notes__

function n(js: string): usize {
  const s = internJs(js);
  addPermanentRoot(ptrValue(s));
  return s;
}

export function initNames(): void {
  N_name = n('__name__');
  N_notes = n('__notes__');
  N_qualname = n('__qualname__');
  N_module = n('__module__');
  N_doc = n('__doc__');
  N_dict = n('__dict__');
  N_class = n('__class__');
  N_builtins = n('__builtins__');
  N_init = n('__init__');
  N_new = n('__new__');
  N_call = n('__call__');
  N_repr = n('__repr__');
  N_str = n('__str__');
  N_format = n('__format__');
  N_bytes = n('__bytes__');
  N_hash = n('__hash__');
  N_eq = n('__eq__');
  N_enter = n('__enter__');
  N_exit = n('__exit__');
  N_aenter = n('__aenter__');
  N_aexit = n('__aexit__');
  N_iter = n('__iter__');
  N_next = n('__next__');
  N_aiter = n('__aiter__');
  N_anext = n('__anext__');
  N_await = n('__await__');
  N_send = n('send');
  N_throw = n('throw');
  N_close = n('close');
  N_getitem = n('__getitem__');
  N_len = n('__len__');
  N_keys = n('keys');
  N_annotations = n('__annotations__');
  N_build_class = n('__build_class__');
  N_import = n('__import__');
  N_main = n('__main__');
  N_empty = n('');
  N_value = n('value');
  N_args = n('args');
  N_traceback = n('__traceback__');
  N_print = n('print');
  N_getattr = n('__getattr__');
  N_spec = n('__spec__');
  N_loader = n('__loader__');
  N_package = n('__package__');
  N_file = n('__file__');
  N_cached = n('__cached__');
  N_path = n('__path__');
  N_all = n('__all__');
  N_dir = n('__dir__');
  N_fspath = n('__fspath__');
}
