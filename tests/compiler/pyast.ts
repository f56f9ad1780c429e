// Loads CPython's own AST (via pyast.py) for Python files, shaped like runtime/frontend/ast.ts,
// so compiler tests do not depend on tierforge's parser.

import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Module } from '../../runtime/frontend/ast.js';

const here = dirname(fileURLToPath(import.meta.url));

export interface PyAstResult {
  /** CPython's AST, when the file parses. */
  ast?: Module;
  /** Parse error message. */
  error?: string;
  /** SyntaxError raised after parsing (symtable/compiler), if any. */
  compileError?: { msg: string; line: number; col: number; endLine: number; endCol: number };
  /** CPython's symtable (when the source compiles). */
  symtable?: PySymtable;
}

/** A block of CPython's symtable: symbols map to [scope, DEF_* flags]. */
export interface PySymtable {
  type: 'module' | 'class' | 'function';
  name: string;
  line: number;
  symbols: Record<string, [number, number]>;
  children: PySymtable[];
}

function revive(_key: string, v: unknown): unknown {
  if (v !== null && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (typeof o.$int === 'string') return BigInt(o.$int);
    if (typeof o.$float === 'string') return o.$float === 'nan' ? NaN : o.$float === '-0' ? -0 : o.$float === 'inf' ? Infinity : -Infinity;
    if (Array.isArray(o.$bytes)) return Uint8Array.from(o.$bytes as number[]);
  }
  return v;
}

function parse(out: string): Map<string, PyAstResult> {
  const parsed = JSON.parse(out, revive) as { files: Record<string, PyAstResult> };
  return new Map(Object.entries(parsed.files));
}

/** Run python3 once over all files. */
export function pyAsts(files: readonly string[]): Map<string, PyAstResult> {
  return parse(execFileSync('python3', [join(here, 'pyast.py'), ...files], { maxBuffer: 1 << 30, encoding: 'utf8' }));
}

/** Run python3 once over named sources. */
export function pyAstsOfSources(sources: Record<string, string>): Map<string, PyAstResult> {
  const out = execFileSync('python3', [join(here, 'pyast.py'), '--stdin'], {
    input: JSON.stringify(sources),
    maxBuffer: 1 << 30,
    encoding: 'utf8',
  });
  return parse(out);
}
