// The random module: CPython's Mersenne Twister (Modules/_randommodule.c) with its seeding, and
// the methods random.py builds on it, computing the same operations in the same order so that
// a seeded generator gives exactly CPython's numbers. Random is a subclassable type; the module's
// functions are the bound methods of a hidden instance seeded from the host's randomness.
//
// A Random's fields: 0 the generator state (raw: 624 words, then the next index), 1 gauss_next
// (None or a float: the second value of the last pair gauss() made).

import { Value, NULL, NONE, TRUE, isFloat, isSmallInt, intOf, floatOf, smallInt, ptrOf, ptrValue } from '../value';
import { raiseJs, raiseStr, errOccurred, excMatches, clearExc } from '../errors';
import { TypeError, ValueError, IndexError, ZeroDivisionError, OverflowError, NotImplementedError } from '../objects/exception';
import { newBuilder, appendJs, appendStr, finishBuilder } from '../objects/strbuilder';
import { checkArgCount, checkNoKwargs, checkOneArg, checkNoArgs } from '../objects/args';
import { bindArgs } from '../objects/number-args';
import { newTuple, tupleSet, tupleGet, tupleLength, tuple3, tupleType } from '../objects/tuple';
import { newList, listAppend, listGet, listSet, listLength, setListLength } from '../objects/list';
import { listFromIterable } from '../objects/list-type';
import { newSet, setAdd, setContains } from '../objects/set';
import { setSlot, SLOT_NEW, SLOT_INIT, SLOT_GETITEM, SLOT_LEN, TPFLAG_BASETYPE, TYPE_MRO, TYPE_DICT, getSlot, isSubtype } from '../types';
import { defineMethod, defineGetSet } from '../objects/builtin';
import { moduleDict } from '../objects/module';
import { dictGetStr, dictSetStr } from '../objects/dict';
import { alloc } from '../heap';
import { KIND_RAW, KIND_STR, KIND_BYTES, KIND_DICT, KIND_SET, kindOf } from '../object';
import { pushTempRoot, popTempRoots } from '../gc';
import { internJs } from '../intern';
import { utf8Length, writeUtf8, strLength, charAt } from '../objects/str';
import { bytesData, bytesLength, newBytes } from '../objects/bytes';
import { isIntValue, intOperand } from '../objects/int-type';
import { floatPower } from '../objects/float-type';
import * as I from '../objects/int';
import * as A from '../abstract';
import * as O from '../generated/opcodes';
import * as M from './libm';
import { sha512 } from './sha512';
import { hostRandomBytes } from '../host';
import { arg, newNativeModule, newRecordType, addType, newRecord, field, setField, toDouble, f, keepModule } from './support';

const N = 624;
const MT_M = 397;
const STATE_BYTES: usize = (N + 1) * 4;

let randomType: usize = 0;

// ---- the Mersenne Twister ----

// @ts-ignore: decorator
@inline function stateOf(self: Value): usize {
  return ptrOf(field(ptrOf(self), 0)) + 8;
}

function initGenrand(mt: usize, s: u32): void {
  store<u32>(mt, s);
  for (let i = 1; i < N; i++) {
    const prev = load<u32>(mt + (<usize>(i - 1) << 2));
    store<u32>(mt + (<usize>i << 2), 1812433253 * (prev ^ (prev >> 30)) + <u32>i);
  }
  store<u32>(mt + (<usize>N << 2), N);
}

/** Seeds from an array of 32-bit words (the reference init_by_array). */
function initByArray(mt: usize, key: usize, length: i32): void {
  initGenrand(mt, 19650218);
  let i = 1;
  let j = 0;
  for (let k = N > length ? N : length; k > 0; k--) {
    const prev = load<u32>(mt + (<usize>(i - 1) << 2));
    const at = mt + (<usize>i << 2);
    store<u32>(at, (load<u32>(at) ^ ((prev ^ (prev >> 30)) * 1664525)) + load<u32>(key + (<usize>j << 2)) + <u32>j);
    i++;
    j++;
    if (i >= N) {
      store<u32>(mt, load<u32>(mt + (<usize>(N - 1) << 2)));
      i = 1;
    }
    if (j >= length) j = 0;
  }
  for (let k = N - 1; k > 0; k--) {
    const prev = load<u32>(mt + (<usize>(i - 1) << 2));
    const at = mt + (<usize>i << 2);
    store<u32>(at, (load<u32>(at) ^ ((prev ^ (prev >> 30)) * 1566083941)) - <u32>i);
    i++;
    if (i >= N) {
      store<u32>(mt, load<u32>(mt + (<usize>(N - 1) << 2)));
      i = 1;
    }
  }
  store<u32>(mt, 0x80000000);
}

// @ts-ignore: decorator
@inline function twist(mt: usize, kk: i32, next: i32, far: i32): void {
  const y = (load<u32>(mt + (<usize>kk << 2)) & 0x80000000) | (load<u32>(mt + (<usize>next << 2)) & 0x7FFFFFFF);
  store<u32>(mt + (<usize>kk << 2), load<u32>(mt + (<usize>far << 2)) ^ (y >> 1) ^ ((y & 1) != 0 ? 0x9908B0DF : 0));
}

function genrand(mt: usize): u32 {
  let index = load<u32>(mt + (<usize>N << 2));
  if (index >= <u32>N) {
    let kk = 0;
    for (; kk < N - MT_M; kk++) twist(mt, kk, kk + 1, kk + MT_M);
    for (; kk < N - 1; kk++) twist(mt, kk, kk + 1, kk + (MT_M - N));
    twist(mt, N - 1, 0, MT_M - 1);
    index = 0;
  }
  let y = load<u32>(mt + (<usize>index << 2));
  store<u32>(mt + (<usize>N << 2), index + 1);
  y ^= y >> 11;
  y ^= (y << 7) & 0x9D2C5680;
  y ^= (y << 15) & 0xEFC60000;
  y ^= y >> 18;
  return y;
}

/** A float in [0, 1) with 53 random bits. */
function genrandFloat(mt: usize): f64 {
  const a = genrand(mt) >> 5;
  const b = genrand(mt) >> 6;
  return (<f64>a * 67108864.0 + <f64>b) * (1.0 / 9007199254740992.0);
}

