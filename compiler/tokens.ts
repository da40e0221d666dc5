// Token kinds, as CPython 3.11's tokenizer and keyword table define them.
//
// Operators and keywords each get their own kind so the parser compares small integers, never
// strings. Soft keywords (`match`, `case`, `_`) stay NAME tokens: only the parser knows when
// they are keywords.

export const enum Tok {
  ENDMARKER, NAME, NUMBER, STRING, NEWLINE, INDENT, DEDENT,
  // Operators
  LPAR, RPAR, LSQB, RSQB, COLON, COMMA, SEMI, PLUS, MINUS, STAR, SLASH, VBAR, AMPER, LESS,
  GREATER, EQUAL, DOT, PERCENT, LBRACE, RBRACE, EQEQUAL, NOTEQUAL, LESSEQUAL, GREATEREQUAL,
  TILDE, CIRCUMFLEX, LEFTSHIFT, RIGHTSHIFT, DOUBLESTAR, PLUSEQUAL, MINEQUAL, STAREQUAL,
  SLASHEQUAL, PERCENTEQUAL, AMPEREQUAL, VBAREQUAL, CIRCUMFLEXEQUAL, LEFTSHIFTEQUAL,
  RIGHTSHIFTEQUAL, DOUBLESTAREQUAL, DOUBLESLASH, DOUBLESLASHEQUAL, AT, ATEQUAL, RARROW,
  ELLIPSIS, COLONEQUAL,
  /** Any other printable character ('!', '$', '?', '`'): CPython's generic OP. */
  OP,
  // Hard keywords
  FALSE, NONE, TRUE, AND, AS, ASSERT, ASYNC, AWAIT, BREAK, CLASS, CONTINUE, DEF, DEL, ELIF,
  ELSE, EXCEPT, FINALLY, FOR, FROM, GLOBAL, IF, IMPORT, IN, IS, LAMBDA, NONLOCAL, NOT, OR,
  PASS, RAISE, RETURN, TRY, WHILE, WITH, YIELD,
}

export const KEYWORDS: ReadonlyMap<string, Tok> = new Map([
  ['False', Tok.FALSE], ['None', Tok.NONE], ['True', Tok.TRUE], ['and', Tok.AND], ['as', Tok.AS],
  ['assert', Tok.ASSERT], ['async', Tok.ASYNC], ['await', Tok.AWAIT], ['break', Tok.BREAK],
  ['class', Tok.CLASS], ['continue', Tok.CONTINUE], ['def', Tok.DEF], ['del', Tok.DEL],
  ['elif', Tok.ELIF], ['else', Tok.ELSE], ['except', Tok.EXCEPT], ['finally', Tok.FINALLY],
  ['for', Tok.FOR], ['from', Tok.FROM], ['global', Tok.GLOBAL], ['if', Tok.IF],
  ['import', Tok.IMPORT], ['in', Tok.IN], ['is', Tok.IS], ['lambda', Tok.LAMBDA],
  ['nonlocal', Tok.NONLOCAL], ['not', Tok.NOT], ['or', Tok.OR], ['pass', Tok.PASS],
  ['raise', Tok.RAISE], ['return', Tok.RETURN], ['try', Tok.TRY], ['while', Tok.WHILE],
  ['with', Tok.WITH], ['yield', Tok.YIELD],
]);

export function isKeyword(kind: Tok): boolean {
  return kind >= Tok.FALSE;
}
