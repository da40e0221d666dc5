// An asc transform (asconfig.json's "transform"): keeps Binaryen from inlining the functions the
// eval loop calls into it. Those calls are the loop's slow paths (its fast paths are `@inline` in
// the source, inlined by asc itself); inlined, they made the loop function twice as large, and
// V8's optimising compiler took about 3× longer on it while the program ran in baseline code.

const EVAL_LOOP = '$vm-as/interp/eval/run';

export default class LeanEvalLoop {
  afterCompile(module) {
    const text = module.emitText();
    const start = text.indexOf(`(func ${EVAL_LOOP} `);
    if (start < 0) throw new Error(`asc-lean-eval-loop: no function ${EVAL_LOOP}`);
    const end = text.indexOf('\n (func ', start + 1);
    const body = text.slice(start, end < 0 ? undefined : end);
    const callees = new Set(Array.from(body.matchAll(/\(call \$([^\s()]+)/g), (m) => m[1]));
    for (const name of callees) {
      // The pass marks every function whose name matches the pattern; names here have no wildcards.
      this.binaryen.setPassArgument('no-inline', name);
      module.runPasses(['no-inline']);
    }
    this.binaryen.clearPassArguments();
  }
}