/** An int of k random bits (k >= 0), built from 32-bit words least significant first. */
function genrandBits(mt: usize, k: i64): Value {
  if (k == 0) return smallInt(0);
  if (k <= 32) return smallInt(<i64>(genrand(mt) >> <u32>(32 - k)));
  const words = <i32>((k - 1) / 32 + 1);
  const buffer = alloc(8 + (<usize>words << 2), 0, KIND_RAW) + 8;
  let left = k;
  for (let i = 0; i < words; i++, left -= 32) {
    let r = genrand(mt);
    if (left < 32) r >>= <u32>(32 - left);
    store<u32>(buffer + (<usize>i << 2), r);
  }
  return I.intFromBytes(buffer, words * 4, true, false);
}

// ---- seeding ----

/** Seeds from a non-negative int: its 32-bit words, least significant first. */
function seedFromInt(mt: usize, n: Value): bool {
  const bits = I.intBitLength(n);
  const words = bits == 0 ? 1 : <i32>((bits - 1) / 32 + 1);
  const key = alloc(8 + (<usize>words << 2), 0, KIND_RAW) + 8;
  if (I.intToBytes(n, key, words * 4, true, false) < 0) return false;
  initByArray(mt, key, words);
  return true;
}

/** Seeds from the host's randomness (seed() and seed(None)). */
function seedFromHost(mt: usize): void {
  const key = alloc(8 + (<usize>N << 2), 0, KIND_RAW) + 8;
  hostRandomBytes(key, N * 4);
  initByArray(mt, key, N);
}

/** The int a str or bytes seed stands for: int.from_bytes(a + sha512(a).digest()) (version 2). */
function intFromText(data: usize, n: i32): Value {
  const buffer = alloc(8 + <usize>n + 64, 0, KIND_RAW) + 8;
  memory.copy(buffer, data, n);
  sha512(data, n, buffer + <usize>n);
  return I.intFromBytes(buffer, n + 64, false, false);
}

/** The int of a version-1 str or bytes seed: CPython 2's string hash. */
function intFromTextV1(v: Value): Value {
  const p = ptrOf(v);
  const isStr = kindOf(v) == KIND_STR;
  const n = isStr ? strLength(p) : bytesLength(p);
  let x: u64 = 0;
  for (let i = 0; i < n; i++) {
    const c = <u64>(isStr ? charAt(p, i) : load<u8>(bytesData(p) + <usize>i));
    if (i == 0) x = c << 7;
    x = (1000003 * x) ^ c;
  }
  x ^= <u64>n;
  return I.intFromU64(x);
}

const SEED_NAMES: StaticArray<string> = ['a', 'version'];
const seedArgs = memory.data(2 * 8);

/** Random.seed(a=None, version=2), as random.py's, then _random's. */
function randomSeed(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!bindArgs('seed', args, nargs, kwnames, SEED_NAMES, 0, 2, 0, seedArgs)) return NULL;
  let a = load<u64>(seedArgs);
  const versionArg = load<u64>(seedArgs, 8);
  const version = versionArg == NULL ? smallInt(2) : versionArg;
  if (a == NULL) a = NONE;
  const kind = kindOf(a);
  const text = kind == KIND_STR || kind == KIND_BYTES;
  const mt = stateOf(self);
  if (text && A.valuesEqual(version, smallInt(1)) == 1) {
    a = intFromTextV1(a);
  } else if (text && A.valuesEqual(version, smallInt(2)) == 1) {
    if (kind == KIND_STR) {
      const s = ptrOf(a);
      const n = utf8Length(s);
      const utf8 = alloc(8 + <usize>n, 0, KIND_RAW) + 8;
      writeUtf8(s, utf8);
      a = intFromText(utf8, n);
    } else {
      a = intFromText(bytesData(ptrOf(a)), bytesLength(ptrOf(a)));
    }
  } else if (!(a == NONE || isIntValue(a) || isFloat(a) || text || A.isInstance(a, A.floatType))) {
    return raiseJs(TypeError, 'The only supported seed types are: None,\nint, float, str, bytes, and bytearray.');
  }
  if (a == NONE) {
    seedFromHost(mt);
  } else {
    let n: Value;
    if (isIntValue(a)) {
      n = I.intAbs(intOperand(a));
    } else {
      const h = A.hashValue(a);
      if (h == -1 && errOccurred()) return NULL;
      n = I.intFromU64(<u64>h);
    }
    if (!seedFromInt(mt, n)) return NULL;
  }
  setField(ptrOf(self), 1, NONE);
  return NONE;
}

// ---- construction ----

function randomNew(type: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (ptrOf(type) == randomType && !checkNoKwargs('Random', kwnames)) return NULL;
  const p = newRecord(ptrOf(type));
  pushTempRoot(ptrValue(p));
  setField(p, 0, ptrValue(alloc(8 + STATE_BYTES, 0, KIND_RAW)));
  setField(p, 1, NONE);
  initGenrand(ptrOf(field(p, 0)) + 8, 19650218);
  popTempRoots(1);
  return ptrValue(p);
}

let nSeed: usize = 0;
let nRandom: usize = 0;
let nGetrandbits: usize = 0;
let nRandbelow: usize = 0;

/** Random.__init__(self, x=None): self.seed(x) (a subclass's seed included). */
function randomInit(self: Value, args: usize, nargs: i32, kwnames: Value): i32 {
  if (!checkNoKwargs('Random', kwnames)) return -1;
  if (!checkArgCount('Random', nargs, 0, 1)) return -1;
  const seed = A.getAttr(self, nSeed);
  if (seed == NULL) return -1;
  pushTempRoot(seed);
  const r = A.call1(seed, nargs == 1 ? arg(args, 0) : NONE);
  popTempRoots(1);
  if (r == NULL) return -1;
  setField(ptrOf(self), 1, NONE);
  return 0;
}

// ---- the core methods ----

function randomRandom(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoArgs('random', nargs, kwnames, 'Random')) return NULL;
  return f(genrandFloat(stateOf(self)));
}

function randomGetrandbits(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoKwargs('getrandbits', kwnames) || !checkArgCount('getrandbits', nargs, 1, 1)) return NULL;
  const kv = A.indexOf(arg(args, 0));
  if (kv == NULL) return NULL;
  const k = I.intClampToI64(intOperand(kv));
  if (k < 0) return raiseJs(ValueError, 'number of bits must be non-negative');
  return genrandBits(stateOf(self), k);
}

function randomGetstate(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  const mt = stateOf(self);
  const state = newTuple(N + 1);
  for (let i = 0; i <= N; i++) tupleSet(state, i, smallInt(<i64>load<u32>(mt + (<usize>i << 2))));
  return ptrValue(tuple3(smallInt(3), ptrValue(state), field(ptrOf(self), 1)));
}

