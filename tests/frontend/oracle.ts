/**
 * Test helpers: run CPython (tests/frontend/ast_dump.py) once per batch and
 * normalize tierforge ASTs into the same JSON shape.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Module } from '../../runtime/frontend/ast.js';

const SCRIPT = fileURLToPath(new URL('./ast_dump.py', import.meta.url));

export const hasPython = spawnSync('python3', ['-c', 'import sys; assert sys.version_info[:2] == (3, 11)']).status === 0;

/** One python3 process answering a whole batch (see ast_dump.py for the protocol). */
export function runOracle<T>(request: object): T {
  const r = spawnSync('python3', [SCRIPT], { input: JSON.stringify(request), maxBuffer: 1 << 30, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`ast_dump.py failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as T;
}

export interface OracleError {
  cls: string;
  msg: string;
  line: number;
  col: number;
  endLine: number;
  endCol: number;
}

/** tierforge AST -> the JSON shape ast_dump.py produces. */
export function normalize(mod: Module): unknown {
  return JSON.parse(
    JSON.stringify(mod, (_key, v: unknown) => {
      if (typeof v === 'bigint') return v.toString();
      if (v instanceof Uint8Array) return Buffer.from(v).toString('hex');
      if (typeof v === 'number' && !Number.isFinite(v)) return Number.isNaN(v) ? 'nan' : v > 0 ? 'inf' : '-inf';
      return v;
    }),
  );
}

/** First difference between two JSON values, as a path, for readable failures. */
export function firstDiff(a: unknown, b: unknown, path = ''): string | null {
  if (typeof a !== typeof b || Array.isArray(a) !== Array.isArray(b) || (a === null) !== (b === null)) {
    return `${path}: ${JSON.stringify(a)?.slice(0, 200)} != ${JSON.stringify(b)?.slice(0, 200)}`;
  }
  if (a && typeof a === 'object' && b && typeof b === 'object') {
    const ka = Object.keys(a as object);
    const kb = Object.keys(b as object);
    for (const k of new Set([...ka, ...kb])) {
      const d = firstDiff((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`);
      if (d) {
        const kind = (a as Record<string, unknown>).kind;
        return typeof kind === 'string' && !d.startsWith(`${path}.${k}.`) ? `${d} (in ${kind})` : d;
      }
    }
    return null;
  }
  return a === b ? null : `${path}: ${JSON.stringify(a)} != ${JSON.stringify(b)}`;
}
