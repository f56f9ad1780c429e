// Every conformance program, benchmark and compiler snippet that python3 accepts compiles, and
// the result is structurally valid (tests/compiler/validate.ts). Programs are compiled from
// CPython's own AST (so this tests the compiler alone) and from tierforge's parser (the real
// pipeline), and both must give the same code. Programs CPython rejects after parsing must
// raise the same SyntaxError.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileModule } from '../../runtime/compiler/codegen.js';
import { compileSource } from '../../runtime/compiler/compile.js';
import { disassemble } from '../../runtime/compiler/dis.js';
import { PySyntaxError } from '../../runtime/frontend/errors.js';
import { pyAsts } from './pyast.js';
import { validateCode } from './validate.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');

function collect(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) collect(p, out);
    else if (p.endsWith('.py')) out.push(p);
  }
  return out;
}

const files = [
  ...collect(join(root, 'tests', 'conformance')),
  ...collect(join(root, 'bench', 'programs')),
  ...collect(join(here, 'snippets')),
];
const asts = pyAsts(files);

function compileError(fn: () => unknown): PySyntaxError {
  try {
    fn();
  } catch (e) {
    if (e instanceof PySyntaxError) return e;
    throw e;
  }
  throw new Error('expected a SyntaxError');
}

describe('compile programs', () => {
  it('found the corpus', () => {
    expect(files.length).toBeGreaterThan(200);
  });
  for (const file of files) {
    const r = asts.get(file)!;
    if (r.error !== undefined) continue; // python3 rejects it while parsing: the parser's business
    it(relative(root, file), () => {
      const source = readFileSync(file, 'utf8');
      const expected = r.compileError;
      if (expected) {
        const e = compileError(() => compileModule(r.ast!, file, { source }));
        expect({ msg: e.msg, line: e.line, col: e.col }).toEqual({ msg: expected.msg, line: expected.line, col: expected.col });
        expect(compileError(() => compileSource(source, file)).msg).toBe(expected.msg);
        return;
      }
      const code = compileModule(r.ast!, file, { source });
      expect(validateCode(code)).toEqual([]);
      expect(disassemble(compileSource(source, file))).toBe(disassemble(code));
    });
  }
});
