/**
 * State shared by the tree builders for one parsed text (a module, or the
 * `(expr)` text of an f-string replacement field), plus token helpers.
 */
import type { SyntaxNode } from '@lezer/common';
import type { Expr, Pos } from './ast.js';
import type { StringPiece } from './fstring.js';
import type { Region } from './lezer.js';
import type { SourceText } from './source.js';
import type { Token } from './tokenizer.js';
import { PySyntaxError, syntaxErrorAt, type SyntaxErrorClass } from './errors.js';

export interface ParseEnv {
  src: SourceText;
  tokens: Token[];
  /** Source with STRING/NUMBER tokens masked (see lezer.ts), used for range parses. */
  tokenMasked: string;
  /** Masked regions (decorator expressions, `with` headers) keyed by start offset. */
  regions: Map<number, Region>;
  /** Offsets of bare `yield` keywords, masked as identifiers for lezer (see lezer.ts). */
  bareYields: Set<number>;
  /** Source range of every node built from this text (for error locations). */
  spans: Map<object, [number, number]>;
  /** Node position for the source range [from, to). */
  pos(from: number, to: number): Pos;
  /** Parse the replacement field `piece.text.slice(start, end)` of an f-string. */
  fstringExpr(piece: StringPiece, start: number, end: number): Expr;
  /** Parse [from, to) of this text as a single expression (decorators, `with` items). */
  rangeExpr(from: number, to: number, decorator?: boolean): Expr;
}

/**
 * Element `i` of a list that the grammar guarantees to be there (the tree
 * builders index lezer child lists heavily).  A miss is an internal error.
 */
export function at<T>(list: readonly T[], i: number): T {
  const v = list[i];
  if (v === undefined) throw new Error(`tierforge parser: missing element ${i}`);
  return v;
}

/** Child nodes, without comments (lezer keeps skipped Comment nodes in the tree). */
export function kids(n: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  for (let c = n.firstChild; c; c = c.nextSibling) if (c.name !== 'Comment') out.push(c);
  return out;
}

/** Index of the first token starting at or after `offset`, or containing it. */
export function tokenIndexAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const t = at(tokens, mid);
    if (t.start < offset && t.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** End of a token as CPython reports it: its NEWLINE excludes the newline character. */
export function tokenEnd(t: Token): number {
  return t.type === 'NEWLINE' ? t.end - 1 : t.end;
}

/** A SyntaxError located at a token (RAISE_SYNTAX_ERROR_KNOWN_LOCATION(token)). */
export function errorAtToken(src: SourceText, t: Token | undefined, msg: string, cls: SyntaxErrorClass = 'SyntaxError'): PySyntaxError {
  if (!t) return syntaxErrorAt(src, msg, Math.max(0, src.text.length - 1), Math.max(0, src.text.length - 1), cls);
  return syntaxErrorAt(src, msg, t.start, tokenEnd(t), cls);
}

export function tokenText(src: SourceText, t: Token): string {
  return src.text.slice(t.start, t.end);
}

export const KEYWORDS = new Set([
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del',
  'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal',
  'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
]);

/** Identifiers are NFKC-normalized by CPython's parser (PEP 3131). */
export function identifier(text: string): string {
  // eslint-disable-next-line no-control-regex
  return /^[\x00-\x7f]*$/.test(text) ? text : text.normalize('NFKC');
}
