// try/except/else/finally, with, and the statements that leave blocks early (return, break,
// continue), after CPython 3.11's compiler_try_except / compiler_try_finally / compiler_with /
// compiler_unwind_fblock. Handlers are exception-table entries (docs/bytecode.md): there is no
// lasti on the stack, so cleanup handlers are `SWAP 2; POP_EXCEPT; RERAISE`.

import type * as A from '../frontend/ast.js';
import { OP, PSEUDO } from '../../generated/opcodes.js';
import type { Compiler, FBlock } from './codegen.js';
import { compileExpr, compileStore } from './expr.js';
import { foldConstant } from './fold.js';
import type { Label } from './instr.js';
import { compileStmts } from './stmt.js';
import { assertNever } from './symtable.js';

/** Handler-stack entries a block's unwinding deactivates (CPython's POP_BLOCKs). */
function handlersOf(f: FBlock): number {
  switch (f.kind) {
    case 'TryExcept':
    case 'FinallyTry':
    case 'FinallyEnd':
    case 'With':
      return 1;
    case 'HandlerCleanup':
      // The clause body's own cleanup (for `as name`) and the handler's cleanup.
      return f.name === null ? 1 : 2;
    case 'WhileLoop':
    case 'ForLoop':
    case 'PopValue':
      return 0;
    default:
      return assertNever(f);
  }
}

/** Stack cleanup when leaving `f` early; `preserveTos`: a return value stays on top. */
function unwindBlock(c: Compiler, f: FBlock, preserveTos: boolean, rest: () => void): void {
  const swapIfPreserving = (): void => {
    if (preserveTos) c.emit(OP.SWAP, 2);
  };
  c.b.withoutHandlers(handlersOf(f), () => {
    switch (f.kind) {
      case 'WhileLoop':
      case 'TryExcept':
        break;
      case 'ForLoop':
      case 'PopValue':
        swapIfPreserving();
        c.emit(OP.POP_TOP);
        break;
      case 'FinallyTry':
        // The finally body runs inline; a return value waits below it.
        if (preserveTos) c.u.fblocks.push({ kind: 'PopValue' });
        compileStmts(c, f.body);
        if (preserveTos) c.u.fblocks.pop();
        break;
      case 'FinallyEnd':
        swapIfPreserving();
        c.emit(OP.POP_TOP); // the exception
        swapIfPreserving();
        c.emit(OP.POP_EXCEPT);
        break;
      case 'With':
        c.b.line = f.line;
        swapIfPreserving();
        callExitWithNones(c);
        c.emit(OP.POP_TOP);
        break;
      case 'HandlerCleanup':
        swapIfPreserving();
        c.emit(OP.POP_EXCEPT);
        if (f.name !== null) clearExceptName(c, f.name, f.pos);
        break;
      default:
        assertNever(f);
    }
    rest();
  });
}

/**
 * Unwind the blocks of the current unit from the innermost outwards, stopping at (and
 * returning) the innermost loop when `toLoop`; then run `then` with all those blocks' handlers
 * inactive. The fblock stack is restored afterwards (code after a jump is still compiled).
 */
function unwindStack(c: Compiler, preserveTos: boolean, toLoop: boolean, then: (loop: FBlock | null) => void): void {
  const fblocks = c.u.fblocks;
  const top = fblocks[fblocks.length - 1];
  if (top === undefined) return then(null);
  if (toLoop && (top.kind === 'WhileLoop' || top.kind === 'ForLoop')) return then(top);
  fblocks.pop();
  try {
    unwindBlock(c, top, preserveTos, () => unwindStack(c, preserveTos, toLoop, then));
  } finally {
    fblocks.push(top);
  }
}

export function compileReturn(c: Compiler, s: A.Return): void {
  if (!c.u.isFunction) c.error("'return' outside function", s);
  const v = s.value;
  // A constant is returned after unwinding with RETURN_CONST instead of waiting on the stack.
  const k = v === null ? ({ kind: 'None' } as const) : foldConstant(v);
  if (v !== null && k === null) compileExpr(c, v);
  unwindStack(c, k === null, false, () => {
    c.b.line = s.line;
    if (k === null) c.emit(OP.RETURN_VALUE);
    else c.emit(OP.RETURN_CONST, c.b.addConst(k));
  });
}

