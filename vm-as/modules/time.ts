// The time module: clocks and sleep through the host, and the calendar functions (gmtime,
// localtime, mktime, strftime, asctime, ctime, struct_time) computed here, on the proleptic
// Gregorian calendar as C's gmtime does, with the local time zone's offset asked of the host.

import { Value, NULL, NONE, isFloat, isSmallInt, intOf, floatOf, smallInt, ptrOf, ptrValue } from '../value';
import { raiseJs, raiseStr, errOccurred } from '../errors';
import { TypeError, ValueError, OverflowError, OSError } from '../objects/exception';
import { newBuilder, appendJs, appendStr, appendCodePoint, finishBuilder } from '../objects/strbuilder';
import { checkArgCount, checkNoKwargs, checkOneArg } from '../objects/args';
import { newTupleOfType, tupleGet, tupleSet, tupleLength, tuple2, tupleType, TUPLE_LENGTH } from '../objects/tuple';
import { setSlot, SLOT_NEW, SLOT_REPR, TYPE_MODULE, isSubtype } from '../types';
import { defineGetSet } from '../objects/builtin';
import { newBuiltinType, setExtensionModule } from '../typesetup';
import { addPermanentRoot, pushTempRoot, popTempRoots } from '../gc';
import { KIND_TUPLE, KIND_STR, kindOf } from '../object';
import { internJs, intern } from '../intern';
import { strLength, charAt } from '../objects/str';
import { listFromIterable } from '../objects/list-type';
import { listGet, listLength } from '../objects/list';
import { isIntValue, intOperand } from '../objects/int-type';
import * as I from '../objects/int';
import * as A from '../abstract';
import { hostTimeNow, hostMonotonic, hostProcessTime, hostSleep, hostLocalOffset } from '../host';
import { arg, newNativeModule, addFunction, addValue, addType, toDouble, f, keepModule } from './support';

// ---- clocks ----

function noArgs(name: string, nargs: i32, kwnames: Value): bool {
  return checkNoKwargs(name, kwnames) && checkArgCount(name, nargs, 0, 0);
}

/** Seconds as integer nanoseconds. */
function nanoseconds(seconds: f64): Value {
  return I.intFromF64(Math.round(seconds * 1e9));
}

function tTime(s: Value, a: usize, n: i32, k: Value): Value { return noArgs('time', n, k) ? f(hostTimeNow()) : NULL; }
function tTimeNs(s: Value, a: usize, n: i32, k: Value): Value { return noArgs('time_ns', n, k) ? nanoseconds(hostTimeNow()) : NULL; }
function tMonotonic(s: Value, a: usize, n: i32, k: Value): Value { return noArgs('monotonic', n, k) ? f(hostMonotonic()) : NULL; }
function tMonotonicNs(s: Value, a: usize, n: i32, k: Value): Value { return noArgs('monotonic_ns', n, k) ? nanoseconds(hostMonotonic()) : NULL; }
function tPerfCounter(s: Value, a: usize, n: i32, k: Value): Value { return noArgs('perf_counter', n, k) ? f(hostMonotonic()) : NULL; }
function tPerfCounterNs(s: Value, a: usize, n: i32, k: Value): Value { return noArgs('perf_counter_ns', n, k) ? nanoseconds(hostMonotonic()) : NULL; }
function tProcessTime(s: Value, a: usize, n: i32, k: Value): Value { return noArgs('process_time', n, k) ? f(hostProcessTime()) : NULL; }
function tProcessTimeNs(s: Value, a: usize, n: i32, k: Value): Value { return noArgs('process_time_ns', n, k) ? nanoseconds(hostProcessTime()) : NULL; }

/** A number of seconds as CPython's _PyTime_FromSecondsObject takes it: a float or an int. */
function secondsArg(v: Value): f64 {
  if (isFloat(v)) {
    const x = floatOf(v);
    if (isNaN(x)) raiseJs(ValueError, 'Invalid value NaN (not a number)');
    return x;
  }
  if (isSmallInt(v)) return <f64>intOf(v);
  if (isIntValue(v)) return I.intToF64(intOperand(v));
  if (A.isInstance(v, A.floatType)) return toDouble(v);
  const i = A.indexOf(v);
  return i == NULL ? NaN : I.intToF64(intOperand(i));
}