function randomSetstate(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkOneArg('setstate', nargs, kwnames)) return NULL;
  const state = arg(args, 0);
  const version = A.getItem(state, smallInt(0));
  if (version == NULL) return NULL;
  const v3 = A.valuesEqual(version, smallInt(3));
  const v2 = A.valuesEqual(version, smallInt(2));
  if (v3 != 1 && v2 != 1) {
    const sb = newBuilder();
    appendJs(sb, 'state with version ');
    const r = A.strOf(version);
    if (r == 0) return NULL;
    appendStr(sb, r);
    appendJs(sb, ' passed to Random.setstate() of version 3');
    return raiseStr(ValueError, finishBuilder(sb));
  }
  if (!isSubtype(A.typeOf(state), tupleType) || tupleLength(ptrOf(state)) != 3) {
    return raiseJs(ValueError, 'too many values to unpack (expected 3)');
  }
  let internal = tupleGet(ptrOf(state), 1);
  if (v2 == 1) {
    // Version 2 states (Python 2.x) may hold words as negative or long ints: reduce them mod 2**32.
    internal = wordsModulo32(internal);
    if (internal == NULL) return NULL;
  }
  if (!isSubtype(A.typeOf(internal), tupleType)) return raiseJs(TypeError, 'state vector must be a tuple');
  const t = ptrOf(internal);
  if (tupleLength(t) != N + 1) return raiseJs(ValueError, 'state vector is the wrong size');
  const fresh = alloc(8 + STATE_BYTES, 0, KIND_RAW) + 8;
  for (let i = 0; i < N; i++) {
    const word = intOperand(tupleGet(t, i));
    if (word == NULL) return raiseJs(TypeError, "an integer is required");
    store<u32>(fresh + (<usize>i << 2), <u32>I.intToI64(word));
  }
  const index = intOperand(tupleGet(t, N));
  if (index == NULL) return raiseJs(TypeError, 'an integer is required');
  const ix = I.intClampToI64(index);
  if (ix < 0 || ix > N) return raiseJs(ValueError, 'invalid state');
  store<u32>(fresh + (<usize>N << 2), <u32>ix);
  memory.copy(stateOf(self), fresh, STATE_BYTES);
  setField(ptrOf(self), 1, tupleGet(ptrOf(state), 2));
  return NONE;
}

/** tuple(x % 2**32 for x in words) */
function wordsModulo32(words: Value): Value {
  const l = listFromIterable(words);
  if (l == 0) return NULL;
  pushTempRoot(ptrValue(l));
  const t = newTuple(listLength(l));
  pushTempRoot(ptrValue(t));
  let ok = true;
  for (let i = 0; i < listLength(l) && ok; i++) {
    const w = A.binaryOp(listGet(l, i), smallInt(0x100000000), O.NB_REMAINDER);
    if (w == NULL) ok = false;
    else tupleSet(t, i, w);
  }
  popTempRoots(2);
  return ok ? ptrValue(t) : NULL;
}

function randomRandbytes(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkOneArg('randbytes', nargs, kwnames)) return NULL;
  const nv = A.indexOf(arg(args, 0));
  if (nv == NULL) return NULL;
  const n = I.intClampToI64(intOperand(nv));
  if (n < 0) return raiseJs(ValueError, 'negative count');
  const bits = getrandbits(self, smallInt(n * 8));
  if (bits == NULL) return NULL;
  const buffer = alloc(8 + <usize>n, 0, KIND_RAW) + 8;
  if (I.intToBytes(intOperand(bits), buffer, <i32>n, true, false) < 0) return NULL;
  return ptrValue(newBytes(buffer, <i32>n));
}

// ---- what subclasses may override: random(), getrandbits(), _randbelow() ----

/** self.random(): the generator's own for a plain Random, else whatever the class defines. */
function randomOf(self: Value): f64 {
  if (A.typeOf(self) == randomType) return genrandFloat(stateOf(self));
  const method = A.getAttr(self, nRandom);
  if (method == NULL) return NaN;
  const r = A.call0(method);
  if (r == NULL) return NaN;
  return toDouble(r);
}

function getrandbits(self: Value, k: Value): Value {
  if (A.typeOf(self) == randomType) return genrandBits(stateOf(self), I.intToI64(k));
  const method = A.getAttr(self, nGetrandbits);
  if (method == NULL) return NULL;
  pushTempRoot(method);
  const r = A.call1(method, k);
  popTempRoots(1);
  return r;
}

const BELOW_GETRANDBITS = 0;
const BELOW_RANDOM = 1;
const BELOW_OVERRIDDEN = 2;

/** Which _randbelow a class uses, chosen along its MRO as random.py's __init_subclass__ does. */
function randbelowKind(type: usize): i32 {
  const mro = <usize>load<u32>(type + TYPE_MRO);
  for (let i = 0; i < tupleLength(mro); i++) {
    const c = ptrOf(tupleGet(mro, i));
    if (c == randomType) return BELOW_GETRANDBITS;
    const d = <usize>load<u32>(c + TYPE_DICT);
    if (dictGetStr(d, nRandbelow) != NULL) return BELOW_OVERRIDDEN;
    if (dictGetStr(d, nGetrandbits) != NULL) return BELOW_GETRANDBITS;
    if (dictGetStr(d, nRandom) != NULL) return BELOW_RANDOM;
  }
  return BELOW_GETRANDBITS;
}

/** A random int in [0, n) for an int n > 0 (random.py's _randbelow). */
function randbelow(self: Value, n: Value): Value {
  const type = A.typeOf(self);
  if (type == randomType && isSmallInt(n)) {
    // The common case, without boxing: k = n.bit_length() bits at a time until below n.
    const mt = stateOf(self);
    const limit = intOf(n);
    const k = 64 - <i32>clz<u64>(<u64>limit);
    while (true) {
      const r = k <= 32 ? <i64>(genrand(mt) >> <u32>(32 - k)) : I.intToI64(genrandBits(mt, k));
      if (r < limit) return smallInt(r);
    }
  }
  const kind = randbelowKind(type);
  if (kind == BELOW_OVERRIDDEN) {
    const method = A.getAttr(self, nRandbelow);
    if (method == NULL) return NULL;
    pushTempRoot(method);
    const r = A.call1(method, n);
    popTempRoots(1);
    return r;
  }
  if (kind == BELOW_RANDOM) return randbelowFromRandom(self, n);
  const k = smallInt(I.intBitLength(n));
  pushTempRoot(n);
  let r: Value = NULL;
  while (true) {
    r = getrandbits(self, k);
    if (r == NULL) break;
    const below = A.richCompare(r, n, O.CMP_LT);
    if (below == NULL) {
      r = NULL;
      break;
    }
    if (below == TRUE) break;
  }
  popTempRoots(1);
  return r;
}

