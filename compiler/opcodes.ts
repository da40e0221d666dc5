// The one opcode table: names, arguments, inline caches and stack effects of every instruction.
// The code generator, the disassembler and the VM's dispatch constants
// (vm-as/generated/opcodes.ts, written by scripts/gen-vm-constants.js at build time) all come from it.
//
// Names, stack effects and meanings follow CPython 3.12's `dis` documentation; the encoding is
// our own. An instruction is one 32-bit little-endian word: the opcode in the low 8 bits, the
// argument in the high 24 (EXTENDED_ARG supplies higher bits, rarely needed). `cache` words
// follow an instruction for the VM's inline caches; the compiler writes them as zero.
//
// Where we differ from CPython 3.12:
// - Jump arguments are absolute: the index (in words) of the target instruction.
// - FOR_ITER pops the exhausted iterator itself and jumps to its target (3.11's meaning); there
//   is no END_FOR.
// - COMPARE_OP's argument is the comparison alone (CMP_OPS below), with no flag bits.
// - The exception table lives beside the code (see compiler/image-format.ts), not in it.

import { compileFormula, type Formula } from './stack-formula.js';

/** How an instruction transfers control, for stack-depth analysis and the disassembler. */
export type JumpKind =
  | 'none'
  | 'conditional' // falls through or jumps to its argument
  | 'unconditional' // always jumps to its argument
  | 'exit'; // never falls through (return, raise, reraise)

export interface OpcodeInfo {
  readonly name: string;
  readonly code: number;
  readonly hasArg: boolean;
  /** Inline cache words following the instruction. */
  readonly cache: number;
  readonly jump: JumpKind;
  /** Values the instruction takes off the stack (or reads from under the top). */
  readonly pop: string;
  /** Values it leaves when execution falls through to the next instruction. */
  readonly push: string;
  /** Values it leaves when it jumps (only for jumping instructions). */
  readonly jumpPush: string;
  /** Net stack effect when execution falls through to the next instruction. */
  readonly effect: Formula;
  /** Net stack effect when the instruction jumps (only for jumping instructions). */
  readonly jumpEffect: Formula;
  /**
   * A pseudo-instruction exists only inside the compiler (block setup markers); the assembler
   * replaces it before the code is written.
   */
  readonly pseudo: boolean;
}

/** pop, push and jumpPush are formulas over the argument `a` (see compiler/stack-formula.ts). */
interface Spec {
  arg?: boolean;
  cache?: number;
  jump?: JumpKind;
  pop: string;
  push: string;
  jumpPush?: string;
  pseudo?: boolean;
}

const table: OpcodeInfo[] = [];
export const OP: Record<string, number> = {};

function netEffect(pop: string, push: string): Formula {
  const p = compileFormula(pop);
  const q = compileFormula(push);
  return (a) => q(a) - p(a);
}

function def(name: string, spec: Spec): void {
  const info: OpcodeInfo = {
    name,
    code: table.length,
    hasArg: spec.arg ?? false,
    cache: spec.cache ?? 0,
    jump: spec.jump ?? 'none',
    pop: spec.pop,
    push: spec.push,
    jumpPush: spec.jumpPush ?? spec.push,
    effect: netEffect(spec.pop, spec.push),
    jumpEffect: netEffect(spec.pop, spec.jumpPush ?? spec.push),
    pseudo: spec.pseudo ?? false,
  };
  table.push(info);
  OP[name] = info.code;
}

// ---- stack manipulation ----
def('NOP', { pop: '0', push: '0' });
def('POP_TOP', { pop: '1', push: '0' });
def('PUSH_NULL', { pop: '0', push: '1' });
/** Push STACK[-arg] again (arg >= 1). */
def('COPY', { arg: true, pop: 'a', push: 'a + 1' });
/** Swap STACK[-1] and STACK[-arg]. */
def('SWAP', { arg: true, pop: 'a', push: 'a' });
/** Marks function entry and resumption points (arg: 0 start, 1 after yield, 2 after yield from, 3 after await). The VM checks its slice budget here. */
def('RESUME', { arg: true, pop: '0', push: '0' });
/** Supplies 8 more high bits to the next instruction's argument. */
def('EXTENDED_ARG', { arg: true, pop: '0', push: '0' });

