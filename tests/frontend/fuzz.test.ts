/**
 * Robustness: mutated samples must only ever fail with PySyntaxError or
 * NotSupportedError (never a JS TypeError, RangeError, internal error...).
 * A second, seeded batch is compared with CPython: accepted programs must
 * produce the same AST, accept/reject must agree, and the error message and
 * location should agree for the vast majority.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseModule } from '../../runtime/frontend/parse.js';
import { NotSupportedError, PySyntaxError } from '../../runtime/frontend/errors.js';
import { firstDiff, hasPython, normalize, runOracle, type OracleError } from './oracle.js';

const DIR = fileURLToPath(new URL('./samples/', import.meta.url));
const SAMPLES = readdirSync(DIR).filter((f) => f.endsWith('.py')).sort().map((f) => readFileSync(DIR + f, 'utf8'));
const enc = new TextEncoder();
const dec = new TextDecoder('utf-8', { fatal: false });

/** Python-flavoured fragments that make mutations land near real syntax errors. */
const FRAGMENTS = ['(', ')', '[', ']', '{', '}', ':', ',', '=', ' ', '    ', '\n', '\t', "'", '"', '\\', '#', 'if ', 'x', '1',
  '.', '*', '@', 'f"{', 'lambda ', 'yield ', 'not ', ';', 'else', '"""', 'é', '0x', '1_', '**', ':=', 'def ', 'return '];

const byteMutation = fc.record({
  pos: fc.nat(),
  kind: fc.integer({ min: 0, max: 3 }),
  byte: fc.integer({ min: 0, max: 255 }),
  len: fc.integer({ min: 1, max: 8 }),
  fragment: fc.constantFrom(...FRAGMENTS),
});

function mutateBytes(src: string, ops: { pos: number; kind: number; byte: number; len: number; fragment: string }[]): string {
  let b = enc.encode(src);
  for (const o of ops) {
    const p = o.pos % (b.length + 1);
    const ins = o.kind === 3 ? enc.encode(o.fragment) : Uint8Array.of(o.byte);
    const cut = o.kind === 0 ? 0 : o.len; // 0: insert, 1: delete, 2: replace byte(s), 3: replace with a fragment
    const head = b.slice(0, p);
    const tail = b.slice(Math.min(b.length, p + cut));
    const next = new Uint8Array(head.length + (o.kind === 1 ? 0 : ins.length) + tail.length);
    next.set(head, 0);
    if (o.kind !== 1) next.set(ins, head.length);
    next.set(tail, head.length + (o.kind === 1 ? 0 : ins.length));
    b = next;
  }
  return dec.decode(b);
}

function isFrontendError(e: unknown): boolean {
  return e instanceof PySyntaxError || e instanceof NotSupportedError;
}

describe('fuzzing', () => {
  it('byte mutations of samples only raise PySyntaxError / NotSupportedError', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: SAMPLES.length - 1 }), fc.array(byteMutation, { minLength: 1, maxLength: 4 }), (i, ops) => {
        const src = mutateBytes(SAMPLES[i] ?? '', ops);
        try {
          parseModule(src, 'fuzz.py');
        } catch (e) {
          if (!isFrontendError(e)) throw e;
        }
      }),
      { numRuns: 400, seed: 20250101 },
    );
  });

  it.skipIf(!hasPython)('seeded mutants agree with CPython', () => {
    const fragmentMutation = fc.record({ pos: fc.nat(), kind: fc.integer({ min: 0, max: 2 }), fragment: fc.constantFrom(...FRAGMENTS), len: fc.integer({ min: 1, max: 4 }) });
    const mutants = fc
      .sample(fc.record({ s: fc.integer({ min: 0, max: SAMPLES.length - 1 }), ops: fc.array(fragmentMutation, { minLength: 1, maxLength: 3 }) }), { numRuns: 300, seed: 42 })
      .map(({ s, ops }) => {
        let t = SAMPLES[s] ?? '';
        for (const o of ops) {
          const p = o.pos % (t.length + 1);
          t = o.kind === 0 ? t.slice(0, p) + o.fragment + t.slice(p)
            : o.kind === 1 ? t.slice(0, p) + t.slice(p + o.len)
            : t.slice(0, p) + o.fragment + t.slice(p + o.len);
        }
        return t;
      });
    const errors = runOracle<({ ok: true } | { ok: false; error: OracleError })[]>({ mode: 'errors', sources: mutants });
    const asts = runOracle<({ ok: true; ast: unknown } | { ok: false })[]>({ mode: 'ast-src', sources: mutants });
    let compared = 0;
    let acceptDisagree = 0;
    let sameError = 0;
    mutants.forEach((src, i) => {
      const want = errors[i];
      const wantAst = asts[i];
      if (!want || !wantAst) return;
      let got: unknown;
      let err: PySyntaxError | null = null;
      try {
        got = normalize(parseModule(src, 'x.py'));
      } catch (e) {
        if (e instanceof NotSupportedError) return;
        if (!(e instanceof PySyntaxError)) throw e;
        err = e;
      }
      compared++;
      if (want.ok !== (err === null)) {
        acceptDisagree++;
        return;
      }
      if (wantAst.ok && err === null) {
        const diff = firstDiff(got, wantAst.ast);
        expect(diff, `${diff}\n${src}`).toBeNull();
      } else if (!want.ok && err) {
        const w = want.error;
        if (w.msg === err.msg && w.line === err.line && w.col === err.col) sameError++;
      }
    });
    const rejected = mutants.length - asts.filter((a) => a?.ok).length;
    console.log(`fuzz vs CPython: ${compared} compared, ${acceptDisagree} accept/reject disagreements, ` +
      `${sameError}/${rejected} errors with identical message and location`);
    expect(acceptDisagree).toBeLessThanOrEqual(Math.ceil(compared * 0.02));
    expect(sameError).toBeGreaterThanOrEqual(Math.floor(rejected * 0.85));
  });
});