/** _randbelow_without_getrandbits: from random() alone (53 bits; exact for n < 2**53). */
function randbelowFromRandom(self: Value, n: Value): Value {
  const maxsize = 9007199254740992.0;
  const nf = I.intToF64(n);
  if (nf >= maxsize) {
    const x = randomOf(self);
    return errOccurred() ? NULL : I.intFromF64(Math.floor(x * nf));
  }
  const ni = <u64>nf;
  const rem = <u64>maxsize % ni;
  const limit = (maxsize - <f64>rem) / maxsize;
  let r = randomOf(self);
  while (r >= limit && !errOccurred()) r = randomOf(self);
  if (errOccurred()) return NULL;
  return smallInt(<i64>(<u64>Math.floor(r * maxsize) % ni));
}

function randomRandbelow(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkOneArg('_randbelow', nargs, kwnames)) return NULL;
  const n = A.indexOf(arg(args, 0));
  return n == NULL ? NULL : randbelow(self, intOperand(n));
}

// ---- integers and sequences ----

/** _index(v) for randrange, or int(v) when v is integral (a float, deprecated); NULL on error. */
function rangeArg(v: Value, message: string): Value {
  if (isIntValue(v)) return intOperand(v);
  const i = A.indexOf(v);
  if (i != NULL) return intOperand(i);
  if (!excMatches(TypeError)) return NULL;
  clearExc();
  const x = toDouble(v);
  if (errOccurred()) return NULL;
  if (x != Math.floor(x)) return raiseJs(ValueError, message);
  return I.intFromF64(x);
}

const RANGE_NAMES: StaticArray<string> = ['start', 'stop', 'step'];
const rangeArgs = memory.data(3 * 8);

function randrange(self: Value, startArg: Value, stopArg: Value, stepArg: Value): Value {
  const start = rangeArg(startArg, 'non-integer arg 1 for randrange()');
  if (start == NULL) return NULL;
  if (stopArg == NULL || stopArg == NONE) {
    if (stepArg != NULL) return raiseJs(TypeError, 'Missing a non-None stop argument');
    if (I.intSign(start) > 0) return randbelow(self, start);
    return raiseJs(ValueError, 'empty range for randrange()');
  }
  pushTempRoot(start);
  const stop = rangeArg(stopArg, 'non-integer stop for randrange()');
  const width = stop == NULL ? NULL : I.intSub(stop, start);
  const step = width == NULL || stepArg == NULL ? smallInt(1) : rangeArg(stepArg, 'non-integer step for randrange()');
  popTempRoots(1);
  if (width == NULL || step == NULL) return NULL;
  if (step == smallInt(1)) {
    if (I.intSign(width) > 0) {
      pushTempRoot(start);
      const r = randbelow(self, width);
      popTempRoots(1);
      return r == NULL ? NULL : I.intAdd(start, r);
    }
    const sb = newBuilder();
    appendJs(sb, 'empty range for randrange() (');
    appendStr(sb, ptrOf(I.intToStr(start, 10, 0)));
    appendJs(sb, ', ');
    appendStr(sb, ptrOf(I.intToStr(stop, 10, 0)));
    appendJs(sb, ', ');
    appendStr(sb, ptrOf(I.intToStr(width, 10, 0)));
    appendJs(sb, ')');
    return raiseStr(ValueError, finishBuilder(sb));
  }
  const sign = I.intSign(step);
  if (sign == 0) return raiseJs(ValueError, 'zero step for randrange()');
  const n = I.intFloorDiv(I.intAdd(width, I.intAdd(step, smallInt(sign > 0 ? -1 : 1))), step);
  if (n == NULL) return NULL;
  if (I.intSign(n) <= 0) return raiseJs(ValueError, 'empty range for randrange()');
  pushTempRoot(start);
  pushTempRoot(step);
  const r = randbelow(self, n);
  popTempRoots(2);
  return r == NULL ? NULL : I.intAdd(start, I.intMul(step, r));
}

function randomRandrange(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!bindArgs('randrange', args, nargs, kwnames, RANGE_NAMES, 0, 3, 1, rangeArgs)) return NULL;
  return randrange(self, load<u64>(rangeArgs), load<u64>(rangeArgs, 8), load<u64>(rangeArgs, 16));
}

function randomRandint(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoKwargs('randint', kwnames) || !checkArgCount('randint', nargs, 2, 2)) return NULL;
  const stop = A.binaryOp(arg(args, 1), smallInt(1), O.NB_ADD);
  if (stop == NULL) return NULL;
  pushTempRoot(stop);
  const r = randrange(self, arg(args, 0), stop, NULL);
  popTempRoots(1);
  return r;
}

function randomChoice(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkOneArg('choice', nargs, kwnames)) return NULL;
  const seq = arg(args, 0);
  const n = A.lengthOf(seq);
  if (n < 0) return NULL;
  if (n == 0) return raiseJs(IndexError, 'Cannot choose from an empty sequence');
  const i = randbelow(self, smallInt(n));
  return i == NULL ? NULL : A.getItem(seq, i);
}

function randomShuffle(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkOneArg('shuffle', nargs, kwnames)) return NULL;
  const x = arg(args, 0);
  const n = A.lengthOf(x);
  if (n < 0) return NULL;
  for (let i = n - 1; i >= 1; i--) {
    const jv = randbelow(self, smallInt(i + 1));
    if (jv == NULL) return NULL;
    const a = A.getItem(x, jv);
    if (a == NULL) return NULL;
    pushTempRoot(a);
    const b = A.getItem(x, smallInt(i));
    if (b != NULL) pushTempRoot(b);
    const ok = b != NULL && A.setItem(x, smallInt(i), a) == 0 && A.setItem(x, jv, b) == 0;
    popTempRoots(b != NULL ? 2 : 1);
    if (!ok) return NULL;
  }
  return NONE;
}

/** isinstance(v, collections.abc.Sequence) for the builtin types: indexable and sized, not a mapping or set. */
function isSequence(v: Value): bool {
  const t = A.typeOf(v);
  const kind = kindOf(v);
  return getSlot(t, SLOT_GETITEM) != 0 && getSlot(t, SLOT_LEN) != 0 && kind != KIND_DICT && kind != KIND_SET;
}

const SAMPLE_NAMES: StaticArray<string> = ['population', 'k', 'counts'];
const sampleArgs = memory.data(3 * 8);

