/**
 * Lezer tree -> AST for statements.  Positions of compound statements end
 * at their last child statement, as in CPython (lezer's nodes also cover the
 * trailing newline).
 */
import type { SyntaxNode } from '@lezer/common';
import type { Alias, ExceptHandler, Expr, Keyword, Operator, Stmt, WithItem } from './ast.js';
import { ExprBuilder } from './parse-expr.js';
import { parseWithItems } from './parse-with.js';
import { at, errorAtToken, identifier, kids, tokenIndexAt, tokenText } from './env.js';
import { PySyntaxError } from './errors.js';
import { exprName, invalidTarget, isBitwiseOrLevel, setContext, targetMessage } from './targets.js';
import type { Token } from './tokenizer.js';

/** The leading `bitwise_or` operand of an (unparenthesized) expression, or null. */
function bitwiseOrPrefix(e: Expr): Expr | null {
  switch (e.kind) {
    case 'Tuple': return e.elts[0] ? bitwiseOrPrefix(e.elts[0]) : null;
    case 'IfExp': return bitwiseOrPrefix(e.body);
    case 'Compare': return bitwiseOrPrefix(e.left);
    case 'BoolOp': return e.values[0] ? bitwiseOrPrefix(e.values[0]) : null;
    case 'UnaryOp': return e.op === 'Not' ? null : e;
    case 'Lambda': case 'NamedExpr': case 'Starred': case 'Yield': case 'YieldFrom': return null;
    default: return e;
  }
}

const AUG_OPS: Record<string, Operator> = {
  '+=': 'Add', '-=': 'Sub', '*=': 'Mult', '@=': 'MatMult', '/=': 'Div', '%=': 'Mod', '**=': 'Pow',
  '<<=': 'LShift', '>>=': 'RShift', '|=': 'BitOr', '^=': 'BitXor', '&=': 'BitAnd', '//=': 'FloorDiv',
};

export class StmtBuilder extends ExprBuilder {
  module(top: SyntaxNode): Stmt[] {
    return this.statements(kids(top));
  }

  protected statements(nodes: SyntaxNode[]): Stmt[] {
    const out: Stmt[] = [];
    for (const n of nodes) {
      if (n.name === 'StatementGroup') {
        for (const k of kids(n)) if (k.name !== ';') out.push(this.stmt(k));
      } else out.push(this.stmt(n));
    }
    return out;
  }

  /** Statements of a Body node (after its ':'). */
  protected body(n: SyntaxNode): Stmt[] {
    return this.statements(kids(n).slice(1));
  }

  /** End offset of a statement list (for compound statement positions). */
  protected endOf(stmts: Stmt[]): number {
    return this.span(at(stmts, stmts.length - 1))[1];
  }

  protected stmt(n: SyntaxNode): Stmt {
    const f = this.from(n);
    const t = this.to(n);
    const c = kids(n);
    switch (n.name) {
      case 'ExpressionStatement':
        return this.mk({ kind: 'Expr', value: this.exprList(c) }, f, t);
      case 'AssignStatement':
        return this.assign(n, c);
      case 'UpdateStatement':
        return this.augAssign(c, f, t);
      case 'PassStatement':
        return this.mk({ kind: 'Pass' }, f, t);
      case 'BreakStatement':
        return this.mk({ kind: 'Break' }, f, t);
      case 'ContinueStatement':
        return this.mk({ kind: 'Continue' }, f, t);
      case 'ReturnStatement':
        return this.mk({ kind: 'Return', value: c.length > 1 ? this.exprList(c.slice(1)) : null }, f, t);
      case 'YieldStatement':
        return this.mk({ kind: 'Expr', value: this.yieldExpr(c, f, t) }, f, t);
      case 'DeleteStatement': {
        const targets = this.splitCommas(c.slice(1)).groups.map((g) => {
          const e = this.element(g);
          this.checkTarget(e, 'del');
          setContext(e, 'Del');
          return e;
        });
        return this.mk({ kind: 'Delete', targets }, f, t);
      }
      case 'RaiseStatement': {
        const comma = c.find((k) => k.name === ',');
        if (comma) this.invalidAt(comma);
        const exc = c.length > 1 ? this.expr(at(c, 1)) : null;
        const cause = c.length > 3 ? this.expr(at(c, 3)) : null;
        return this.mk({ kind: 'Raise', exc, cause }, f, t);
      }
      case 'AssertStatement': {
        const { groups } = this.splitCommas(c.slice(1));
        const commas = c.filter((k) => k.name === ',');
        if (groups.length > 2 || commas.length >= 2) this.invalidAt(at(commas, 1));
        if (commas.length === 1 && groups.length === 1) this.invalidAt(at(commas, 0));
        const msgGroup = groups[1];
        return this.mk({ kind: 'Assert', test: this.element(at(groups, 0)), msg: msgGroup ? this.element(msgGroup) : null }, f, t);
      }
      case 'ScopeStatement': {
        const names = c.filter((k) => k.name === 'VariableName').map((k) => this.name(k));
        return this.mk({ kind: at(c, 0).name === 'global' ? 'Global' : 'Nonlocal', names }, f, t) as Stmt;
      }
      case 'ImportStatement':
        return this.importStmt(c, f, t);
      case 'IfStatement':
        return this.ifStmt(c, 0);
      case 'WhileStatement': {
        const body = this.body(at(c, 2));
        const orelse = c[3] ? this.body(at(c, 4)) : [];
        return this.mk({ kind: 'While', test: this.expr(at(c, 1)), body, orelse }, f, this.endOf(orelse.length ? orelse : body));
      }
      case 'ForStatement':
        return this.forStmt(c, f);
      case 'TryStatement':
        return this.tryStmt(c, f);
      case 'WithStatement':
        return this.withStmt(c, f);
      case 'FunctionDefinition':
        return this.funcDef(c, []);
      case 'ClassDefinition':
        return this.classDef(c, []);
      case 'DecoratedStatement': {
        const decorators = c.filter((k) => k.name === 'Decorator').map((d) => this.decorator(d));
        const def = at(c, c.length - 1);
        return def.name === 'ClassDefinition' ? this.classDef(kids(def), decorators) : this.funcDef(kids(def), decorators);
      }
      case 'MatchStatement':
        return this.notSupported("the 'match' statement", at(c, 0));
      case 'TypeDefinition':
        return this.invalidAt(at(c, 1));
      default:
        return this.invalidAt(n);
    }
  }

