/**
 * The checks of CPython's symtable.c: symbol flags per scope while the
 * table is built (duplicate parameters, global/nonlocal after use, import *
 * outside module level, yield in comprehensions), then the analysis pass
 * (nonlocal bindings).
 */
import type { Arguments, Expr, Keyword, Pos, Stmt } from './ast.js';
import { allArgs, annotations, argDefaults, exprChildren, fail } from './checks-util.js';


const DEF_GLOBAL = 1, DEF_LOCAL = 2, DEF_PARAM = 4, DEF_NONLOCAL = 8, USE = 16, DEF_ANNOT = 32;

type ScopeKind = 'module' | 'function' | 'class' | 'comprehension';

interface Scope {
  kind: ScopeKind;
  compKind?: string;
  names: Map<string, number>;
  parent: Scope | null;
  children: Scope[];
  nonlocals: { name: string; at: Pos }[];
}

export class SymtableBuilder {
  cur: Scope;
  readonly root: Scope;

  constructor() {
    this.root = this.cur = { kind: 'module', names: new Map(), parent: null, children: [], nonlocals: [] };
  }

  private enter(kind: ScopeKind, compKind?: string): Scope {
    const s: Scope = { kind, compKind, names: new Map(), parent: this.cur, children: [], nonlocals: [] };
    this.cur.children.push(s);
    this.cur = s;
    return s;
  }

  private exit(): void {
    this.cur = this.cur.parent ?? this.root;
  }

  private add(name: string, flag: number, at: Pos): void {
    const old = this.cur.names.get(name) ?? 0;
    if (flag & DEF_PARAM && old & DEF_PARAM) fail(`duplicate argument '${name}' in function definition`, at);
    this.cur.names.set(name, old | flag);
  }

  stmts(body: Stmt[]): void {
    for (const s of body) this.stmt(s);
  }

  private args(a: Arguments): void {
    for (const x of allArgs(a)) this.add(x.arg, DEF_PARAM, x);
  }

  stmt(s: Stmt): void {
    switch (s.kind) {
      case 'FunctionDef':
        this.add(s.name, DEF_LOCAL, s);
        this.exprs(argDefaults(s.args));
        this.exprs(annotations(s.args));
        if (s.returns) this.expr(s.returns);
        this.exprs(s.decoratorList);
        this.enter('function');
        this.args(s.args);
        this.stmts(s.body);
        this.exit();
        break;
      case 'ClassDef':
        this.add(s.name, DEF_LOCAL, s);
        this.exprs(s.bases);
        this.keywords(s.keywords);
        this.exprs(s.decoratorList);
        this.enter('class');
        this.stmts(s.body);
        this.exit();
        break;
      case 'Return': if (s.value) this.expr(s.value); break;
      case 'Delete': this.exprs(s.targets); break;
      case 'Assign': this.expr(s.value); this.exprs(s.targets); break;
      case 'AugAssign': this.expr(s.target); this.expr(s.value); break;
      case 'AnnAssign':
        if (s.target.kind === 'Name') {
          const old = this.cur.names.get(s.target.id) ?? 0;
          if (old & (DEF_GLOBAL | DEF_NONLOCAL) && s.simple) {
            fail(`annotated name '${s.target.id}' can't be ${old & DEF_GLOBAL ? 'global' : 'nonlocal'}`, s);
          }
          this.add(s.target.id, s.simple ? DEF_ANNOT | DEF_LOCAL : DEF_LOCAL, s.target);
        } else this.expr(s.target);
        this.expr(s.annotation);
        if (s.value) this.expr(s.value);
        break;
      case 'For': this.expr(s.target); this.expr(s.iter); this.stmts(s.body); this.stmts(s.orelse); break;
      case 'While': case 'If': this.expr(s.test); this.stmts(s.body); this.stmts(s.orelse); break;
      case 'With':
        for (const it of s.items) {
          this.expr(it.contextExpr);
          if (it.optionalVars) this.expr(it.optionalVars);
        }
        this.stmts(s.body);
        break;
      case 'Raise': if (s.exc) this.expr(s.exc); if (s.cause) this.expr(s.cause); break;
      case 'Try':
        this.stmts(s.body);
        for (const h of s.handlers) {
          if (h.type) this.expr(h.type);
          if (h.name) this.add(h.name, DEF_LOCAL, h);
          this.stmts(h.body);
        }
        this.stmts(s.orelse);
        this.stmts(s.finalbody);
        break;
      case 'Assert': this.expr(s.test); if (s.msg) this.expr(s.msg); break;
      case 'Import': case 'ImportFrom':
        for (const a of s.names) {
          if (a.name === '*') {
            if (this.cur.kind !== 'module') fail('import * only allowed at module level', a);
            continue;
          }
          this.add(a.asname ?? a.name.split('.')[0] ?? a.name, DEF_LOCAL, a);
        }
        break;
      case 'Global': case 'Nonlocal': {
        const isGlobal = s.kind === 'Global';
        const word = isGlobal ? 'global' : 'nonlocal';
        for (const name of s.names) {
          const cur = this.cur.names.get(name) ?? 0;
          if (cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) {
            if (cur & DEF_PARAM) fail(`name '${name}' is parameter and ${word}`, s);
            if (cur & USE) fail(`name '${name}' is used prior to ${word} declaration`, s);
            if (cur & DEF_ANNOT) fail(`annotated name '${name}' can't be ${word}`, s);
            fail(`name '${name}' is assigned to before ${word} declaration`, s);
          }
          this.add(name, isGlobal ? DEF_GLOBAL : DEF_NONLOCAL, s);
          if (!isGlobal) this.cur.nonlocals.push({ name, at: s });
        }
        break;
      }
      case 'Expr': this.expr(s.value); break;
      case 'Pass': case 'Break': case 'Continue': break;
    }
  }