function randomSample(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!bindArgs('sample', args, nargs, kwnames, SAMPLE_NAMES, 0, 2, 2, sampleArgs)) return NULL;
  const population = load<u64>(sampleArgs);
  const kArg = load<u64>(sampleArgs, 8);
  const counts = load<u64>(sampleArgs, 16);
  if (!isSequence(population)) {
    return raiseJs(TypeError, 'Population must be a sequence.  For dicts or sets, use sorted(d).');
  }
  const n = A.lengthOf(population);
  if (n < 0) return NULL;
  if (counts != NULL && counts != NONE) return sampleWithCounts(self, population, n, kArg, counts);
  const kv = A.indexOf(kArg);
  if (kv == NULL) return NULL;
  const k = I.intClampToI64(intOperand(kv));
  if (k < 0 || k > n) return raiseJs(ValueError, 'Sample larger than population or is negative');
  const result = newList(<i32>k);
  pushTempRoot(ptrValue(result));
  const ok = k <= n && fillSample(self, population, n, k, result);
  popTempRoots(1);
  return ok ? ptrValue(result) : NULL;
}

/** population[i], or i itself when population is NULL (standing for range(n)). */
function itemOf(population: Value, i: Value): Value {
  return population == NULL ? i : A.getItem(population, i);
}

/**
 * k distinct items of the population, in selection order: from a shrinking pool when the
 * population is small, else by rejecting repeated positions with a set (random.py's two ways).
 */
function fillSample(self: Value, population: Value, n: i64, k: i64, result: usize): bool {
  let setsize: i64 = 21;
  if (k > 5) setsize += <i64>1 << (2 * <i64>Math.ceil(M.log(<f64>(k * 3)) / M.log(4.0))); // 4 ** ceil(log4(3k))
  if (n <= setsize) {
    const pool = population == NULL ? rangeList(n) : listFromIterable(population);
    if (pool == 0) return false;
    pushTempRoot(ptrValue(pool));
    for (let i: i64 = 0; i < k; i++) {
      const jv = randbelow(self, smallInt(n - i));
      if (jv == NULL) {
        popTempRoots(1);
        return false;
      }
      const j = <i32>intOf(jv);
      listAppend(result, listGet(pool, j));
      listSet(pool, j, listGet(pool, <i32>(n - i - 1)));
    }
    popTempRoots(1);
    return true;
  }
  const selected = newSet();
  pushTempRoot(ptrValue(selected));
  for (let i: i64 = 0; i < k; i++) {
    let jv = randbelow(self, I.intFromI64(n));
    while (jv != NULL && setContains(selected, jv) == 1) jv = randbelow(self, I.intFromI64(n));
    if (jv == NULL || setAdd(selected, jv) < 0) {
      popTempRoots(1);
      return false;
    }
    const item = itemOf(population, jv);
    if (item == NULL) {
      popTempRoots(1);
      return false;
    }
    listAppend(result, item);
  }
  popTempRoots(1);
  return true;
}

/** sample(population, k, counts=…): a sample of range(total) mapped through the cumulative counts. */
function sampleWithCounts(self: Value, population: Value, n: i64, k: Value, counts: Value): Value {
  const cum = cumulative(counts);
  if (cum == 0) return NULL;
  pushTempRoot(ptrValue(cum));
  let result: Value = NULL;
  if (<i64>listLength(cum) != n) {
    raiseJs(ValueError, 'The number of counts does not match the population');
  } else if (n == 0) {
    raiseJs(IndexError, 'pop from empty list');
  } else {
    const total = listGet(cum, listLength(cum) - 1);
    setListLength(cum, listLength(cum) - 1);
    if (!isIntValue(total)) raiseJs(TypeError, 'Counts must be integers');
    else if (I.intSign(intOperand(total)) <= 0) raiseJs(ValueError, 'Total of counts must be greater than zero');
    else result = sampleOfRange(self, population, intOperand(total), k, cum);
  }
  popTempRoots(1);
  return result;
}

/** list(range(n)) */
function rangeList(n: i64): usize {
  const l = newList(<i32>n);
  for (let i: i64 = 0; i < n; i++) listAppend(l, smallInt(i));
  return l;
}

/** [population[bisect(cum, s)] for s in a sample of k from range(total)]. */
function sampleOfRange(self: Value, population: Value, total: Value, kArg: Value, cum: usize): Value {
  const kv = A.indexOf(kArg);
  if (kv == NULL) return NULL;
  const k = I.intClampToI64(intOperand(kv));
  if (!I.intFitsI64(total)) return raiseJs(OverflowError, 'Python int too large to convert to C ssize_t');
  const n = I.intToI64(total);
  if (k < 0 || k > n) return raiseJs(ValueError, 'Sample larger than population or is negative');
  const selections = newList(<i32>k);
  pushTempRoot(ptrValue(selections));
  let ok = fillSample(self, NULL, n, k, selections);
  for (let i = 0; ok && i < listLength(selections); i++) {
    const j = bisectRight(cum, listGet(selections, i), listLength(cum));
    const item = j < 0 ? NULL : A.getItem(population, smallInt(j));
    if (item == NULL) ok = false;
    else listSet(selections, i, item);
  }
  popTempRoots(1);
  return ok ? ptrValue(selections) : NULL;
}

/** list(itertools.accumulate(values)): running sums by +. */
function cumulative(values: Value): usize {
  const l = listFromIterable(values);
  if (l == 0) return 0;
  pushTempRoot(ptrValue(l));
  for (let i = 1; i < listLength(l); i++) {
    const s = A.binaryOp(listGet(l, i - 1), listGet(l, i), O.NB_ADD);
    if (s == NULL) {
      popTempRoots(1);
      return 0;
    }
    listSet(l, i, s);
  }
  popTempRoots(1);
  return l;
}

