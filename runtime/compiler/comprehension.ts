// Comprehensions and generator expressions: a nested function taking the outermost iterator
// as its argument `.0` (CPython 3.11's compiler_comprehension).

import type * as A from '../frontend/ast.js';
import { OP, PSEUDO } from '../../generated/opcodes.js';
import type { Compiler } from './codegen.js';
import { compileExpr, compileStore, jumpIf } from './expr.js';
import { assertNever } from './symtable.js';

type Comp = A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp;

function unitName(e: Comp): string {
  switch (e.kind) {
    case 'ListComp':
      return '<listcomp>';
    case 'SetComp':
      return '<setcomp>';
    case 'DictComp':
      return '<dictcomp>';
    case 'GeneratorExp':
      return '<genexpr>';
    default:
      return assertNever(e);
  }
}

/** `<MAKE_FUNCTION>; PUSH_NULL; <outermost iterable>; GET_ITER; CALL 1` (docs/bytecode.md). */
export function compileComprehension(c: Compiler, e: Comp): void {
  const outermost = e.generators[0];
  if (outermost === undefined) throw new Error('codegen: comprehension without generators');
  const u = c.enterUnit('comprehension', e, unitName(e), e.line);
  c.prologue();
  c.b.line = e.line;
  if (e.kind === 'ListComp') c.emit(OP.BUILD_LIST, 0);
  else if (e.kind === 'SetComp') c.emit(OP.BUILD_SET, 0);
  else if (e.kind === 'DictComp') c.emit(OP.BUILD_MAP, 0);
  compileGenerator(c, e, 0, 0);
  if (e.kind === 'GeneratorExp') c.emit(OP.RETURN_CONST, c.b.addConst({ kind: 'None' }));
  else c.emit(OP.RETURN_VALUE);
  const code = c.exitUnit({ argcount: 1, posonlyargcount: 0, kwonlyargcount: 0 });
  c.makeClosure(code, u.scope, 0);
  c.emit(OP.PUSH_NULL);
  compileExpr(c, outermost.iter);
  c.emit(OP.GET_ITER);
  c.emit(OP.CALL, 1);
}

/**
 * One `for` clause (and, recursively, the following ones). `depth` counts the iterators on the
 * stack above the result being built, for LIST_APPEND/SET_ADD/MAP_ADD's oparg.
 */
function compileGenerator(c: Compiler, e: Comp, index: number, depth: number): void {
  const gen = e.generators[index]!;
  const start = c.b.newLabel();
  const ifCleanup = c.b.newLabel();
  const anchor = c.b.newLabel();
  let loops = true;
  if (index === 0) {
    c.emit(OP.LOAD_FAST, c.u.fastSlot('.0'));
  } else if ((gen.iter.kind === 'List' || gen.iter.kind === 'Tuple') && gen.iter.elts.length === 1 && gen.iter.elts[0]!.kind !== 'Starred') {
    // `for y in [expr]` just binds y (CPython's fast path for the temporary-variable idiom).
    compileExpr(c, gen.iter.elts[0]!);
    loops = false;
  } else {
    compileExpr(c, gen.iter);
    c.emit(OP.GET_ITER);
  }
  if (loops) {
    depth++;
    c.b.bind(start);
    c.b.jump(OP.FOR_ITER, anchor);
  }
  compileStore(c, gen.target);
  for (const test of gen.ifs) jumpIf(c, test, ifCleanup, false);
  if (index + 1 < e.generators.length) compileGenerator(c, e, index + 1, depth);
  else compileElement(c, e, depth);
  c.b.bind(ifCleanup);
  if (loops) {
    c.b.jump(PSEUDO.JUMP, start);
    c.b.bind(anchor);
    c.emit(OP.END_FOR);
  }
}

function compileElement(c: Compiler, e: Comp, depth: number): void {
  switch (e.kind) {
    case 'GeneratorExp':
      compileExpr(c, e.elt);
      c.emit(OP.YIELD_VALUE);
      c.emit(OP.RESUME, 1);
      c.emit(OP.POP_TOP);
      return;
    case 'ListComp':
      compileExpr(c, e.elt);
      c.emit(OP.LIST_APPEND, depth + 1);
      return;
    case 'SetComp':
      compileExpr(c, e.elt);
      c.emit(OP.SET_ADD, depth + 1);
      return;
    case 'DictComp':
      compileExpr(c, e.key);
      compileExpr(c, e.value);
      c.emit(OP.MAP_ADD, depth + 1);
      return;
    default:
      return assertNever(e);
  }
}
