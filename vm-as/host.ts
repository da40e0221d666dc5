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

// ---- randomness, process time, sleeping, the local time zone (modules/random.ts, modules/time.ts) ----

/** Fills `length` bytes at ptr with random bytes from the host (random.seed() with no seed). */
@external('host', 'randomBytes')
export declare function hostRandomBytes(ptr: usize, length: i32): void;

/** The processor time of the program in seconds (time.process_time). */
@external('host', 'processTime')
export declare function hostProcessTime(): f64;

/** Blocks for `seconds` (time.sleep); -1 when the host cannot block (a browser's main thread). */
@external('host', 'sleep')
export declare function hostSleep(seconds: f64): i32;

/** The local time zone's offset from UTC in seconds (east positive) at the epoch time t. */
@external('host', 'localOffset')
export declare function hostLocalOffset(t: f64): i32;

// ---- modules, compiling, files and standard input ----
// These answer through a pending record (host/protocol.ts): the call returns a status, then
// hostAnswerLength() gives the record's size and hostTakeAnswer(ptr) copies it into VM memory.

/**
 * Finds module `name` (UTF-8) among the frozen modules, then in the directories `paths`
 * (UTF-8, each followed by a NUL); returns a FIND_* status (generated/host-protocol.ts).
 */
@external('host', 'findModule')
export declare function hostFindModule(namePtr: usize, nameLength: i32, pathsPtr: usize, pathsLength: i32): i32;

/** Compiles UTF-8 source in COMPILE_MODE_* mode: COMPILED_OK (answer: code image) or COMPILED_ERROR. */
@external('host', 'compileSource')
export declare function hostCompileSource(sourcePtr: usize, sourceLength: i32, filenamePtr: usize, filenameLength: i32, mode: i32): i32;

/** The size of the pending answer. */
@external('host', 'answerLength')
export declare function hostAnswerLength(): i32;

/** Copies the pending answer to ptr (hostAnswerLength() bytes) and forgets it. */
@external('host', 'takeAnswer')
export declare function hostTakeAnswer(ptr: usize): void;

/**
 * Opens the file at path (UTF-8) in OPEN_* mode. Reading answers the whole file and returns 0;
 * the other modes return a handle for hostFileWrite. Fails with -errno.
 */
@external('host', 'fileOpen')
export declare function hostFileOpen(pathPtr: usize, pathLength: i32, mode: i32): i32;

/** Writes bytes to an open file: 0, or -errno. */
@external('host', 'fileWrite')
export declare function hostFileWrite(handle: i32, ptr: usize, length: i32): i32;

/** Closes an open file: 0, or -errno. */
@external('host', 'fileClose')
export declare function hostFileClose(handle: i32): i32;

/** Reads up to `length` bytes of standard input (blocking); returns the count, 0 at its end. */
@external('host', 'readStdin')
export declare function hostReadStdin(ptr: usize, length: i32): i32;

/**
 * Writes line `line` of the file named by the UTF-8 at filePtr (as Python's linecache reads it,
 * without leading and trailing whitespace) as UTF-8 at out; returns its byte length, or -1 when
 * the host has no such line (or it needs more than `capacity` bytes). For warnings and
 * "Exception ignored" reports.
 */
@external('host', 'sourceLine')
export declare function hostSourceLine(filePtr: usize, fileLength: i32, line: i32, out: usize, capacity: i32): i32;

/**
 * Where the carets of a failing expression's line change from `~` to `^` (CPython's traceback
 * anchors: the operator of a binary operation, the brackets of a subscript), for the expression's
 * source text given as UTF-8: left * 65536 + right in characters of it, or -1 when it has none.
 */
@external('host', 'caretAnchors')
export declare function hostCaretAnchors(ptr: usize, length: i32): i32;

/**
 * Prints an exception as CPython's traceback module does, on stderr: `ptr` holds its
 * description (JSON, as run.ts's describeException writes it).
 */
@external('host', 'printException')
export declare function hostPrintException(ptr: usize, length: i32): void;

// ---- host events (host-wait.ts) ----

/**
 * The tokens of the host events that fired since the last call, answered as one int field each;
 * returns their count, or -1 when the host could not wait for them (a synchronous run).
 */
@external('host', 'hostEvents')
export declare function hostEvents(): i32;

/** 1 when JS holds Python callables, so that JS may call one and schedule work, else 0. */
@external('host', 'hostMayCall')
export declare function hostMayCall(): i32;


// ---- JS interop (modules/js.ts) ----

/**
 * Performs JS_OP_* `op` on the JS value `ref` with `argc` values (js-values.ts records) at
 * argsPtr; returns a JS_STATUS_* and answers its value, or the JS error's name and message.
 */
@external('host', 'jsOp')
export declare function hostJsOp(op: i32, ref: i32, argsPtr: usize, argsLength: i32, argc: i32): i32;
