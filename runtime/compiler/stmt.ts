// Statements (except try/with/return/break/continue, in exceptions.ts), after CPython 3.11's
// compiler_visit_stmt.

import type * as A from '../frontend/ast.js';
import { OP, PSEUDO } from '../../generated/opcodes.js';
import type { Compiler } from './codegen.js';
import type { ErrorContext } from './errors.js';
import { compileBreak, compileContinue, compileReturn, compileTry, compileWith } from './exceptions.js';
import { compileDelete, compileExpr, compileStore, jumpIf, binaryOparg } from './expr.js';
import { assertNever } from './symtable.js';

/** The docstring of a body: its first statement, when that is a string constant. */
export function docstringOf(body: readonly A.Stmt[]): string | null {
  const first = body[0];
  if (first?.kind === 'Expr' && first.value.kind === 'Constant' && first.value.value.kind === 'str') {
    return first.value.value.value;
  }
  return null;
}

/** A module or class body (storeDoc: the docstring goes to `__doc__`) or a function body. */
export function compileBody(c: Compiler, body: readonly A.Stmt[], storeDoc = false): void {
  let rest = body;
  const doc = storeDoc ? docstringOf(body) : null;
  if (doc !== null) {
    c.b.line = body[0]!.line;
    c.loadConst({ kind: 'str', value: doc });
    c.nameop('__doc__', 'Store', body[0]!);
    rest = body.slice(1);
  }
  compileStmts(c, rest);
}

export function compileStmts(c: Compiler, body: readonly A.Stmt[]): void {
  for (const s of body) compileStmt(c, s);
}

export function compileStmt(c: Compiler, s: A.Stmt): void {
  c.b.line = s.line;
  switch (s.kind) {
    case 'FunctionDef':
      return c.functionDef(s);
    case 'ClassDef':
      return c.classDef(s);
    case 'Return':
      return compileReturn(c, s);
    case 'Delete':
      for (const t of s.targets) compileDelete(c, t);
      return;
    case 'Assign':
      return compileAssign(c, s);
    case 'AugAssign':
      return compileAugAssign(c, s);
    case 'AnnAssign':
      return compileAnnAssign(c, s);
    case 'For':
      return compileFor(c, s);
    case 'While':
      return compileWhile(c, s);
    case 'If':
      return compileIf(c, s);
    case 'With':
      return compileWith(c, s);
    case 'Raise':
      return compileRaise(c, s);
    case 'Try':
      return compileTry(c, s);
    case 'Assert':
      return compileAssert(c, s);
    case 'Import':
      return compileImport(c, s);
    case 'ImportFrom':
      return compileImportFrom(c, s);
    case 'Global':
    case 'Nonlocal':
    case 'Pass':
      return;
    case 'Expr':
      // A constant statement (a docstring, `...`) does nothing.
      if (s.value.kind === 'Constant') return;
      compileExpr(c, s.value);
      c.emit(OP.POP_TOP);
      return;
    case 'Break':
      return compileBreak(c, s);
    case 'Continue':
      return compileContinue(c, s);
    default:
      return assertNever(s);
  }
}

// ---------------------------------------------------------------------------- assignment

function compileAssign(c: Compiler, s: A.Assign): void {
  if (s.targets.length === 1 && compileSwapAssign(c, s.targets[0]!, s.value)) return;
  compileExpr(c, s.value);
  s.targets.forEach((t, i) => {
    if (i < s.targets.length - 1) c.emit(OP.COPY, 1);
    compileStore(c, t);
  });
}

/**
 * `a, b = b, a` (2 or 3 plain items on both sides) needs no tuple: SWAP puts the values in
 * the order UNPACK_SEQUENCE would (CPython's peephole rewrite of BUILD_TUPLE+UNPACK_SEQUENCE).
 */
function compileSwapAssign(c: Compiler, target: A.Expr, value: A.Expr): boolean {
  if (target.kind !== 'Tuple' && target.kind !== 'List') return false;
  if (value.kind !== 'Tuple' && value.kind !== 'List') return false;
  const n = target.elts.length;
  if (n < 2 || n > 3 || value.elts.length !== n) return false;
  if ([...target.elts, ...value.elts].some((e) => e.kind === 'Starred')) return false;
  for (const e of value.elts) compileExpr(c, e);
  c.emit(OP.SWAP, n);
  for (const t of target.elts) compileStore(c, t);
  return true;
}

