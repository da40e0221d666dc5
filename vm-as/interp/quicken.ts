// Quickening, when code is loaded (after it is verified). Superinstructions: common pairs of
// instructions are fused into one VM-private opcode (the first word is rewritten; the second
// stays as it was, so a jump to it still works). One dispatch then does the work of two, as
// CPython 3.11's superinstructions do. And BINARY_OP's commonest operators get opcodes of their
// own, so their fast paths need no second switch on the operator (the argument stays, for the
// general case).

import * as O from '../generated/opcodes';

// THROW_WORD in eval.ts uses FIRST_VM_OPCODE itself.
export const OP_LOAD_FAST__LOAD_FAST: u32 = O.FIRST_VM_OPCODE + 1;
export const OP_LOAD_FAST__LOAD_CONST: u32 = O.FIRST_VM_OPCODE + 2;
export const OP_STORE_FAST__LOAD_FAST: u32 = O.FIRST_VM_OPCODE + 3;
export const OP_LOAD_CONST__LOAD_FAST: u32 = O.FIRST_VM_OPCODE + 4;
export const OP_STORE_FAST__STORE_FAST: u32 = O.FIRST_VM_OPCODE + 5;
export const OP_BINARY_OP_ADD: u32 = O.FIRST_VM_OPCODE + 6;
export const OP_BINARY_OP_SUBTRACT: u32 = O.FIRST_VM_OPCODE + 7;
export const OP_BINARY_OP_MULTIPLY: u32 = O.FIRST_VM_OPCODE + 8;

function fused(first: u32, second: u32): u32 {
  if (first == O.OP_LOAD_FAST) {
    if (second == O.OP_LOAD_FAST) return OP_LOAD_FAST__LOAD_FAST;
    if (second == O.OP_LOAD_CONST) return OP_LOAD_FAST__LOAD_CONST;
  } else if (first == O.OP_STORE_FAST) {
    if (second == O.OP_LOAD_FAST) return OP_STORE_FAST__LOAD_FAST;
    if (second == O.OP_STORE_FAST) return OP_STORE_FAST__STORE_FAST;
  } else if (first == O.OP_LOAD_CONST && second == O.OP_LOAD_FAST) {
    return OP_LOAD_CONST__LOAD_FAST;
  }
  return 0;
}

/** The opcode of BINARY_OP's specialised form for operator `arg` (its in-place form too), or 0. */
function binaryOpFor(arg: u32): u32 {
  if (arg >= <u32>O.NB_INPLACE_ADD) arg -= <u32>O.NB_INPLACE_ADD;
  if (arg == <u32>O.NB_ADD) return OP_BINARY_OP_ADD;
  if (arg == <u32>O.NB_SUBTRACT) return OP_BINARY_OP_SUBTRACT;
  if (arg == <u32>O.NB_MULTIPLY) return OP_BINARY_OP_MULTIPLY;
  return 0;
}

/** Quickens a verified code object's words (count words at `words`). */
export function quicken(words: usize, count: u32): void {
  let i: u32 = 0;
  while (i < count) {
    const word = load<u32>(words + (<usize>i << 2));
    const op = word & 0xFF;
    const size = 1 + <u32>O.OPCODE_CACHE[op];
    if (size == 1 && i + 1 < count) {
      const next = load<u32>(words + (<usize>(i + 1) << 2)) & 0xFF;
      const f = fused(op, next);
      if (f != 0) store<u32>(words + (<usize>i << 2), (word & 0xFFFFFF00) | f);
    } else if (op == O.OP_BINARY_OP) {
      const special = binaryOpFor(word >> 8);
      if (special != 0) store<u32>(words + (<usize>i << 2), (word & 0xFFFFFF00) | special);
    }
    i += size;
  }
}