// ---- constants and names ----
def('LOAD_CONST', { arg: true, pop: '0', push: '1' });
def('RETURN_CONST', { arg: true, jump: 'exit', pop: '0', push: '0' });
def('LOAD_FAST', { arg: true, pop: '0', push: '1' });
/** LOAD_FAST that raises UnboundLocalError when the local is unset. */
def('LOAD_FAST_CHECK', { arg: true, pop: '0', push: '1' });
/** Push the local (or NULL if unset) and clear it: saves a variable across an inlined scope. */
def('LOAD_FAST_AND_CLEAR', { arg: true, pop: '0', push: '1' });
def('STORE_FAST', { arg: true, pop: '1', push: '0' });
def('DELETE_FAST', { arg: true, pop: '0', push: '0' });
/** Moves a cell or free variable into a fresh cell at function entry. */
def('MAKE_CELL', { arg: true, pop: '0', push: '0' });
def('LOAD_CLOSURE', { arg: true, pop: '0', push: '1' });
def('LOAD_DEREF', { arg: true, pop: '0', push: '1' });
def('STORE_DEREF', { arg: true, pop: '1', push: '0' });
def('DELETE_DEREF', { arg: true, pop: '0', push: '0' });
/** Copies the closure's cells into the frame's free-variable slots (arg: how many). */
def('COPY_FREE_VARS', { arg: true, pop: '0', push: '0' });
/** Pops a mapping; pushes the name (arg) looked up in it, then in globals, then builtins. */
def('LOAD_FROM_DICT_OR_GLOBALS', { arg: true, pop: '1', push: '1' });
/** Pops a mapping; pushes the name of free variable arg looked up in it, else the cell's value. */
def('LOAD_FROM_DICT_OR_DEREF', { arg: true, pop: '1', push: '1' });
def('LOAD_NAME', { arg: true, pop: '0', push: '1' });
def('STORE_NAME', { arg: true, pop: '1', push: '0' });
def('DELETE_NAME', { arg: true, pop: '0', push: '0' });
/** arg = namei << 1 | pushNull: pushes NULL first when the low bit is set. */
def('LOAD_GLOBAL', { arg: true, cache: 3, pop: '0', push: '1 + (a & 1)' });
def('STORE_GLOBAL', { arg: true, pop: '1', push: '0' });
def('DELETE_GLOBAL', { arg: true, pop: '0', push: '0' });
def('LOAD_LOCALS', { pop: '0', push: '1' });
def('LOAD_BUILD_CLASS', { pop: '0', push: '1' });
def('LOAD_ASSERTION_ERROR', { pop: '0', push: '1' });
def('SETUP_ANNOTATIONS', { pop: '0', push: '0' });

// ---- attributes and subscripts ----
/** arg = namei << 1 | method. A method load pushes (method, self) or (NULL, attribute). */
def('LOAD_ATTR', { arg: true, cache: 4, pop: '1', push: '1 + (a & 1)' });
def('STORE_ATTR', { arg: true, cache: 2, pop: '2', push: '0' });
def('DELETE_ATTR', { arg: true, pop: '1', push: '0' });
/** Stack: global super, class, self. arg = namei << 2 | method << 0 | twoArgs << 1 (CPython 3.12). */
def('LOAD_SUPER_ATTR', { arg: true, cache: 1, pop: '3', push: '1 + (a & 1)' });
def('BINARY_SUBSCR', { cache: 1, pop: '2', push: '1' });
def('STORE_SUBSCR', { cache: 1, pop: '3', push: '0' });
def('DELETE_SUBSCR', { pop: '2', push: '0' });
/** container, start, end → container[start:end] */
def('BINARY_SLICE', { pop: '3', push: '1' });
/** value, container, start, end → (container[start:end] = value) */
def('STORE_SLICE', { pop: '4', push: '0' });

