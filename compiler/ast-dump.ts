// `ast.dump(tree)` and `ast.dump(tree, include_attributes=True)`, character for character.

import { NODE_FIELDS, NODES_WITHOUT_POSITION, type Node } from './ast.js';
import { reprConst, reprStr } from './repr.js';

const POSITION_FIELDS = ['lineno', 'col_offset', 'end_lineno', 'end_col_offset'];

/** Fields holding a string that is not itself a node (identifiers, not operator names). */
const STRING_FIELDS = new Set(['name', 'id', 'attr', 'arg', 'module', 'asname', 'rest', 'type_comment', 'tag', 'kind']);

/** Node types whose fields hold operator or context names. */
const OPERATOR_FIELDS = new Set(['op', 'ctx']);

export function dumpAst(node: Node, includeAttributes = false): string {
  const parts: string[] = [];
  formatNode(node as unknown as Record<string, unknown>, includeAttributes, parts);
  return parts.join('');
}

function formatNode(node: Record<string, unknown>, withPos: boolean, out: string[]): void {
  const type = node._type as string;
  out.push(type, '(');
  let first = true;
  for (const spec of NODE_FIELDS[type]) {
    const optional = spec.endsWith('?');
    const name = optional ? spec.slice(0, -1) : spec;
    const value = node[name];
    if (value === null && optional) continue;
    if (!first) out.push(', ');
    first = false;
    out.push(name, '=');
    formatField(type, name, value, withPos, out);
  }
  if (withPos && !NODES_WITHOUT_POSITION.has(type)) {
    for (const name of POSITION_FIELDS) {
      const value = node[name];
      if (value === null || value === undefined) continue;
      if (!first) out.push(', ');
      first = false;
      out.push(name, '=', String(value));
    }
  }
  out.push(')');
}

function formatField(type: string, name: string, value: unknown, withPos: boolean, out: string[]): void {
  if (Array.isArray(value)) {
    out.push('[');
    for (let i = 0; i < value.length; i++) {
      if (i > 0) out.push(', ');
      formatField(type, name, value[i], withPos, out);
    }
    out.push(']');
  } else if (value === null) {
    out.push('None');
  } else if (typeof value === 'string') {
    if (OPERATOR_FIELDS.has(name) || (name === 'ops')) out.push(value, '()');
    else if (STRING_FIELDS.has(name) || name === 'names' || name === 'kwd_attrs') out.push(reprStr(value));
    else out.push(reprConst(value));
  } else if (typeof value === 'number' && !(type === 'Constant' && name === 'value')) {
    out.push(String(value));
  } else if (typeof value === 'object' && (value as { _type?: unknown })._type !== undefined) {
    formatNode(value as Record<string, unknown>, withPos, out);
  } else {
    out.push(reprConst(value as Parameters<typeof reprConst>[0]));
  }
}
