// Cells: the boxes closures share a variable through.
//
// Layout (kind KIND_CELL):
//   +8  u64 contents (NULL when the variable is unbound)

import { alloc } from '../heap';
import { KIND_CELL } from '../object';
import { Value } from '../value';

export const CELL_CONTENTS: usize = 8;

export let cellType: usize = 0;
export function setCellType(t: usize): void {
  cellType = t;
}

export function newCell(v: Value): usize {
  const c = alloc(16, cellType, KIND_CELL);
  store<u64>(c + CELL_CONTENTS, v);
  return c;
}
