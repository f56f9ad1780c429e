/** The front end's public surface: error objects, constant encoding, contexts, positions. */
import { describe, expect, it } from 'vitest';
import { parseModule } from '../../runtime/frontend/parse.js';
import { PySyntaxError } from '../../runtime/frontend/errors.js';
import { byteColToCharCol } from '../../runtime/frontend/source.js';
import type { Assign, Constant, ExprStmt, Module } from '../../runtime/frontend/ast.js';

function catchError(src: string, filename = 'prog.py'): PySyntaxError {
  try {
    parseModule(src, filename);
  } catch (e) {
    if (e instanceof PySyntaxError) return e;
    throw e;
  }
  throw new Error('expected a PySyntaxError');
}

function value(mod: Module, i = 0): Constant['value'] {
  const s = mod.body[i] as Assign | ExprStmt;
  const v = s.kind === 'Assign' ? s.value : s.value;
  if (v.kind !== 'Constant') throw new Error(v.kind);
  return v.value;
}

describe('PySyntaxError', () => {
  it('carries CPython SyntaxError attributes', () => {
    const e = catchError('x = 1\nif x\n    pass\n');
    expect({ cls: e.pyClass, msg: e.msg, file: e.filename, line: e.line, col: e.col, text: e.text })
      .toEqual({ cls: 'SyntaxError', msg: "expected ':'", file: 'prog.py', line: 2, col: 5, text: 'if x' });
  });

  it('distinguishes IndentationError and TabError', () => {
    expect(catchError('if x:\npass\n').pyClass).toBe('IndentationError');
    expect(catchError('  x = 1\n').pyClass).toBe('IndentationError');
    expect(catchError('if x:\n\ty\n        z\n').pyClass).toBe('TabError');
  });

  it('uses code point offsets on non-ASCII lines', () => {
    const e = catchError("s = 'é' + = 1\n");
    expect([e.line, e.col]).toEqual([1, 11]);
  });
});

describe('AST encoding', () => {
  it('encodes constants with tagged values', () => {
    const m = parseModule("1\n1.5\n2j\n'a'\nb'\\x00a'\nTrue\nNone\n...\n" + '9'.repeat(30) + '\n', 'x.py');
    expect(value(m, 0)).toEqual({ kind: 'int', value: 1n });
    expect(value(m, 1)).toEqual({ kind: 'float', value: 1.5 });
    expect(value(m, 2)).toEqual({ kind: 'complex', real: 0, imag: 2 });
    expect(value(m, 3)).toEqual({ kind: 'str', value: 'a' });
    expect(value(m, 4)).toEqual({ kind: 'bytes', value: Uint8Array.of(0, 97) });
    expect(value(m, 5)).toEqual({ kind: 'bool', value: true });
    expect(value(m, 6)).toEqual({ kind: 'None' });
    expect(value(m, 7)).toEqual({ kind: 'Ellipsis' });
    expect(value(m, 8)).toEqual({ kind: 'int', value: BigInt('9'.repeat(30)) });
  });

  it('sets expression contexts', () => {
    const m = parseModule('a, b[0] = c\ndel d.e\n', 'x.py');
    const [assign, del] = m.body;
    expect(assign?.kind === 'Assign' && assign.targets[0]?.kind === 'Tuple' && assign.targets[0].ctx).toBe('Store');
    expect(del?.kind === 'Delete' && del.targets[0]?.kind === 'Attribute' && del.targets[0].ctx).toBe('Del');
  });

  it('stores UTF-8 byte columns like CPython, convertible for display', () => {
    const m = parseModule("s = 'é'; t = 1\n", 'x.py');
    const t = m.body[1];
    expect(t?.col).toBe(10);
    expect(byteColToCharCol("s = 'é'; t = 1", t?.col ?? 0)).toBe(9);
  });

  it('normalizes CRLF line endings and a missing final newline', () => {
    const m = parseModule('x = """a\r\nb"""\r\ny = 2', 'x.py');
    expect(value(m, 0)).toEqual({ kind: 'str', value: 'a\nb' });
    expect(m.body[1]?.line).toBe(3);
  });
});