function compileAugAssign(c: Compiler, s: A.AugAssign): void {
  const t = s.target;
  const oparg = binaryOparg(s.op) + 13;
  switch (t.kind) {
    case 'Name':
      c.nameop(t.id, 'Load', t);
      compileExpr(c, s.value);
      c.emit(OP.BINARY_OP, oparg);
      c.nameop(t.id, 'Store', t);
      return;
    case 'Attribute':
      c.checkDebugAttr(t.attr, t);
      compileExpr(c, t.value);
      c.emit(OP.COPY, 1);
      c.emitName(OP.LOAD_ATTR, t.attr);
      compileExpr(c, s.value);
      c.emit(OP.BINARY_OP, oparg);
      c.emit(OP.SWAP, 2);
      c.emitName(OP.STORE_ATTR, t.attr);
      return;
    case 'Subscript':
      compileExpr(c, t.value);
      compileExpr(c, t.slice);
      c.emit(OP.COPY, 2);
      c.emit(OP.COPY, 2);
      c.emit(OP.BINARY_SUBSCR);
      compileExpr(c, s.value);
      c.emit(OP.BINARY_OP, oparg);
      c.emit(OP.SWAP, 3);
      c.emit(OP.SWAP, 2);
      c.emit(OP.STORE_SUBSCR);
      return;
    default:
      return assertNever(t);
  }
}

/** Annotations are not evaluated (docs/bytecode.md); a target without value still evaluates its parts. */
function compileAnnAssign(c: Compiler, s: A.AnnAssign): void {
  if (s.value) {
    compileExpr(c, s.value);
    compileStore(c, s.target);
    return;
  }
  const t = s.target;
  if (t.kind === 'Attribute') {
    c.checkDebugAttr(t.attr, s);
    compileExpr(c, t.value);
    c.emit(OP.POP_TOP);
  } else if (t.kind === 'Subscript') {
    compileExpr(c, t.value);
    c.emit(OP.POP_TOP);
    compileExpr(c, t.slice);
    c.emit(OP.POP_TOP);
  } else if (t.id === '__debug__') {
    // `__debug__: int` binds nothing but is still an assignment to __debug__.
    c.error('cannot assign to __debug__', s);
  }
}

// ---------------------------------------------------------------------------- control flow

function compileIf(c: Compiler, s: A.If): void {
  const end = c.b.newLabel();
  const next = s.orelse.length > 0 ? c.b.newLabel() : end;
  jumpIf(c, s.test, next, false);
  compileStmts(c, s.body);
  if (s.orelse.length > 0) {
    c.b.jump(PSEUDO.JUMP, end);
    c.b.bind(next);
    compileStmts(c, s.orelse);
  }
  c.b.bind(end);
}

function compileFor(c: Compiler, s: A.For): void {
  const start = c.b.newLabel();
  const cleanup = c.b.newLabel();
  const end = c.b.newLabel();
  c.u.fblocks.push({ kind: 'ForLoop', start, exit: end });
  compileExpr(c, s.iter);
  c.emit(OP.GET_ITER);
  c.b.bind(start);
  c.b.jump(OP.FOR_ITER, cleanup);
  compileStore(c, s.target);
  compileStmts(c, s.body);
  c.b.jump(PSEUDO.JUMP, start);
  c.b.line = s.line;
  c.b.bind(cleanup);
  c.emit(OP.END_FOR);
  c.u.fblocks.pop();
  compileStmts(c, s.orelse);
  c.b.bind(end);
}

function compileWhile(c: Compiler, s: A.While): void {
  const loop = c.b.newLabel();
  const orelse = c.b.newLabel();
  const end = c.b.newLabel();
  c.b.bind(loop);
  c.u.fblocks.push({ kind: 'WhileLoop', start: loop, exit: end });
  jumpIf(c, s.test, orelse, false);
  compileStmts(c, s.body);
  c.b.jump(PSEUDO.JUMP, loop);
  c.u.fblocks.pop();
  c.b.bind(orelse);
  compileStmts(c, s.orelse);
  c.b.bind(end);
}

