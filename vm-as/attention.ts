// One word the eval loop checks at its safe points: non-zero when something needs the loop's
// attention (a collection, the memory limit, an interrupt), so the common case costs one load.

export const ATTENTION_GC: i32 = 1;
export const ATTENTION_MEMORY: i32 = 2;
export const ATTENTION_INTERRUPT: i32 = 4;

export let attention: i32 = 0;

export function requestAttention(bit: i32): void {
  attention |= bit;
}

export function clearAttention(bit: i32): void {
  attention &= ~bit;
}