function tSleep(s: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkOneArg('sleep', nargs, kwnames)) return NULL;
  const seconds = secondsArg(arg(args, 0));
  if (errOccurred()) return NULL;
  if (seconds < 0) return raiseJs(ValueError, 'sleep length must be non-negative');
  if (hostSleep(seconds) < 0) return raiseJs(OSError, 'time.sleep() cannot block on this host (a browser main thread); use asyncio.sleep()');
  return NONE;
}

// ---- the calendar ----

/** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
function daysFromCivil(y: i64, m: i64, d: i64): i64 {
  if (m <= 2) y--;
  const era = (y >= 0 ? y : y - 399) / 400;
  const yoe = y - era * 400;
  const doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

function isLeap(y: i64): bool {
  return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

const CUMULATIVE_DAYS: StaticArray<i32> = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

/** The nine fields of a broken-down time (C's struct tm, with tm_year the full year). */
const tm = memory.data(9 * 8);
const YEAR = 0;
const MON = 1;
const MDAY = 2;
const HOUR = 3;
const MIN = 4;
const SEC = 5;
const WDAY = 6;
const YDAY = 7;
const ISDST = 8;

// @ts-ignore: decorator
@inline function tmGet(i: i32): i64 {
  return load<i64>(tm + (<usize>i << 3));
}

// @ts-ignore: decorator
@inline function tmSet(i: i32, v: i64): void {
  store<i64>(tm + (<usize>i << 3), v);
}

/** Breaks seconds since the epoch (UTC) into tm (Hinnant's civil_from_days). */
function breakDown(t: i64): void {
  let days = t / 86400;
  let rest = t % 86400;
  if (rest < 0) {
    rest += 86400;
    days--;
  }
  tmSet(HOUR, rest / 3600);
  tmSet(MIN, (rest % 3600) / 60);
  tmSet(SEC, rest % 60);
  tmSet(WDAY, ((days % 7) + 7 + 3) % 7); // 1970-01-01 was a Thursday; Monday is 0
  const z = days + 719468;
  const era = (z >= 0 ? z : z - 146096) / 146097;
  const doe = z - era * 146097;
  const yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const mp = (5 * doy + 2) / 153;
  const d = doy - (153 * mp + 2) / 5 + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  tmSet(YEAR, y);
  tmSet(MON, m);
  tmSet(MDAY, d);
  tmSet(YDAY, <i64>unchecked(CUMULATIVE_DAYS[<i32>m - 1]) + d + (m > 2 && isLeap(y) ? 1 : 0));
  tmSet(ISDST, 0);
}

// ---- struct_time ----
// A tuple subclass of nine items. tm_zone and tm_gmtoff ride in two hidden items past the
// tuple's length (an interned str and a small int, so the collector needs not see them).

let structTimeType: usize = 0;
const FIELD_NAMES: StaticArray<string> = [
  'tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday', 'tm_isdst',
];

function newStructTime(zone: usize, gmtoff: i64): Value {
  const t = newTupleOfType(structTimeType, 11);
  for (let i = 0; i < 9; i++) tupleSet(t, i, I.intFromI64(tmGet(i)));
  tupleSet(t, 9, zone == 0 ? NONE : ptrValue(zone));
  tupleSet(t, 10, zone == 0 ? NONE : smallInt(gmtoff));
  store<u32>(t + TUPLE_LENGTH, 9);
  return ptrValue(t);
}

/** The hidden item i (9: tm_zone, 10: tm_gmtoff) of a struct_time. */
function hidden(v: Value, i: i32): Value {
  return load<u64>(ptrOf(v) + 16 + (<usize>i << 3));
}