/** bisect_right(a, x, 0, hi): the first position in a[:hi] whose item exceeds x; -1 on error. */
function bisectRight(a: usize, x: Value, hi: i32): i32 {
  let lo = 0;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const r = A.richCompare(x, listGet(a, mid), O.CMP_LT);
    if (r == NULL) return -1;
    const less = A.isTrue(r);
    if (less < 0) return -1;
    if (less) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

const CHOICES_NAMES: StaticArray<string> = ['population', 'weights', 'cum_weights', 'k'];
const choicesArgs = memory.data(4 * 8);

function randomChoices(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!bindArgs('choices', args, nargs, kwnames, CHOICES_NAMES, 0, 2, 1, choicesArgs)) return NULL;
  const population = load<u64>(choicesArgs);
  const weights = load<u64>(choicesArgs, 8);
  let cumWeights = load<u64>(choicesArgs, 16);
  const kArg = load<u64>(choicesArgs, 24);
  const n = A.lengthOf(population);
  if (n < 0) return NULL;
  let k: i64 = 1;
  if (kArg != NULL) {
    const kv = A.indexOf(kArg);
    if (kv == NULL) return NULL;
    k = I.intClampToI64(intOperand(kv));
  }
  const result = newList(k > 0 ? <i32>min<i64>(k, 1 << 20) : 0);
  pushTempRoot(ptrValue(result));
  const ok = fillChoices(self, population, n, weights, cumWeights, k, result);
  popTempRoots(1);
  return ok ? ptrValue(result) : NULL;
}

function fillChoices(self: Value, population: Value, n: i64, weights: Value, cumWeightsArg: Value, k: i64, result: usize): bool {
  let cum: usize = 0;
  if (cumWeightsArg == NULL || cumWeightsArg == NONE) {
    if (weights == NULL || weights == NONE) {
      const nf = <f64>n;
      for (let i: i64 = 0; i < k; i++) {
        const r = randomOf(self);
        if (errOccurred()) return false;
        const item = A.getItem(population, I.intFromF64(Math.floor(r * nf)));
        if (item == NULL || !listAppend(result, item)) return false;
      }
      return true;
    }
    cum = cumulative(weights);
    if (cum == 0) {
      if (excMatches(TypeError) && isIntValue(weights)) {
        clearExc();
        const sb = newBuilder();
        appendJs(sb, 'The number of choices must be a keyword argument: k=');
        appendStr(sb, ptrOf(I.intToStr(intOperand(weights), 10, 0)));
        raiseStr(TypeError, finishBuilder(sb));
      }
      return false;
    }
  } else if (weights != NULL && weights != NONE) {
    raiseJs(TypeError, 'Cannot specify both weights and cumulative weights');
    return false;
  } else {
    cum = listFromIterable(cumWeightsArg);
    if (cum == 0) return false;
  }
  pushTempRoot(ptrValue(cum));
  const ok = choicesByWeight(self, population, n, cum, k, result);
  popTempRoots(1);
  return ok;
}

function choicesByWeight(self: Value, population: Value, n: i64, cum: usize, k: i64, result: usize): bool {
  if (<i64>listLength(cum) != n) {
    raiseJs(ValueError, 'The number of weights does not match the population');
    return false;
  }
  if (n == 0) {
    raiseJs(IndexError, 'list index out of range');
    return false;
  }
  const totalValue = A.binaryOp(listGet(cum, <i32>n - 1), f(0.0), O.NB_ADD);
  if (totalValue == NULL) return false;
  const total = toDouble(totalValue);
  if (errOccurred()) return false;
  if (total <= 0.0) {
    raiseJs(ValueError, 'Total of weights must be greater than zero');
    return false;
  }
  if (!isFinite(total)) {
    raiseJs(ValueError, 'Total of weights must be finite');
    return false;
  }
  for (let i: i64 = 0; i < k; i++) {
    const r = randomOf(self);
    if (errOccurred()) return false;
    const j = bisectRight(cum, f(r * total), <i32>n - 1);
    if (j < 0) return false;
    const item = A.getItem(population, smallInt(j));
    if (item == NULL || !listAppend(result, item)) return false;
  }
  return true;
}

// ---- real-valued distributions ----

const NV_MAGICCONST = 4 * M.exp(-0.5) / Math.sqrt(2.0);
const TWOPI = 2.0 * Math.PI;
const LOG4 = M.log(4.0);
const SG_MAGICCONST = 1.0 + M.log(4.5);

/** Two float parameters with defaults (NaN with an exception set on error: check errOccurred()). */
const paramArgs = memory.data(3 * 8);
let param0: f64 = 0;
let param1: f64 = 0;
function floatParams(name: string, args: usize, nargs: i32, kwnames: Value, names: StaticArray<string>,
  required: i32, default0: f64, default1: f64): bool {
  if (!bindArgs(name, args, nargs, kwnames, names, 0, names.length, required, paramArgs)) return false;
  const a = load<u64>(paramArgs);
  const b = names.length > 1 ? load<u64>(paramArgs, 8) : NULL;
  param0 = a == NULL ? default0 : toDouble(a);
  if (errOccurred()) return false;
  param1 = b == NULL ? default1 : toDouble(b);
  return !errOccurred();
}

const UNIFORM_NAMES: StaticArray<string> = ['a', 'b'];

/** uniform(a, b) = a + (b - a) * random(), in Python arithmetic (ints stay exact until the product). */
function randomUniform(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!bindArgs('uniform', args, nargs, kwnames, UNIFORM_NAMES, 0, 2, 2, paramArgs)) return NULL;
  const a = load<u64>(paramArgs);
  const b = load<u64>(paramArgs, 8);
  const width = A.binaryOp(b, a, O.NB_SUBTRACT);
  if (width == NULL) return NULL;
  pushTempRoot(width);
  const r = randomOf(self);
  popTempRoots(1);
  if (errOccurred()) return NULL;
  const scaled = A.binaryOp(width, f(r), O.NB_MULTIPLY);
  return scaled == NULL ? NULL : A.binaryOp(a, scaled, O.NB_ADD);
}

const TRIANGULAR_NAMES: StaticArray<string> = ['low', 'high', 'mode'];

function randomTriangular(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!bindArgs('triangular', args, nargs, kwnames, TRIANGULAR_NAMES, 0, 3, 0, paramArgs)) return NULL;
  const lowArg = load<u64>(paramArgs);
  const highArg = load<u64>(paramArgs, 8);
  const modeArg = load<u64>(paramArgs, 16);
  let low = lowArg == NULL ? 0.0 : toDouble(lowArg);
  if (errOccurred()) return NULL;
  let high = highArg == NULL ? 1.0 : toDouble(highArg);
  if (errOccurred()) return NULL;
  let u = randomOf(self);
  if (errOccurred()) return NULL;
  let c = 0.5;
  if (modeArg != NULL && modeArg != NONE) {
    const mode = toDouble(modeArg);
    if (errOccurred()) return NULL;
    if (high - low == 0) return f(low);
    c = (mode - low) / (high - low);
  }
  if (u > c) {
    u = 1.0 - u;
    c = 1.0 - c;
    const t = low;
    low = high;
    high = t;
  }
  return f(low + (high - low) * Math.sqrt(u * c));
}