function compileRaise(c: Compiler, s: A.Raise): void {
  let n = 0;
  if (s.exc) {
    compileExpr(c, s.exc);
    n++;
    if (s.cause) {
      compileExpr(c, s.cause);
      n++;
    }
  }
  c.emit(OP.RAISE_VARARGS, n);
}

function compileAssert(c: Compiler, s: A.Assert): void {
  const end = c.b.newLabel();
  jumpIf(c, s.test, end, true);
  c.emit(OP.LOAD_ASSERTION_ERROR);
  if (s.msg) {
    c.emit(OP.PUSH_NULL);
    compileExpr(c, s.msg);
    c.emit(OP.CALL, 1);
  }
  c.emit(OP.RAISE_VARARGS, 1);
  c.b.bind(end);
}

// ---------------------------------------------------------------------------- imports

function compileImport(c: Compiler, s: A.Import): void {
  for (const alias of s.names) {
    c.b.line = alias.line;
    c.loadConst({ kind: 'int', value: 0n });
    c.loadConst({ kind: 'None' });
    c.emitName(OP.IMPORT_NAME, alias.name);
    if (alias.asname !== null) {
      importAs(c, alias.name, alias.asname, s);
    } else {
      // `import a.b.c` binds `a` (IMPORT_NAME returns the top-level package).
      const dot = alias.name.indexOf('.');
      c.nameop(dot >= 0 ? alias.name.slice(0, dot) : alias.name, 'Store', s);
    }
  }
}

/** `import a.b.c as d`: walk from the package to the submodule with IMPORT_FROM. */
function importAs(c: Compiler, name: string, asname: string, pos: A.Pos): void {
  const parts = name.split('.');
  if (parts.length === 1) {
    c.nameop(asname, 'Store', pos);
    return;
  }
  parts.slice(1).forEach((attr, i) => {
    c.emitName(OP.IMPORT_FROM, attr);
    if (i < parts.length - 2) {
      c.emit(OP.SWAP, 2);
      c.emit(OP.POP_TOP);
    }
  });
  c.nameop(asname, 'Store', pos);
  c.emit(OP.POP_TOP);
}

function compileImportFrom(c: Compiler, s: A.ImportFrom): void {
  c.loadConst({ kind: 'int', value: BigInt(s.level) });
  c.loadConst({ kind: 'tuple', items: s.names.map((a) => ({ kind: 'str', value: a.name }) as const) });
  c.emitName(OP.IMPORT_NAME, s.module ?? '');
  if (s.names.length === 1 && s.names[0]!.name === '*') {
    c.emit(OP.IMPORT_STAR);
    return;
  }
  for (const alias of s.names) {
    c.emitName(OP.IMPORT_FROM, alias.name);
    c.nameop(alias.asname ?? alias.name, 'Store', s);
  }
  c.emit(OP.POP_TOP);
}

const FUTURE_FEATURES = new Set([
  'nested_scopes', 'generators', 'division', 'absolute_import', 'with_statement',
  'print_function', 'unicode_literals', 'barry_as_FLUFL', 'generator_stop', 'annotations',
]);

/**
 * `from __future__ import x` must come first and name a known feature (CPython's future.c,
 * which runs before the symbol table, hence a separate pass over the module body).
 */
export function checkFutureImports(mod: A.Module, errors: ErrorContext): void {
  const body = docstringOf(mod.body) === null ? mod.body : mod.body.slice(1);
  let leading = true;
  for (const s of body) {
    const isFuture = s.kind === 'ImportFrom' && s.module === '__future__' && s.level === 0;
    if (!isFuture) {
      leading = false;
      continue;
    }
    if (!leading) throw errors.syntaxError('from __future__ imports must occur at the beginning of the file', s);
    // future.c locates these at the statement, without an end column.
    for (const a of s.names) {
      if (a.name === 'braces') throw errors.syntaxError('not a chance', s, true);
      if (!FUTURE_FEATURES.has(a.name)) throw errors.syntaxError(`future feature ${a.name} is not defined`, s, true);
    }
  }
}
