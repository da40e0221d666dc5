// Code generation. For each program of tests/codegen, and (where python3 exists) each file of
// the standard library: compilation succeeds, every code object is internally consistent
// (compiler/verify.ts: arguments in range, jumps and handlers at instructions, the stack never
// below empty nor above co_stacksize on any path), and holds what CPython 3.11's does —
// names, qualified names, first lines, argument counts, flags, local/cell/free variable names,
// docstrings (tests/tools/code_info.py, committed as NAME.py.expected). Also: constant folding
// against python3's values, code shapes the VM relies on, the disassembler, the code image.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cases, committed } from '../tools/expect.js';
import { python3, runPython } from '../tools/python.js';
import { compiler, root, wasmpy } from './helpers.js';

const { compile, CodeObject, verifyCode, instructions } = compiler;

const ANONYMOUS = new Set(['<lambda>', '<listcomp>', '<setcomp>', '<dictcomp>', '<genexpr>']);

/** code_info.py's description of a code object and those nested in it, as JSON values. */
function describe(code, out = []) {
  const first = code.consts[0];
  const isDef = (code.flags & 1) !== 0 && !ANONYMOUS.has(code.name);
  out.push({
    name: code.name,
    qualname: code.qualname,
    firstlineno: code.firstlineno,
    argcount: code.argcount,
    posonlyargcount: code.posonlyargcount,
    kwonlyargcount: code.kwonlyargcount,
    flags: code.flags,
    varnames: code.varnames,
    cellvars: code.cellvars,
    freevars: code.freevars,
    doc: isDef && typeof first === 'string' ? first : null,
  });
  for (const c of code.consts) if (c instanceof CodeObject) describe(c, out);
  return out;
}

const asLines = (infos) => infos.map((info) => JSON.stringify(info) + '\n').join('');

function compileFile(file) {
  return compile(readFileSync(file), file);
}

/** All code objects of a tree. */
function* codeObjects(code) {
  yield code;
  for (const c of code.consts) if (c instanceof CodeObject) yield* codeObjects(c);
}

function find(code, name) {
  for (const c of codeObjects(code)) if (c.name === name) return c;
  throw new Error(`no code object ${name}`);
}

const opnames = (code) => instructions(code).map((i) => i.opname);

// ---- the corpus ----

for (const file of cases('codegen')) {
  test(file, () => {
    const want = committed(file);
    assert.ok(want !== null, 'no expectation: run node tests/tools/expect.js codegen');
    const code = compileFile(join(root, file));
    assert.equal(verifyCode(code), []);
    assert.fixture(asLines(describe(code)), want);
  });
}

// ---- the standard library ----

if (python3()) {
  const lines = runPython(['tests/tools/code_info.py', '--stdlib'], { cwd: root }).stdout.trim().split('\n');
  const stdlib = lines.map((l) => JSON.parse(l)).filter((r) => r.code !== undefined);
  test(`the standard library (${stdlib.length} files): consistent code objects, as CPython 3.11's`, () => {
    for (const want of stdlib) {
      const code = compileFile(want.file);
      assert.equal(verifyCode(code), [], want.file);
      assert.is(asLines(describe(code)), asLines(want.code), `code objects of ${want.file} differ from CPython's`);
    }
  });
}

// ---- constant folding ----

/** Expressions CPython folds (or not); where we fold, the value must be python3's. */
const FOLDING = [
  '1 + 2', '2 ** 10', '2 ** 64', '2 ** 200', '3 ** 80', '10 ** 20 * 10 ** 20', '(1 << 100) * (1 << 100)',
  '7 // -2', '-7 % 3', '7.5 // 2', '-7.5 % 2', '5 % -0.5', '-0.0 // 1', '1 / 3', '2 ** -1', '(-2) ** -3',
  '10 ** -2', '(-2) ** 3', '(-8) ** 0.5', '4 ** 0.5', '1 + 2j', '(1+2j) * (3-4j)', '(1+2j) / (3-4j)', '1j / 0',
  '1e308 * 10', '-0.0', '0.1 + 0.2', '1 - 0j', '-(1+2j)', '1j * 1j', '2.5 + True',
  '"a" * 3', '"ab" * 2048', '"ab" * 2049', '-1 * "ab"', '(1, 2) * 128', '(1, 2) * 129', '(1,) * 0', "b'x' + b'y'", "b'ab' * 3",
  '"abc"[1]', '"abc"[-1]', '"abc"[5]', '"a\\U0001f600b"[1]', '(1, 2, 3)[1]', "b'ab'[0]", '"abc"[True]',
  '~5', '~True', '-True', '+False', 'not 0', 'not ()', 'True + True', 'True & False', 'True ^ True', 'True | 0',
  '1 << 127', '1 << 128', '(1 << 100) >> 99', '-1 >> 100', '1 >> 1000', '5 >> -1', '12345678901234567890 // 7',
  '12345678901234567890 / 7', '(2**53 + 1) / 1', '10**30 / 3', '-(10**30) / 7', '1 / 10**400', '10**400 / 1',
  '(2**1074) // 1 / 2**1074', '1 / (2**1075)', '3 % 0', '1 / 0', '0 ** -1', '2.0 ** 1024', '2.0 ** -1074',
  '(1, (2, 3)) + (4,)', '"\\ud83d" + "\\ude00"', '__debug__', '1 + "a"', '[1] * 2', '(1).real',
];

