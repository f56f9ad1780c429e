// Code generation core: one Unit (code object under construction) per scope, name resolution
// (CPython's compiler_nameop), closures, and the module/function/lambda/class code objects.
// Statements, expressions, comprehensions and exception handling live in sibling files as
// functions over the Compiler. The output conventions are docs/bytecode.md.

import type * as A from '../frontend/ast.js';
import { OP } from '../../generated/opcodes.js';
import { assemble } from './assemble.js';
import { CO, type CodeInfo, type Const, type LocalKind } from './code.js';
import { ErrorContext } from './errors.js';
import { CodeBuilder, type Label } from './instr.js';
import { SCOPE, buildSymtable, mangle, type Scope, type ScopeNode, type SymbolTable } from './symtable.js';
import { checkFutureImports, compileBody, docstringOf } from './stmt.js';
import { callHelper, loadConstTuple } from './calls.js';
import { compileExpr } from './expr.js';

export type UnitKind = 'module' | 'class' | 'function' | 'lambda' | 'comprehension';

/** Blocks that `return`/`break`/`continue` must unwind (CPython's fblocks). */
export type FBlock =
  | { readonly kind: 'WhileLoop'; readonly start: Label; readonly exit: Label }
  | { readonly kind: 'ForLoop'; readonly start: Label; readonly exit: Label }
  | { readonly kind: 'TryExcept' }
  | { readonly kind: 'FinallyTry'; readonly body: readonly A.Stmt[] }
  | { readonly kind: 'FinallyEnd' }
  | { readonly kind: 'With'; readonly line: number }
  | { readonly kind: 'HandlerCleanup'; readonly name: string | null; readonly pos: A.Pos }
  | { readonly kind: 'PopValue' };

export interface CompileOptions {
  /** The source text: supplies the offending line (SyntaxError.text) of compile errors. */
  source?: string | null;
}

/** One code object under construction. */
export class Unit {
  readonly b: CodeBuilder;
  readonly fblocks: FBlock[] = [];
  readonly localsplus: string[] = [];
  readonly localKinds: LocalKind[] = [];
  private readonly fast = new Map<string, number>();
  private readonly cells = new Map<string, number>();
  private readonly frees = new Map<string, number>();

  constructor(
    readonly kind: UnitKind,
    readonly scope: Scope,
    readonly name: string,
    readonly qualname: string,
    readonly firstLine: number,
  ) {
    this.b = new CodeBuilder(firstLine);
    this.layoutSlots();
  }

  /** Fast slots in CPython 3.11 order: parameters, other locals, non-parameter cells, frees. */
  private layoutSlots(): void {
    const s = this.scope;
    const cellNames = new Set(s.cellvars());
    const add = (name: string, kind: LocalKind): number => {
      this.localsplus.push(name);
      this.localKinds.push(kind);
      return this.localsplus.length - 1;
    };
    if (s.type === 'function') {
      for (const p of s.params) {
        const slot = add(p, cellNames.has(p) ? 'cell' : 'local');
        this.fast.set(p, slot);
        if (cellNames.has(p)) this.cells.set(p, slot);
      }
      for (const [name, scope] of s.scopes) {
        if (scope === SCOPE.LOCAL && !this.fast.has(name)) this.fast.set(name, add(name, 'local'));
      }
    }
    for (const name of cellNames) if (!this.cells.has(name)) this.cells.set(name, add(name, 'cell'));
    for (const name of s.freevars()) this.frees.set(name, add(name, 'free'));
  }

  /** Positional parameters (CPython's co_argcount). */
  get argcount(): number {
    const node = this.scope.node;
    if (node.kind === 'FunctionDef' || node.kind === 'Lambda') return node.args.posonlyargs.length + node.args.args.length;
    return this.scope.comprehension !== null ? 1 : 0;
  }

  get isFunction(): boolean {
    return this.scope.type === 'function';
  }

  fastSlot(name: string): number {
    return slot(this.fast, name, 'local');
  }

  cellSlot(name: string): number {
    return slot(this.cells, name, 'cell');
  }

  freeSlot(name: string): number {
    return slot(this.frees, name, 'free');
  }

  derefSlot(name: string): number {
    return this.cells.get(name) ?? this.freeSlot(name);
  }

  /** Slots the prologue turns into cells, in cellvars order. */
  cellSlotsInOrder(): number[] {
    return [...this.cells.values()].sort((a, b) => a - b);
  }

  get nfree(): number {
    return this.frees.size;
  }
}

function slot(map: Map<string, number>, name: string, what: string): number {
  const i = map.get(name);
  if (i === undefined) throw new Error(`codegen: no ${what} slot for '${name}'`);
  return i;
}

