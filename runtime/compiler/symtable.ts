// Symbol tables, as CPython 3.11's Python/symtable.c: this pass collects, per block (module,
// class, function, lambda, comprehension), how each name is used, and reports the SyntaxErrors
// CPython's symtable reports; analyze.ts then resolves every name.

import type * as A from '../frontend/ast.js';
import { Analyzer } from './analyze.js';
import type { ErrorContext } from './errors.js';
import { DEF, Scope, assertNever, mangle, type BlockType, type ComprehensionKind, type ScopeNode } from './scope.js';

export { DEF, SCOPE, Scope, assertNever, mangle } from './scope.js';
export type { BlockType, ComprehensionKind, ScopeNode, ScopeValue } from './scope.js';

export interface SymbolTable {
  readonly top: Scope;
  /** The block of a module, function, class, lambda or comprehension node. */
  lookup(node: ScopeNode): Scope;
}

class Builder {
  readonly blocks = new Map<ScopeNode, Scope>();
  readonly stack: Scope[] = [];
  top!: Scope;
  private privateName: string | null = null;

  constructor(private readonly errors: ErrorContext) {}

  get cur(): Scope {
    const s = this.stack[this.stack.length - 1];
    if (s === undefined) throw new Error('symtable: no current block');
    return s;
  }

  error(msg: string, pos: A.Pos): never {
    throw this.errors.syntaxError(msg, pos);
  }

  enter(type: BlockType, name: string, node: ScopeNode, line: number): Scope {
    const prev = this.stack[this.stack.length - 1];
    const ste = new Scope(type, name, node, line, this.privateName);
    if (prev !== undefined) {
      ste.nested = prev.nested || prev.type === 'function';
      prev.children.push(ste);
    } else {
      this.top = ste;
    }
    this.blocks.set(node, ste);
    this.stack.push(ste);
    return ste;
  }

  exit(): void {
    this.stack.pop();
  }

  lookup(name: string): number {
    return this.cur.flagsOf(mangle(this.privateName, name));
  }

  addDef(name: string, flag: number, pos: A.Pos, ste: Scope = this.cur): void {
    const mangled = mangle(this.privateName, name);
    let val = ste.flags.get(mangled);
    if (val !== undefined) {
      if ((flag & DEF.PARAM) !== 0 && (val & DEF.PARAM) !== 0) {
        this.error(`duplicate argument '${name}' in function definition`, pos);
      }
      val |= flag;
    } else {
      val = flag;
    }
    if (ste.compIterTarget) {
      // An iteration variable of a comprehension: no walrus in the same comprehension may bind it.
      if ((val & (DEF.GLOBAL | DEF.NONLOCAL)) !== 0) {
        this.error(`comprehension inner loop cannot rebind assignment expression target '${name}'`, pos);
      }
      val |= DEF.COMP_ITER;
    }
    ste.flags.set(mangled, val);
    if ((flag & DEF.PARAM) !== 0) {
      ste.params.push(mangled);
    } else if ((flag & DEF.GLOBAL) !== 0) {
      // Explicit globals are recorded in the module block too (CPython's st_global).
      this.top.flags.set(mangled, flag | (this.top.flags.get(mangled) ?? 0));
    }
  }

  recordDirective(name: string, pos: A.Pos): void {
    const mangled = mangle(this.privateName, name);
    if (!this.cur.directives.has(mangled)) this.cur.directives.set(mangled, pos);
  }

  // -------------------------------------------------------------------------- statements

  visitModule(mod: A.Module): void {
    this.enter('module', 'top', mod, 0);
    this.stmts(mod.body);
    this.exit();
  }

  stmts(body: readonly A.Stmt[]): void {
    for (const s of body) this.stmt(s);
  }

