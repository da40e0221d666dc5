// Stack-effect formulas of the opcode table: tiny expressions over the argument `a`
// ('a + 2', '1 + (a & 1)', '1 + popcount(a & 15)'), written once in compiler/opcodes.ts. The
// compiler evaluates them through compileFormula; the build turns the same text into
// AssemblyScript (formulaToAssemblyScript) for the VM's code verifier.
// Grammar: sum := term (('+' | '-') term)*; term := atom (('*' | '&' | '>>') atom)*;
// atom := integer | 'a' | '(' sum ')' | 'popcount(' sum ')'. (*, & and >> share a precedence
// here; the formulas parenthesise whenever that matters.)

export type Formula = (a: number) => number;

function popcount(n: number): number {
  let c = 0;
  for (let x = n >>> 0; x; x &= x - 1) c++;
  return c;
}

export function compileFormula(text: string): Formula {
  const tokens = text.match(/\d+|[a-z_]+|>>|[-+*&()]/g) ?? [];
  let i = 0;
  const peek = () => tokens[i];
  const take = (t?: string) => {
    const token = tokens[i++];
    if (t !== undefined && token !== t) throw new Error(`bad stack formula '${text}'`);
    return token;
  };
  function atom(): Formula {
    const t = take();
    if (t === 'a') return (a) => a;
    if (t === '(') {
      const inner = sum();
      take(')');
      return inner;
    }
    if (t === 'popcount') {
      take('(');
      const inner = sum();
      take(')');
      return (a) => popcount(inner(a));
    }
    if (/^\d+$/.test(t)) {
      const n = Number(t);
      return () => n;
    }
    throw new Error(`bad stack formula '${text}'`);
  }
  function term(): Formula {
    let left = atom();
    while (peek() === '*' || peek() === '&' || peek() === '>>') {
      const op = take();
      const l = left;
      const r = atom();
      left = op === '*' ? (a) => l(a) * r(a) : op === '&' ? (a) => l(a) & r(a) : (a) => l(a) >> r(a);
    }
    return left;
  }
  function sum(): Formula {
    let left = term();
    while (peek() === '+' || peek() === '-') {
      const op = take();
      const l = left;
      const r = term();
      left = op === '+' ? (a) => l(a) + r(a) : (a) => l(a) - r(a);
    }
    return left;
  }
  const f = sum();
  if (i !== tokens.length) throw new Error(`bad stack formula '${text}'`);
  return f;
}

/** The same formula as an AssemblyScript i64 expression of `a`. */
export function formulaToAssemblyScript(text: string): string {
  return text.replace(/popcount\(/g, 'popcnt<i64>(');
}
