/**
 * Lezer tree -> AST for the comma-separated parts of Python's grammar:
 * call arguments, def/lambda parameters and comprehension clauses, with the
 * ordering errors CPython reports for them.
 */
import type { SyntaxNode } from '@lezer/common';
import type { Arg, Arguments, Comprehension, Expr, ExprContext, Keyword } from './ast.js';
import { BuilderBase } from './builder-base.js';
import { at, errorAtToken, kids, tokenIndexAt } from './env.js';
import { exprName, invalidTarget, setContext, targetMessage } from './targets.js';

/** Lezer node names that start a comprehension clause. */
export const COMP_START = new Set(['for', 'async']);

export abstract class ArgsBuilder extends BuilderBase {
  /** `*value` as a Starred node. */
  protected starred(star: SyntaxNode, value: SyntaxNode): Expr {
    return this.mk({ kind: 'Starred', value: this.expr(value), ctx: 'Load' as ExprContext }, this.from(star), this.to(value));
  }

  /** `x := value` (also used for `f(x := 1)` arguments). */
  protected namedFrom(targetNode: SyntaxNode, valueNode: SyntaxNode): Expr {
    const target = this.expr(targetNode);
    if (target.kind !== 'Name') this.failAt(target, `cannot use assignment expressions with ${exprName(target)}`);
    target.ctx = 'Store';
    const value = this.expr(valueNode);
    return this.mk({ kind: 'NamedExpr', target, value }, this.from(targetNode), this.to(valueNode));
  }

  /** Comma-separated expressions (statement level): a Tuple when there is a comma. */
  protected abstract exprList(nodes: SyntaxNode[]): Expr;

  /** `for targets in iter (if cond)*` clauses, flattened as lezer produces them. */
  protected comprehensions(c: SyntaxNode[]): Comprehension[] {
    const out: Comprehension[] = [];
    let i = 0;
    while (i < c.length) {
      if (at(c, i).name === 'async') this.notSupported('asynchronous comprehension', at(c, i));
      // at(c, i) is 'for'
      const inAt = c.findIndex((k, j) => j > i && k.name === 'in');
      const target = this.exprList(c.slice(i + 1, inAt));
      this.checkTarget(target, 'for');
      setContext(target, 'Store');
      const iter = this.expr(at(c, inAt + 1));
      const ifs: Expr[] = [];
      i = inAt + 2;
      while (i < c.length && at(c, i).name === 'if') {
        ifs.push(this.expr(at(c, i + 1)));
        i += 2;
      }
      out.push({ kind: 'comprehension', target, iter, ifs });
    }
    return out;
  }

  protected checkTarget(target: Expr, type: 'star' | 'del' | 'for'): void {
    const bad = invalidTarget(target, type);
    if (bad) this.failAt(bad, targetMessage(bad, type));
  }

  /** ArgList node: positional arguments and keywords, with CPython's ordering errors. */
  argList(argList: SyntaxNode, isClass = false): { args: Expr[]; keywords: Keyword[] } {
    const all = kids(argList);
    const close = at(all, all.length - 1);
    const groups = this.splitArgs(all.slice(1, -1));
    const args: Expr[] = [];
    const keywords: Keyword[] = [];
    let sawKeyword = false;
    let sawDoubleStar = false;
    for (const g of groups) {
      const compAt = g.findIndex((k) => COMP_START.has(k.name));
      if (compAt >= 0) {
        if (g[1]?.name === 'AssignOp') {
          const eq = at(g, 1);
          this.fail("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", this.from(at(g, 0)), this.to(eq));
        }
        const elt = this.expr(at(g, 0));
        const generators = this.comprehensions(g.slice(compAt));
        if (groups.length > 1) {
          this.fail('Generator expression must be parenthesized', this.from(at(g, 0)), this.to(at(g, g.length - 1)));
        }
        if (isClass) this.invalidAt(at(g, compAt));
        args.push(this.mk({ kind: 'GeneratorExp', elt, generators }, this.from(argList), this.to(argList)));
        continue;
      }
      const head = at(g, 0);
      if (head.name === '**') {
        sawDoubleStar = true;
        keywords.push(this.mk({ kind: 'keyword', arg: null, value: this.expr(at(g, 1)) }, this.from(head), this.to(at(g, 1))));
      } else if (head.name === '*') {
        if (sawDoubleStar) this.fail('iterable argument unpacking follows keyword argument unpacking', this.from(head), this.to(head));
        args.push(this.starred(head, at(g, 1)));
      } else if (g.length === 3 && at(g, 1).name === 'AssignOp' && this.text(at(g, 1)) === '=') {
        sawKeyword = true;
        const kwName = this.name(head);
        if (kwName === 'True' || kwName === 'False' || kwName === 'None') {
          this.fail(`cannot assign to ${kwName}`, this.from(head), this.to(at(g, 2)));
        }
        keywords.push(this.mk({ kind: 'keyword', arg: kwName, value: this.expr(at(g, 2)) }, this.from(head), this.to(at(g, 2))));
      } else if (g.length === 3 && at(g, 1).name === 'AssignOp') {
        args.push(this.namedFrom(at(g, 0), at(g, 2)));
      } else {
        if (sawKeyword || sawDoubleStar) {
          const msg = sawDoubleStar
            ? 'positional argument follows keyword argument unpacking'
            : 'positional argument follows keyword argument';
          this.failNode(close, msg);
        }
        args.push(this.expr(head));
      }
    }
    return { args, keywords };
  }

