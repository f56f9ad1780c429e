/**
 * Shared helpers of the tree builders (parse-args.ts, parse-expr.ts,
 * parse-stmt.ts): node construction with positions, error raising, and
 * lezer child-list utilities.
 */
import type { SyntaxNode } from '@lezer/common';
import type { Expr, Pos } from './ast.js';
import { notSupportedAt, syntaxErrorAt, type SyntaxErrorClass } from './errors.js';
import { at, errorAtToken, identifier, tokenIndexAt, type ParseEnv } from './env.js';

export abstract class BuilderBase {
  constructor(readonly env: ParseEnv, readonly base: number) {}

  /** Build an expression node (implemented by ExprBuilder). */
  abstract expr(n: SyntaxNode): Expr;

  /** Source range of every node built, for error locations (shared by all builders of a text). */
  protected get spans(): Map<object, [number, number]> {
    return this.env.spans;
  }

  // ------------------------------------------------------------ helpers

  protected from(n: SyntaxNode): number {
    return n.from + this.base;
  }
  protected to(n: SyntaxNode): number {
    return n.to + this.base;
  }
  protected text(n: SyntaxNode): string {
    return this.env.src.text.slice(this.from(n), this.to(n));
  }

  protected mk<const T extends object>(fields: T, from: number, to: number): T & Pos {
    const node = Object.assign(fields, this.env.pos(from, to));
    this.spans.set(node, [from, to]);
    return node;
  }

  protected span(node: object): [number, number] {
    return this.spans.get(node) ?? [0, 0];
  }

  protected fail(msg: string, from: number, to: number = from, cls: SyntaxErrorClass = 'SyntaxError'): never {
    throw syntaxErrorAt(this.env.src, msg, from, to, cls);
  }

  protected failAt(node: object, msg: string): never {
    const [f, t] = this.span(node);
    this.fail(msg, f, t);
  }

  protected failNode(n: SyntaxNode, msg: string): never {
    this.fail(msg, this.from(n), this.to(n));
  }

  /** Generic "invalid syntax" at the token starting at lezer node `n`. */
  protected invalidAt(n: SyntaxNode): never {
    const toks = this.env.tokens;
    throw errorAtToken(this.env.src, toks[tokenIndexAt(toks, this.from(n))], 'invalid syntax');
  }

  protected notSupported(feature: string, n: SyntaxNode): never {
    throw notSupportedAt(this.env.src, feature, this.from(n), this.to(n));
  }

  protected name(n: SyntaxNode): string {
    return identifier(this.text(n));
  }

  /** Split children at ',' tokens. */
  protected splitCommas(nodes: SyntaxNode[]): { groups: SyntaxNode[][]; trailingComma: boolean } {
    if (nodes.length === 0) return { groups: [], trailingComma: false };
    const groups: SyntaxNode[][] = [[]];
    for (const c of nodes) {
      if (c.name === ',') groups.push([]);
      else at(groups, groups.length - 1).push(c);
    }
    const trailingComma = groups.length > 1 && at(groups, groups.length - 1).length === 0;
    if (trailingComma) groups.pop();
    return { groups, trailingComma };
  }

}
