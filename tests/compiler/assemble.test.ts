// Assembler and codegen details: EXTENDED_ARG layout around the 8-bit boundary, stack sizes,
// dead code, constant dedup, and constant folding checked against python3's own evaluation.

import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { OP } from '../../generated/opcodes.js';
import type { CodeInfo } from '../../runtime/compiler/code.js';
import { compileSource } from '../../runtime/compiler/compile.js';
import { constRepr, decode } from '../../runtime/compiler/dis.js';
import { foldConstant } from '../../runtime/compiler/fold.js';
import { parseModule } from '../../runtime/frontend/parse.js';
import { validateCode } from './validate.js';

function fn(code: CodeInfo, name: string): CodeInfo {
  for (const c of code.consts) {
    if (c.kind !== 'code') continue;
    if (c.code.name === name) return c.code;
    const inner = fn(c.code, name);
    if (inner) return inner;
  }
  return undefined as unknown as CodeInfo;
}

function ops(code: CodeInfo): number[] {
  return decode(code).map((i) => i.op);
}

describe('layout', () => {
  it('handles jumps across the EXTENDED_ARG boundary', () => {
    // Body sizes around 255 code units (9 a line: LOAD_ATTR has 6 cache units) make jump opargs
    // cross 8 bits, which grows the jump.
    let extended = 0;
    for (let n = 22; n < 36; n++) {
      const body = Array.from({ length: n }, (_, i) => `            y = x.a${i % 5}`).join('\n');
      const src = `def f(x):\n    while x:\n        if x:\n${body}\n    return x\n`;
      const code = compileSource(src, 'ext.py');
      expect(validateCode(code), `n=${n}`).toEqual([]);
      if (ops(fn(code, 'f')).includes(OP.EXTENDED_ARG)) extended++;
    }
    expect(extended).toBeGreaterThan(0);
    expect(extended).toBeLessThan(14);
  });

  it('uses EXTENDED_ARG for large opargs', () => {
    const consts = Array.from({ length: 300 }, (_, i) => `x${i} = ${i + 1000}`).join('\n');
    const code = compileSource(consts, 'big.py');
    expect(validateCode(code)).toEqual([]);
    expect(ops(code)).toContain(OP.EXTENDED_ARG);
    const last = decode(code).filter((i) => i.op === OP.STORE_NAME).pop()!;
    expect(code.names[last.arg]).toBe('x299');
  });
});

describe('stack and flow', () => {
  it('computes stacksize', () => {
    const code = compileSource('def f():\n    return g(1, 2, 3)\n', 's.py');
    expect(fn(code, 'f').stacksize).toBe(5);
    const gen = compileSource('def g():\n    yield\n', 's.py');
    expect(fn(gen, 'g').stacksize).toBe(1);
  });

  it('drops unreachable code', () => {
    const code = fn(compileSource('def f():\n    return 1\n    print(2)\n', 's.py'), 'f');
    expect(ops(code)).toEqual([OP.RESUME, OP.RETURN_CONST]);
  });

  it('keeps 0, 0.0, -0.0 and False apart', () => {
    const code = compileSource('a = (0, 0.0, -0.0, False, 0)\nb = 0\nc = 0.0\nd = False\n', 's.py');
    const kinds = code.consts.map((c) => `${c.kind}:${constRepr(c)}`);
    expect(kinds).toEqual(expect.arrayContaining(['int:0', 'float:0.0', 'bool:False']));
    expect(new Set(kinds).size).toBe(kinds.length);
  });

  it('resolves a constant test at compile time', () => {
    const code = fn(compileSource('def f():\n    while True:\n        if 0:\n            g()\n        h()\n', 's.py'), 'f');
    expect(ops(code)).not.toContain(OP.POP_JUMP_IF_FALSE);
    expect(ops(code)).toEqual([OP.RESUME, OP.LOAD_GLOBAL, OP.PUSH_NULL, OP.CALL, OP.POP_TOP, OP.JUMP_BACKWARD]);
  });
});

/** For each LOAD_FAST/LOAD_FAST_BOUND of `f` in order: the local's name and whether it is checked. */
function loads(src: string): string[] {
  const code = fn(compileSource(src, 'b.py'), 'f');
  return decode(code)
    .filter((i) => i.op === OP.LOAD_FAST || i.op === OP.LOAD_FAST_BOUND)
    .map((i) => `${code.localsplus[i.arg]}${i.op === OP.LOAD_FAST ? '?' : ''}`);
}

describe('definitely-bound locals', () => {
  it('skips the unbound check only where every path binds the local', () => {
    expect(loads('def f(a):\n    b = a\n    return a, b\n')).toEqual(['a', 'a', 'b']);
    expect(loads('def f(c):\n    if c:\n        x = 1\n    return x\n')).toEqual(['c', 'x?']);
    expect(loads('def f(x):\n    del x\n    return x\n')).toEqual(['x?']);
    expect(loads('def f(r):\n    for i in r:\n        if i:\n            print(y)\n        y = i\n')).toEqual(['r', 'i', 'y?', 'i']);
    // A checked load that succeeded proves the local bound afterwards.
    expect(loads('def f(c):\n    if c:\n        x = 1\n    print(x)\n    return x\n')).toEqual(['c', 'x?', 'x']);
  });

  it('follows exception edges', () => {
    const src = 'def f(g):\n    try:\n        g()\n        v = 1\n    except E:\n        return v\n    return v\n';
    expect(loads(src)).toEqual(['g', 'v?', 'v']);
    const fin = 'def f(g):\n    try:\n        w = g()\n    finally:\n        print(w)\n';
    expect(loads(fin)).toEqual(['g', 'w', 'w?']);
  });
});

const FOLDED = [
  '1 + 2', '-5', '~7', '+3', '2 ** 10', '7 // -2', '-7 % 3', '1 << 100', '-1 >> 3', '6 & 3', '6 | 3', '6 ^ 3',
  '1 / 3', '10 / 4', '1.5 + 2.25', '0.1 * 3', '2 - 0.5', '-0.0', "'ab' + 'cd'",
  '(1, (2.5, -3), None, ...)', '2 ** 127', '-(2 ** 127)',
];
const NOT_FOLDED = ['1 / 0', '5 // 0', '2 ** -1', '2 ** 200', '1 << 200', "'a' * 3", '1j', 'True + 1', '2.0 ** 2', '7.5 // 2', '1e308 * 10'];

describe('constant folding', () => {
  it('agrees with python3', () => {
    const py = 'import sys, json\nprint(json.dumps([repr(eval(e)) for e in json.loads(sys.argv[1])]))';
    const expected = JSON.parse(execFileSync('python3', ['-c', py, JSON.stringify(FOLDED)], { encoding: 'utf8' })) as string[];
    FOLDED.forEach((src, i) => {
      const stmt = parseModule(src + '\n', 'f.py').body[0]!;
      if (stmt.kind !== 'Expr') throw new Error('expected an expression');
      const folded = foldConstant(stmt.value);
      expect(folded === null ? null : constRepr(folded), src).toBe(expected[i]);
    });
  });

  it('leaves errors, huge values and mixed types to run time', () => {
    for (const src of NOT_FOLDED) {
      const stmt = parseModule(src + '\n', 'f.py').body[0]!;
      if (stmt.kind !== 'Expr') throw new Error('expected an expression');
      expect(foldConstant(stmt.value), src).toBeNull();
    }
  });
});