function getZone(v: Value): Value { return hidden(v, 9); }
function getGmtoff(v: Value): Value { return hidden(v, 10); }

function structTimeNew(type: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoKwargs('struct_time', kwnames) || !checkArgCount('struct_time', nargs, 1, 2)) return NULL;
  const l = listFromIterable(arg(args, 0));
  if (l == 0) return NULL;
  const n = listLength(l);
  if (n < 9 || n > 11) {
    const sb = newBuilder();
    appendJs(sb, n < 9 ? 'time.struct_time() takes an at least 9-sequence (' : 'time.struct_time() takes an at most 11-sequence (');
    appendStr(sb, ptrOf(I.intToStr(smallInt(n), 10, 0)));
    appendJs(sb, '-sequence given)');
    return raiseStr(TypeError, finishBuilder(sb));
  }
  pushTempRoot(ptrValue(l));
  const t = newTupleOfType(ptrOf(type), 11);
  for (let i = 0; i < 11; i++) tupleSet(t, i, i < n ? listGet(l, i) : NONE);
  const zone = tupleGet(t, 9);
  if (kindOf(zone) == KIND_STR) tupleSet(t, 9, ptrValue(intern(ptrOf(zone))));
  store<u32>(t + TUPLE_LENGTH, 9);
  popTempRoots(1);
  return ptrValue(t);
}

function structTimeRepr(v: Value): Value {
  const sb = newBuilder();
  appendJs(sb, 'time.struct_time(');
  for (let i = 0; i < 9; i++) {
    if (i > 0) appendJs(sb, ', ');
    appendJs(sb, unchecked(FIELD_NAMES[i]));
    appendCodePoint(sb, 0x3D);
    const r = A.reprOf(tupleGet(ptrOf(v), i));
    if (r == 0) return NULL;
    appendStr(sb, r);
  }
  appendJs(sb, ')');
  return ptrValue(finishBuilder(sb));
}

function getYear(v: Value): Value { return tupleGet(ptrOf(v), 0); }
function getMon(v: Value): Value { return tupleGet(ptrOf(v), 1); }
function getMday(v: Value): Value { return tupleGet(ptrOf(v), 2); }
function getHour(v: Value): Value { return tupleGet(ptrOf(v), 3); }
function getMin(v: Value): Value { return tupleGet(ptrOf(v), 4); }
function getSec(v: Value): Value { return tupleGet(ptrOf(v), 5); }
function getWday(v: Value): Value { return tupleGet(ptrOf(v), 6); }
function getYday(v: Value): Value { return tupleGet(ptrOf(v), 7); }
function getIsdst(v: Value): Value { return tupleGet(ptrOf(v), 8); }

// ---- gmtime, localtime, mktime ----

/** time_t limits of the platform (64-bit, as glibc's gmtime accepts them). */
const MAX_TIME: f64 = 67767976233316800.0;

/** The seconds of a gmtime/localtime argument: None is now; others are floored to whole seconds. */
function timestampArg(args: usize, nargs: i32): i64 {
  let seconds: f64;
  if (nargs == 0 || arg(args, 0) == NONE) {
    seconds = hostTimeNow();
  } else {
    seconds = secondsArg(arg(args, 0));
    if (errOccurred()) return 0;
  }
  seconds = Math.floor(seconds);
  if (!(Math.abs(seconds) < MAX_TIME)) {
    raiseJs(OverflowError, 'timestamp out of range for platform time_t');
    return 0;
  }
  return <i64>seconds;
}

let utcName: usize = 0;
let gmtName: usize = 0;

/** The name of a UTC offset: UTC, or +HHMM / -HHMM. */
function zoneName(offset: i32): usize {
  if (offset == 0) return utcName;
  const sb = newBuilder();
  appendCodePoint(sb, offset < 0 ? 0x2D : 0x2B);
  const a = offset < 0 ? -offset : offset;
  appendTwoDigits(sb, a / 3600);
  appendTwoDigits(sb, (a % 3600) / 60);
  return intern(finishBuilder(sb));
}