/** folded.py's canonical text of a constant. */
function canonical(v) {
  if (v instanceof compiler.PyTuple) return '(' + v.items.map(canonical).join(',') + ')';
  if (v instanceof compiler.ast.PyComplex) return 'c' + compiler.constRepr(v.real) + ',' + compiler.constRepr(v.imag);
  // The first letter of the Python type's name.
  let type = 'b'; // bool, bytes
  if (v === null) type = 'N';
  else if (typeof v === 'bigint') type = 'i';
  else if (typeof v === 'number') type = 'f';
  else if (typeof v === 'string' || v instanceof compiler.ast.PyStrCodePoints) type = 's';
  return type + compiler.constRepr(v);
}

/** The expressions CPython folds and we do not; where we fold, the values CPython computes. */
function foldingDifferences(sources) {
  const want = JSON.parse(runPython(['tests/tools/folded.py'], { cwd: root, input: JSON.stringify(sources) }).stdout);
  const unfolded = [];
  sources.forEach((source, i) => {
    const code = compile(source, '<fold>', 'eval');
    const instrs = instructions(code);
    if (instrs.length !== 2 || instrs[1].opname !== 'RETURN_CONST') {
      if (want[i].folded) unfolded.push(source);
      return;
    }
    assert.ok(want[i].folded, `${source}: CPython does not fold it`);
    assert.is(canonical(code.consts[instrs[1].arg]), want[i].value, source);
  });
  return unfolded;
}

/** Arithmetic on random constants (a fixed seed): ints small and big, floats, complex numbers. */
function randomExpressions(count) {
  let seed = 12345;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pick = (items) => items[Math.floor(random() * items.length)];
  const ints = ['0', '1', '-1', '7', '-7', '3', '255', '-256', '123456789', '-987654321012', '2**53+1', '10**30', '-(10**25)', '2**63', 'True', 'False'];
  const floats = ['0.0', '-0.0', '1.5', '-2.25', '0.1', '1e300', '-1e-300', '3.141592653589793', '1e16', '2.0', '-7.0', '1e-310'];
  const complexes = ['1j', '(1+2j)', '(-0.5-3j)', '2.5j'];
  const atom = () => pick(pick([ints, ints, floats, complexes]));
  const ops = ['+', '-', '*', '/', '//', '%', '**', '<<', '>>', '&', '|', '^'];
  return Array.from({ length: count }, () => {
    let e = `(${atom()}) ${pick(ops)} (${atom()})`;
    if (random() < 0.3) e = `(${e}) ${pick(ops)} (${atom()})`;
    if (random() < 0.1) e = `${pick(['-', '+', '~', 'not '])}(${e})`;
    return e;
  });
}

if (python3()) {
  test('constant folding: what CPython folds, to the value CPython computes', () => {
    // Left to run time: float results libm might round differently, complex powers.
    assert.equal(foldingDifferences(FOLDING), ['10 ** -2', '(-8) ** 0.5', '4 ** 0.5']);
    const unfolded = foldingDifferences(randomExpressions(3000));
    assert.equal(unfolded.filter((e) => !e.includes('**')), []);
  });
}

test('folding keeps a folded string from becoming a docstring', () => {
  const code = compile('def f():\n    "a" + "b"\n', 'x.py');
  assert.is(find(code, 'f').consts[0], null);
});

// ---- warnings ----

const WARNING_SOURCE = `x = 1
if x is 1 or x is not ():
    pass
y = x is None, x is ..., (x is "a") and 1
(1, 2)(3)
[1, 2][3, 4]
5[0]
"abc"["x"]
{1, 2}[0]
(lambda: 0)[1]
f"{x}"[1.5]
assert (x, "message")
assert ()
while x is 2:
    x = [1] [0]
`;