  private keywords(ks: Keyword[]): void {
    for (const k of ks) this.expr(k.value);
  }

  exprs(es: Expr[]): void {
    for (const e of es) this.expr(e);
  }

  expr(e: Expr): void {
    switch (e.kind) {
      case 'Name':
        this.add(e.id, e.ctx === 'Load' ? USE : DEF_LOCAL, e);
        return;
      case 'Yield': case 'YieldFrom':
        if (this.cur.kind === 'comprehension') fail(`'yield' inside ${this.cur.compKind}`, e);
        break;
      case 'Lambda':
        this.exprs(argDefaults(e.args));
        this.enter('function');
        this.args(e.args);
        this.expr(e.body);
        this.exit();
        return;
      case 'ListComp': case 'SetComp': case 'DictComp': case 'GeneratorExp': {
        const what = { ListComp: 'list comprehension', SetComp: 'set comprehension', DictComp: 'dict comprehension', GeneratorExp: 'generator expression' }[e.kind];
        const [first, ...rest] = e.generators;
        if (!first) return;
        this.expr(first.iter);
        this.enter('comprehension', what);
        this.expr(first.target);
        this.exprs(first.ifs);
        for (const g of rest) {
          this.expr(g.iter);
          this.expr(g.target);
          this.exprs(g.ifs);
        }
        if (e.kind === 'DictComp') {
          this.expr(e.key);
          this.expr(e.value);
        } else this.expr(e.elt);
        this.exit();
        return;
      }
      case 'NamedExpr':
        this.expr(e.value);
        this.namedTarget(e.target.id, e.target);
        return;
      default:
        break;
    }
    this.exprs(exprChildren(e));
  }

  /** Walrus targets bind in the nearest non-comprehension scope. */
  private namedTarget(name: string, at: Pos): void {
    let s: Scope = this.cur;
    while (s.kind === 'comprehension' && s.parent) s = s.parent;
    const saved = this.cur;
    this.cur = s;
    this.add(name, DEF_LOCAL, at);
    this.cur = saved;
  }
}

export function analyzeNonlocals(root: Scope): void {
  const top = root.nonlocals[0];
  if (top) fail('nonlocal declaration not allowed at module level', top.at);
  const visit = (s: Scope): void => {
    for (const { name, at } of s.nonlocals) {
      let bound = false;
      for (let p = s.parent; p && p.kind !== 'module'; p = p.parent) {
        if (p.kind === 'class') continue;
        const f = p.names.get(name) ?? 0;
        if (f & DEF_GLOBAL) break;
        if (f & (DEF_LOCAL | DEF_PARAM | DEF_NONLOCAL)) {
          bound = true;
          break;
        }
      }
      if (!bound) fail(`no binding for nonlocal '${name}' found`, at);
    }
    s.children.forEach(visit);
  };
  root.children.forEach(visit);
}

