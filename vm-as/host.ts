// What the VM imports from its host (host/vm.ts provides them). Only plain numbers and memory
// addresses cross the boundary: never NaN-boxed values.

/** Writes `length` bytes of UTF-8 at `ptr` to stream fd (1 stdout, 2 stderr). */
@external('host', 'write')
export declare function hostWrite(fd: i32, ptr: usize, length: i32): void;

/**
 * Writes the shortest decimal digits that round-trip `x` (x finite and > 0) at `out` as ASCII,
 * returns their count; the decimal exponent (scientific notation) is stored at `exponentOut`.
 */
@external('host', 'shortestDigits')
export declare function hostShortestDigits(x: f64, out: usize, exponentOut: usize): i32;

/** Writes x with exactly `precision` significant digits (mode 0) or `precision` digits after the point (mode 1), correctly rounded, as the digits and exponent like shortestDigits. */
@external('host', 'fixedDigits')
export declare function hostFixedDigits(x: f64, mode: i32, precision: i32, out: usize, exponentOut: usize): i32;

/** Parses an ASCII decimal float literal (already validated) at ptr; correctly rounded. */
@external('host', 'parseFloat')
export declare function hostParseFloat(ptr: usize, length: i32): f64;

/** Seconds since the epoch (time.time). */
@external('host', 'timeNow')
export declare function hostTimeNow(): f64;

/** A monotonic clock in seconds (time.monotonic, time.perf_counter). */
@external('host', 'monotonic')
export declare function hostMonotonic(): f64;
