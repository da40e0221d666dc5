// What the VM imports from its host (host/vm.ts provides them). Only plain numbers and memory
// addresses cross the boundary: never NaN-boxed values.

/** Writes `length` bytes of UTF-8 at `ptr` to stream fd (1 stdout, 2 stderr). */
@external('host', 'write')
export declare function hostWrite(fd: i32, ptr: usize, length: i32): void;

/**
 * Writes the decimal digits of x (finite, >= 0) at `out` as ASCII, correctly rounded with ties to
 * even, as CPython's _Py_dg_dtoa: mode 0 the shortest that round-trip, mode 2 `ndigits`
 * significant digits, mode 3 digits up to 10**-ndigits. No trailing zeros (at most 767 digits);
 * the value is 0.DIGITS × 10**decpt, decpt stored at `decptOut`. Returns the digit count (0 when
 * a mode-3 result rounds to zero; then decpt is -ndigits).
 */
@external('host', 'floatDigits')
export declare function hostFloatDigits(x: f64, mode: i32, ndigits: i32, out: usize, decptOut: usize): i32;

/** Parses an ASCII decimal float literal (already validated) at ptr; correctly rounded. */
@external('host', 'parseFloat')
export declare function hostParseFloat(ptr: usize, length: i32): f64;

/** Seconds since the epoch (time.time). */
@external('host', 'timeNow')
export declare function hostTimeNow(): f64;

/** A monotonic clock in seconds (time.monotonic, time.perf_counter). */
@external('host', 'monotonic')
export declare function hostMonotonic(): f64;
