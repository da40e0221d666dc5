// Interactive input (the REPL): each input is a code image compiled in 'single' mode and run in
// the one __main__ module the first input created, so names persist from one input to the next.

import { NULL, ptrOf, ptrValue } from './value';
import { loadImage } from './image';
import { reserveInput } from './hostdata';
import { newMainModule } from './import';
import { execCode } from './builtins/exec';
import { addPermanentRoot } from './gc';
import { finish } from './run';

/** __main__'s globals; rooted, because the program may remove __main__ from sys.modules. */
let mainGlobals: usize = 0;

/** Loads the image in the input buffer and runs it in __main__ (results as runMainImage). */
export function runInteractiveImage(length: usize): i32 {
  const code = loadImage(reserveInput(length), length);
  if (code == NULL) return finish(NULL);
  if (mainGlobals == 0) {
    mainGlobals = newMainModule(ptrOf(code));
    addPermanentRoot(ptrValue(mainGlobals));
  }
  return finish(execCode(ptrOf(code), mainGlobals, mainGlobals));
}
