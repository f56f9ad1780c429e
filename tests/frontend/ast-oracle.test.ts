/**
 * The parser's AST must equal CPython's `ast.parse` output (node kinds,
 * fields, constants and all positions) for every sample and for every
 * conformance/benchmark program that CPython accepts.
 */
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseModule } from '../../runtime/frontend/parse.js';
import { NotSupportedError } from '../../runtime/frontend/errors.js';
import { firstDiff, hasPython, normalize, runOracle } from './oracle.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function pyFiles(dir: string, recursive: boolean): string[] {
  const abs = join(ROOT, dir);
  if (!existsSync(abs)) return [];
  const out: string[] = [];
  for (const name of readdirSync(abs).sort()) {
    const rel = join(dir, name);
    if (statSync(join(ROOT, rel)).isDirectory()) {
      if (recursive) out.push(...pyFiles(rel, true));
    } else if (name.endsWith('.py')) out.push(rel);
  }
  return out;
}

const FILES = [
  ...pyFiles('tests/frontend/samples', false),
  ...pyFiles('tests/conformance', true),
  ...pyFiles('bench/programs', false),
];

type OracleResult = { ok: true; ast: unknown } | { ok: false; error: string };

describe.skipIf(!hasPython)('AST matches CPython ast.parse', () => {
  const expected = new Map<string, OracleResult>();

  beforeAll(() => {
    const res = runOracle<OracleResult[]>({ mode: 'ast', files: FILES.map((f) => join(ROOT, f)) });
    FILES.forEach((f, i) => {
      const r = res[i];
      if (r) expected.set(f, r);
    });
  });

  it('has a sample corpus', () => {
    expect(pyFiles('tests/frontend/samples', false).length).toBeGreaterThanOrEqual(60);
  });

  for (const file of FILES) {
    it(file, (ctx) => {
      const want = expected.get(file);
      if (!want || !want.ok) return ctx.skip(); // CPython rejects it: not an AST test
      let got: unknown;
      try {
        got = normalize(parseModule(readFileSync(join(ROOT, file), 'utf8'), file));
      } catch (e) {
        if (e instanceof NotSupportedError && !file.startsWith('tests/frontend/')) return ctx.skip();
        throw e;
      }
      const diff = firstDiff(got, want.ast);
      expect(diff, diff ?? '').toBeNull();
    });
  }
});
