/**
 * formatSyntaxError must print exactly what CPython 3.11 prints for an
 * uncaught SyntaxError: checked on the whole error table (CPython renders
 * its own exception) and on synthetic errors covering the caret rules.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { parseModule } from '../../runtime/frontend/parse.js';
import { formatSyntaxError } from '../../runtime/frontend/format-syntax-error.js';
import { PySyntaxError, type SyntaxErrorClass } from '../../runtime/frontend/errors.js';
import { ERROR_CASES } from './error-cases.js';
import { hasPython, runOracle } from './oracle.js';

function ourRendering(src: string): string | null {
  try {
    parseModule(src, 'prog.py');
    return null;
  } catch (e) {
    if (e instanceof PySyntaxError) return formatSyntaxError(e);
    throw e;
  }
}

describe.skipIf(!hasPython)('formatSyntaxError matches CPython for real errors', () => {
  let expected: (string | null)[] = [];
  beforeAll(() => {
    expected = runOracle<(string | null)[]>({ mode: 'render', sources: ERROR_CASES });
  });
  ERROR_CASES.forEach((src, i) => {
    it(JSON.stringify(src).slice(0, 70), () => {
      expect(ourRendering(src)).toBe(expected[i] ?? null);
    });
  });
});

interface Synthetic {
  cls: SyntaxErrorClass;
  msg: string;
  line: number;
  col: number;
  endLine: number;
  endCol: number;
  text: string | null;
}

/** Caret corner cases: indentation, clipping, ranges, multi-line, unknown offsets, tabs, non-ASCII. */
const SYNTHETIC: Synthetic[] = [
  { cls: 'SyntaxError', msg: 'invalid syntax', line: 1, col: 5, endLine: 1, endCol: 6, text: 'x = = 1' },
  { cls: 'SyntaxError', msg: 'm', line: 3, col: 5, endLine: 3, endCol: 6, text: '    x = = 1' },
  { cls: 'SyntaxError', msg: 'm', line: 3, col: 1, endLine: 3, endCol: 6, text: '    x = = 1' },
  { cls: 'SyntaxError', msg: 'm', line: 3, col: 0, endLine: 3, endCol: 0, text: '    x = = 1' },
  { cls: 'SyntaxError', msg: 'm', line: 3, col: 20, endLine: 3, endCol: 25, text: 'x = 1' },
  { cls: 'SyntaxError', msg: 'm', line: 3, col: 2, endLine: 4, endCol: 3, text: 'x = 1' },
  { cls: 'SyntaxError', msg: 'm', line: 3, col: 2, endLine: 3, endCol: -1, text: 'x = 1' },
  { cls: 'SyntaxError', msg: 'm', line: 3, col: 2, endLine: 3, endCol: 4, text: '\tx = 1' },
  { cls: 'SyntaxError', msg: 'm', line: 3, col: 3, endLine: 3, endCol: 6, text: 'x = é + 1' },
  { cls: 'SyntaxError', msg: 'm', line: 3, col: 3, endLine: 3, endCol: 6, text: null },
  { cls: 'SyntaxError', msg: 'm', line: 3, col: 3, endLine: 3, endCol: 6, text: '' },
  { cls: 'SyntaxError', msg: 'm', line: 3, col: 4, endLine: 3, endCol: 2, text: 'x = 1 + 2' },
  { cls: 'SyntaxError', msg: '', line: 3, col: 4, endLine: 3, endCol: 5, text: 'x = 1 + 2' },
  { cls: 'SyntaxError', msg: 'm', line: 3, col: 4, endLine: 3, endCol: 5, text: '\fx = 1 + 2' },
  { cls: 'SyntaxError', msg: 'm', line: 3, col: 4, endLine: 3, endCol: 5, text: '  x = 1 + 2  ' },
  { cls: 'SyntaxError', msg: 'm', line: 2, col: 1, endLine: 5, endCol: 9, text: 'try:' },
  { cls: 'SyntaxError', msg: 'm', line: 2, col: 7, endLine: 2, endCol: 9, text: 'ab' },
  { cls: 'IndentationError', msg: 'unexpected indent', line: 2, col: 2, endLine: 2, endCol: -1, text: '  b = 2' },
  { cls: 'TabError', msg: 'inconsistent use of tabs and spaces in indentation', line: 3, col: 1, endLine: 3, endCol: 0, text: '        z' },
];

describe.skipIf(!hasPython)('formatSyntaxError caret rules match CPython', () => {
  let expected: string[] = [];
  beforeAll(() => {
    // CPython's SyntaxError.text normally carries the line's newline.
    const errors = SYNTHETIC.map((e) => ({ ...e, filename: 'p.py', text: e.text === null ? null : e.text + '\n' }));
    expected = runOracle<string[]>({ mode: 'format', errors });
  });
  SYNTHETIC.forEach((e, i) => {
    it(`${e.cls} ${JSON.stringify(e.text)} ${e.col}-${e.endLine}:${e.endCol}`, () => {
      const err = new PySyntaxError(e.cls, e.msg, 'p.py', e, e.text);
      expect(formatSyntaxError(err)).toBe(expected[i]);
    });
  });
});

describe('formatSyntaxError layout', () => {
  it('prints file, line, source, caret and message', () => {
    expect(() => parseModule('x = 1\n\nx = = 1\n', 'prog.py')).toThrow(PySyntaxError);
    try {
      parseModule('x = 1\n\nx = = 1\n', 'prog.py');
    } catch (e) {
      expect(formatSyntaxError(e as PySyntaxError)).toBe(
        '  File "prog.py", line 3\n    x = = 1\n        ^\nSyntaxError: invalid syntax\n',
      );
    }
  });
});
