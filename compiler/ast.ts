// The abstract syntax tree: CPython 3.11's `ast` node names and fields, in CPython's field order.
//
// Every node is a plain object whose `_type` is the CPython class name. Operators and expression
// contexts are strings ('Add', 'Load', …) rather than objects: they carry no data. Positions are
// CPython's: 1-based lines, 0-based columns counted in UTF-8 bytes.

/** A Python constant as the compiler holds it. */
export type ConstValue = null | boolean | bigint | number | string | PyBytes | PyComplex | PyEllipsis;

/** `bytes` literal contents. */
export class PyBytes {
  constructor(public readonly bytes: Uint8Array) {}
}

/** An imaginary literal such as `2j`: the only complex numbers source text can spell. */
export class PyComplex {
  constructor(public readonly real: number, public readonly imag: number) {}
}

/** The `...` constant. */
export class PyEllipsis {
  static readonly instance = new PyEllipsis();
  private constructor() {}
}

/**
 * A `str` whose code points JS cannot hold as a string: adjacent surrogate code points written
 * as escapes ("\ud83d\ude00" is two code points in Python, one in JS). Rare; only the literal
 * decoder creates it.
 */
export class PyStrCodePoints {
  constructor(public readonly codePoints: number[]) {}
}

export interface Position {
  lineno: number;
  col_offset: number;
  end_lineno: number | null;
  end_col_offset: number | null;
}

export type ExprContext = 'Load' | 'Store' | 'Del';
export type BoolOpKind = 'And' | 'Or';
export type OperatorKind =
  | 'Add' | 'Sub' | 'Mult' | 'MatMult' | 'Div' | 'Mod' | 'Pow'
  | 'LShift' | 'RShift' | 'BitOr' | 'BitXor' | 'BitAnd' | 'FloorDiv';
export type UnaryOpKind = 'Invert' | 'Not' | 'UAdd' | 'USub';
export type CmpOpKind = 'Eq' | 'NotEq' | 'Lt' | 'LtE' | 'Gt' | 'GtE' | 'Is' | 'IsNot' | 'In' | 'NotIn';

// ---- modules ----

export interface Module { _type: 'Module'; body: Stmt[]; type_ignores: TypeIgnore[] }
export interface Interactive { _type: 'Interactive'; body: Stmt[] }
export interface Expression { _type: 'Expression'; body: Expr }
export type Mod = Module | Interactive | Expression;

export interface TypeIgnore { _type: 'TypeIgnore'; lineno: number; tag: string }

// ---- statements ----