function tGmtime(s: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoKwargs('gmtime', kwnames) || !checkArgCount('gmtime', nargs, 0, 1)) return NULL;
  const t = timestampArg(args, nargs);
  if (errOccurred()) return NULL;
  breakDown(t);
  return newStructTime(gmtName, 0);
}

function tLocaltime(s: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoKwargs('localtime', kwnames) || !checkArgCount('localtime', nargs, 0, 1)) return NULL;
  const t = timestampArg(args, nargs);
  if (errOccurred()) return NULL;
  const offset = hostLocalOffset(<f64>t);
  breakDown(t + offset);
  tmSet(ISDST, offset > standardOffset(tmGet(YEAR)) ? 1 : 0);
  return newStructTime(zoneName(offset), offset);
}

/** The local time zone's offset without daylight saving time in a year: the smaller of January's and July's. */
function standardOffset(year: i64): i32 {
  const january = hostLocalOffset(<f64>(daysFromCivil(year, 1, 1) * 86400));
  const july = hostLocalOffset(<f64>(daysFromCivil(year, 7, 1) * 86400));
  return min(january, july);
}

/** Reads a time tuple (struct_time or a 9-tuple) into tm; false with TypeError otherwise. */
function readTimeTuple(v: Value, what: string): bool {
  if (!isSubtype(A.typeOf(v), tupleType)) {
    raiseJs(TypeError, what);
    return false;
  }
  const t = ptrOf(v);
  if (tupleLength(t) != 9) {
    const sb = newBuilder();
    appendJs(sb, 'function takes exactly 9 arguments (');
    appendStr(sb, ptrOf(I.intToStr(smallInt(tupleLength(t)), 10, 0)));
    appendJs(sb, ' given)');
    raiseStr(TypeError, finishBuilder(sb));
    return false;
  }
  for (let i = 0; i < 9; i++) {
    const item = A.indexOf(tupleGet(t, i));
    if (item == NULL) return false;
    tmSet(i, I.intClampToI64(intOperand(item)));
  }
  return true;
}

/** The field, least and greatest value of each field checktm checks, and its complaint. */
const TM_CHECKS: StaticArray<i32> = [1, 1, 12, 2, 1, 31, 3, 0, 23, 4, 0, 59, 5, 0, 61, 7, 1, 366];
const TM_CHECK_MESSAGES: StaticArray<string> = ['month out of range', 'day of month out of range', 'hour out of range',
  'minute out of range', 'seconds out of range', 'day of year out of range'];

/** checktm + the normalisations CPython applies before strftime/asctime (gettmarg, checktm). */
function checkTm(): bool {
  if (tmGet(MON) == 0) tmSet(MON, 1);
  if (tmGet(MDAY) == 0) tmSet(MDAY, 1);
  if (tmGet(YDAY) == 0) tmSet(YDAY, 1);
  for (let i = 0; i < 6; i++) {
    const v = tmGet(unchecked(TM_CHECKS[i * 3]));
    if (v < <i64>unchecked(TM_CHECKS[i * 3 + 1]) || v > <i64>unchecked(TM_CHECKS[i * 3 + 2])) {
      raiseJs(ValueError, unchecked(TM_CHECK_MESSAGES[i]));
      return false;
    }
  }
  // tm_wday is taken modulo 7 (Monday first), as CPython does before calling C.
  let w = tmGet(WDAY) % 7;
  if (w < 0) w += 7;
  tmSet(WDAY, w);
  return true;
}

function tMktime(s: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkOneArg('mktime', nargs, kwnames)) return NULL;
  if (!readTimeTuple(arg(args, 0), 'Tuple or struct_time argument required')) return NULL;
  const local = daysFromCivil(tmGet(YEAR), 1, 1) * 86400 + daysBeforeMonth() * 86400 +
    tmGet(HOUR) * 3600 + tmGet(MIN) * 60 + tmGet(SEC);
  const t = local - <i64>hostLocalOffset(<f64>local);
  return f(<f64>(local - <i64>hostLocalOffset(<f64>t)));
}