  // ------------------------------------------------------------ assignments

  protected assign(n: SyntaxNode, c: SyntaxNode[]): Stmt {
    const f = this.from(n);
    const t = this.to(n);
    const groups: SyntaxNode[][] = [[]];
    let typeDef: SyntaxNode | null = null;
    const eqs: SyntaxNode[] = [];
    for (const k of c) {
      if (k.name === 'AssignOp') {
        eqs.push(k);
        groups.push([]);
      } else if (k.name === 'TypeDef') typeDef = k;
      else at(groups, groups.length - 1).push(k);
    }
    if (typeDef) return this.annAssign(groups, typeDef, eqs, f, t);

    const values = groups.map((g) => (g.length === 1 && at(g, 0).name === 'YieldExpression' ? this.expr(at(g, 0)) : this.exprList(g)));
    const targets = values.slice(0, -1);
    const value = at(values, values.length - 1);
    this.checkAssignTargets(groups, targets, value);
    for (const target of targets) setContext(target, 'Store');
    return this.mk({ kind: 'Assign', targets, value }, f, t);
  }

  /**
   * CPython's second-pass rules for a failed assignment, in their order:
   * invalid_named_expression (tried on the element just before the first
   * '='), then invalid_assignment (first invalid target), then yield targets.
   */
  private checkAssignTargets(groups: SyntaxNode[][], targets: Expr[], value: Expr): void {
    const isYield = (e: Expr): boolean => e.kind === 'Yield' || e.kind === 'YieldFrom';
    if (!targets.some((t) => isYield(t) || invalidTarget(t, 'star'))) return;
    const exprs = [...targets, value];
    const g0 = at(groups, 0);
    const g1 = at(groups, 1);
    const e0 = at(exprs, 0);
    const e1 = at(exprs, 1);
    // `a`: the element directly before the first '=' (parsed as a named_expression).
    let a: Expr | null = null;
    let aNode: SyntaxNode | null = null;
    const split = this.splitCommas(g0);
    if (split.groups.length === 1 && !split.trailingComma) {
      a = e0;
      aNode = at(g0, 0);
    } else if (!split.trailingComma && e0.kind === 'Tuple') {
      a = at(e0.elts, e0.elts.length - 1);
      aNode = at(at(split.groups, split.groups.length - 1), 0);
    }
    // `b`: the bitwise_or CPython parses after '=', which must not be followed by '='.
    const atom = g1.length === 1 && ['ParenthesizedExpression', 'TupleExpression'].includes(at(g1, 0).name);
    const b = atom ? e1 : bitwiseOrPrefix(e1);
    if (a && aNode && b && !(b === e1 && groups.length > 2)) {
      const bEnd = b === e1 ? this.to(at(g1, g1.length - 1)) : this.span(b)[1];
      if (aNode.name === 'VariableName' && !this.env.bareYields.has(this.from(aNode))) {
        this.fail("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", this.from(aNode), bEnd);
      }
      if (isBitwiseOrLevel(a) && !this.isDisplayStart(a)) {
        this.failAt(a, `cannot assign to ${exprName(a)} here. Maybe you meant '==' instead of '='?`);
      }
    }
    for (const target of targets) {
      if (isYield(target)) continue;
      const bad = invalidTarget(target, 'star');
      if (bad) this.failAt(bad, targetMessage(bad, 'star'));
    }
    for (const target of targets) {
      if (isYield(target)) this.failAt(target, 'assignment to yield expression not possible');
    }
  }

