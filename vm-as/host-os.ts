// The host import behind the os module (host/os-host.ts provides it).

/**
 * Runs OS_OP `op` (generated/host-protocol.ts) on the path given as UTF-8 (empty when the
 * operation takes none); returns its result (answers pending as the protocol describes), or
 * -errno.
 */
@external('host', 'osCall')
export declare function hostOsCall(op: i32, pathPtr: usize, pathLength: i32): i32;
