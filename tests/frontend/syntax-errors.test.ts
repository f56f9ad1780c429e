/**
 * SyntaxErrors must match CPython 3.11's `compile(src, 'x.py', 'exec')`:
 * exception class, message, line and offset (and the end position when
 * CPython provides one).  Expectations are computed by python3, batched.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { parseModule } from '../../runtime/frontend/parse.js';
import { NotSupportedError, PySyntaxError } from '../../runtime/frontend/errors.js';
import { ERROR_CASES, UNSUPPORTED_CASES } from './error-cases.js';
import { hasPython, runOracle, type OracleError } from './oracle.js';

type Outcome = { ok: true } | { ok: false; error: OracleError };

function ours(src: string): Outcome | { ok: false; error: OracleError; notSupported: true } {
  try {
    parseModule(src, 'x.py');
    return { ok: true };
  } catch (e) {
    if (e instanceof NotSupportedError) {
      return { ok: false, notSupported: true, error: { cls: 'NotSupportedError', msg: e.msg, line: e.line, col: e.col, endLine: e.endLine, endCol: e.endCol } };
    }
    if (!(e instanceof PySyntaxError)) throw e;
    return { ok: false, error: { cls: e.pyClass, msg: e.msg, line: e.line, col: e.col, endLine: e.endLine, endCol: e.endCol } };
  }
}

describe.skipIf(!hasPython)('SyntaxError messages and locations match CPython', () => {
  let expected: Outcome[] = [];
  beforeAll(() => {
    expected = runOracle<Outcome[]>({ mode: 'errors', sources: ERROR_CASES });
  });

  ERROR_CASES.forEach((src, i) => {
    it(JSON.stringify(src).slice(0, 70), () => {
      const want = expected[i];
      const got = ours(src);
      if (!want || want.ok) {
        expect(got).toEqual({ ok: true });
        return;
      }
      expect(got.ok).toBe(false);
      if (got.ok) return;
      const w = want.error;
      const g = got.error;
      expect({ cls: g.cls, msg: g.msg, line: g.line, col: g.col }).toEqual({ cls: w.cls, msg: w.msg, line: w.line, col: w.col });
      if (w.endLine !== null && w.endCol !== null) {
        expect({ endLine: g.endLine, endCol: g.endCol }).toEqual({ endLine: w.endLine, endCol: w.endCol });
      }
    });
  });
});

describe('unsupported Python 3.11 features raise NotSupportedError', () => {
  for (const src of UNSUPPORTED_CASES) {
    it(JSON.stringify(src).slice(0, 70), () => {
      expect(() => parseModule(src, 'x.py')).toThrow(NotSupportedError);
    });
  }

  it('locates the unsupported construct', () => {
    try {
      parseModule('x = 1\nasync def f(): pass\n', 'prog.py');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(NotSupportedError);
      const n = e as NotSupportedError;
      expect([n.filename, n.line, n.col, n.text]).toEqual(['prog.py', 2, 1, 'async def f(): pass']);
    }
  });
});
