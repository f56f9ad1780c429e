// Scope classification compared with CPython's own `symtable` module (python3 runs once, as
// the oracle, over all snippets), and the SyntaxErrors CPython's symtable/compiler raise.

import { describe, expect, it } from 'vitest';
import { compileModule } from '../../runtime/compiler/codegen.js';
import { ErrorContext } from '../../runtime/compiler/errors.js';
import { buildSymtable, type Scope } from '../../runtime/compiler/symtable.js';
import { PySyntaxError } from '../../runtime/frontend/errors.js';
import { pyAstsOfSources, type PySymtable } from './pyast.js';

const SCOPES: Record<string, string> = {
  basics: `
x = 1
def f(a, b=x, *args, c, d=2, **kw):
    y = a
    print(y, z)
    del y
`,
  closures: `
def outer():
    a = 1
    b = 2
    def mid():
        nonlocal b
        b = 3
        def inner():
            return a + b
        return inner
    return mid
`,
  globals: `
g = 0
def f():
    global g, h
    g = 1
    h = 2
    def inner():
        return g + h
    return inner
def k():
    return g
`,
  class_no_leak: `
def f():
    v = 1
    class C:
        v = 2
        w = v
        def m(self):
            return v
        def n(self):
            return w
    return C
`,
  class_free_same_name: `
def f():
    x = 1
    class C:
        x = 2
        def m(self):
            return x
    return C
`,
  super_and_class_cell: `
class A:
    def m(self):
        return super().m()
    def n(self):
        return __class__
    def o(self):
        def inner():
            return super()
        return inner
    def p(self):
        return 1
`,
  comprehensions: `
def f(xs, ys):
    a = [x * y for x in xs for y in ys if x]
    b = {k: v for k, v in xs}
    c = {x for x in xs}
    d = (x + e for x in xs)
    e = 1
    return a, b, c, d
`,
  walrus_in_comprehension: `
def f(xs):
    ys = [last := x for x in xs]
    return last, ys
zs = [m := i for i in range(3)]
def g(xs):
    global gg
    return [gg := x for x in xs]
def h(xs):
    return [[w := x for x in xs] for _ in xs]
`,
  lambdas: `
f = lambda x, y=1, *a, k=2, **kw: x + y + z
def g(p):
    return lambda q: p + q
`,
  imports_and_handlers: `
import os.path
import a.b as c
from m import n as o, p
def f():
    import sys
    try:
        pass
    except Exception as e:
        return e
    with open(sys) as fh:
        pass
`,
  generators_and_loops: `
def gen(n):
    for i in range(n):
        yield i
    while n:
        n -= 1
    x = yield from gen(1)
`,
  nested_classes_private: `
class Outer:
    __secret = 1
    def get(self, __arg):
        return self.__secret + __arg
    class Inner:
        __y = 2
        def f(self):
            return __y
`,
  nonlocal_chain: `
def a():
    x = 0
    def b():
        def c():
            nonlocal x
            x += 1
        return c
    return b
`,
  class_in_function_uses_outer: `
def f(arg):
    class C:
        attr = arg
        def m(self):
            return arg
    return C
`,
  genexp_outermost_iter_scope: `
def f(xs):
    return (x for x in xs for y in ys)
`,
  del_and_augassign: `
def f():
    a = 1
    a += 1
    del a
    b.c += 1
    d[0] += 1
`,
};