interface FunctionShape {
  argcount: number;
  posonlyargcount: number;
  kwonlyargcount: number;
}

const NO_ARGS: FunctionShape = { argcount: 0, posonlyargcount: 0, kwonlyargcount: 0 };

export class Compiler {
  private readonly units: Unit[] = [];

  constructor(
    readonly st: SymbolTable,
    readonly errors: ErrorContext,
    readonly filename: string,
  ) {}

  get u(): Unit {
    const u = this.units[this.units.length - 1];
    if (u === undefined) throw new Error('codegen: no current unit');
    return u;
  }

  get b(): CodeBuilder {
    return this.u.b;
  }

  error(msg: string, pos: A.Pos, noEnd = false): never {
    throw this.errors.syntaxError(msg, pos, noEnd);
  }

  notSupported(feature: string, pos: A.Pos): never {
    throw this.errors.notSupported(feature, pos);
  }

  emit(op: number, arg = 0): void {
    this.b.emit(op, arg);
  }

  loadConst(c: Const): void {
    this.emit(OP.LOAD_CONST, this.b.addConst(c));
  }

  /** Emit with a name operand (mangled like CPython's compiler_addop_name). */
  emitName(op: number, name: string): void {
    this.emit(op, this.b.addName(mangle(this.u.scope.privateName, name)));
  }

  // ------------------------------------------------------------------------------ units

  private qualnameFor(kind: UnitKind, name: string): string {
    const parent = this.units[this.units.length - 1];
    if (parent === undefined || parent.kind === 'module') return name;
    if (kind === 'function' || kind === 'class') {
      const mangled = mangle(parent.scope.privateName, name);
      if (parent.scope.scopeOf(mangled) === SCOPE.GLOBAL_EXPLICIT) return name;
    }
    const base = parent.kind === 'function' || parent.kind === 'lambda' ? `${parent.qualname}.<locals>` : parent.qualname;
    return `${base}.${name}`;
  }

  enterUnit(kind: UnitKind, node: ScopeNode, name: string, firstLine: number): Unit {
    const scope = this.st.lookup(node);
    const u = new Unit(kind, scope, name, this.qualnameFor(kind, name), firstLine);
    this.units.push(u);
    return u;
  }

  /** MAKE_CELL / COPY_FREE_VARS / RETURN_GENERATOR prologue and RESUME 0, as CPython. */
  prologue(resumeLine = this.u.firstLine): void {
    const u = this.u;
    if (u.nfree > 0) this.emit(OP.COPY_FREE_VARS, u.nfree);
    for (const s of u.cellSlotsInOrder()) this.emit(OP.MAKE_CELL, s);
    if (u.scope.generator) {
      this.emit(OP.RETURN_GENERATOR);
      this.emit(OP.POP_TOP);
    }
    const saved = this.b.line;
    this.b.line = resumeLine;
    this.emit(OP.RESUME, 0);
    this.b.line = saved;
  }

  exitUnit(shape: FunctionShape = NO_ARGS): CodeInfo {
    const u = this.u;
    const code = assemble(u.b, {
      name: u.name,
      qualname: u.qualname,
      filename: this.filename,
      firstLine: u.firstLine,
      ...shape,
      flags: codeFlags(u),
      localsplus: u.localsplus,
      localKinds: u.localKinds,
      nparams: u.isFunction ? u.scope.params.length : 0,
    });
    this.units.pop();
    return code;
  }

  // ------------------------------------------------------------------------------ names

  /** Load/store/delete a variable, choosing FAST/DEREF/GLOBAL/NAME from its scope. */
  nameop(name: string, ctx: A.ExprContext, pos: A.Pos): void {
    if (name === '__debug__' && ctx !== 'Load') {
      this.error(ctx === 'Store' ? 'cannot assign to __debug__' : 'cannot delete __debug__', pos);
    }
    const u = this.u;
    const mangled = mangle(u.scope.privateName, name);
    const scope = u.scope.scopeOf(mangled);
    switch (scope) {
      case SCOPE.FREE:
      case SCOPE.CELL:
        return this.derefOp(mangled, ctx);
      case SCOPE.LOCAL:
        if (u.isFunction) return this.emit(pick(ctx, OP.LOAD_FAST, OP.STORE_FAST, OP.DELETE_FAST), u.fastSlot(mangled));
        break;
      case SCOPE.GLOBAL_IMPLICIT:
        if (u.isFunction) return this.globalOp(mangled, ctx);
        break;
      case SCOPE.GLOBAL_EXPLICIT:
        return this.globalOp(mangled, ctx);
      case 0:
        break;
      default:
        return assertNeverScope(scope);
    }
    this.emit(pick(ctx, OP.LOAD_NAME, OP.STORE_NAME, OP.DELETE_NAME), this.b.addName(mangled));
  }