// ---- operators ----
def('UNARY_NEGATIVE', { pop: '1', push: '1' });
def('UNARY_NOT', { pop: '1', push: '1' });
def('UNARY_INVERT', { pop: '1', push: '1' });
/** arg: one of BINARY_OPS below. */
def('BINARY_OP', { arg: true, cache: 1, pop: '2', push: '1' });
/** arg: one of CMP_OPS below. */
def('COMPARE_OP', { arg: true, cache: 1, pop: '2', push: '1' });
/** `is` (arg 0) or `is not` (arg 1); pushes a bool. */
def('IS_OP', { arg: true, pop: '2', push: '1' });
/** `in` (arg 0) or `not in` (arg 1); pushes a bool. */
def('CONTAINS_OP', { arg: true, pop: '2', push: '1' });
/** arg: one of INTRINSIC_1 below; replaces TOS with f(TOS). */
def('CALL_INTRINSIC_1', { arg: true, pop: '1', push: '1' });
/** arg: one of INTRINSIC_2 below; pops two, pushes f(STACK[-2], STACK[-1]). */
def('CALL_INTRINSIC_2', { arg: true, pop: '2', push: '1' });

// ---- building ----
def('BUILD_TUPLE', { arg: true, pop: 'a', push: '1' });
def('BUILD_LIST', { arg: true, pop: 'a', push: '1' });
def('BUILD_SET', { arg: true, pop: 'a', push: '1' });
def('BUILD_MAP', { arg: true, pop: '2 * a', push: '1' });
/** Values, then a constant tuple of keys: pops arg values and the keys, pushes a dict. */
def('BUILD_CONST_KEY_MAP', { arg: true, pop: 'a + 1', push: '1' });
/** Concatenates arg strings. */
def('BUILD_STRING', { arg: true, pop: 'a', push: '1' });
/** arg 2: slice(start, stop); arg 3: slice(start, stop, step). */
def('BUILD_SLICE', { arg: true, pop: 'a', push: '1' });
/** Pops TOS and appends it to the list at STACK[-arg] (counted after the pop). */
def('LIST_APPEND', { arg: true, pop: 'a + 1', push: 'a' });
/** Pops TOS and adds it to the set at STACK[-arg] (counted after the pop). */
def('SET_ADD', { arg: true, pop: 'a + 1', push: 'a' });
/** Pops key and value (value on top); sets them in the dict at STACK[-arg] (counted after the pops). */
def('MAP_ADD', { arg: true, pop: 'a + 2', push: 'a' });
def('LIST_EXTEND', { arg: true, pop: 'a + 1', push: 'a' });
def('SET_UPDATE', { arg: true, pop: 'a + 1', push: 'a' });
def('DICT_UPDATE', { arg: true, pop: 'a + 1', push: 'a' });
/** DICT_UPDATE that raises on duplicate keys (for **kwargs in calls). */
def('DICT_MERGE', { arg: true, pop: 'a + 3', push: 'a + 2' });
/** Pops a sequence, pushes its arg items (last item first). */
def('UNPACK_SEQUENCE', { arg: true, pop: '1', push: 'a' });
/** arg = before | after << 8: pops a sequence, pushes after + before + 1 values. */
def('UNPACK_EX', { arg: true, pop: '1', push: '(a & 255) + (a >> 8) + 1' });
/** Flags (FUNCTION_FLAGS): pops the code object and the extras the flags name; pushes a function. */
def('MAKE_FUNCTION', { arg: true, pop: '1 + popcount(a & 15)', push: '1' });
/** arg: conversion (FORMAT_CONVERSION) | 4 when a format spec is on the stack. */
def('FORMAT_VALUE', { arg: true, pop: '1 + ((a >> 2) & 1)', push: '1' });

// ---- calls ----
/** Names the keyword arguments of the next CALL: a constant tuple (arg). */
def('KW_NAMES', { arg: true, pop: '0', push: '0' });
/** Stack: callable-or-NULL, self-or-callable, arg arguments → result. */
def('CALL', { arg: true, cache: 3, pop: 'a + 2', push: '1' });
/** Stack: NULL, callable, args tuple[, kwargs dict if arg & 1] → result. */
def('CALL_FUNCTION_EX', { arg: true, pop: '3 + (a & 1)', push: '1' });
def('RETURN_VALUE', { jump: 'exit', pop: '1', push: '0' });

