// Builtin functions of this area: abs, divmod, pow, round, hex, oct, bin, format and the numeric type names (int, float, complex, bool).

/** Adds this area's builtin functions and type names to the builtins namespace. */
export function setupNumberBuiltins(builtins: usize, moduleName: usize): void {
  if (builtins == 0 || moduleName == 0) unreachable();
}