/** Days from 1 January to the tm's month and day (months outside 1..12 carried into years). */
function daysBeforeMonth(): i64 {
  const y = tmGet(YEAR);
  let m = tmGet(MON) - 1;
  let years = m / 12;
  m %= 12;
  if (m < 0) {
    m += 12;
    years--;
  }
  const start = daysFromCivil(y + years, m + 1, 1) - daysFromCivil(y, 1, 1);
  return start + tmGet(MDAY) - 1;
}

// ---- asctime, ctime, strftime ----

const DAY_NAMES: StaticArray<string> = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTH_NAMES: StaticArray<string> = ['January', 'February', 'March', 'April', 'May', 'June', 'July',
  'August', 'September', 'October', 'November', 'December'];

function appendPadded(sb: usize, n: i64, width: i32, pad: u32): void {
  const negative = n < 0;
  let m = negative ? -n : n;
  let digits = 1;
  for (let x = m; x >= 10; x /= 10) digits++;
  if (negative) appendCodePoint(sb, 0x2D);
  for (let i = digits + (negative ? 1 : 0); i < width; i++) appendCodePoint(sb, pad);
  let p: i64 = 1;
  for (let i = 1; i < digits; i++) p *= 10;
  for (; p > 0; p /= 10) {
    appendCodePoint(sb, 0x30 + <u32>((m / p) % 10));
  }
}

function appendTwoDigits(sb: usize, n: i64): void {
  appendPadded(sb, n, 2, 0x30);
}

function appendName(sb: usize, names: StaticArray<string>, i: i64, abbreviated: bool): void {
  const name = unchecked(names[<i32>i]);
  if (!abbreviated) {
    appendJs(sb, name);
    return;
  }
  for (let k = 0; k < 3; k++) appendCodePoint(sb, <u32>name.charCodeAt(k));
}

/** "Sun Sep  9 01:46:40 2001" (C's asctime, without its newline). */
function appendAsctime(sb: usize): void {
  appendName(sb, DAY_NAMES, tmGet(WDAY), true);
  appendCodePoint(sb, 0x20);
  appendName(sb, MONTH_NAMES, tmGet(MON) - 1, true);
  appendCodePoint(sb, 0x20);
  appendPadded(sb, tmGet(MDAY), 2, 0x20);
  appendCodePoint(sb, 0x20);
  appendClock(sb);
  appendCodePoint(sb, 0x20);
  appendPadded(sb, tmGet(YEAR), 4, 0x30);
}

function appendClock(sb: usize): void {
  appendTwoDigits(sb, tmGet(HOUR));
  appendCodePoint(sb, 0x3A);
  appendTwoDigits(sb, tmGet(MIN));
  appendCodePoint(sb, 0x3A);
  appendTwoDigits(sb, tmGet(SEC));
}

/** The week number of the year, weeks starting on `firstDay` (0 Sunday for %U, 1 Monday for %W). */
function weekNumber(firstDay: i64): i64 {
  const sundayBased = (tmGet(WDAY) + 1) % 7; // C's tm_wday: Sunday is 0
  const yday = tmGet(YDAY) - 1;
  return (yday + 7 - ((sundayBased - firstDay + 7) % 7)) / 7;
}

/** ISO 8601 week-based year and week (for %G, %g, %V): isoYear receives the year. */
let isoYear: i64 = 0;
function isoWeek(): i64 {
  const year = tmGet(YEAR);
  const yday = tmGet(YDAY) - 1;
  const wday = tmGet(WDAY); // Monday 0
  let week = (yday - wday + 10) / 7;
  isoYear = year;
  if (week < 1) {
    isoYear = year - 1;
    const prevDays: i64 = isLeap(year - 1) ? 366 : 365;
    week = (yday + prevDays - wday + 10) / 7;
  } else if (week > 52) {
    const days: i64 = isLeap(year) ? 366 : 365;
    if (yday - wday + 3 >= days) {
      isoYear = year + 1;
      week = 1;
    }
  }
  return week;
}