// ---- control flow ----
def('JUMP_FORWARD', { arg: true, jump: 'unconditional', pop: '0', push: '0' });
def('JUMP_BACKWARD', { arg: true, jump: 'unconditional', pop: '0', push: '0' });
/** A backward jump that is not a safe point for interruption (inside await loops). */
def('JUMP_BACKWARD_NO_INTERRUPT', { arg: true, jump: 'unconditional', pop: '0', push: '0' });
def('POP_JUMP_IF_FALSE', { arg: true, jump: 'conditional', pop: '1', push: '0' });
def('POP_JUMP_IF_TRUE', { arg: true, jump: 'conditional', pop: '1', push: '0' });
def('POP_JUMP_IF_NONE', { arg: true, jump: 'conditional', pop: '1', push: '0' });
def('POP_JUMP_IF_NOT_NONE', { arg: true, jump: 'conditional', pop: '1', push: '0' });
def('GET_ITER', { pop: '1', push: '1' });
def('GET_YIELD_FROM_ITER', { pop: '1', push: '1' });
/** Pushes next(TOS); when exhausted, pops the iterator and jumps to arg. */
def('FOR_ITER', { arg: true, cache: 1, jump: 'conditional', pop: '1', push: '2', jumpPush: '0' });
def('GET_LEN', { pop: '1', push: '2' });

// ---- exceptions ----
/** arg 0: re-raise; 1: raise TOS; 2: raise STACK[-2] from TOS. */
def('RAISE_VARARGS', { arg: true, jump: 'exit', pop: 'a', push: '0' });
/** Re-raises TOS; if arg, sets the frame's lasti from STACK[-arg-1] first. */
def('RERAISE', { arg: true, jump: 'exit', pop: 'a + 1', push: 'a' });
/** exc → previous_handled_exc, exc (and exc becomes the handled exception). */
def('PUSH_EXC_INFO', { pop: '1', push: '2' });
/** Pops the saved exception and restores it as the handled exception. */
def('POP_EXCEPT', { pop: '1', push: '0' });
/** exc, type → exc, bool */
def('CHECK_EXC_MATCH', { pop: '2', push: '2' });
/** exc, type → rest, match (except*) */
def('CHECK_EG_MATCH', { pop: '2', push: '2' });
/** Calls __exit__ (STACK[-4]) with the exception in TOS; pushes the result. */
def('WITH_EXCEPT_START', { pop: '4', push: '5' });
/** context manager → bound __exit__, result of __enter__() */
def('BEFORE_WITH', { pop: '1', push: '2' });

// ---- generators and coroutines ----
/**
 * Turns the current frame into a generator/coroutine object and returns it to the caller. When
 * the object is first resumed, the value sent in is pushed (a POP_TOP follows), hence +1.
 */
def('RETURN_GENERATOR', { pop: '0', push: '1' });
/** Yields TOS from the frame; on resumption TOS is the value sent in. arg: exception depth. */
def('YIELD_VALUE', { arg: true, pop: '1', push: '1' });
/** receiver, value → receiver, yielded value; when the receiver returns, jumps to arg with receiver, return value. */
def('SEND', { arg: true, cache: 1, jump: 'conditional', pop: '2', push: '2', jumpPush: '2' });
/** receiver, value → value */
def('END_SEND', { pop: '2', push: '1' });
/** Exception handler of the await/yield-from loop: sub_iter, last_sent_val, exc → None, value (on StopIteration) or re-raise. */
def('CLEANUP_THROW', { pop: '3', push: '2' });
/** arg: 0 plain, 1 after __aenter__, 2 after __aexit__ (for the error messages). */
def('GET_AWAITABLE', { arg: true, pop: '1', push: '1' });
def('GET_AITER', { pop: '1', push: '1' });
def('GET_ANEXT', { pop: '1', push: '2' });
/** aiter, exc → (pops both) when exc is StopAsyncIteration, else re-raises. */
def('END_ASYNC_FOR', { pop: '2', push: '0' });
/** async context manager → bound __aexit__, awaitable of __aenter__() */
def('BEFORE_ASYNC_WITH', { pop: '1', push: '2' });

