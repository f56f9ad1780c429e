/**
 * Token-stream scanning helpers for syntax-errors.ts: a view of the tokens
 * that never runs off either end, operand/bracket classification, and
 * rough expression extents (enough to place CPython's error ranges).
 */
import { KEYWORDS, tokenText, type ParseEnv } from './env.js';
import type { Token } from './tokenizer.js';

export const OPENERS = new Set(['(', '[', '{']);
export const CLOSERS = new Set([')', ']', '}']);
export const BLOCK_KEYWORDS: Record<string, string> = {
  if: "'if' statement", elif: "'elif' statement", else: "'else' statement", while: "'while' statement",
  for: "'for' statement", with: "'with' statement", try: "'try' statement", except: "'except' statement",
  finally: "'finally' statement", def: 'function definition', class: 'class definition',
};
/** Keywords that can appear inside an expression. */
export const EXPR_KEYWORDS = new Set(['None', 'True', 'False', 'not', 'lambda', 'await', 'and', 'or', 'in', 'is', 'if', 'else', 'for', 'async', 'yield']);
/** Keywords that can start an expression operand. */
export const OPERAND_KEYWORDS = new Set(['None', 'True', 'False', 'not', 'lambda', 'await']);

export class Tokens {
  constructor(readonly env: ParseEnv) {}
  get list(): Token[] {
    return this.env.tokens;
  }
  /** Token i, or an ENDMARKER-like sentinel when out of range. */
  get(i: number): Token {
    const list = this.env.tokens;
    const t = list[i];
    if (t) return t;
    if (i < 0) return { type: 'NEWLINE', start: 0, end: 0 };
    const end = this.env.src.text.length;
    return list[list.length - 1] ?? { type: 'ENDMARKER', start: end, end };
  }
  text(t: Token | undefined): string {
    return t ? tokenText(this.env.src, t) : '';
  }
  isOp(t: Token | undefined, ...ops: string[]): boolean {
    return !!t && t.type === 'OP' && ops.includes(this.text(t));
  }
  isKw(t: Token | undefined, ...kws: string[]): boolean {
    return !!t && t.type === 'NAME' && kws.includes(this.text(t));
  }
  /** A token that can end an operand (name, literal, closing bracket). */
  endsOperand(t: Token | undefined): boolean {
    if (!t) return false;
    if (t.type === 'NUMBER' || t.type === 'STRING') return true;
    if (t.type === 'NAME') return !KEYWORDS.has(this.text(t)) || ['None', 'True', 'False'].includes(this.text(t));
    return t.type === 'OP' && (CLOSERS.has(this.text(t)) || this.text(t) === '...');
  }
  /** A token that can start an operand. */
  startsOperand(t: Token | undefined): boolean {
    if (!t) return false;
    if (t.type === 'NUMBER' || t.type === 'STRING') return true;
    if (t.type === 'NAME') return !KEYWORDS.has(this.text(t)) || OPERAND_KEYWORDS.has(this.text(t));
    return t.type === 'OP' && (OPENERS.has(this.text(t)) || ['...', '-', '+', '~'].includes(this.text(t)));
  }
  /** Index of the first token of the logical line containing token k. */
  lineStart(k: number): number {
    let i = k;
    while (i > 0) {
      const p = this.get(i - 1);
      if (p.type === 'NEWLINE' || p.type === 'INDENT' || p.type === 'DEDENT') break;
      i--;
    }
    return i;
  }
  /** Bracket depth just before token k, counted from the start of its logical line. */
  depthAt(k: number): number {
    let d = 0;
    for (let i = this.lineStart(k); i < k; i++) {
      const s = this.get(i).type === 'OP' ? this.text(this.get(i)) : '';
      if (OPENERS.has(s)) d++;
      else if (CLOSERS.has(s)) d--;
    }
    return d;
  }
}

/** Top-level tokens [from, to) of the logical line: index of the first depth-0 token matching `pred`. */
export function findTop(T: Tokens, from: number, to: number, pred: (t: Token) => boolean): number {
  let depth = 0;
  for (let i = from; i < to; i++) {
    const t = T.get(i);
    const s = t.type === 'OP' ? T.text(t) : '';
    if (OPENERS.has(s)) depth++;
    else if (CLOSERS.has(s)) depth--;
    else if (depth === 0 && pred(t)) return i;
  }
  return -1;
}

/** Start index of the operand-ish expression that ends at token k-1 (scan back). */
export function exprStartBefore(T: Tokens, k: number): number {
  const toks = T.list;
  let depth = 0;
  let i = k - 1;
  for (; i >= 0; i--) {
    const t = T.get(i);
    const s = t.type === 'OP' ? T.text(t) : '';
    if (CLOSERS.has(s)) depth++;
    else if (OPENERS.has(s)) {
      if (depth === 0) break;
      depth--;
    } else if (depth === 0) {
      if (t.type === 'NEWLINE' || t.type === 'INDENT' || t.type === 'DEDENT') break;
      if ([',', ':', '=', ':=', ';', '->'].includes(s) || (t.type === 'OP' && s.endsWith('=') && !['==', '!=', '<=', '>='].includes(s))) break;
      if (t.type === 'NAME' && KEYWORDS.has(T.text(t)) && !['and', 'or', 'not', 'in', 'is', 'None', 'True', 'False', 'await'].includes(T.text(t))) break;
    }
  }
  return i + 1;
}

/** End index (exclusive) of the single expression starting at token k. */
export function exprEndFrom(T: Tokens, k: number): number {
  const toks = T.list;
  let depth = 0;
  let ended = false;
  let j = k;
  for (; j < toks.length; j++) {
    const t = T.get(j);
    const s = t.type === 'OP' ? T.text(t) : '';
    if (depth === 0) {
      if (t.type === 'NEWLINE' || t.type === 'ENDMARKER' || CLOSERS.has(s) || [',', ':', '=', ';'].includes(s)) break;
      if (T.isKw(t, 'for', 'async', 'if', 'else')) break;
      if (t.type === 'NAME' && KEYWORDS.has(T.text(t)) && !EXPR_KEYWORDS.has(T.text(t))) break;
      if (ended && T.startsOperand(t) && !OPENERS.has(s)) break;
      if (ended && OPENERS.has(s) && s === '{') break;
    }
    if (OPENERS.has(s)) depth++;
    else if (CLOSERS.has(s)) depth--;
    ended = depth === 0 && T.endsOperand(t);
  }
  return j;
}

/** True when token i sits in a comprehension clause (a `for` at its bracket depth precedes it). */
export function inComprehension(T: Tokens, i: number): boolean {
  let depth = 0;
  for (let j = i - 1; j >= 0; j--) {
    const t = T.get(j);
    const s = t.type === 'OP' ? T.text(t) : '';
    if (t.type === 'NEWLINE' || t.type === 'INDENT' || t.type === 'DEDENT') return false;
    if (CLOSERS.has(s)) depth++;
    else if (OPENERS.has(s)) {
      if (depth === 0) return false;
      depth--;
    } else if (depth === 0 && T.isKw(t, 'for')) return true;
  }
  return false;
}

