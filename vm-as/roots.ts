// The roots that change while the program runs, marked at every collection: the thread state
// (pending and handled exceptions), the frame chain, and the host's handles.

import { markValue, markPtr, markValues } from './gc';
import { currentExc, handledExc } from './errors';
import { currentFrame, FRAME_CODE, FRAME_FUNC, FRAME_GLOBALS, FRAME_BUILTINS, FRAME_LOCALS, FRAME_OWNER,
  FRAME_BACK, FRAME_SP, FRAME_HEADER } from './interp/frame';
import { markHostRoots } from './handles';

/** Marks one frame's references and its live values (locals and stack up to the saved sp). */
export function markFrame(f: usize): void {
  markPtr(<usize>load<u32>(f + FRAME_CODE));
  markPtr(<usize>load<u32>(f + FRAME_FUNC));
  markPtr(<usize>load<u32>(f + FRAME_GLOBALS));
  markPtr(<usize>load<u32>(f + FRAME_BUILTINS));
  markPtr(<usize>load<u32>(f + FRAME_LOCALS));
  markPtr(<usize>load<u32>(f + FRAME_OWNER));
  const sp = <usize>load<u32>(f + FRAME_SP);
  const start = f + FRAME_HEADER;
  if (sp > start) markValues(start, <i32>((sp - start) >> 3));
}

export function markRunningState(): void {
  markValue(currentExc);
  markValue(handledExc);
  for (let f = currentFrame; f != 0; f = <usize>load<u32>(f + FRAME_BACK)) markFrame(f);
  markHostRoots();
}