  /** `!(list|tuple|genexp|'True'|'None'|'False')` in invalid_named_expression. */
  private isDisplayStart(e: Expr): boolean {
    if (e.kind === 'List' || e.kind === 'GeneratorExp') return true;
    if (e.kind === 'Tuple') return this.isParenthesized(e);
    if (e.kind === 'Constant') return e.value.kind === 'None' || e.value.kind === 'bool';
    return false;
  }

  private isParenthesized(e: Expr): boolean {
    return this.env.src.text.charAt(this.span(e)[0]) === '(';
  }

  protected annAssign(groups: SyntaxNode[][], typeDef: SyntaxNode, eqs: SyntaxNode[], f: number, t: number): Stmt {
    const tg = at(groups, 0);
    const commaAt = tg.findIndex((k) => k.name === ',');
    if (commaAt >= 0) {
      const firstElt = this.element(tg.slice(0, commaAt));
      this.failAt(firstElt, 'only single target (not tuple) can be annotated');
    }
    const target = this.element(tg);
    if (target.kind === 'List' || target.kind === 'Tuple') {
      this.failAt(target, `only single target (not ${exprName(target)}) can be annotated`);
    }
    if (target.kind !== 'Name' && target.kind !== 'Attribute' && target.kind !== 'Subscript') {
      this.failAt(target, 'illegal target for annotation');
    }
    if (eqs.length > 1) this.invalidAt(at(eqs, 1));
    const annotation = this.expr(at(kids(typeDef), 1));
    let value: Expr | null = null;
    if (eqs.length === 1) {
      const g = at(groups, 1);
      value = g.length === 1 && at(g, 0).name === 'YieldExpression' ? this.expr(at(g, 0)) : this.exprList(g);
    }
    const simple = target.kind === 'Name' && at(tg, 0).name !== 'ParenthesizedExpression';
    setContext(target, 'Store');
    return this.mk({ kind: 'AnnAssign', target, annotation, value, simple }, f, t);
  }

  protected augAssign(c: SyntaxNode[], f: number, t: number): Stmt {
    const opAt = c.findIndex((k) => k.name === 'UpdateOp');
    const target = this.exprList(c.slice(0, opAt));
    if (target.kind !== 'Name' && target.kind !== 'Attribute' && target.kind !== 'Subscript') {
      this.failAt(target, `'${exprName(target)}' is an illegal expression for augmented assignment`);
    }
    const rest = c.slice(opAt + 1);
    const value = rest.length === 1 && at(rest, 0).name === 'YieldExpression' ? this.expr(at(rest, 0)) : this.exprList(rest);
    setContext(target, 'Store');
    const op = AUG_OPS[this.text(at(c, opAt))];
    if (!op) return this.invalidAt(at(c, opAt));
    return this.mk({ kind: 'AugAssign', target, op, value }, f, t);
  }

  // ------------------------------------------------------------ imports

  /** Consume `name(.name)*` starting at at(c, i); returns the dotted name and next index. */
  private dotted(c: SyntaxNode[], i: number): { name: string; next: number; end: number } {
    const parts = [this.name(at(c, i))];
    let end = this.to(at(c, i));
    i++;
    while (i + 1 < c.length && at(c, i).name === '.' && at(c, i + 1).name === 'VariableName') {
      parts.push(this.name(at(c, i + 1)));
      end = this.to(at(c, i + 1));
      i += 2;
    }
    return { name: parts.join('.'), next: i, end };
  }

  /** `a.b as c, d` items from at(c, i) up to `stop`; `dottedOk` is false for from-imports. */
  private aliases(c: SyntaxNode[], i: number, stop: number, dottedOk: boolean): Alias[] {
    const out: Alias[] = [];
    while (i < stop) {
      const start = this.from(at(c, i));
      const d = this.dotted(c, i);
      if (!dottedOk && d.next - i > 1) this.invalidAt(at(c, i + 1));
      i = d.next;
      let asname: string | null = null;
      let end = d.end;
      if (i < stop && at(c, i).name === 'as') {
        asname = this.name(at(c, i + 1));
        end = this.to(at(c, i + 1));
        i += 2;
      }
      out.push(this.mk({ kind: 'alias', name: d.name, asname }, start, end));
      if (i < stop && at(c, i).name === ',') i++;
    }
    return out;
  }