  private globalOp(mangled: string, ctx: A.ExprContext): void {
    this.emit(pick(ctx, OP.LOAD_GLOBAL, OP.STORE_GLOBAL, OP.DELETE_GLOBAL), this.b.addName(mangled));
  }

  private derefOp(mangled: string, ctx: A.ExprContext): void {
    // There is no LOAD_CLASSDEREF: class bodies read free variables with LOAD_DEREF, which
    // ignores a same-named entry in the class namespace.
    const slot = this.u.derefSlot(mangled);
    if (ctx !== 'Del') return this.emit(ctx === 'Load' ? OP.LOAD_DEREF : OP.STORE_DEREF, slot);
    // There is no DELETE_DEREF either: LOAD_DEREF raises CPython's error if the variable is
    // unbound, then storing NULL empties the cell.
    this.emit(OP.LOAD_DEREF, slot);
    this.emit(OP.POP_TOP);
    this.emit(OP.PUSH_NULL);
    this.emit(OP.STORE_DEREF, slot);
  }

  /** Whether a name is a cell or free variable here. */
  isDeref(name: string): boolean {
    const s = this.u.scope.scopeOf(mangle(this.u.scope.privateName, name));
    return s === SCOPE.CELL || s === SCOPE.FREE;
  }

  // ------------------------------------------------------------------------------ functions

  /** Push the closure tuple (if the child has free variables), the code and MAKE_FUNCTION. */
  makeClosure(code: CodeInfo, childScope: Scope, flags: number): void {
    const frees = childScope.freevars();
    if (frees.length > 0) {
      for (const name of frees) this.emit(OP.LOAD_CLOSURE, this.closureSlot(name));
      this.emit(OP.BUILD_TUPLE, frees.length);
      flags |= 8;
    }
    this.loadConst({ kind: 'code', code });
    this.emit(OP.MAKE_FUNCTION, flags);
  }

  private closureSlot(name: string): number {
    const u = this.u;
    if (u.kind === 'class' && name === '__class__') return u.cellSlot(name);
    return u.scope.scopeOf(name) === SCOPE.CELL ? u.cellSlot(name) : u.freeSlot(name);
  }

  /** Push defaults tuple / kw-defaults dict; returns the MAKE_FUNCTION flags they need. */
  private defaults(args: A.Arguments): number {
    let flags = 0;
    if (args.defaults.length > 0) {
      loadConstTuple(this, args.defaults);
      flags |= 1;
    }
    let n = 0;
    args.kwonlyargs.forEach((arg, i) => {
      const d = args.kwDefaults[i];
      if (!d) return;
      this.loadConst({ kind: 'str', value: mangle(this.u.scope.privateName, arg.arg) });
      compileExpr(this, d);
      n++;
    });
    if (n > 0) {
      this.emit(OP.BUILD_MAP, n);
      flags |= 2;
    }
    return flags;
  }

  private decorators(decos: readonly A.Expr[]): void {
    for (const d of decos) {
      compileExpr(this, d);
      this.emit(OP.PUSH_NULL);
    }
  }

  /** `@d def f` is `f = d(f)`: decorators were evaluated first, innermost applies first. */
  private applyDecorators(decos: readonly A.Expr[]): void {
    for (let i = decos.length - 1; i >= 0; i--) {
      const saved = this.b.line;
      this.b.line = decos[i]!.line;
      this.emit(OP.CALL, 1);
      this.b.line = saved;
    }
  }

  functionDef(s: A.FunctionDef): void {
    this.checkDebugArgs(s.args, s);
    this.decorators(s.decoratorList);
    const firstLine = s.decoratorList[0]?.line ?? s.line;
    const flags = this.defaults(s.args);
    const u = this.enterUnit('function', s, s.name, firstLine);
    const doc = docstringOf(s.body);
    // CPython 3.11: a function's co_consts[0] is its docstring or None (the function's __doc__).
    this.reserveConst(doc === null ? { kind: 'None' } : { kind: 'str', value: doc });
    this.prologue(s.line);
    this.b.line = s.line;
    compileBody(this, doc === null ? s.body : s.body.slice(1));
    this.emit(OP.RETURN_CONST, this.b.addConst({ kind: 'None' }));
    const code = this.exitUnit(argShape(s.args));
    this.makeClosure(code, u.scope, flags);
    this.applyDecorators(s.decoratorList);
    this.nameop(s.name, 'Store', s);
  }

  /** Add a constant without loading it (to fix its index, like a function's co_consts[0]). */
  private reserveConst(c: Const): void {
    this.b.addConst(c);
  }

