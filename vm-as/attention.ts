// One word the eval loop checks at its safe points: non-zero when something needs the loop's
// attention (a collection, the memory limit, an interrupt, a wait for host events), so the
// common case costs one load.

export const ATTENTION_GC: i32 = 1;
export const ATTENTION_MEMORY: i32 = 2;
export const ATTENTION_INTERRUPT: i32 = 4;
/** Python asked to wait for host events (host-wait.ts): the slice ends at the next safe point. */
export const ATTENTION_HOST_WAIT: i32 = 8;

export let attention: i32 = 0;

export function requestAttention(bit: i32): void {
  attention |= bit;
}

export function clearAttention(bit: i32): void {
  attention &= ~bit;
}