export function compileBreak(c: Compiler, s: A.Break): void {
  unwindStack(c, false, true, (loop) => {
    if (loop === null) c.error("'break' outside loop", s);
    const exit = loopLabels(loop).exit;
    unwindBlock(c, loop, false, () => c.b.jump(PSEUDO.JUMP, exit));
  });
}

export function compileContinue(c: Compiler, s: A.Continue): void {
  unwindStack(c, false, true, (loop) => {
    if (loop === null) c.error("'continue' not properly in loop", s);
    c.b.jump(PSEUDO.JUMP, loopLabels(loop).start);
  });
}

function loopLabels(f: FBlock): { start: Label; exit: Label } {
  if (f.kind !== 'WhileLoop' && f.kind !== 'ForLoop') throw new Error('codegen: not a loop');
  return f;
}

// ---------------------------------------------------------------------------- try

export function compileTry(c: Compiler, s: A.Try): void {
  if (s.finalbody.length > 0) compileTryFinally(c, s);
  else compileTryExcept(c, s);
}

/** The exception on top of the stack is re-raised with the previous one restored. */
function popExceptAndReraise(c: Compiler): void {
  c.emit(OP.SWAP, 2);
  c.emit(OP.POP_EXCEPT);
  c.emit(OP.RERAISE);
}

function compileTryFinally(c: Compiler, s: A.Try): void {
  const b = c.b;
  const end = b.newLabel();
  const exit = b.newLabel();
  const cleanup = b.newLabel();
  const h = b.pushHandler(end);
  c.u.fblocks.push({ kind: 'FinallyTry', body: s.finalbody });
  if (s.handlers.length > 0) compileTryExcept(c, s);
  else compileStmts(c, s.body);
  c.u.fblocks.pop();
  b.popHandler(h);
  compileStmts(c, s.finalbody);
  b.jump(PSEUDO.JUMP, exit);
  // The finally body again, as the handler: PUSH_EXC_INFO; <finally>; RERAISE.
  b.bind(end);
  const hc = b.pushHandler(cleanup);
  c.emit(OP.PUSH_EXC_INFO);
  c.u.fblocks.push({ kind: 'FinallyEnd' });
  compileStmts(c, s.finalbody);
  c.u.fblocks.pop();
  c.emit(OP.RERAISE);
  b.popHandler(hc);
  b.bind(cleanup);
  popExceptAndReraise(c);
  b.bind(exit);
}

function compileTryExcept(c: Compiler, s: A.Try): void {
  const b = c.b;
  const except = b.newLabel();
  const end = b.newLabel();
  const cleanup = b.newLabel();
  const h = b.pushHandler(except);
  c.u.fblocks.push({ kind: 'TryExcept' });
  compileStmts(c, s.body);
  c.u.fblocks.pop();
  b.popHandler(h);
  compileStmts(c, s.orelse);
  b.jump(PSEUDO.JUMP, end);
  b.bind(except);
  b.line = s.handlers[0]?.line ?? s.line;
  const hc = b.pushHandler(cleanup);
  c.emit(OP.PUSH_EXC_INFO);
  s.handlers.forEach((handler, i) => {
    if (handler.type === null && i < s.handlers.length - 1) c.error("default 'except:' must be last", handler);
    compileHandler(c, handler, end);
  });
  // No clause matched: re-raise (the cleanup handler restores the previous exception).
  c.emit(OP.RERAISE);
  b.popHandler(hc);
  b.bind(cleanup);
  popExceptAndReraise(c);
  b.bind(end);
}

