// Calls (CALL / CALL_KW / CALL_FUNCTION_EX, LOAD_METHOD, zero-argument super()) and
// list/tuple/set/dict displays, after CPython 3.11's compiler_call_helper, starunpack_helper
// and compiler_dict.

import type * as A from '../frontend/ast.js';
import { OP } from '../../generated/opcodes.js';
import type { Const } from './code.js';
import type { Compiler } from './codegen.js';
import { atLine, compileExpr, compileExprs } from './expr.js';
import { foldConstant } from './fold.js';
import { SCOPE } from './symtable.js';

/** CPython's limit on items pushed at once before building displays incrementally. */
export const STACK_USE_GUIDELINE = 30;

// ---------------------------------------------------------------------------- displays

/** A tuple of expressions: one constant when they all fold, else BUILD_TUPLE. */
export function loadConstTuple(c: Compiler, es: readonly A.Expr[]): void {
  const items = es.map(foldConstant);
  if (items.every((x): x is Const => x !== null)) return c.loadConst({ kind: 'tuple', items });
  compileExprs(c, es);
  c.emit(OP.BUILD_TUPLE, es.length);
}

type Display = 'list' | 'tuple' | 'set';

/**
 * List/tuple/set displays and positional call arguments (CPython's starunpack_helper): push
 * the items and build at once, or, with `*x` items or many items, build a list (set)
 * incrementally; tuples are lists converted at the end. `pushed` items are already on the stack.
 */
export function starunpack(c: Compiler, elts: readonly A.Expr[], pushed: number, kind: Display): void {
  const build = kind === 'set' ? OP.BUILD_SET : OP.BUILD_LIST;
  const add = kind === 'set' ? OP.SET_ADD : OP.LIST_APPEND;
  const extend = kind === 'set' ? OP.SET_UPDATE : OP.LIST_EXTEND;
  const n = elts.length;
  const consts = elts.map(foldConstant);
  if (kind === 'list' && n > 2 && consts.every((x): x is Const => x !== null)) {
    c.emit(OP.BUILD_LIST, pushed);
    c.loadConst({ kind: 'tuple', items: consts });
    c.emit(OP.LIST_EXTEND, 1);
    return;
  }
  const big = n + pushed > STACK_USE_GUIDELINE;
  const hasStar = elts.some((e) => e.kind === 'Starred');
  if (!hasStar && !big) {
    compileExprs(c, elts);
    c.emit(kind === 'tuple' ? OP.BUILD_TUPLE : build, n + pushed);
    return;
  }
  let built = false;
  if (big) {
    c.emit(build, pushed);
    built = true;
  }
  elts.forEach((e, i) => {
    if (e.kind === 'Starred') {
      if (!built) {
        c.emit(build, i + pushed);
        built = true;
      }
      compileExpr(c, e.value);
      c.emit(extend, 1);
    } else {
      compileExpr(c, e);
      if (built) c.emit(add, 1);
    }
  });
  if (kind === 'tuple') c.emit(OP.LIST_TO_TUPLE);
}

/** `{k: v, **m}`: BUILD_MAP of pending pairs, merged with DICT_UPDATE around `**` items. */
export function compileDict(c: Compiler, e: A.Dict): void {
  let haveDict = false;
  let pending = 0;
  const flush = (end: number): void => {
    subdict(c, e, end - pending, end);
    if (haveDict) c.emit(OP.DICT_UPDATE, 1);
    haveDict = true;
    pending = 0;
  };
  e.values.forEach((value, i) => {
    if (e.keys[i] === null) {
      if (pending > 0) flush(i);
      if (!haveDict) {
        c.emit(OP.BUILD_MAP, 0);
        haveDict = true;
      }
      compileExpr(c, value);
      c.emit(OP.DICT_UPDATE, 1);
    } else if (pending * 2 > STACK_USE_GUIDELINE) {
      pending++;
      flush(i + 1);
    } else {
      pending++;
    }
  });
  if (pending > 0) flush(e.values.length);
  if (!haveDict) c.emit(OP.BUILD_MAP, 0);
}

function subdict(c: Compiler, e: A.Dict, begin: number, end: number): void {
  const n = end - begin;
  const big = n * 2 > STACK_USE_GUIDELINE;
  if (big) c.emit(OP.BUILD_MAP, 0);
  for (let i = begin; i < end; i++) {
    compileExpr(c, e.keys[i]!);
    compileExpr(c, e.values[i]!);
    if (big) c.emit(OP.MAP_ADD, 1);
  }
  if (!big) c.emit(OP.BUILD_MAP, n);
}

// ---------------------------------------------------------------------------- calls

/** No repeated keyword (reported at the repetition) and no `__debug__=` (reported at the call). */
function validateKeywords(c: Compiler, keywords: readonly A.Keyword[], call: A.Pos): void {
  keywords.forEach((k, i) => {
    if (k.arg === null) return;
    if (k.arg === '__debug__') c.error('cannot assign to __debug__', call);
    const dup = keywords.slice(i + 1).find((o) => o.arg === k.arg);
    if (dup) c.error(`keyword argument repeated: ${k.arg}`, dup);
  });
}