export interface FunctionDef extends Position {
  _type: 'FunctionDef';
  name: string; args: Arguments; body: Stmt[]; decorator_list: Expr[];
  returns: Expr | null; type_comment: string | null;
}
export interface AsyncFunctionDef extends Position {
  _type: 'AsyncFunctionDef';
  name: string; args: Arguments; body: Stmt[]; decorator_list: Expr[];
  returns: Expr | null; type_comment: string | null;
}
export interface ClassDef extends Position {
  _type: 'ClassDef';
  name: string; bases: Expr[]; keywords: Keyword[]; body: Stmt[]; decorator_list: Expr[];
}
export interface Return extends Position { _type: 'Return'; value: Expr | null }
export interface Delete extends Position { _type: 'Delete'; targets: Expr[] }
export interface Assign extends Position {
  _type: 'Assign'; targets: Expr[]; value: Expr; type_comment: string | null;
}
export interface AugAssign extends Position { _type: 'AugAssign'; target: Expr; op: OperatorKind; value: Expr }
export interface AnnAssign extends Position {
  _type: 'AnnAssign'; target: Expr; annotation: Expr; value: Expr | null; simple: number;
}
export interface For extends Position {
  _type: 'For'; target: Expr; iter: Expr; body: Stmt[]; orelse: Stmt[]; type_comment: string | null;
}
export interface AsyncFor extends Position {
  _type: 'AsyncFor'; target: Expr; iter: Expr; body: Stmt[]; orelse: Stmt[]; type_comment: string | null;
}
export interface While extends Position { _type: 'While'; test: Expr; body: Stmt[]; orelse: Stmt[] }
export interface If extends Position { _type: 'If'; test: Expr; body: Stmt[]; orelse: Stmt[] }
export interface With extends Position { _type: 'With'; items: WithItem[]; body: Stmt[]; type_comment: string | null }
export interface AsyncWith extends Position {
  _type: 'AsyncWith'; items: WithItem[]; body: Stmt[]; type_comment: string | null;
}
export interface Match extends Position { _type: 'Match'; subject: Expr; cases: MatchCase[] }
export interface Raise extends Position { _type: 'Raise'; exc: Expr | null; cause: Expr | null }
export interface Try extends Position {
  _type: 'Try'; body: Stmt[]; handlers: ExceptHandler[]; orelse: Stmt[]; finalbody: Stmt[];
}
export interface TryStar extends Position {
  _type: 'TryStar'; body: Stmt[]; handlers: ExceptHandler[]; orelse: Stmt[]; finalbody: Stmt[];
}
export interface Assert extends Position { _type: 'Assert'; test: Expr; msg: Expr | null }
export interface Import extends Position { _type: 'Import'; names: Alias[] }
export interface ImportFrom extends Position { _type: 'ImportFrom'; module: string | null; names: Alias[]; level: number }
export interface Global extends Position { _type: 'Global'; names: string[] }
export interface Nonlocal extends Position { _type: 'Nonlocal'; names: string[] }
export interface ExprStmt extends Position { _type: 'Expr'; value: Expr }
export interface Pass extends Position { _type: 'Pass' }
export interface Break extends Position { _type: 'Break' }
export interface Continue extends Position { _type: 'Continue' }

export type Stmt =
  | FunctionDef | AsyncFunctionDef | ClassDef | Return | Delete | Assign | AugAssign | AnnAssign
  | For | AsyncFor | While | If | With | AsyncWith | Match | Raise | Try | TryStar | Assert
  | Import | ImportFrom | Global | Nonlocal | ExprStmt | Pass | Break | Continue;

// ---- expressions ----

export interface BoolOp extends Position { _type: 'BoolOp'; op: BoolOpKind; values: Expr[] }
export interface NamedExpr extends Position { _type: 'NamedExpr'; target: Expr; value: Expr }
export interface BinOp extends Position { _type: 'BinOp'; left: Expr; op: OperatorKind; right: Expr }
export interface UnaryOp extends Position { _type: 'UnaryOp'; op: UnaryOpKind; operand: Expr }
export interface Lambda extends Position { _type: 'Lambda'; args: Arguments; body: Expr }
export interface IfExp extends Position { _type: 'IfExp'; test: Expr; body: Expr; orelse: Expr }
/** `keys[i]` is null for a `**mapping` entry. */
export interface Dict extends Position { _type: 'Dict'; keys: (Expr | null)[]; values: Expr[] }
export interface SetExpr extends Position { _type: 'Set'; elts: Expr[] }
export interface ListComp extends Position { _type: 'ListComp'; elt: Expr; generators: Comprehension[] }
export interface SetComp extends Position { _type: 'SetComp'; elt: Expr; generators: Comprehension[] }
export interface DictComp extends Position {
  _type: 'DictComp'; key: Expr; value: Expr; generators: Comprehension[];
}
export interface GeneratorExp extends Position { _type: 'GeneratorExp'; elt: Expr; generators: Comprehension[] }
export interface Await extends Position { _type: 'Await'; value: Expr }
export interface Yield extends Position { _type: 'Yield'; value: Expr | null }
export interface YieldFrom extends Position { _type: 'YieldFrom'; value: Expr }
export interface Compare extends Position { _type: 'Compare'; left: Expr; ops: CmpOpKind[]; comparators: Expr[] }
export interface Call extends Position { _type: 'Call'; func: Expr; args: Expr[]; keywords: Keyword[] }
/** conversion: -1 for none, else the character code of 's', 'r' or 'a'. */
export interface FormattedValue extends Position {
  _type: 'FormattedValue'; value: Expr; conversion: number; format_spec: Expr | null;
}
export interface JoinedStr extends Position { _type: 'JoinedStr'; values: Expr[] }
/** kind is 'u' for a `u"..."` string literal, else null. */
export interface Constant extends Position {
  _type: 'Constant'; value: ConstValue | PyStrCodePoints; kind: string | null;
}
export interface Attribute extends Position { _type: 'Attribute'; value: Expr; attr: string; ctx: ExprContext }
export interface Subscript extends Position { _type: 'Subscript'; value: Expr; slice: Expr; ctx: ExprContext }
export interface Starred extends Position { _type: 'Starred'; value: Expr; ctx: ExprContext }
export interface Name extends Position { _type: 'Name'; id: string; ctx: ExprContext }
export interface List extends Position { _type: 'List'; elts: Expr[]; ctx: ExprContext }
export interface Tuple extends Position { _type: 'Tuple'; elts: Expr[]; ctx: ExprContext }
export interface Slice extends Position { _type: 'Slice'; lower: Expr | null; upper: Expr | null; step: Expr | null }