const ERRORS: Record<string, string> = {
  global_after_use: 'def f():\n    print(x)\n    global x\n',
  global_after_assign: 'def f():\n    x = 1\n    global x\n',
  global_param: 'def f(x):\n    global x\n',
  nonlocal_after_use: 'def g():\n    x = 1\n    def f():\n        print(x)\n        nonlocal x\n',
  nonlocal_param: 'def g():\n    x = 1\n    def f(x):\n        nonlocal x\n',
  nonlocal_module: 'x = 1\nnonlocal x\n',
  nonlocal_no_binding: 'def f():\n    def g():\n        nonlocal zz\n',
  nonlocal_and_global: 'def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x\n',
  duplicate_argument: 'def f(a, a):\n    pass\n',
  import_star_in_function: 'def f():\n    from os import *\n',
  return_outside: 'x = 1\nreturn x\n',
  return_in_class: 'class C:\n    return 1\n',
  yield_outside: 'yield 1\n',
  yield_in_class: 'class C:\n    yield\n',
  yield_in_listcomp: 'def f():\n    return [(yield x) for x in y]\n',
  yield_in_genexp: 'def f():\n    return ((yield x) for x in y)\n',
  break_outside: 'break\n',
  continue_outside: 'def f():\n    continue\n',
  break_in_function_in_loop: 'for x in y:\n    def f():\n        break\n',
  walrus_rebinds_iter: 'def f():\n    return [x := 1 for x in y]\n',
  walrus_in_class_comprehension: 'class C:\n    z = [w := 1 for x in y]\n',
  walrus_in_comprehension_iterable: 'def f():\n    return [x for x in (w := y)]\n',
  walrus_inner_loop_conflict: 'def f():\n    return [j for i in y if (j := i) for j in y]\n',
  default_except_not_last: 'try:\n    pass\nexcept:\n    pass\nexcept ValueError:\n    pass\n',
  keyword_repeated: 'f(a=1, b=2, a=3)\n',
  multiple_starred: 'a, *b, *c = d\n',
  starred_alone: '*a = b\n',
  starred_expression: 'x = *a\n',
  future_late: 'import os\nfrom __future__ import annotations\n',
  future_unknown: 'from __future__ import nope\n',
  assign_debug: '__debug__ = 1\n',
  annotate_debug: '__debug__: int\n',
  debug_param: 'def f(a, *, __debug__): pass\n',
  debug_lambda_param: 'f = lambda __debug__: 1\n',
  debug_keyword: 'f(__debug__=1)\n',
  delete_debug: 'del __debug__\n',
  import_debug: 'import __debug__\n',
  debug_attribute: 'x.__debug__ = 1\n',
  debug_attribute_annotated: 'x.__debug__: int\n',
  debug_augassign: '__debug__ += 1\n',
  debug_from_import: 'from m import x as __debug__\n',
  debug_except_name: 'try:\n    pass\nexcept E as __debug__:\n    pass\n',
  debug_class_keyword: 'class C(__debug__=1):\n    pass\n',
  debug_for_target: 'for __debug__ in x: pass\n',
  non_ascii_location: 'def f():\n    é = 1\n    global é\n',
  non_ascii_byte_columns: 'def f():\n    é = 1; return [x := 1 for x in é]\n',
  non_ascii_keyword: 'é=1;f(é=1, é=2)\n',
  future_braces: 'from __future__ import braces\n',
};

const oracle = pyAstsOfSources({ ...SCOPES, ...ERRORS });

interface Block {
  type: string;
  name: string;
  line: number;
  symbols: Record<string, [number, number]>;
  children: Block[];
}

function ours(s: Scope): Block {
  const symbols: Record<string, [number, number]> = {};
  for (const [name, flags] of s.flags) symbols[name] = [s.scopeOf(name), flags];
  return { type: s.type, name: s.name, line: s.line, symbols, children: s.children.map(ours) };
}

function theirs(t: PySymtable): Block {
  return { ...t, children: t.children.map(theirs) };
}

describe('symtable vs CPython', () => {
  for (const [name, src] of Object.entries(SCOPES)) {
    it(name, () => {
      const r = oracle.get(name)!;
      expect(r.compileError).toBeUndefined();
      const st = buildSymtable(r.ast!, new ErrorContext(name, src));
      expect(ours(st.top)).toEqual(theirs(r.symtable!));
    });
  }
});

describe('compile-time SyntaxErrors vs CPython', () => {
  for (const [name, src] of Object.entries(ERRORS)) {
    it(name, () => {
      const r = oracle.get(name)!;
      const expected = r.compileError!;
      expect(expected).toBeDefined();
      let err: unknown;
      try {
        compileModule(r.ast!, name, { source: src });
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(PySyntaxError);
      const e = err as PySyntaxError;
      // CPython's end_offset None is -1 in PySyntaxError.
      const want = { ...expected, endCol: expected.endCol ?? -1 };
      expect({ msg: e.msg, line: e.line, col: e.col, endLine: e.endLine, endCol: e.endCol }).toEqual(want);
    });
  }
});