const MU_SIGMA: StaticArray<string> = ['mu', 'sigma'];

function normal(self: Value): f64 {
  while (true) {
    const u1 = randomOf(self);
    const u2 = 1.0 - randomOf(self);
    if (errOccurred()) return NaN;
    const z = NV_MAGICCONST * (u1 - 0.5) / u2;
    const zz = z * z / 4.0;
    if (zz <= -M.log(u2)) return z;
  }
  return NaN;
}

function randomNormalvariate(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!floatParams('normalvariate', args, nargs, kwnames, MU_SIGMA, 0, 0.0, 1.0)) return NULL;
  const mu = param0;
  const sigma = param1;
  const z = normal(self);
  return errOccurred() ? NULL : f(mu + z * sigma);
}

function randomGauss(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!floatParams('gauss', args, nargs, kwnames, MU_SIGMA, 0, 0.0, 1.0)) return NULL;
  const mu = param0;
  const sigma = param1;
  const p = ptrOf(self);
  let zv = field(p, 1);
  setField(p, 1, NONE);
  let z: f64;
  if (zv == NONE) {
    const x2pi = randomOf(self) * TWOPI;
    const g2rad = Math.sqrt(-2.0 * M.log(1.0 - randomOf(self)));
    if (errOccurred()) return NULL;
    z = M.cos(x2pi) * g2rad;
    setField(p, 1, f(M.sin(x2pi) * g2rad));
  } else {
    z = toDouble(zv);
    if (errOccurred()) return NULL;
  }
  return f(mu + z * sigma);
}

/** math.exp's errors for a distribution's result. */
function expChecked(x: f64): Value {
  const r = M.exp(x);
  if (!isFinite(r) && isFinite(x)) return raiseJs(OverflowError, 'math range error');
  return f(r);
}

function randomLognormvariate(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!floatParams('lognormvariate', args, nargs, kwnames, MU_SIGMA, 2, 0.0, 1.0)) return NULL;
  const mu = param0;
  const sigma = param1;
  const z = normal(self);
  return errOccurred() ? NULL : expChecked(mu + z * sigma);
}

const LAMBD: StaticArray<string> = ['lambd'];

function randomExpovariate(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!floatParams('expovariate', args, nargs, kwnames, LAMBD, 1, 0.0, 0.0)) return NULL;
  const lambd = param0;
  const r = randomOf(self);
  if (errOccurred()) return NULL;
  if (lambd == 0) return raiseJs(ZeroDivisionError, 'float division by zero');
  return f(-M.log(1.0 - r) / lambd);
}

const MU_KAPPA: StaticArray<string> = ['mu', 'kappa'];

function randomVonmisesvariate(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!floatParams('vonmisesvariate', args, nargs, kwnames, MU_KAPPA, 2, 0.0, 0.0)) return NULL;
  const mu = param0;
  const kappa = param1;
  if (kappa <= 1e-6) {
    const r = randomOf(self);
    return errOccurred() ? NULL : f(TWOPI * r);
  }
  const s = 0.5 / kappa;
  const r = s + Math.sqrt(1.0 + s * s);
  let z: f64;
  while (true) {
    const u1 = randomOf(self);
    z = M.cos(Math.PI * u1);
    const d = z / (r + z);
    const u2 = randomOf(self);
    if (errOccurred()) return NULL;
    if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * M.exp(d)) break;
  }
  const q = 1.0 / r;
  const fq = (q + z) / (1.0 + q * z);
  const u3 = randomOf(self);
  if (errOccurred()) return NULL;
  const theta = u3 > 0.5 ? pyMod(mu + M.acos(fq), TWOPI) : pyMod(mu - M.acos(fq), TWOPI);
  return f(theta);
}

/** Python's float %: the result takes the divisor's sign. */
function pyMod(x: f64, y: f64): f64 {
  let m = x % y;
  if (m != 0) {
    if ((y < 0) != (m < 0)) m += y;
  } else {
    m = copysign<f64>(0.0, y);
  }
  return m;
}

/** x ** y for floats as Python computes it (NaN with an exception set on error). */
function floatPow(x: f64, y: f64): f64 {
  const r = floatPower(x, y);
  return r == NULL ? NaN : floatOf(r);
}

const ALPHA_BETA: StaticArray<string> = ['alpha', 'beta'];

function gammavariate(self: Value, alpha: f64, beta: f64): f64 {
  if (alpha <= 0.0 || beta <= 0.0) {
    raiseJs(ValueError, 'gammavariate: alpha and beta must be > 0.0');
    return NaN;
  }
  if (alpha > 1.0) {
    // Cheng's algorithm GB.
    const ainv = Math.sqrt(2.0 * alpha - 1.0);
    const bbb = alpha - LOG4;
    const ccc = alpha + ainv;
    while (true) {
      const u1 = randomOf(self);
      if (errOccurred()) return NaN;
      if (!(1e-7 < u1 && u1 < 0.9999999)) continue;
      const u2 = 1.0 - randomOf(self);
      if (errOccurred()) return NaN;
      const v = M.log(u1 / (1.0 - u1)) / ainv;
      const x = alpha * M.exp(v);
      const z = u1 * u1 * u2;
      const r = bbb + ccc * v - x;
      if (r + SG_MAGICCONST - 4.5 * z >= 0.0 || r >= M.log(z)) return x * beta;
    }
  }
  if (alpha == 1.0) {
    const r = randomOf(self);
    return -M.log(1.0 - r) * beta;
  }
  // alpha < 1: ALGORITHM GS of Statistical Computing (Kennedy & Gentle).
  let x: f64;
  while (true) {
    const u = randomOf(self);
    if (errOccurred()) return NaN;
    const b = (Math.E + alpha) / Math.E;
    const p = b * u;
    x = p <= 1.0 ? floatPow(p, 1.0 / alpha) : -M.log((b - p) / alpha);
    const u1 = randomOf(self);
    if (errOccurred()) return NaN;
    if (p > 1.0) {
      if (u1 <= floatPow(x, alpha - 1.0)) break;
    } else if (u1 <= M.exp(-x)) {
      break;
    }
  }
  return x * beta;
}

function randomGammavariate(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!floatParams('gammavariate', args, nargs, kwnames, ALPHA_BETA, 2, 0.0, 0.0)) return NULL;
  const r = gammavariate(self, param0, param1);
  return errOccurred() ? NULL : f(r);
}