let zoneOfTm: usize = 0;
let gmtoffOfTm: i64 = 0;

/** One strftime conversion (glibc's, in the C locale); false for a letter it does not know. */
function appendConversion(sb: usize, c: u32): bool {
  switch (c) {
    case 0x61: appendName(sb, DAY_NAMES, tmGet(WDAY), true); break; // a
    case 0x41: appendName(sb, DAY_NAMES, tmGet(WDAY), false); break; // A
    case 0x62: case 0x68: appendName(sb, MONTH_NAMES, tmGet(MON) - 1, true); break; // b h
    case 0x42: appendName(sb, MONTH_NAMES, tmGet(MON) - 1, false); break; // B
    case 0x63: appendAsctime(sb); break; // c
    case 0x43: appendTwoDigits(sb, tmGet(YEAR) / 100); break; // C
    case 0x64: appendTwoDigits(sb, tmGet(MDAY)); break; // d
    case 0x44: // D
      appendTwoDigits(sb, tmGet(MON));
      appendCodePoint(sb, 0x2F);
      appendTwoDigits(sb, tmGet(MDAY));
      appendCodePoint(sb, 0x2F);
      appendTwoDigits(sb, tmGet(YEAR) % 100);
      break;
    case 0x65: appendPadded(sb, tmGet(MDAY), 2, 0x20); break; // e
    case 0x46: // F
      appendPadded(sb, tmGet(YEAR), 1, 0x30);
      appendCodePoint(sb, 0x2D);
      appendTwoDigits(sb, tmGet(MON));
      appendCodePoint(sb, 0x2D);
      appendTwoDigits(sb, tmGet(MDAY));
      break;
    case 0x47: isoWeek(); appendPadded(sb, isoYear, 1, 0x30); break; // G
    case 0x67: isoWeek(); appendTwoDigits(sb, isoYear % 100); break; // g
    case 0x48: appendTwoDigits(sb, tmGet(HOUR)); break; // H
    case 0x49: appendTwoDigits(sb, (tmGet(HOUR) + 11) % 12 + 1); break; // I
    case 0x6A: appendPadded(sb, tmGet(YDAY), 3, 0x30); break; // j
    case 0x6B: appendPadded(sb, tmGet(HOUR), 2, 0x20); break; // k
    case 0x6C: appendPadded(sb, (tmGet(HOUR) + 11) % 12 + 1, 2, 0x20); break; // l
    case 0x6D: appendTwoDigits(sb, tmGet(MON)); break; // m
    case 0x4D: appendTwoDigits(sb, tmGet(MIN)); break; // M
    case 0x6E: appendCodePoint(sb, 0x0A); break; // n
    case 0x70: appendJs(sb, tmGet(HOUR) < 12 ? 'AM' : 'PM'); break; // p
    case 0x50: appendJs(sb, tmGet(HOUR) < 12 ? 'am' : 'pm'); break; // P
    case 0x72: // r
      appendTwoDigits(sb, (tmGet(HOUR) + 11) % 12 + 1);
      appendCodePoint(sb, 0x3A);
      appendTwoDigits(sb, tmGet(MIN));
      appendCodePoint(sb, 0x3A);
      appendTwoDigits(sb, tmGet(SEC));
      appendJs(sb, tmGet(HOUR) < 12 ? ' AM' : ' PM');
      break;
    case 0x52: // R
      appendTwoDigits(sb, tmGet(HOUR));
      appendCodePoint(sb, 0x3A);
      appendTwoDigits(sb, tmGet(MIN));
      break;
    case 0x53: appendTwoDigits(sb, tmGet(SEC)); break; // S
    case 0x74: appendCodePoint(sb, 0x09); break; // t
    case 0x54: appendClock(sb); break; // T
    case 0x75: appendPadded(sb, tmGet(WDAY) + 1, 1, 0x30); break; // u
    case 0x55: appendTwoDigits(sb, weekNumber(0)); break; // U
    case 0x56: appendTwoDigits(sb, isoWeek()); break; // V
    case 0x77: appendPadded(sb, (tmGet(WDAY) + 1) % 7, 1, 0x30); break; // w
    case 0x57: appendTwoDigits(sb, weekNumber(1)); break; // W
    case 0x78: // x
      appendTwoDigits(sb, tmGet(MON));
      appendCodePoint(sb, 0x2F);
      appendTwoDigits(sb, tmGet(MDAY));
      appendCodePoint(sb, 0x2F);
      appendTwoDigits(sb, tmGet(YEAR) % 100);
      break;
    case 0x58: appendClock(sb); break; // X
    case 0x79: appendTwoDigits(sb, ((tmGet(YEAR) % 100) + 100) % 100); break; // y
    case 0x59: appendPadded(sb, tmGet(YEAR), 1, 0x30); break; // Y
    case 0x7A: { // z
      const a = gmtoffOfTm < 0 ? -gmtoffOfTm : gmtoffOfTm;
      appendCodePoint(sb, gmtoffOfTm < 0 ? 0x2D : 0x2B);
      appendTwoDigits(sb, a / 3600);
      appendTwoDigits(sb, (a % 3600) / 60);
      break;
    }
    case 0x5A: if (zoneOfTm != 0) appendStr(sb, zoneOfTm); break; // Z
    case 0x25: appendCodePoint(sb, 0x25); break; // %
    default: return false;
  }
  return true;
}