if (python3()) {
  test('SyntaxWarnings: the ones CPython issues, in its order', () => {
    const script = 'import json, sys, warnings\nwith warnings.catch_warnings(record=True) as ws:\n' +
      '    warnings.simplefilter("always")\n    compile(sys.stdin.read(), "w.py", "exec")\n' +
      'print(json.dumps([[w.lineno, str(w.message)] for w in ws]))';
    const want = JSON.parse(runPython(['-c', script], { input: WARNING_SOURCE }).stdout);
    const warnings = [];
    compile(WARNING_SOURCE, 'w.py', 'exec', { warnings });
    assert.equal(warnings.map((w) => [w.lineno, w.message]), want);
    assert.is(compiler.formatWarning(warnings[0], 'if x is 1 or x is not ():\n'), 'w.py:2: SyntaxWarning: "is" with a literal. Did you mean "=="?\n  if x is 1 or x is not ():\n');
  });
}

// ---- code shapes ----

test('await: GET_AWAITABLE; LOAD_CONST None; SEND; YIELD_VALUE; RESUME; JUMP_BACKWARD_NO_INTERRUPT; END_SEND', () => {
  const f = find(compile('async def f(x):\n    return await x\n', 'x.py'), 'f');
  const ops = opnames(f).join(' ');
  assert.match(ops, 'GET_AWAITABLE LOAD_CONST SEND YIELD_VALUE RESUME JUMP_BACKWARD_NO_INTERRUPT END_SEND');
  const instrs = instructions(f);
  const cleanup = instrs.find((i) => i.opname === 'CLEANUP_THROW');
  const yieldAt = instrs.find((i) => i.opname === 'YIELD_VALUE').offset;
  const entry = f.exceptionTable.find((e) => e.start <= yieldAt && yieldAt < e.end);
  assert.is(entry.target, cleanup.offset, 'YIELD_VALUE is handled by CLEANUP_THROW');
});

test('generators start with RETURN_GENERATOR and turn StopIteration into RuntimeError', () => {
  for (const source of ['def g():\n    yield 1\n', 'g = lambda: (yield)\n', 'g = (x for x in y)\n', 'async def g():\n    pass\n']) {
    const g = [...codeObjects(compile(source, 'x.py'))][1];
    const ops = opnames(g);
    assert.equal(ops.slice(0, 3), ['RETURN_GENERATOR', 'POP_TOP', 'RESUME'], source);
    assert.ok(ops.includes('CALL_INTRINSIC_1'), source);
  }
});

test('comprehensions are functions called with the iterator, as in 3.11', () => {
  const module = compile('x = [a for a in b]\n', 'x.py');
  assert.equal(opnames(module).slice(1), ['LOAD_CONST', 'MAKE_FUNCTION', 'LOAD_NAME', 'GET_ITER', 'CALL', 'STORE_NAME', 'RETURN_CONST']);
  assert.is(find(module, '<listcomp>').varnames.join(), '.0,a');
});

test('LOAD_FAST_CHECK where a local may be unbound, LOAD_FAST where it cannot', () => {
  const code = compile('def f(a, c):\n    if c:\n        b = 1\n    print(a, b)\n    return b\n', 'x.py');
  const loads = instructions(find(code, 'f')).filter((i) => i.opname.startsWith('LOAD_FAST')).map((i) => i.opname);
  assert.equal(loads, ['LOAD_FAST', 'LOAD_FAST', 'LOAD_FAST_CHECK', 'LOAD_FAST']);
});

test('closures: MAKE_CELL, COPY_FREE_VARS, LOAD_CLOSURE, LOAD_DEREF', () => {
  const code = compile('def f(a):\n    def g():\n        return a\n    return g\n', 'x.py');
  assert.equal(opnames(find(code, 'f')).slice(0, 2), ['MAKE_CELL', 'RESUME']);
  assert.ok(opnames(find(code, 'f')).includes('LOAD_CLOSURE'));
  assert.equal(opnames(find(code, 'g')).slice(0, 3), ['COPY_FREE_VARS', 'RESUME', 'LOAD_DEREF']);
});