  protected importStmt(c: SyntaxNode[], f: number, t: number): Stmt {
    if (at(c, 0).name === 'import') {
      if (at(c, 1).name === '(') this.invalidAt(at(c, 1));
      return this.mk({ kind: 'Import', names: this.aliases(c, 1, c.length, true) }, f, t);
    }
    let i = 1;
    let level = 0;
    while (at(c, i).name === '.' || at(c, i).name === 'Ellipsis') {
      level += at(c, i).name === '.' ? 1 : 3;
      i++;
    }
    let module: string | null = null;
    if (at(c, i).name === 'VariableName') {
      const d = this.dotted(c, i);
      module = d.name;
      i = d.next;
    }
    i++; // 'import'
    if (at(c, i).name === '*') {
      const star = this.mk({ kind: 'alias', name: '*', asname: null }, this.from(at(c, i)), this.to(at(c, i)));
      return this.mk({ kind: 'ImportFrom', module, names: [star], level }, f, t);
    }
    const paren = at(c, i).name === '(';
    const stop = paren ? c.length - 1 : c.length;
    if (!paren && at(c, stop - 1).name === ',') {
      // reported at the token after the comma
      const toks = this.env.tokens;
      throw errorAtToken(this.env.src, toks[tokenIndexAt(toks, this.to(at(c, stop - 1)))], 'trailing comma not allowed without surrounding parentheses');
    }
    const names = this.aliases(c, paren ? i + 1 : i, stop, false);
    return this.mk({ kind: 'ImportFrom', module, names, level }, f, t);
  }

  // ------------------------------------------------------------ compound statements

  /** if/elif chain starting at at(c, i) ('if' or 'elif'). */
  protected ifStmt(c: SyntaxNode[], i: number): Stmt {
    const f = this.from(at(c, i));
    if (at(c, i + 1).name === 'Body') this.invalidAt(at(c, i + 1));
    const test = this.expr(at(c, i + 1));
    const body = this.body(at(c, i + 2));
    let orelse: Stmt[] = [];
    const next = c[i + 3];
    if (next?.name === 'elif') orelse = [this.ifStmt(c, i + 3)];
    else if (next?.name === 'else') orelse = this.body(at(c, i + 4));
    return this.mk({ kind: 'If', test, body, orelse }, f, this.endOf(orelse.length ? orelse : body));
  }

  protected forStmt(c: SyntaxNode[], f: number): Stmt {
    if (at(c, 0).name === 'async') this.notSupported("'async for'", at(c, 0));
    const inAt = c.findIndex((k) => k.name === 'in');
    const bodyAt = c.findIndex((k) => k.name === 'Body');
    const target = this.exprList(c.slice(1, inAt));
    this.checkTarget(target, 'for');
    setContext(target, 'Store');
    const iter = this.exprList(c.slice(inAt + 1, bodyAt));
    const body = this.body(at(c, bodyAt));
    const orelse = c[bodyAt + 1] ? this.body(at(c, bodyAt + 2)) : [];
    return this.mk({ kind: 'For', target, iter, body, orelse }, f, this.endOf(orelse.length ? orelse : body));
  }

  protected tryStmt(c: SyntaxNode[], f: number): Stmt {
    const body = this.body(at(c, 1));
    const handlers: ExceptHandler[] = [];
    let orelse: Stmt[] = [];
    let finalbody: Stmt[] = [];
    let i = 2;
    while (i < c.length) {
      const kw = at(c, i);
      const bodyAt = c.findIndex((k, j) => j > i && k.name === 'Body');
      if (kw.name === 'except') {
        handlers.push(this.handler(c.slice(i, bodyAt + 1)));
      } else if (kw.name === 'else') {
        if (handlers.length === 0) this.missingExcept(body);
        orelse = this.body(at(c, bodyAt));
      } else {
        finalbody = this.body(at(c, bodyAt));
      }
      i = bodyAt + 1;
    }
    if (handlers.length === 0 && finalbody.length === 0) this.missingExcept(body);
    const last = finalbody.length ? finalbody : orelse.length ? orelse : handlers.length ? null : body;
    const end = last ? this.endOf(last) : this.span(at(handlers, handlers.length - 1))[1];
    return this.mk({ kind: 'Try', body, handlers, orelse, finalbody }, f, end);
  }