/** One `except [T [as name]]:` clause; the stack holds (prev, exc). */
function compileHandler(c: Compiler, handler: A.ExceptHandler, end: Label): void {
  const b = c.b;
  b.line = handler.line;
  const next = b.newLabel();
  if (handler.type) {
    compileExpr(c, handler.type);
    c.emit(OP.CHECK_EXC_MATCH);
    b.jump(OP.POP_JUMP_IF_FALSE, next);
  }
  if (handler.name !== null) {
    compileNamedHandlerBody(c, handler, handler.name, end);
  } else {
    c.emit(OP.POP_TOP);
    c.u.fblocks.push({ kind: 'HandlerCleanup', name: null, pos: handler });
    compileStmts(c, handler.body);
    c.u.fblocks.pop();
    b.withoutHandlers(1, () => {
      c.emit(OP.POP_EXCEPT);
      b.jump(PSEUDO.JUMP, end);
    });
  }
  b.bind(next);
}

/**
 * `except T as name: body` is
 *   name = exc; try: body finally: name = None; del name
 * so the exception (and its traceback) does not outlive the clause.
 */
function compileNamedHandlerBody(c: Compiler, handler: A.ExceptHandler, name: string, end: Label): void {
  const b = c.b;
  const cleanupEnd = b.newLabel();
  c.nameop(name, 'Store', handler);
  const h = b.pushHandler(cleanupEnd);
  c.u.fblocks.push({ kind: 'HandlerCleanup', name, pos: handler });
  compileStmts(c, handler.body);
  c.u.fblocks.pop();
  b.popHandler(h);
  b.withoutHandlers(1, () => {
    c.emit(OP.POP_EXCEPT);
    clearExceptName(c, name, handler);
    b.jump(PSEUDO.JUMP, end);
  });
  b.bind(cleanupEnd);
  clearExceptName(c, name, handler);
  c.emit(OP.RERAISE);
}

/** `name = None; del name`. */
function clearExceptName(c: Compiler, name: string, pos: A.Pos): void {
  c.loadConst({ kind: 'None' });
  c.nameop(name, 'Store', pos);
  c.nameop(name, 'Del', pos);
}

// ---------------------------------------------------------------------------- with

/** exit(None, None, None) with `exit` on top of the stack as the callable. */
function callExitWithNones(c: Compiler): void {
  c.emit(OP.PUSH_NULL);
  for (let i = 0; i < 3; i++) c.loadConst({ kind: 'None' });
  c.emit(OP.CALL, 3);
}

export function compileWith(c: Compiler, s: A.With): void {
  compileWithItem(c, s, 0);
}

function compileWithItem(c: Compiler, s: A.With, index: number): void {
  const b = c.b;
  const item = s.items[index]!;
  const final = b.newLabel();
  const exit = b.newLabel();
  const cleanup = b.newLabel();
  b.line = s.line;
  compileExpr(c, item.contextExpr);
  c.emit(OP.BEFORE_WITH);
  // Set up while `__enter__`'s result is still on the stack, so storing it is covered too; the
  // handler keeps only `exit` (adjust -1).
  const h = b.pushHandler(final, -1);
  c.u.fblocks.push({ kind: 'With', line: s.line });
  if (item.optionalVars) compileStore(c, item.optionalVars);
  else c.emit(OP.POP_TOP);
  if (index + 1 < s.items.length) compileWithItem(c, s, index + 1);
  else compileStmts(c, s.body);
  c.u.fblocks.pop();
  b.popHandler(h);
  b.line = s.line;
  callExitWithNones(c);
  c.emit(OP.POP_TOP);
  b.jump(PSEUDO.JUMP, exit);
  // Exceptional exit: stack (exit, exc).
  b.bind(final);
  const hc = b.pushHandler(cleanup);
  c.emit(OP.PUSH_EXC_INFO);
  c.emit(OP.WITH_EXCEPT_START);
  const suppress = b.newLabel();
  b.jump(OP.POP_JUMP_IF_TRUE, suppress);
  c.emit(OP.RERAISE);
  b.bind(suppress);
  c.emit(OP.POP_TOP); // the exception
  b.popHandler(hc);
  c.emit(OP.POP_EXCEPT);
  c.emit(OP.POP_TOP); // exit
  b.jump(PSEUDO.JUMP, exit);
  b.bind(cleanup);
  popExceptAndReraise(c);
  b.bind(exit);
}