/** strftime(format[, t]) */
function tStrftime(s: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoKwargs('strftime', kwnames) || !checkArgCount('strftime', nargs, 1, 2)) return NULL;
  const format = arg(args, 0);
  if (kindOf(format) != KIND_STR) {
    const sb = newBuilder();
    appendJs(sb, 'strftime() argument 1 must be str, not ');
    appendStr(sb, A.typeNameOf(format));
    return raiseStr(TypeError, finishBuilder(sb));
  }
  if (!loadTmArgument(args, nargs, 1)) return NULL;
  const fmt = ptrOf(format);
  const n = strLength(fmt);
  const sb = newBuilder(n + 16);
  for (let i = 0; i < n; i++) {
    const c = charAt(fmt, i);
    if (c != 0x25 || i + 1 >= n) {
      appendCodePoint(sb, c);
      continue;
    }
    const d = charAt(fmt, ++i);
    if (!appendConversion(sb, d)) {
      appendCodePoint(sb, 0x25);
      appendCodePoint(sb, d);
    }
  }
  return ptrValue(finishBuilder(sb));
}

/** tm from args[at] (a time tuple) or from localtime() when absent; sets the zone for %Z/%z. */
function loadTmArgument(args: usize, nargs: i32, at: i32): bool {
  if (nargs <= at) {
    const t = <i64>Math.floor(hostTimeNow());
    const offset = hostLocalOffset(<f64>t);
    breakDown(t + offset);
    zoneOfTm = zoneName(offset);
    gmtoffOfTm = offset;
    return true;
  }
  const v = arg(args, at);
  if (!readTimeTuple(v, 'Tuple or struct_time argument required')) return false;
  zoneOfTm = 0;
  gmtoffOfTm = 0;
  if (A.typeOf(v) == structTimeType && kindOf(hidden(v, 9)) == KIND_STR) {
    zoneOfTm = ptrOf(hidden(v, 9));
    gmtoffOfTm = intOf(hidden(v, 10));
  } else {
    const offset = hostLocalOffset(hostTimeNow());
    zoneOfTm = zoneName(offset);
    gmtoffOfTm = offset;
  }
  return checkTm();
}