function randomBetavariate(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!floatParams('betavariate', args, nargs, kwnames, ALPHA_BETA, 2, 0.0, 0.0)) return NULL;
  const alpha = param0;
  const beta = param1;
  const y = gammavariate(self, alpha, 1.0);
  if (errOccurred()) return NULL;
  if (y == 0) return f(0.0);
  const other = gammavariate(self, beta, 1.0);
  return errOccurred() ? NULL : f(y / (y + other));
}

const ALPHA: StaticArray<string> = ['alpha'];

function randomParetovariate(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!floatParams('paretovariate', args, nargs, kwnames, ALPHA, 1, 0.0, 0.0)) return NULL;
  const u = 1.0 - randomOf(self);
  if (errOccurred()) return NULL;
  if (param0 == 0) return raiseJs(ZeroDivisionError, 'float division by zero');
  const r = floatPow(u, -1.0 / param0);
  return errOccurred() ? NULL : f(r);
}

function randomWeibullvariate(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!floatParams('weibullvariate', args, nargs, kwnames, ALPHA_BETA, 2, 0.0, 0.0)) return NULL;
  const u = 1.0 - randomOf(self);
  if (errOccurred()) return NULL;
  if (param1 == 0) return raiseJs(ZeroDivisionError, 'float division by zero');
  const r = floatPow(-M.log(u), 1.0 / param1);
  return errOccurred() ? NULL : f(param0 * r);
}

// ---- SystemRandom: the host's randomness, no state ----

function systemRandomRandom(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoArgs('random', nargs, kwnames, 'SystemRandom')) return NULL;
  const bytes = alloc(16, 0, KIND_RAW) + 8;
  hostRandomBytes(bytes, 8);
  return f(<f64>(load<u64>(bytes) >> 11) * (1.0 / 9007199254740992.0));
}

function systemRandomGetrandbits(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkOneArg('getrandbits', nargs, kwnames)) return NULL;
  const kv = A.indexOf(arg(args, 0));
  if (kv == NULL) return NULL;
  const k = I.intClampToI64(intOperand(kv));
  if (k < 0) return raiseJs(ValueError, 'number of bits must be non-negative');
  if (k == 0) return smallInt(0);
  const n = <i32>((k + 7) / 8);
  const bytes = alloc(8 + <usize>n, 0, KIND_RAW) + 8;
  hostRandomBytes(bytes, n);
  const r = I.intFromBytes(bytes, n, true, false);
  return I.intRshift(r, smallInt(<i64>n * 8 - k));
}

function systemRandomSeed(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  return NONE;
}

function systemRandomNoState(self: Value, args: usize, nargs: i32, kwnames: Value): Value {
  return raiseJs(NotImplementedError, 'System entropy source does not have state.');
}

// ---- gauss_next ----

function getGaussNext(self: Value): Value {
  return field(ptrOf(self), 1);
}

function setGaussNext(self: Value, value: Value): i32 {
  setField(ptrOf(self), 1, value == NULL ? NONE : value);
  return 0;
}

// ---- the module ----

const METHODS: StaticArray<string> = [
  'seed', 'random', 'uniform', 'triangular', 'randint', 'choice', 'randrange', 'sample', 'shuffle',
  'choices', 'normalvariate', 'lognormvariate', 'expovariate', 'vonmisesvariate', 'gammavariate', 'gauss',
  'betavariate', 'paretovariate', 'weibullvariate', 'getstate', 'setstate', 'getrandbits', 'randbytes',
];

let made: usize = 0;

export function createRandomModule(): usize {
  if (made != 0) return made;
  nSeed = internJs('seed');
  nRandom = internJs('random');
  nGetrandbits = internJs('getrandbits');
  nRandbelow = internJs('_randbelow');
  const m = newNativeModule('random');
  const t = newRecordType('random', 'Random', 2, TPFLAG_BASETYPE);
  randomType = t;
  setSlot(t, SLOT_NEW, changetype<usize>(randomNew));
  setSlot(t, SLOT_INIT, changetype<usize>(randomInit));
  defineMethod(t, 'seed', randomSeed);
  defineMethod(t, 'random', randomRandom);
  defineMethod(t, 'getrandbits', randomGetrandbits);
  defineMethod(t, 'getstate', randomGetstate);
  defineMethod(t, 'setstate', randomSetstate);
  defineMethod(t, 'randbytes', randomRandbytes);
  defineMethod(t, '_randbelow', randomRandbelow);
  defineMethod(t, 'randrange', randomRandrange);
  defineMethod(t, 'randint', randomRandint);
  defineMethod(t, 'choice', randomChoice);
  defineMethod(t, 'shuffle', randomShuffle);
  defineMethod(t, 'sample', randomSample);
  defineMethod(t, 'choices', randomChoices);
  defineMethod(t, 'uniform', randomUniform);
  defineMethod(t, 'triangular', randomTriangular);
  defineMethod(t, 'normalvariate', randomNormalvariate);
  defineMethod(t, 'gauss', randomGauss);
  defineMethod(t, 'lognormvariate', randomLognormvariate);
  defineMethod(t, 'expovariate', randomExpovariate);
  defineMethod(t, 'vonmisesvariate', randomVonmisesvariate);
  defineMethod(t, 'gammavariate', randomGammavariate);
  defineMethod(t, 'betavariate', randomBetavariate);
  defineMethod(t, 'paretovariate', randomParetovariate);
  defineMethod(t, 'weibullvariate', randomWeibullvariate);
  defineGetSet(t, 'gauss_next', getGaussNext, setGaussNext);
  dictSetStr(<usize>load<u32>(t + TYPE_DICT), internJs('VERSION'), smallInt(3));
  addType(m, t);
  const system = newRecordType('random', 'SystemRandom', 2, TPFLAG_BASETYPE, t);
  defineMethod(system, 'random', systemRandomRandom);
  defineMethod(system, 'getrandbits', systemRandomGetrandbits);
  defineMethod(system, 'seed', systemRandomSeed);
  defineMethod(system, 'getstate', systemRandomNoState);
  defineMethod(system, 'setstate', systemRandomNoState);
  addType(m, system);
  // The module's functions are the methods of one hidden instance, seeded from the host.
  const inst = randomNew(ptrValue(t), 0, 0, NULL);
  seedFromHost(stateOf(inst));
  const d = moduleDict(m);
  dictSetStr(d, internJs('_inst'), inst);
  for (let i = 0; i < METHODS.length; i++) {
    const name = internJs(unchecked(METHODS[i]));
    dictSetStr(d, name, A.getAttr(inst, name));
  }
  made = keepModule(m);
  return m;
}
