/**
 * SyntaxErrors that CPython raises after parsing: from __future__ handling
 * (future.c), symbol table construction and analysis (symtable.c) and code
 * generation (compile.c).  Each phase runs over the whole module before the
 * next, as in CPython, so e.g. a duplicate parameter is reported before an
 * earlier 'return' outside a function.  Positions come from AST nodes.
 */
import type { Arguments, Expr, Keyword, Module, Pos, Stmt } from './ast.js';
import { allArgs, annotations, argDefaults, CheckError, exprChildren, fail } from './checks-util.js';
import { analyzeNonlocals, SymtableBuilder } from './checks-symtable.js';
import { PySyntaxError } from './errors.js';
import { byteColToCharCol, type SourceText } from './source.js';

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