  /** Split call arguments at commas, keeping `for a, b in ...` targets together. */
  private splitArgs(nodes: SyntaxNode[]): SyntaxNode[][] {
    const groups: SyntaxNode[][] = [];
    let cur: SyntaxNode[] = [];
    let inTarget = false;
    for (const k of nodes) {
      if (k.name === 'for') inTarget = true;
      else if (k.name === 'in' && inTarget) inTarget = false;
      if (k.name === ',' && !inTarget) {
        groups.push(cur);
        cur = [];
      } else cur.push(k);
    }
    if (cur.length) groups.push(cur);
    return groups;
  }

  // ------------------------------------------------------------ parameters

  /**
   * Parameter list children (with or without the parentheses) -> arguments.
   * Lezer does not put `/` in the tree, so an empty slot between commas is `/`.
   */
  parameters(nodes: SyntaxNode[]): Arguments {
    const paren = nodes.length > 0 && at(nodes, 0).name === '(';
    const inner = paren ? nodes.slice(1, -1) : nodes;
    const out: Arguments = { kind: 'arguments', posonlyargs: [], args: [], vararg: null, kwonlyargs: [], kwDefaults: [], kwarg: null, defaults: [] };
    // Each slot remembers the source gap it occupies, to locate a '/'.
    const slots: { nodes: SyntaxNode[]; from: number; to: number }[] = [];
    let slotFrom = paren ? this.to(at(nodes, 0)) : inner.length ? this.from(at(inner, 0)) : 0;
    let cur: SyntaxNode[] = [];
    for (const k of inner) {
      if (k.name === ',') {
        slots.push({ nodes: cur, from: slotFrom, to: this.from(k) });
        cur = [];
        slotFrom = this.to(k);
      } else cur.push(k);
    }
    const endAt = paren ? this.from(at(nodes, nodes.length - 1)) : slotFrom;
    if (cur.length > 0 || this.slashIn(slotFrom, endAt) >= 0) slots.push({ nodes: cur, from: slotFrom, to: endAt });
    let star: SyntaxNode | null = null;
    let sawSlash = false;
    let sawDefault = false;
    let afterKwarg = false;
    for (const slot of slots) {
      const g = slot.nodes;
      if (g.length === 0) {
        const slash = this.slashIn(slot.from, slot.to);
        if (sawSlash) this.fail('/ may appear only once', slash, slash + 1);
        if (star) this.fail('/ must be ahead of *', slash, slash + 1);
        if (out.args.length === 0) {
          this.fail(slots.length === 1 ? 'invalid syntax' : 'at least one argument must precede /', slash, slash + 1);
        }
        out.posonlyargs.push(...out.args);
        out.args = [];
        sawSlash = true;
        continue;
      }
      if (afterKwarg) this.failNode(at(g, 0), 'arguments cannot follow var-keyword argument');
      const head = at(g, 0);
      if (head.name === '*' || head.name === '**') {
        const arg = g[1]?.name === 'VariableName' ? this.arg(g.slice(1)) : null;
        if (g.some((k) => k.name === 'AssignOp')) {
          this.fail(head.name === '*' ? 'var-positional argument cannot have default value' : 'var-keyword argument cannot have default value',
            this.from(head), this.to(at(g, g.length - 1)));
        }
        if (head.name === '**') {
          out.kwarg = arg;
          afterKwarg = true;
        } else {
          if (star) this.fail('* argument may appear only once', this.from(head), this.to(head));
          star = head;
          out.vararg = arg;
        }
        continue;
      }
      const a = this.arg(g);
      const eq = g.findIndex((k) => k.name === 'AssignOp');
      const dflt = eq >= 0 ? this.expr(at(g, eq + 1)) : null;
      if (star) {
        out.kwonlyargs.push(a);
        out.kwDefaults.push(dflt);
      } else {
        if (dflt) {
          sawDefault = true;
          out.defaults.push(dflt);
        } else if (sawDefault) {
          this.failAt(a, 'non-default argument follows default argument');
        }
        out.args.push(a);
      }
    }
    if (star && !out.vararg && out.kwonlyargs.length === 0) {
      if (paren) this.fail('named arguments must follow bare *', this.from(star), this.to(star));
      // lambda: reported at the token after `*` or `*,`
      const toks = this.env.tokens;
      let i = tokenIndexAt(toks, this.to(star));
      if (toks[i] && this.env.src.text.charAt(at(toks, i).start) === ',') i++;
      throw errorAtToken(this.env.src, toks[i], 'named arguments must follow bare *');
    }
    return out;
  }

  /** Offset of a `/` token within [from, to), or -1. */
  private slashIn(from: number, to: number): number {
    const toks = this.env.tokens;
    for (let i = tokenIndexAt(toks, from); i < toks.length && at(toks, i).start < to; i++) {
      const tk = at(toks, i);
      if (tk.type === 'OP' && tk.end === tk.start + 1 && this.env.src.text.charAt(tk.start) === '/') return tk.start;
    }
    return -1;
  }

  /** `name [: annotation]` (the default, if any, is handled by the caller). */
  protected arg(g: SyntaxNode[]): Arg {
    const nameNode = at(g, 0);
    const typeDef = g.find((k) => k.name === 'TypeDef');
    const annotation = typeDef ? this.expr(at(kids(typeDef), 1)) : null;
    const end = typeDef ? this.to(typeDef) : this.to(nameNode);
    return this.mk({ kind: 'arg', arg: this.name(nameNode), annotation }, this.from(nameNode), end);
  }
}