export type Expr =
  | BoolOp | NamedExpr | BinOp | UnaryOp | Lambda | IfExp | Dict | SetExpr | ListComp | SetComp
  | DictComp | GeneratorExp | Await | Yield | YieldFrom | Compare | Call | FormattedValue
  | JoinedStr | Constant | Attribute | Subscript | Starred | Name | List | Tuple | Slice;

// ---- the rest ----

export interface Comprehension { _type: 'comprehension'; target: Expr; iter: Expr; ifs: Expr[]; is_async: number }
export interface ExceptHandler extends Position {
  _type: 'ExceptHandler'; type: Expr | null; name: string | null; body: Stmt[];
}
export interface Arguments {
  _type: 'arguments';
  posonlyargs: Arg[]; args: Arg[]; vararg: Arg | null; kwonlyargs: Arg[];
  /** One entry per kwonlyarg; null where it has no default. */
  kw_defaults: (Expr | null)[];
  kwarg: Arg | null; defaults: Expr[];
}
export interface Arg extends Position { _type: 'arg'; arg: string; annotation: Expr | null; type_comment: string | null }
export interface Keyword extends Position { _type: 'keyword'; arg: string | null; value: Expr }
export interface Alias extends Position { _type: 'alias'; name: string; asname: string | null }
export interface WithItem { _type: 'withitem'; context_expr: Expr; optional_vars: Expr | null }
export interface MatchCase { _type: 'match_case'; pattern: Pattern; guard: Expr | null; body: Stmt[] }

export interface MatchValue extends Position { _type: 'MatchValue'; value: Expr }
/** value is None, True or False. */
export interface MatchSingleton extends Position { _type: 'MatchSingleton'; value: null | boolean }
export interface MatchSequence extends Position { _type: 'MatchSequence'; patterns: Pattern[] }
export interface MatchMapping extends Position {
  _type: 'MatchMapping'; keys: Expr[]; patterns: Pattern[]; rest: string | null;
}
export interface MatchClass extends Position {
  _type: 'MatchClass'; cls: Expr; patterns: Pattern[]; kwd_attrs: string[]; kwd_patterns: Pattern[];
}
export interface MatchStar extends Position { _type: 'MatchStar'; name: string | null }
export interface MatchAs extends Position { _type: 'MatchAs'; pattern: Pattern | null; name: string | null }
export interface MatchOr extends Position { _type: 'MatchOr'; patterns: Pattern[] }

export type Pattern =
  | MatchValue | MatchSingleton | MatchSequence | MatchMapping | MatchClass | MatchStar | MatchAs | MatchOr;

export type Node =
  | Mod | Stmt | Expr | Pattern | TypeIgnore | Comprehension | ExceptHandler | Arguments | Arg
  | Keyword | Alias | WithItem | MatchCase;

/**
 * Each node type's fields in CPython's order, as `ast.dump` prints them. A trailing '?' marks an
 * optional field (omitted from the dump when null). Nodes not listed have no fields
 * (operators and contexts, which the tree holds as strings).
 */
