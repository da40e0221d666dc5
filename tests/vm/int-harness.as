// AssemblyScript test entry for the VM's int (vm-as/objects/int.ts), compiled by
// tests/unit/int.test.js. (The .as extension keeps it out of the TypeScript project: the test
// hands it to asc under a .ts name.)
//
// Protocol, everything through memory (no i64 across the boundary): the host writes text into
// buffer(), loads operands with setArg (hex literals, parsed by intFromAscii in base 16), runs an
// operation, and reads the result back as text with resultText(): ints in hex ("-0x1f"), strs
// as UTF-8, divmod as "q,r", bytes as hex pairs, errors as "TypeName: message".

import { initRuntime } from '../../vm-as/runtime';
import { alloc, HEADER_SIZE, gcRequested } from '../../vm-as/heap';
import { collect, addPermanentRoot } from '../../vm-as/gc';
import { KIND_BIGINT, KIND_VALUES, KIND_RAW, KIND_STR, KIND_TUPLE, typeOfPtr, kindOf } from '../../vm-as/object';
import { newBuiltinType, typeName } from '../../vm-as/typesetup';
import { TPFLAG_BASETYPE, TPFLAG_INT_SUBCLASS } from '../../vm-as/types';
import { Value, NULL, isFloat, floatOf, isSmallInt, ptrOf, ptrValue, smallInt, intOf } from '../../vm-as/value';
import { fetchExc } from '../../vm-as/errors';
import { EXC_ARGS } from '../../vm-as/objects/exception';
import { strFromUtf8, utf8Length, writeUtf8, strLength } from '../../vm-as/objects/str';
import { tupleGet, tupleLength } from '../../vm-as/objects/tuple';
import { setIntType } from '../../vm-as/objects/bigint';
import * as I from '../../vm-as/objects/int';

const BUFFER_SIZE: usize = 16 << 20;
const ARGS: i32 = 6;
const RESULT: i32 = ARGS;

let io: usize = 0;
let slots: usize = 0; // KIND_VALUES: the arguments and the result, a root of the collector
let floatOut: f64 = 0;

// @ts-ignore: decorator
@inline function slot(i: i32): Value {
  return load<u64>(slots + HEADER_SIZE + (<usize>i << 3));
}

// @ts-ignore: decorator
@inline function setSlot(i: i32, v: Value): void {
  store<u64>(slots + HEADER_SIZE + (<usize>i << 3), v);
}

export function init(): void {
  initRuntime();
  const intType = newBuiltinType('int', 0, KIND_BIGINT, TPFLAG_BASETYPE | TPFLAG_INT_SUBCLASS);
  setIntType(intType);
  addPermanentRoot(ptrValue(intType));
  const ioObject = alloc(BUFFER_SIZE, 0, KIND_RAW);
  addPermanentRoot(ptrValue(ioObject));
  io = ioObject + HEADER_SIZE;
  slots = alloc(HEADER_SIZE + <usize>(ARGS + 1) * 8, 0, KIND_VALUES);
  addPermanentRoot(ptrValue(slots));
}

export function buffer(): usize {
  return io;
}

export function gc(): void {
  collect();
}

/** Parses the hex literal in the buffer into argument i; 0, or -1 when it does not parse. */
export function setArg(i: i32, length: i32): i32 {
  const v = I.intFromAscii(io, length, 16);
  if (v == NULL) return -1;
  setSlot(i, v);
  return 0;
}

// Operation codes (keep in step with tests/unit/int.test.js).
const ADD = 0, SUB = 1, MUL = 2, FLOORDIV = 3, MOD = 4, DIVMOD = 5, POW = 6, POWMOD = 7, NEG = 8,
  ABS = 9, INVERT = 10, LSHIFT = 11, RSHIFT = 12, AND = 13, OR = 14, XOR = 15, COMPARE = 16,
  EQUALS = 17, HASH = 18, TO_FLOAT = 19, TRUEDIV = 20, TO_STR = 21, BIT_LENGTH = 22,
  BIT_COUNT = 23, ROUND = 24, TO_I64 = 25, CLAMP_I64 = 26, TO_BYTES = 27, SET_MAX_DIGITS = 28,
  SIGN = 29, POS = 30, SQUARE = 31;

// Statuses of run() and the other operations: what resultText() will describe.
const STATUS_INT = 0, STATUS_FLOAT = 1, STATUS_ERROR = 2, STATUS_BYTES = 3, STATUS_STR = 4, STATUS_TUPLE = 5;