  stmt(s: A.Stmt): void {
    switch (s.kind) {
      case 'FunctionDef':
        return this.functionDef(s);
      case 'ClassDef':
        return this.classDef(s);
      case 'Return':
        if (s.value) this.expr(s.value);
        return;
      case 'Delete':
        return this.exprs(s.targets);
      case 'Assign':
        this.exprs(s.targets);
        return this.expr(s.value);
      case 'AugAssign':
        this.expr(s.target);
        return this.expr(s.value);
      case 'AnnAssign':
        return this.annAssign(s);
      case 'For':
        this.expr(s.target);
        this.expr(s.iter);
        this.stmts(s.body);
        return this.stmts(s.orelse);
      case 'While':
      case 'If':
        this.expr(s.test);
        this.stmts(s.body);
        return this.stmts(s.orelse);
      case 'With':
        for (const item of s.items) {
          this.expr(item.contextExpr);
          if (item.optionalVars) this.expr(item.optionalVars);
        }
        return this.stmts(s.body);
      case 'Raise':
        if (s.exc) this.expr(s.exc);
        if (s.cause) this.expr(s.cause);
        return;
      case 'Try':
        this.stmts(s.body);
        this.stmts(s.orelse);
        for (const h of s.handlers) {
          if (h.type) this.expr(h.type);
          if (h.name !== null) this.addDef(h.name, DEF.LOCAL, h);
          this.stmts(h.body);
        }
        return this.stmts(s.finalbody);
      case 'Assert':
        this.expr(s.test);
        if (s.msg) this.expr(s.msg);
        return;
      case 'Import':
      case 'ImportFrom':
        for (const a of s.names) this.alias(a);
        return;
      case 'Global':
        return this.declaration(s, DEF.GLOBAL, 'global');
      case 'Nonlocal':
        return this.declaration(s, DEF.NONLOCAL, 'nonlocal');
      case 'Expr':
        return this.expr(s.value);
      case 'Pass':
      case 'Break':
      case 'Continue':
        return;
      default:
        return assertNever(s);
    }
  }

  functionDef(s: A.FunctionDef): void {
    this.addDef(s.name, DEF.LOCAL, s);
    this.exprs(s.args.defaults);
    for (const d of s.args.kwDefaults) if (d) this.expr(d);
    // Annotations are never evaluated by tierforge (docs/bytecode.md), so they bind nothing.
    this.exprs(s.decoratorList);
    this.enter('function', s.name, s, s.line);
    this.arguments(s.args);
    this.stmts(s.body);
    this.exit();
  }

  classDef(s: A.ClassDef): void {
    this.addDef(s.name, DEF.LOCAL, s);
    this.exprs(s.bases);
    for (const k of s.keywords) this.expr(k.value);
    this.exprs(s.decoratorList);
    const saved = this.privateName;
    this.privateName = s.name;
    this.enter('class', s.name, s, s.line);
    this.stmts(s.body);
    this.exit();
    this.privateName = saved;
  }

  annAssign(s: A.AnnAssign): void {
    const target = s.target;
    if (target.kind !== 'Name') {
      this.expr(target);
    } else {
      const cur = this.lookup(target.id);
      if ((cur & (DEF.GLOBAL | DEF.NONLOCAL)) !== 0 && this.cur !== this.top && s.simple) {
        const which = (cur & DEF.GLOBAL) !== 0 ? 'global' : 'nonlocal';
        this.error(`annotated name '${target.id}' can't be ${which}`, s);
      }
      if (s.simple) this.addDef(target.id, DEF.ANNOT | DEF.LOCAL, target);
      else if (s.value) this.addDef(target.id, DEF.LOCAL, target);
    }
    if (s.value) this.expr(s.value);
  }

  declaration(s: A.Global | A.Nonlocal, flag: number, word: string): void {
    for (const name of s.names) {
      const cur = this.lookup(name);
      if ((cur & (DEF.PARAM | DEF.LOCAL | DEF.USE | DEF.ANNOT)) !== 0) {
        let msg: string;
        if ((cur & DEF.PARAM) !== 0) msg = `name '${name}' is parameter and ${word}`;
        else if ((cur & DEF.USE) !== 0) msg = `name '${name}' is used prior to ${word} declaration`;
        else if ((cur & DEF.ANNOT) !== 0) msg = `annotated name '${name}' can't be ${word}`;
        else msg = `name '${name}' is assigned to before ${word} declaration`;
        this.error(msg, s);
      }
      this.addDef(name, flag, s);
      this.recordDirective(name, s);
    }
  }

