/**
 * SyntaxErrors that CPython raises after parsing: from __future__ handling
 * (future.c), symbol table construction and analysis (symtable.c) and code
 * generation (compile.c).  Each phase runs over the whole module before the
 * next, as in CPython, so e.g. a duplicate parameter is reported before an
 * earlier 'return' outside a function.  Positions come from AST nodes.
 */
import type { Arguments, Comprehension, Expr, Keyword, Module, Pos, Stmt } from './ast.js';
import { PySyntaxError } from './errors.js';
import { byteColToCharCol, type SourceText } from './source.js';

class CheckError {
  constructor(readonly msg: string, readonly at: Pos) {}
}

function fail(msg: string, at: Pos): never {
  throw new CheckError(msg, at);
}

// ---------------------------------------------------------------- traversal helpers

/** Direct child expressions of an expression, in evaluation order. */
function exprChildren(e: Expr): Expr[] {
  switch (e.kind) {
    case 'BoolOp': return e.values;
    case 'NamedExpr': return [e.target, e.value];
    case 'BinOp': return [e.left, e.right];
    case 'UnaryOp': return [e.operand];
    case 'Lambda': return [...argDefaults(e.args), e.body];
    case 'IfExp': return [e.test, e.body, e.orelse];
    case 'Dict': return e.values.flatMap((v, i) => { const k = e.keys[i]; return k ? [k, v] : [v]; });
    case 'Set': case 'List': case 'Tuple': return e.elts;
    case 'ListComp': case 'SetComp': case 'GeneratorExp': return [...compExprs(e.generators), e.elt];
    case 'DictComp': return [...compExprs(e.generators), e.key, e.value];
    case 'Yield': return e.value ? [e.value] : [];
    case 'YieldFrom': return [e.value];
    case 'Compare': return [e.left, ...e.comparators];
    case 'Call': return [e.func, ...e.args, ...e.keywords.map((k) => k.value)];
    case 'FormattedValue': return e.formatSpec ? [e.value, e.formatSpec] : [e.value];
    case 'JoinedStr': return e.values;
    case 'Attribute': return [e.value];
    case 'Subscript': return [e.value, e.slice];
    case 'Starred': return [e.value];
    case 'Slice': return [e.lower, e.upper, e.step].filter((x): x is Expr => x !== null);
    case 'Constant': case 'Name': return [];
  }
}

function compExprs(gens: Comprehension[]): Expr[] {
  return gens.flatMap((g) => [g.iter, g.target, ...g.ifs]);
}

function argDefaults(a: Arguments): Expr[] {
  return [...a.defaults, ...a.kwDefaults.filter((d): d is Expr => d !== null)];
}

function allArgs(a: Arguments) {
  return [...a.posonlyargs, ...a.args, ...(a.vararg ? [a.vararg] : []), ...a.kwonlyargs, ...(a.kwarg ? [a.kwarg] : [])];
}

function annotations(a: Arguments): Expr[] {
  return allArgs(a).flatMap((x) => (x.annotation ? [x.annotation] : []));
}

// ---------------------------------------------------------------- __future__

const FUTURE_FEATURES = new Set([
  'nested_scopes', 'generators', 'division', 'absolute_import', 'with_statement', 'print_function',
  'unicode_literals', 'barry_as_FLUFL', 'generator_stop', 'annotations',
]);

/** future.c reports a start position only. */
function futureFail(msg: string, s: Pos): never {
  fail(msg, { line: s.line, col: s.col, endLine: s.line, endCol: -1 });
}

function checkFuture(mod: Module): void {
  let allowed = true;
  mod.body.forEach((s, i) => {
    const isDoc = i === 0 && s.kind === 'Expr' && s.value.kind === 'Constant' && s.value.value.kind === 'str';
    if (s.kind === 'ImportFrom' && s.module === '__future__' && s.level === 0) {
      if (!allowed) fail('from __future__ imports must occur at the beginning of the file', s);
      for (const a of s.names) {
        if (a.name === 'braces') futureFail('not a chance', s);
        if (!FUTURE_FEATURES.has(a.name)) futureFail(`future feature ${a.name} is not defined`, s);
      }
    } else if (!isDoc) allowed = false;
  });
}