function tAsctime(s: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoKwargs('asctime', kwnames) || !checkArgCount('asctime', nargs, 0, 1)) return NULL;
  if (nargs == 1 && !isSubtype(A.typeOf(arg(args, 0)), tupleType)) {
    return raiseJs(TypeError, 'Tuple or struct_time argument required');
  }
  if (nargs == 1 && tupleLength(ptrOf(arg(args, 0))) != 9) return raiseJs(TypeError, 'asctime(): illegal time tuple argument');
  if (!loadTmArgument(args, nargs, 0)) return NULL;
  const sb = newBuilder();
  appendAsctime(sb);
  return ptrValue(finishBuilder(sb));
}

function tCtime(s: Value, args: usize, nargs: i32, kwnames: Value): Value {
  if (!checkNoKwargs('ctime', kwnames) || !checkArgCount('ctime', nargs, 0, 1)) return NULL;
  const t = timestampArg(args, nargs);
  if (errOccurred()) return NULL;
  breakDown(t + hostLocalOffset(<f64>t));
  const sb = newBuilder();
  appendAsctime(sb);
  return ptrValue(finishBuilder(sb));
}

// ---- the module ----

let made: usize = 0;

export function createTimeModule(): usize {
  if (made != 0) return made;
  utcName = internJs('UTC');
  gmtName = internJs('GMT');
  const m = newNativeModule('time');
  addFunction(m, 'time', tTime);
  addFunction(m, 'time_ns', tTimeNs);
  addFunction(m, 'monotonic', tMonotonic);
  addFunction(m, 'monotonic_ns', tMonotonicNs);
  addFunction(m, 'perf_counter', tPerfCounter);
  addFunction(m, 'perf_counter_ns', tPerfCounterNs);
  addFunction(m, 'process_time', tProcessTime);
  addFunction(m, 'process_time_ns', tProcessTimeNs);
  addFunction(m, 'thread_time', tProcessTime);
  addFunction(m, 'thread_time_ns', tProcessTimeNs);
  addFunction(m, 'sleep', tSleep);
  addFunction(m, 'gmtime', tGmtime);
  addFunction(m, 'localtime', tLocaltime);
  addFunction(m, 'mktime', tMktime);
  addFunction(m, 'strftime', tStrftime);
  addFunction(m, 'asctime', tAsctime);
  addFunction(m, 'ctime', tCtime);
  // The zone's standard and daylight saving offsets this year, as C's tzset() sets them.
  breakDown(<i64>hostTimeNow());
  const year = tmGet(YEAR);
  const january = hostLocalOffset(<f64>(daysFromCivil(year, 1, 1) * 86400));
  const july = hostLocalOffset(<f64>(daysFromCivil(year, 7, 1) * 86400));
  const standard = min(january, july);
  const summer = max(january, july);
  addValue(m, 'timezone', smallInt(-standard));
  addValue(m, 'altzone', smallInt(-summer));
  addValue(m, 'daylight', smallInt(standard != summer ? 1 : 0));
  addValue(m, 'tzname', ptrValue(tuple2(ptrValue(zoneName(standard)), ptrValue(zoneName(summer)))));
  const t = newBuiltinType('struct_time', tupleType, KIND_TUPLE, 0);
  setExtensionModule(t, internJs('time'));
  addPermanentRoot(ptrValue(t));
  setSlot(t, SLOT_NEW, changetype<usize>(structTimeNew));
  setSlot(t, SLOT_REPR, changetype<usize>(structTimeRepr));
  defineGetSet(t, 'tm_year', getYear, null);
  defineGetSet(t, 'tm_mon', getMon, null);
  defineGetSet(t, 'tm_mday', getMday, null);
  defineGetSet(t, 'tm_hour', getHour, null);
  defineGetSet(t, 'tm_min', getMin, null);
  defineGetSet(t, 'tm_sec', getSec, null);
  defineGetSet(t, 'tm_wday', getWday, null);
  defineGetSet(t, 'tm_yday', getYday, null);
  defineGetSet(t, 'tm_isdst', getIsdst, null);
  defineGetSet(t, 'tm_zone', getZone, null);
  defineGetSet(t, 'tm_gmtoff', getGmtoff, null);
  structTimeType = t;
  addType(m, t);
  made = keepModule(m);
  return m;
}