  alias(a: A.Alias): void {
    if (a.name === '*') {
      if (this.cur.type !== 'module') this.error('import * only allowed at module level', a);
      return;
    }
    const name = a.asname ?? a.name;
    const dot = name.indexOf('.');
    this.addDef(dot >= 0 ? name.slice(0, dot) : name, DEF.IMPORT, a);
  }

  arguments(a: A.Arguments): void {
    for (const p of [...a.posonlyargs, ...a.args, ...a.kwonlyargs]) this.addDef(p.arg, DEF.PARAM, p);
    if (a.vararg) {
      this.addDef(a.vararg.arg, DEF.PARAM, a.vararg);
      this.cur.varargs = true;
    }
    if (a.kwarg) {
      this.addDef(a.kwarg.arg, DEF.PARAM, a.kwarg);
      this.cur.varkeywords = true;
    }
  }

  // -------------------------------------------------------------------------- expressions

  exprs(es: readonly A.Expr[]): void {
    for (const e of es) this.expr(e);
  }

  expr(e: A.Expr): void {
    switch (e.kind) {
      case 'BoolOp':
        return this.exprs(e.values);
      case 'NamedExpr':
        return this.namedExpr(e);
      case 'BinOp':
        this.expr(e.left);
        return this.expr(e.right);
      case 'UnaryOp':
        return this.expr(e.operand);
      case 'Lambda':
        return this.lambda(e);
      case 'IfExp':
        this.expr(e.test);
        this.expr(e.body);
        return this.expr(e.orelse);
      case 'Dict':
        for (const k of e.keys) if (k) this.expr(k);
        return this.exprs(e.values);
      case 'Set':
        return this.exprs(e.elts);
      case 'ListComp':
        return this.comprehension(e, 'listcomp', 'list', e.elt, null);
      case 'SetComp':
        return this.comprehension(e, 'setcomp', 'set', e.elt, null);
      case 'DictComp':
        return this.comprehension(e, 'dictcomp', 'dict', e.key, e.value);
      case 'GeneratorExp':
        return this.comprehension(e, 'genexpr', 'generator', e.elt, null);
      case 'Yield':
      case 'YieldFrom':
        if (e.value) this.expr(e.value);
        this.cur.generator = true;
        if (this.cur.comprehension !== null) this.yieldInComprehension(e);
        return;
      case 'Compare':
        this.expr(e.left);
        return this.exprs(e.comparators);
      case 'Call':
        this.expr(e.func);
        this.exprs(e.args);
        for (const k of e.keywords) this.expr(k.value);
        return;
      case 'FormattedValue':
        this.expr(e.value);
        if (e.formatSpec) this.expr(e.formatSpec);
        return;
      case 'JoinedStr':
        return this.exprs(e.values);
      case 'Constant':
        return;
      case 'Attribute':
        return this.expr(e.value);
      case 'Subscript':
        this.expr(e.value);
        return this.expr(e.slice);
      case 'Starred':
        return this.expr(e.value);
      case 'Slice':
        if (e.lower) this.expr(e.lower);
        if (e.upper) this.expr(e.upper);
        if (e.step) this.expr(e.step);
        return;
      case 'Name':
        return this.name(e);
      case 'List':
      case 'Tuple':
        return this.exprs(e.elts);
      default:
        return assertNever(e);
    }
  }

  name(e: A.Name): void {
    this.addDef(e.id, e.ctx === 'Load' ? DEF.USE : DEF.LOCAL, e);
    // A zero-argument super() needs the implicit __class__ cell of the enclosing class.
    if (e.ctx === 'Load' && this.cur.type === 'function' && e.id === 'super') {
      this.addDef('__class__', DEF.USE, e);
    }
  }