// ---------------------------------------------------------------- symbol table

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

class SymtableBuilder {
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

function analyzeNonlocals(root: Scope): void {
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

// ---------------------------------------------------------------- compiler

interface CompileCtx {
  inFunction: boolean;
  inLoop: boolean;
}

class CompileChecks {
  stmts(body: Stmt[], cx: CompileCtx): void {
    for (const s of body) this.stmt(s, cx);
  }

  private checkArgsDebug(a: Arguments, at: Pos): void {
    for (const x of allArgs(a)) if (x.arg === '__debug__') fail('cannot assign to __debug__', at);
  }

  stmt(s: Stmt, cx: CompileCtx): void {
    switch (s.kind) {
      case 'FunctionDef':
        this.checkArgsDebug(s.args, s);
        this.exprs(s.decoratorList, cx);
        this.exprs(argDefaults(s.args), cx);
        this.exprs(annotations(s.args), cx);
        if (s.returns) this.expr(s.returns, cx);
        this.stmts(s.body, { inFunction: true, inLoop: false });
        break;
      case 'ClassDef':
        this.exprs(s.decoratorList, cx);
        this.stmts(s.body, { inFunction: false, inLoop: false });
        this.call(s.bases, s.keywords, cx, s);
        break;
      case 'Return':
        if (!cx.inFunction) fail("'return' outside function", s);
        if (s.value) this.expr(s.value, cx);
        break;
      case 'Delete': for (const t of s.targets) this.target(t, cx); break;
      case 'Assign':
        this.expr(s.value, cx);
        for (const t of s.targets) this.target(t, cx);
        break;
      case 'AugAssign': this.target(s.target, cx); this.expr(s.value, cx); break;
      case 'AnnAssign':
        this.target(s.target, cx);
        this.expr(s.annotation, cx);
        if (s.value) this.expr(s.value, cx);
        break;
      case 'For':
        this.expr(s.iter, cx);
        this.target(s.target, cx);
        this.stmts(s.body, { ...cx, inLoop: true });
        this.stmts(s.orelse, cx);
        break;
      case 'While':
        this.expr(s.test, cx);
        this.stmts(s.body, { ...cx, inLoop: true });
        this.stmts(s.orelse, cx);
        break;
      case 'If': this.expr(s.test, cx); this.stmts(s.body, cx); this.stmts(s.orelse, cx); break;
      case 'With':
        for (const it of s.items) {
          this.expr(it.contextExpr, cx);
          if (it.optionalVars) this.target(it.optionalVars, cx);
        }
        this.stmts(s.body, cx);
        break;
      case 'Raise': if (s.exc) this.expr(s.exc, cx); if (s.cause) this.expr(s.cause, cx); break;
      case 'Try':
        this.stmts(s.body, cx);
        s.handlers.forEach((h, i) => {
          if (!h.type && i < s.handlers.length - 1) fail("default 'except:' must be last", h);
          if (h.type) this.expr(h.type, cx);
          this.stmts(h.body, cx);
        });
        this.stmts(s.orelse, cx);
        this.stmts(s.finalbody, cx);
        break;
      case 'Assert': this.expr(s.test, cx); if (s.msg) this.expr(s.msg, cx); break;
      case 'Expr': this.expr(s.value, cx); break;
      case 'Break': if (!cx.inLoop) fail("'break' outside loop", s); break;
      case 'Continue': if (!cx.inLoop) fail("'continue' not properly in loop", s); break;
      case 'Import': case 'ImportFrom': case 'Global': case 'Nonlocal': case 'Pass': break;
    }
  }

  /** An assignment/deletion target. */
  private target(t: Expr, cx: CompileCtx): void {
    switch (t.kind) {
      case 'Name':
        if (t.id === '__debug__') fail(t.ctx === 'Del' ? 'cannot delete __debug__' : 'cannot assign to __debug__', t);
        return;
      case 'Attribute':
        if (t.attr === '__debug__') fail(t.ctx === 'Del' ? 'cannot delete __debug__' : 'cannot assign to __debug__', t);
        this.expr(t.value, cx);
        return;
      case 'Starred':
        if (t.ctx === 'Store') fail('starred assignment target must be in a list or tuple', t);
        return this.expr(t, cx);
      case 'List': case 'Tuple': {
        if (t.ctx === 'Store' && t.elts.filter((x) => x.kind === 'Starred').length > 1) {
          fail('multiple starred expressions in assignment', t);
        }
        for (const x of t.elts) this.target(x.kind === 'Starred' && t.ctx === 'Store' ? x.value : x, cx);
        return;
      }
      default:
        this.expr(t, cx);
    }
  }

  private call(args: Expr[], keywords: Keyword[], cx: CompileCtx, at: Pos): void {
    const seen = new Set<string>();
    for (const k of keywords) {
      if (k.arg === null) continue;
      if (k.arg === '__debug__') fail('cannot assign to __debug__', at);
      if (seen.has(k.arg)) fail(`keyword argument repeated: ${k.arg}`, k);
      seen.add(k.arg);
    }
    this.elts(args, cx);
    for (const k of keywords) this.expr(k.value, cx);
  }

  /** Elements of displays and call arguments, where `*x` is allowed. */
  private elts(es: Expr[], cx: CompileCtx): void {
    for (const e of es) this.expr(e.kind === 'Starred' ? e.value : e, cx);
  }

  exprs(es: Expr[], cx: CompileCtx): void {
    for (const e of es) this.expr(e, cx);
  }

  expr(e: Expr, cx: CompileCtx): void {
    switch (e.kind) {
      case 'Starred':
        fail("can't use starred expression here", e);
        break;
      case 'Yield': case 'YieldFrom':
        if (!cx.inFunction) fail("'yield' outside function", e);
        break;
      case 'Call':
        this.expr(e.func, cx);
        this.call(e.args, e.keywords, cx, e);
        return;
      case 'List': case 'Tuple': case 'Set':
        if (e.kind !== 'Set' && e.ctx !== 'Load') return this.target(e, cx);
        this.elts(e.elts, cx);
        return;
      case 'Subscript':
        this.expr(e.value, cx);
        if (e.slice.kind === 'Tuple') this.elts(e.slice.elts, cx);
        else this.expr(e.slice, cx);
        return;
      case 'Lambda':
        this.checkArgsDebug(e.args, e);
        this.exprs(argDefaults(e.args), cx);
        this.expr(e.body, { inFunction: true, inLoop: false });
        return;
      case 'ListComp': case 'SetComp': case 'DictComp': case 'GeneratorExp': {
        const inner = { inFunction: true, inLoop: false };
        e.generators.forEach((g, i) => {
          this.expr(g.iter, i === 0 ? cx : inner);
          this.target(g.target, inner);
          this.exprs(g.ifs, inner);
        });
        if (e.kind === 'DictComp') {
          this.expr(e.key, inner);
          this.expr(e.value, inner);
        } else this.expr(e.elt, inner);
        return;
      }
      case 'NamedExpr':
        this.expr(e.value, cx);
        return;
      case 'Name':
        return;
      default:
        break;
    }
    this.exprs(exprChildren(e), cx);
  }
}

/** Run CPython's post-parse checks; throws PySyntaxError. */
export function checkModule(mod: Module, src: SourceText): void {
  try {
    checkFuture(mod);
    const st = new SymtableBuilder();
    st.stmts(mod.body);
    analyzeNonlocals(st.root);
    new CompileChecks().stmts(mod.body, { inFunction: false, inLoop: false });
  } catch (e) {
    if (!(e instanceof CheckError)) throw e;
    const at = e.at;
    const lineText = src.rawLine(at.line);
    const loc = {
      line: at.line,
      col: byteColToCharCol(lineText, at.col) + 1,
      endLine: at.endLine,
      endCol: at.endCol < 0 ? 0 : byteColToCharCol(src.rawLine(at.endLine), at.endCol) + 1,
    };
    throw new PySyntaxError('SyntaxError', e.msg, src.filename, loc, lineText, src.lineStart(at.line));
  }
}