test('class bodies: __module__, __qualname__, __classcell__; zero-argument super() as LOAD_SUPER_ATTR', () => {
  const code = compile('class C:\n    def f(self):\n        return super().f()\n', 'x.py');
  const c = find(code, 'C');
  assert.equal(c.names.slice(0, 4), ['__name__', '__module__', '__qualname__', 'f']);
  assert.ok(c.names.includes('__classcell__'));
  assert.equal(c.cellvars, ['__class__']);
  assert.ok(opnames(find(code, 'f')).includes('LOAD_SUPER_ATTR'));
});

test('compile modes: eval returns the value, single prints it', () => {
  assert.equal(opnames(compile('x + 1', '<s>', 'eval')), ['RESUME', 'LOAD_NAME', 'LOAD_CONST', 'BINARY_OP', 'RETURN_VALUE']);
  assert.ok(opnames(compile('x + 1\n', '<s>', 'single')).includes('CALL_INTRINSIC_1'));
});

test('positions: a multi-line method call is located at its attribute name', () => {
  const code = compile('(a.\n   b(1))\n', 'x.py');
  const call = instructions(code).find((i) => i.opname === 'CALL');
  assert.equal(code.position(call.offset), { lineno: 2, endLineno: 2, col: 3, endCol: 7 });
});

test('a failed assert is located at its comparison, as in 3.11', () => {
  const code = compile('assert x > 0, "m"\n', 'x.py');
  const raise = instructions(code).find((i) => i.opname === 'RAISE_VARARGS');
  assert.equal(code.position(raise.offset), { lineno: 1, endLineno: 1, col: 7, endCol: 12 });
});

// ---- assembly ----

test('arguments over 24 bits take an EXTENDED_ARG', () => {
  const { CfgBuilder, ConstTable, NO_POSITION, OP, assemble } = compiler;
  const cfg = new CfgBuilder();
  cfg.emit(OP.LOAD_FAST, 0x12345678, NO_POSITION);
  cfg.emit(OP.RETURN_VALUE, 0, NO_POSITION);
  const { code } = assemble({ entry: cfg.entry, consts: new ConstTable(), nlocals: 0, nparams: 0 });
  assert.equal(Array.from(code), [OP.EXTENDED_ARG | (0x12 << 8), (OP.LOAD_FAST | (0x345678 << 8)) >>> 0, OP.RETURN_VALUE]);
});

test('inline caches are zero words after their instruction', () => {
  const code = compile('a + b\n', 'x.py');
  const binary = instructions(code).find((i) => i.opname === 'BINARY_OP');
  assert.is(binary.size, 1 + compiler.OPCODES[compiler.OP.BINARY_OP].cache);
  assert.is(code.code[binary.offset + 1], 0);
});

// ---- the disassembler ----

test('--dis prints each code object, nested ones after, and the exception table', () => {
  const r = wasmpy(['--dis', 'tests/codegen/control.py']);
  assert.is(r.status, 0);
  assert.ok(r.stdout.includes('Disassembly of <code object loops at #1, file "tests/codegen/control.py", line 5>:'));
  assert.match(r.stdout, /^ {2}5 {11}0 RESUME {19}0$/m);
  assert.match(r.stdout, /LOAD_GLOBAL +\d+ \(NULL \+ print\)/);
  assert.match(r.stdout, /COMPARE_OP +\d+ \(<\)/);
  assert.match(r.stdout, /BINARY_OP +\d+ \(\+=\)/);
  assert.match(r.stdout, />> +\d+ FOR_ITER +\d+ \(to \d+\)/);
  assert.match(r.stdout, /ExceptionTable:\n {2}\d+ to \d+ -> \d+ \[\d\]( lasti)?\n/);
});

// ---- the code image ----