// ---- imports ----
/** level, fromlist → module */
def('IMPORT_NAME', { arg: true, pop: '2', push: '1' });
def('IMPORT_FROM', { arg: true, pop: '1', push: '2' });

// ---- pattern matching ----
def('MATCH_MAPPING', { pop: '1', push: '2' });
def('MATCH_SEQUENCE', { pop: '1', push: '2' });
/** subject, keys → subject, keys, values-tuple-or-None */
def('MATCH_KEYS', { pop: '2', push: '3' });
/** subject, class, kw-names tuple → attributes tuple or None (arg positional count). */
def('MATCH_CLASS', { arg: true, pop: '3', push: '1' });
/**
 * Drops a for loop's iterator when break, continue or return leaves the loop (CPython 3.14's
 * POP_ITER): a generator only the loop held is finalized now, as reference counting would.
 */
def('POP_ITER', { pop: '1', push: '0' });

// ---- pseudo-instructions (compiler only) ----
/** Marks the start of a try block whose handler is arg. */
def('SETUP_FINALLY', { arg: true, jump: 'conditional', pseudo: true, pop: '0', push: '0', jumpPush: '1' });
/** Like SETUP_FINALLY, but the handler also receives lasti. */
def('SETUP_CLEANUP', { arg: true, jump: 'conditional', pseudo: true, pop: '0', push: '0', jumpPush: '2' });
/** Like SETUP_CLEANUP for a with-block (the __exit__ stays below). */
def('SETUP_WITH', { arg: true, jump: 'conditional', pseudo: true, pop: '0', push: '0', jumpPush: '1' });
def('POP_BLOCK', { pseudo: true, pop: '0', push: '0' });
def('JUMP', { arg: true, jump: 'unconditional', pseudo: true, pop: '0', push: '0' });
def('JUMP_NO_INTERRUPT', { arg: true, jump: 'unconditional', pseudo: true, pop: '0', push: '0' });
def('STORE_FAST_MAYBE_NULL', { arg: true, pseudo: true, pop: '1', push: '0' });

export const OPCODES: readonly OpcodeInfo[] = table;

/** Opcodes the VM may rewrite an instruction into (specialisations) start after the last real one. */
export const FIRST_VM_OPCODE = table.length;

/** BINARY_OP arguments (CPython's NB_* numbering); in-place forms are +13. */
export const BINARY_OPS = [
  '+', '&', '//', '<<', '@', '*', '%', '|', '**', '>>', '-', '/', '^',
  '+=', '&=', '//=', '<<=', '@=', '*=', '%=', '|=', '**=', '>>=', '-=', '/=', '^=',
] as const;

/** COMPARE_OP arguments. */
export const CMP_OPS = ['<', '<=', '==', '!=', '>', '>='] as const;

/** CALL_INTRINSIC_1 arguments (CPython 3.12's numbering; 0 is invalid). */
export const INTRINSIC_1 = [
  'INTRINSIC_1_INVALID', 'INTRINSIC_PRINT', 'INTRINSIC_IMPORT_STAR', 'INTRINSIC_STOPITERATION_ERROR',
  'INTRINSIC_ASYNC_GEN_WRAP', 'INTRINSIC_UNARY_POSITIVE', 'INTRINSIC_LIST_TO_TUPLE',
] as const;

/** CALL_INTRINSIC_2 arguments. */
export const INTRINSIC_2 = ['INTRINSIC_2_INVALID', 'INTRINSIC_PREP_RERAISE_STAR'] as const;

/** MAKE_FUNCTION flag bits: which extras are on the stack below the code object. */
export const FUNCTION_FLAGS = { DEFAULTS: 0x01, KWDEFAULTS: 0x02, ANNOTATIONS: 0x04, CLOSURE: 0x08 } as const;

/** FORMAT_VALUE conversions (low 2 bits of its argument); 4 = a format spec is on the stack. */
export const FORMAT_CONVERSION = { NONE: 0, STR: 1, REPR: 2, ASCII: 3, HAVE_SPEC: 4 } as const;

export function opcodeInfo(code: number): OpcodeInfo {
  return table[code];
}
