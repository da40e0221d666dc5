// The VM's entry module: everything the host imports from the Wasm instance is exported here.

/** Version of the code-image format this VM accepts; the host checks it against the compiler's. */
export function imageVersion(): i32 {
  return 1;
}