/** Runs an operation on the arguments; returns a STATUS_*: the result is in the result slot, floatResult() or bytes. */
export function run(op: i32): i32 {
  const a = slot(0);
  const b = slot(1);
  const c = slot(2);
  let r: Value = NULL;
  switch (op) {
    case ADD: r = I.intAdd(a, b); break;
    case SUB: r = I.intSub(a, b); break;
    case MUL: r = I.intMul(a, b); break;
    case FLOORDIV: r = I.intFloorDiv(a, b); break;
    case MOD: r = I.intMod(a, b); break;
    case DIVMOD: r = I.intDivmod(a, b); break;
    case POW: r = I.intPow(a, b); break;
    case POWMOD: r = I.intPowMod(a, b, c); break;
    case NEG: r = I.intNeg(a); break;
    case ABS: r = I.intAbs(a); break;
    case INVERT: r = I.intInvert(a); break;
    case LSHIFT: r = I.intLshift(a, b); break;
    case RSHIFT: r = I.intRshift(a, b); break;
    case AND: r = I.intAnd(a, b); break;
    case OR: r = I.intOr(a, b); break;
    case XOR: r = I.intXor(a, b); break;
    case COMPARE: r = smallInt(I.intCompare(a, b)); break;
    case EQUALS: r = smallInt(I.intEquals(a, b) ? 1 : 0); break;
    case HASH: r = I.intFromI64(I.intHash(a)); break;
    case TO_FLOAT: r = I.intToFloat(a); break;
    case TRUEDIV: r = I.intTrueDiv(a, b); break;
    case TO_STR: r = I.intToStr(a, <i32>intOf(b), <i32>intOf(c)); break;
    case BIT_LENGTH: r = I.intFromI64(I.intBitLength(a)); break;
    case BIT_COUNT: r = I.intFromI64(I.intBitCount(a)); break;
    case ROUND: r = I.intRound(a, b); break;
    case TO_I64: r = I.intFitsI64(a) ? I.intFromI64(I.intToI64(a)) : smallInt(-99); break;
    case CLAMP_I64: r = I.intFromI64(I.intClampToI64(a)); break;
    case TO_BYTES: return toBytes(a, <i32>intOf(b), <i32>intOf(c));
    case SET_MAX_DIGITS: r = I.setIntMaxStrDigits(intOf(a)) == 0 ? smallInt(I.intMaxStrDigits) : NULL; break;
    case SIGN: r = smallInt(I.intSign(a)); break;
    case POS: r = I.intPos(a); break;
    case SQUARE: r = I.intMul(a, a); break;
    default: unreachable();
  }
  return finishRun(r);
}

function finishRun(r: Value): i32 {
  if (r == NULL) return STATUS_ERROR;
  if (isFloat(r)) {
    floatOut = floatOf(r);
    return STATUS_FLOAT;
  }
  setSlot(RESULT, r);
  const kind = kindOf(r);
  return kind == KIND_STR ? STATUS_STR : kind == KIND_TUPLE ? STATUS_TUPLE : STATUS_INT;
}

/** int.to_bytes into the buffer; the result text is the bytes in hex. */
function toBytes(v: Value, length: i32, flags: i32): i32 {
  const out = io + (BUFFER_SIZE >> 1);
  if (I.intToBytes(v, out, length, (flags & 1) != 0, (flags & 2) != 0) != 0) return STATUS_ERROR;
  bytesLength = length;
  setSlot(RESULT, NULL);
  return STATUS_BYTES;
}

let bytesLength: i32 = 0;

/** int(s, base) where s is the UTF-8 text in the buffer. */
export function fromStr(length: i32, base: i32): i32 {
  const s = strFromUtf8(io, length);
  return finishRun(I.intFromStr(s, base));
}

/** int.from_bytes over the buffer's first `length` bytes; flags: 1 little-endian, 2 signed. */
export function fromBytes(length: i32, flags: i32): i32 {
  return finishRun(I.intFromBytes(io, length, (flags & 1) != 0, (flags & 2) != 0));
}

export function fromFloat(x: f64): i32 {
  return finishRun(I.intFromF64(x));
}

/**
 * benchmarks/programs/pidigits.py's spigot on direct calls (a realistic mix: big × small,
 * additions, and big // big with one-limb quotients); returns the sum of the first `count`
 * digits. Its variables live in the argument slots so that it can collect as the eval loop does.
 */