export function compileCall(c: Compiler, e: A.Call): void {
  validateKeywords(c, e.keywords, e);
  if (compileZeroArgSuper(c, e)) return;
  if (compileMethodCall(c, e)) return;
  compileExpr(c, e.func);
  c.emit(OP.PUSH_NULL);
  callHelper(c, 0, e.args, e.keywords, e);
}

/**
 * Zero-argument `super()` becomes `super(__class__, <first argument>)`: the VM's super() takes
 * the class and instance from the compiler (CPython 3.11 finds them in the frame: the
 * `__class__` cell and the first local, which is what we pass).
 */
function compileZeroArgSuper(c: Compiler, e: A.Call): boolean {
  const f = e.func;
  if (f.kind !== 'Name' || f.id !== 'super' || e.args.length > 0 || e.keywords.length > 0) return false;
  const u = c.u;
  if (!u.isFunction || u.argcount === 0 || !c.isDeref('__class__')) return false;
  const scope = u.scope.scopeOf('super');
  if (scope !== SCOPE.GLOBAL_IMPLICIT && scope !== SCOPE.GLOBAL_EXPLICIT) return false;
  compileExpr(c, f);
  c.emit(OP.PUSH_NULL);
  c.nameop('__class__', 'Load', e);
  c.nameop(u.localsplus[0]!, 'Load', e);
  c.emit(OP.CALL, 2);
  return true;
}

/** `obj.m(args)` without `*`/`**`: LOAD_METHOD avoids creating a bound method. */
function compileMethodCall(c: Compiler, e: A.Call): boolean {
  const f = e.func;
  if (f.kind !== 'Attribute' || f.ctx !== 'Load') return false;
  const nkw = e.keywords.length;
  if (e.args.length + nkw + (nkw > 0 ? 1 : 0) >= STACK_USE_GUIDELINE) return false;
  if (e.args.some((a) => a.kind === 'Starred') || e.keywords.some((k) => k.arg === null)) return false;
  compileExpr(c, f.value);
  atLine(c, { ...f, line: f.endLine }, () => c.emitName(OP.LOAD_METHOD, f.attr));
  compileExprs(c, e.args);
  callSimpleKw(c, e.args.length, e.keywords);
  return true;
}

/** Keyword values, then the names tuple and CALL_KW; plain CALL when there are none. */
function callSimpleKw(c: Compiler, npos: number, keywords: readonly A.Keyword[]): void {
  if (keywords.length === 0) {
    c.emit(OP.CALL, npos);
    return;
  }
  compileExprs(c, keywords.map((k) => k.value));
  c.loadConst({ kind: 'tuple', items: keywords.map((k) => ({ kind: 'str', value: k.arg! }) as const) });
  c.emit(OP.CALL_KW, npos + keywords.length + 1);
}

/** Arguments of a call whose callable and NULL (and `pushed` positional arguments) are on the stack. */
export function callHelper(
  c: Compiler,
  pushed: number,
  args: readonly A.Expr[],
  keywords: readonly A.Keyword[],
  pos: A.Pos,
): void {
  validateKeywords(c, keywords, pos);
  const simple =
    !args.some((a) => a.kind === 'Starred') &&
    !keywords.some((k) => k.arg === null) &&
    args.length + keywords.length + pushed < STACK_USE_GUIDELINE;
  if (simple) {
    compileExprs(c, args);
    callSimpleKw(c, pushed + args.length, keywords);
    return;
  }
  // CALL_FUNCTION_EX: a tuple of positional arguments and maybe a dict of keywords. A lone
  // `*x` is passed as is (as CPython does): CALL_FUNCTION_EX makes the tuple, and its error
  // for a non-iterable names the callee.
  const lone = args[0];
  if (pushed === 0 && args.length === 1 && lone?.kind === 'Starred') compileExpr(c, lone.value);
  else starunpack(c, args, pushed, 'tuple');
  if (keywords.length > 0) kwargsDict(c, keywords);
  c.emit(OP.CALL_FUNCTION_EX, keywords.length > 0 ? 1 : 0);
}

/** A call's keyword dict: DICT_MERGE (not DICT_UPDATE) so a repeated keyword is an error. */
function kwargsDict(c: Compiler, keywords: readonly A.Keyword[]): void {
  let haveDict = false;
  let pending: A.Keyword[] = [];
  const flush = (): void => {
    subkwargs(c, pending);
    if (haveDict) c.emit(OP.DICT_MERGE, 1);
    haveDict = true;
    pending = [];
  };
  for (const k of keywords) {
    if (k.arg !== null) {
      pending.push(k);
      continue;
    }
    if (pending.length > 0) flush();
    if (!haveDict) {
      c.emit(OP.BUILD_MAP, 0);
      haveDict = true;
    }
    compileExpr(c, k.value);
    c.emit(OP.DICT_MERGE, 1);
  }
  if (pending.length > 0) flush();
}

function subkwargs(c: Compiler, kws: readonly A.Keyword[]): void {
  const big = kws.length * 2 > STACK_USE_GUIDELINE;
  if (big) c.emit(OP.BUILD_MAP, 0);
  for (const k of kws) {
    c.loadConst({ kind: 'str', value: k.arg! });
    compileExpr(c, k.value);
    if (big) c.emit(OP.MAP_ADD, 1);
  }
  if (!big) c.emit(OP.BUILD_MAP, kws.length);
}