/** A reader for the image layout of compiler/image-format.ts, enough to check what was written. */
function readImage(bytes) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const T = compiler.CONST_TAG;
  let at = 0;
  const u8 = () => view.getUint8(at++);
  const u32 = () => ((at += 4), view.getUint32(at - 4, true));
  const i32 = () => ((at += 4), view.getInt32(at - 4, true));
  const f64 = () => ((at += 8), view.getFloat64(at - 8, true));
  const raw = (n) => bytes.slice(at, (at += n));
  const items = () => Array.from({ length: u32() }, () => value());
  const value = () => {
    const tag = u8();
    switch (tag) {
      case T.NONE: return null;
      case T.TRUE: return true;
      case T.FALSE: return false;
      case T.ELLIPSIS: return '...';
      case T.SMALL_INT: return BigInt(i32());
      case T.BIG_INT: {
        const negative = u8() === 1;
        const limbs = Array.from({ length: u32() }, () => BigInt(u32()));
        const magnitude = limbs.reduceRight((acc, limb) => (acc << 32n) | limb, 0n);
        return negative ? -magnitude : magnitude;
      }
      case T.FLOAT: return f64();
      case T.COMPLEX: return { real: f64(), imag: f64() };
      case T.STR: {
        const s = new TextDecoder().decode(raw(u32()));
        strings.push(s);
        return s;
      }
      case T.STR_REF: return strings[u32()];
      case T.BYTES: return raw(u32());
      case T.TUPLE: return items();
      case T.FROZENSET: return { frozenset: items() };
      case T.CODE: {
        const code = {};
        for (const k of ['argcount', 'posonlyargcount', 'kwonlyargcount', 'flags', 'stacksize', 'firstlineno']) code[k] = u32();
        for (const k of ['name', 'qualname', 'filename', 'localsplusnames', 'localspluskinds', 'names', 'consts']) code[k] = value();
        const words = u32();
        code.code = Array.from({ length: words }, () => u32());
        code.positions = decodePositions(raw(u32()), code.firstlineno);
        code.handlers = Array.from({ length: u32() }, () => [u32(), u32(), u32(), u32()]);
        return code;
      }
    }
    throw new Error(`bad tag ${tag} at ${at - 1}`);
  };
  assert.is(u32(), compiler.IMAGE_MAGIC);
  assert.is(u32(), compiler.IMAGE_VERSION);
  const stringCount = u32();
  const strings = [];
  const module = value();
  assert.is(strings.length, stringCount, 'the string count');
  assert.is(at, bytes.length, 'the image ends after the module');
  return module;
}

/** The positions (4 numbers a word) from their runs (compiler/position-table.ts). */
function decodePositions(bytes, firstlineno) {
  let at = 0;
  const varint = () => {
    let result = 0;
    for (let shift = 0; ; shift += 7) {
      const b = bytes[at++];
      result += (b & 0x7f) * 2 ** shift;
      if ((b & 0x80) === 0) return result;
    }
  };
  const svarint = () => {
    const v = varint();
    return v % 2 ? -(v + 1) / 2 : v / 2;
  };
  const positions = [];
  let line = firstlineno;
  while (at < bytes.length) {
    const head = varint();
    let position = [-1, -1, -1, -1];
    if (head % 2) {
      line += svarint();
      position = [line, line + svarint(), varint() - 1, varint() - 1];
    }
    for (let i = 0; i < Math.floor(head / 2); i++) positions.push(...position);
  }
  return positions;
}

function checkImageCode(read, code) {
  for (const k of ['argcount', 'posonlyargcount', 'kwonlyargcount', 'flags', 'stacksize', 'firstlineno', 'name', 'qualname', 'filename']) {
    assert.is(read[k], code[k], k);
  }
  assert.equal(read.localsplusnames, code.localsplusnames);
  assert.equal(Array.from(read.localspluskinds), code.localspluskinds);
  assert.equal(read.names, code.names);
  assert.equal(read.code, Array.from(code.code));
  assert.equal(read.positions, Array.from(code.positions));
  assert.equal(read.handlers, code.exceptionTable.map((e) => [e.start, e.end, e.target, (e.depth << 1) | (e.lasti ? 1 : 0)]));
  assert.is(read.consts.length, code.consts.length);
  code.consts.forEach((c, i) => {
    if (c instanceof CodeObject) checkImageCode(read.consts[i], c);
  });
}

test('the code image holds every code object of the tree', () => {
  for (const file of cases('codegen')) {
    const code = compileFile(join(root, file));
    checkImageCode(readImage(compiler.writeImage(code)), code);
  }
});

test('image constants: ints small and big, floats, complex, strings with lone surrogates, bytes, tuples', () => {
  const big = 2n ** 100n;
  const code = compile(`x = (1, -2147483648, 2147483648, -${big}, 1.5, 2j, "é\\ud800", b"\\x00", None, True, ...)\n`, 'x.py');
  const tuple = readImage(compiler.writeImage(code)).consts.find(Array.isArray);
  assert.equal(tuple.slice(0, 6), [1n, -(2n ** 31n), 2n ** 31n, -big, 1.5, { real: 0, imag: 2 }]);
  const bytes = compiler.writeImage(code);
  // "é\ud800": é as 2 bytes, the lone surrogate as 3 (ED A0 80).
  assert.ok(Buffer.from(bytes).includes(Buffer.from([0xc3, 0xa9, 0xed, 0xa0, 0x80])));
  assert.equal(tuple.slice(8), [null, true, '...']);
});

test.run();