export function piDigitsSum(count: i32): i32 {
  const Q = 0, R = 1, T = 2, K = 3, N = 4, L = 5;
  setSlot(Q, smallInt(1));
  setSlot(R, smallInt(0));
  setSlot(T, smallInt(1));
  setSlot(K, smallInt(1));
  setSlot(N, smallInt(3));
  setSlot(L, smallInt(3));
  let sum = 0;
  for (let produced = 0; produced < count;) {
    if (gcRequested) collect();
    const q = slot(Q), r = slot(R), t = slot(T), k = slot(K), n = slot(N), l = slot(L);
    if (I.intCompare(I.intSub(I.intAdd(I.intMul(smallInt(4), q), r), t), I.intMul(n, t)) < 0) {
      sum += <i32>intOf(n);
      produced++;
      setSlot(Q, I.intMul(smallInt(10), q));
      setSlot(R, I.intMul(smallInt(10), I.intSub(r, I.intMul(n, t))));
      const threeQR = I.intAdd(I.intMul(smallInt(3), q), r);
      setSlot(N, I.intSub(I.intFloorDiv(I.intMul(smallInt(10), threeQR), t), I.intMul(smallInt(10), n)));
    } else {
      const tl = I.intMul(t, l);
      const numerator = I.intAdd(I.intMul(q, I.intAdd(I.intMul(smallInt(7), k), smallInt(2))), I.intMul(r, l));
      setSlot(Q, I.intMul(q, k));
      setSlot(R, I.intMul(I.intAdd(I.intMul(smallInt(2), q), r), l));
      setSlot(T, tl);
      setSlot(K, I.intAdd(k, smallInt(1)));
      setSlot(N, I.intFloorDiv(numerator, tl));
      setSlot(L, I.intAdd(l, smallInt(2)));
    }
  }
  return sum;
}

export function floatResult(): f64 {
  return floatOut;
}

/** Writes the last result (or the pending exception) as text into the buffer; returns its length in bytes. */
export function resultText(status: i32): i32 {
  if (status == STATUS_ERROR) return exceptionText();
  if (status == STATUS_BYTES) return bytesText();
  const r = slot(RESULT);
  if (status == STATUS_STR) return writeStr(ptrOf(r), 0);
  if (status == STATUS_TUPLE) {
    const t = ptrOf(r);
    let n = 0;
    for (let i = 0; i < tupleLength(t); i++) {
      if (i > 0) n += putByte(n, 0x2C);
      n += writeInt(tupleGet(t, i), n);
    }
    return n;
  }
  return writeInt(r, 0);
}

/** The kind of the result's object (0 for a small int): lets the tests check normalisation. */
export function resultKind(): i32 {
  return isSmallInt(slot(RESULT)) ? 0 : kindOf(slot(RESULT));
}

function writeInt(v: Value, at: i32): i32 {
  const s = I.intToStr(v, 16, I.INT_STR_PREFIX);
  return writeStr(ptrOf(s), at);
}

function writeStr(s: usize, at: i32): i32 {
  writeUtf8(s, io + <usize>at);
  return utf8Length(s);
}

function bytesText(): i32 {
  const from = io + (BUFFER_SIZE >> 1);
  for (let i = 0; i < bytesLength; i++) {
    const byte = load<u8>(from + <usize>i);
    store<u8>(io + <usize>(2 * i), hexDigit(byte >> 4));
    store<u8>(io + <usize>(2 * i + 1), hexDigit(byte & 15));
  }
  return 2 * bytesLength;
}

/** Stores a byte of text at `at`; returns 1 (the length written). */
function putByte(at: i32, byte: u8): i32 {
  store<u8>(io + <usize>at, byte);
  return 1;
}

function hexDigit(d: u8): u8 {
  return d < 10 ? 0x30 + d : 0x61 + d - 10;
}

function exceptionText(): i32 {
  const e = fetchExc();
  if (e == NULL) return 0;
  const p = ptrOf(e);
  let n = writeStr(typeName(typeOfPtr(p)), 0);
  const args = ptrOf(load<u64>(p + EXC_ARGS));
  if (tupleLength(args) > 0) {
    n += putByte(n, 0x3A);
    n += putByte(n, 0x20);
    n += writeStr(ptrOf(tupleGet(args, 0)), n);
  }
  return n;
}