  lambda(e: A.Lambda): void {
    this.exprs(e.args.defaults);
    for (const d of e.args.kwDefaults) if (d) this.expr(d);
    this.enter('function', 'lambda', e, e.line);
    this.arguments(e.args);
    this.expr(e.body);
    this.exit();
  }

  yieldInComprehension(e: A.Yield | A.YieldFrom): never {
    const what = {
      list: 'list comprehension',
      set: 'set comprehension',
      dict: 'dict comprehension',
      generator: 'generator expression',
    }[this.cur.comprehension ?? 'generator'];
    this.error(`'yield' inside ${what}`, e);
  }

  comprehension(
    e: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp,
    scopeName: string,
    kind: ComprehensionKind,
    elt: A.Expr,
    value: A.Expr | null,
  ): void {
    const [outermost, ...rest] = e.generators;
    if (outermost === undefined) throw new Error('symtable: comprehension without generators');
    // The outermost iterable is evaluated in the enclosing scope.
    this.cur.compIterExpr++;
    this.expr(outermost.iter);
    this.cur.compIterExpr--;
    const ste = this.enter('function', scopeName, e, e.line);
    ste.comprehension = kind;
    this.addDef('.0', DEF.PARAM, e);
    ste.compIterTarget = true;
    this.expr(outermost.target);
    ste.compIterTarget = false;
    this.exprs(outermost.ifs);
    for (const gen of rest) {
      ste.compIterTarget = true;
      this.expr(gen.target);
      ste.compIterTarget = false;
      ste.compIterExpr++;
      this.expr(gen.iter);
      ste.compIterExpr--;
      this.exprs(gen.ifs);
    }
    if (value) this.expr(value);
    this.expr(elt);
    ste.generator = kind === 'generator';
    this.exit();
  }

  namedExpr(e: A.NamedExpr): void {
    if (this.cur.compIterExpr > 0) {
      this.error('assignment expression cannot be used in a comprehension iterable expression', e);
    }
    if (this.cur.comprehension !== null) this.extendNamedExprScope(e.target);
    this.expr(e.value);
    this.expr(e.target);
  }

  /** A walrus inside a comprehension binds in the nearest enclosing non-comprehension scope. */
  extendNamedExprScope(target: A.Name): void {
    const name = target.id;
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const ste = this.stack[i]!;
      if (ste.comprehension !== null) {
        if ((ste.flagsOf(mangle(this.privateName, name)) & DEF.COMP_ITER) !== 0) {
          this.error(`assignment expression cannot rebind comprehension iteration variable '${name}'`, target);
        }
        continue;
      }
      if (ste.type === 'function') {
        const declaredGlobal = (ste.flagsOf(mangle(this.privateName, name)) & DEF.GLOBAL) !== 0;
        this.addDef(name, declaredGlobal ? DEF.GLOBAL : DEF.NONLOCAL, target);
        this.recordDirective(name, target);
        this.addDef(name, DEF.LOCAL, target, ste);
        return;
      }
      if (ste.type === 'module') {
        this.addDef(name, DEF.GLOBAL, target);
        this.recordDirective(name, target);
        this.addDef(name, DEF.GLOBAL, target, ste);
        return;
      }
      this.error('assignment expression within a comprehension cannot be used in a class body', target);
    }
  }
}

/** Build and analyze the symbol table of a module. Throws PySyntaxError like CPython. */
export function buildSymtable(mod: A.Module, errors: ErrorContext): SymbolTable {
  const b = new Builder(errors);
  b.visitModule(mod);
  new Analyzer(errors).analyzeBlock(b.top, null, new Set(), new Set());
  const blocks = b.blocks;
  return {
    top: b.top,
    lookup(node: ScopeNode): Scope {
      const s = blocks.get(node);
      if (s === undefined) throw new Error(`symtable: no block for ${node.kind}`);
      return s;
    },
  };
}