  /** CPython's compiler_check_debug_args: no parameter may be called __debug__ (located at the def/lambda). */
  private checkDebugArgs(a: A.Arguments, pos: A.Pos): void {
    const all = [...a.posonlyargs, ...a.args, ...(a.vararg ? [a.vararg] : []), ...a.kwonlyargs, ...(a.kwarg ? [a.kwarg] : [])];
    if (all.some((arg) => arg.arg === '__debug__')) this.error('cannot assign to __debug__', pos);
  }

  /** `obj.__debug__` cannot be assigned to either (deleting it is allowed, as in CPython 3.11). */
  checkDebugAttr(attr: string, pos: A.Pos): void {
    if (attr === '__debug__') this.error('cannot assign to __debug__', pos);
  }

  lambda(e: A.Lambda): void {
    this.checkDebugArgs(e.args, e);
    const flags = this.defaults(e.args);
    const u = this.enterUnit('lambda', e, '<lambda>', e.line);
    // Make None the first constant, so the lambda can't have a docstring (as CPython).
    this.reserveConst({ kind: 'None' });
    this.prologue();
    compileExpr(this, e.body);
    this.emit(OP.RETURN_VALUE);
    const code = this.exitUnit(argShape(e.args));
    this.makeClosure(code, u.scope, flags);
  }

  classDef(s: A.ClassDef): void {
    this.decorators(s.decoratorList);
    const firstLine = s.decoratorList[0]?.line ?? s.line;
    this.b.line = s.line;
    this.emit(OP.LOAD_BUILD_CLASS);
    this.emit(OP.PUSH_NULL);
    const u = this.enterUnit('class', s, s.name, firstLine);
    this.classBody(s, u);
    const code = this.exitUnit();
    this.b.line = s.line;
    this.makeClosure(code, u.scope, 0);
    this.loadConst({ kind: 'str', value: s.name });
    callHelper(this, 2, s.bases, s.keywords, s);
    this.applyDecorators(s.decoratorList);
    this.nameop(s.name, 'Store', s);
  }

  private classBody(s: A.ClassDef, u: Unit): void {
    this.prologue(s.line);
    this.b.line = s.line;
    this.nameop('__name__', 'Load', s);
    this.nameop('__module__', 'Store', s);
    this.loadConst({ kind: 'str', value: u.qualname });
    this.nameop('__qualname__', 'Store', s);
    compileBody(this, s.body, true);
    if (u.scope.needsClassClosure) {
      this.emit(OP.LOAD_CLOSURE, u.cellSlot('__class__'));
      this.emit(OP.COPY, 1);
      this.nameop('__classcell__', 'Store', s);
      this.emit(OP.RETURN_VALUE);
    } else {
      this.emit(OP.RETURN_CONST, this.b.addConst({ kind: 'None' }));
    }
  }

  module(mod: A.Module): CodeInfo {
    this.enterUnit('module', mod, '<module>', 1);
    // CPython gives a module's RESUME line 0 (it belongs to no statement).
    this.prologue(0);
    compileBody(this, mod.body, true);
    this.emit(OP.RETURN_CONST, this.b.addConst({ kind: 'None' }));
    return this.exitUnit();
  }
}

function pick(ctx: A.ExprContext, load: number, store: number, del: number): number {
  switch (ctx) {
    case 'Load':
      return load;
    case 'Store':
      return store;
    case 'Del':
      return del;
    default:
      return assertNeverCtx(ctx);
  }
}

function assertNeverCtx(x: never): never {
  throw new Error(`unknown context ${String(x)}`);
}

function assertNeverScope(x: never): never {
  throw new Error(`unknown scope ${String(x)}`);
}

function argShape(a: A.Arguments): FunctionShape {
  return {
    argcount: a.posonlyargs.length + a.args.length,
    posonlyargcount: a.posonlyargs.length,
    kwonlyargcount: a.kwonlyargs.length,
  };
}

function codeFlags(u: Unit): number {
  const s = u.scope;
  if (s.type !== 'function') return 0;
  let flags = CO.OPTIMIZED | CO.NEWLOCALS;
  if (s.varargs) flags |= CO.VARARGS;
  if (s.varkeywords) flags |= CO.VARKEYWORDS;
  if (s.nested) flags |= CO.NESTED;
  if (s.generator) flags |= CO.GENERATOR;
  return flags;
}

/** Compile a parsed module. Throws PySyntaxError for errors CPython's compiler reports. */
export function compileModule(mod: A.Module, filename: string, opts: CompileOptions = {}): CodeInfo {
  const errors = new ErrorContext(filename, opts.source ?? null);
  checkFutureImports(mod, errors);
  const st = buildSymtable(mod, errors);
  return new Compiler(st, errors, filename).module(mod);
}