  /** "expected 'except' or 'finally' block", reported at the token after the try body. */
  private missingExcept(body: Stmt[]): never {
    const toks = this.env.tokens;
    const src = this.env.src;
    let i = tokenIndexAt(toks, this.endOf(body));
    while (i < toks.length && at(toks, i).type === 'NEWLINE') i++;
    if (toks[i]?.type === 'DEDENT') i++; // the block's own DEDENT
    const next: Token | undefined = toks[i];
    if (next && next.type === 'DEDENT') {
      // pegen's DEDENT has no column: it reports the indentation width, without a range
      let j = i;
      while (toks[j]?.type === 'DEDENT') j++;
      const real = toks[j];
      if (real && real.type !== 'ENDMARKER') {
        const line = src.lineOf(real.start);
        throw new PySyntaxError('SyntaxError', "expected 'except' or 'finally' block", src.filename,
          { line, col: src.charCol(real.start), endLine: line, endCol: -1 }, src.rawLine(line), real.start);
      }
    } else if (next && next.type !== 'ENDMARKER') throw errorAtToken(src, next, "expected 'except' or 'finally' block");
    // At end of input CPython points past the last line of the body.
    const bodyEnd = this.endOf(body);
    const line = this.env.src.lineOf(bodyEnd);
    const lineText = this.env.src.rawLine(line);
    const col = [...lineText].length + 1;
    const err = errorAtToken(this.env.src, undefined, "expected 'except' or 'finally' block");
    Object.assign(err, { line, col, endLine: line, endCol: -1, text: lineText });
    throw err;
  }

  protected handler(c: SyntaxNode[]): ExceptHandler {
    const f = this.from(at(c, 0));
    if (at(c, 1).name === '*') this.notSupported("'except*'", at(c, 1));
    let type: Expr | null = null;
    let name: string | null = null;
    if (at(c, 1).name !== 'Body') {
      type = this.expr(at(c, 1));
      if (c[2]?.name === ',') {
        const last = c[3] ?? at(c, 2);
        this.fail('multiple exception types must be parenthesized', this.from(at(c, 1)), this.to(last));
      }
      if (c[2]?.name === 'as') name = this.name(at(c, 3));
    }
    const body = this.body(at(c, c.length - 1));
    return this.mk({ kind: 'ExceptHandler', type, name, body }, f, this.endOf(body));
  }

  protected withStmt(c: SyntaxNode[], f: number): Stmt {
    if (at(c, 0).name === 'async') this.notSupported("'async with'", at(c, 0));
    const header = at(c, 1);
    const bodyNode = at(c, c.length - 1);
    const region = this.env.regions.get(this.from(header));
    const items = region ? parseWithItems(this.env, region.from, region.to) : [{ kind: 'withitem' as const, contextExpr: this.expr(header), optionalVars: null }];
    const body = this.body(bodyNode);
    return this.mk({ kind: 'With', items, body }, f, this.endOf(body));
  }

  protected decorator(d: SyntaxNode): Expr {
    const c = kids(d);
    const region = this.env.regions.get(this.from(at(c, 1)));
    if (!region) return this.invalidAt(at(c, 1));
    return this.env.rangeExpr(region.from, region.to, true);
  }

  protected funcDef(c: SyntaxNode[], decoratorList: Expr[]): Stmt {
    if (at(c, 0).name === 'async') this.notSupported("'async def'", at(c, 0));
    const nameNode = at(c, 1);
    if (at(c, 2).name === 'TypeParamList') this.invalidAt(at(c, 2));
    const params = at(c, 2);
    const args = this.parameters(kids(params));
    const typeDef = c[3]?.name === 'TypeDef' ? at(c, 3) : null;
    const returns = typeDef ? this.expr(at(kids(typeDef), 0)) : null;
    const body = this.body(at(c, c.length - 1));
    return this.mk({ kind: 'FunctionDef', name: identifier(this.text(nameNode)), args, body, decoratorList, returns },
      this.from(at(c, 0)), this.endOf(body));
  }

  protected classDef(c: SyntaxNode[], decoratorList: Expr[]): Stmt {
    if (c[2]?.name === 'TypeParamList') this.invalidAt(at(c, 2));
    const argList = c.find((k) => k.name === 'ArgList');
    let bases: Expr[] = [];
    let keywords: Keyword[] = [];
    if (argList) ({ args: bases, keywords } = this.argList(argList, true));
    const body = this.body(at(c, c.length - 1));
    return this.mk({ kind: 'ClassDef', name: this.name(at(c, 1)), bases, keywords, body, decoratorList },
      this.from(at(c, 0)), this.endOf(body));
  }
}