export const NODE_FIELDS: Readonly<Record<string, readonly string[]>> = {
  Module: ['body', 'type_ignores'],
  Interactive: ['body'],
  Expression: ['body'],
  FunctionDef: ['name', 'args', 'body', 'decorator_list', 'returns?', 'type_comment?'],
  AsyncFunctionDef: ['name', 'args', 'body', 'decorator_list', 'returns?', 'type_comment?'],
  ClassDef: ['name', 'bases', 'keywords', 'body', 'decorator_list'],
  Return: ['value?'],
  Delete: ['targets'],
  Assign: ['targets', 'value', 'type_comment?'],
  AugAssign: ['target', 'op', 'value'],
  AnnAssign: ['target', 'annotation', 'value?', 'simple'],
  For: ['target', 'iter', 'body', 'orelse', 'type_comment?'],
  AsyncFor: ['target', 'iter', 'body', 'orelse', 'type_comment?'],
  While: ['test', 'body', 'orelse'],
  If: ['test', 'body', 'orelse'],
  With: ['items', 'body', 'type_comment?'],
  AsyncWith: ['items', 'body', 'type_comment?'],
  Match: ['subject', 'cases'],
  Raise: ['exc?', 'cause?'],
  Try: ['body', 'handlers', 'orelse', 'finalbody'],
  TryStar: ['body', 'handlers', 'orelse', 'finalbody'],
  Assert: ['test', 'msg?'],
  Import: ['names'],
  ImportFrom: ['module?', 'names', 'level?'],
  Global: ['names'],
  Nonlocal: ['names'],
  Expr: ['value'],
  Pass: [],
  Break: [],
  Continue: [],
  BoolOp: ['op', 'values'],
  NamedExpr: ['target', 'value'],
  BinOp: ['left', 'op', 'right'],
  UnaryOp: ['op', 'operand'],
  Lambda: ['args', 'body'],
  IfExp: ['test', 'body', 'orelse'],
  Dict: ['keys', 'values'],
  Set: ['elts'],
  ListComp: ['elt', 'generators'],
  SetComp: ['elt', 'generators'],
  DictComp: ['key', 'value', 'generators'],
  GeneratorExp: ['elt', 'generators'],
  Await: ['value'],
  Yield: ['value?'],
  YieldFrom: ['value'],
  Compare: ['left', 'ops', 'comparators'],
  Call: ['func', 'args', 'keywords'],
  FormattedValue: ['value', 'conversion', 'format_spec?'],
  JoinedStr: ['values'],
  Constant: ['value', 'kind?'],
  Attribute: ['value', 'attr', 'ctx'],
  Subscript: ['value', 'slice', 'ctx'],
  Starred: ['value', 'ctx'],
  Name: ['id', 'ctx'],
  List: ['elts', 'ctx'],
  Tuple: ['elts', 'ctx'],
  Slice: ['lower?', 'upper?', 'step?'],
  comprehension: ['target', 'iter', 'ifs', 'is_async'],
  ExceptHandler: ['type?', 'name?', 'body'],
  arguments: ['posonlyargs', 'args', 'vararg?', 'kwonlyargs', 'kw_defaults', 'kwarg?', 'defaults'],
  arg: ['arg', 'annotation?', 'type_comment?'],
  keyword: ['arg?', 'value'],
  alias: ['name', 'asname?'],
  withitem: ['context_expr', 'optional_vars?'],
  match_case: ['pattern', 'guard?', 'body'],
  MatchValue: ['value'],
  MatchSingleton: ['value'],
  MatchSequence: ['patterns'],
  MatchMapping: ['keys', 'patterns', 'rest?'],
  MatchClass: ['cls', 'patterns', 'kwd_attrs', 'kwd_patterns'],
  MatchStar: ['name?'],
  MatchAs: ['pattern?', 'name?'],
  MatchOr: ['patterns'],
  TypeIgnore: ['lineno', 'tag'],
};

/** Node types without position attributes (every other node has the four of Position). */
export const NODES_WITHOUT_POSITION: ReadonlySet<string> = new Set([
  'Module', 'Interactive', 'Expression', 'TypeIgnore',
  'comprehension', 'arguments', 'withitem', 'match_case',
]);
