/**
 * `with` headers.  @lezer/python only accepts `with expr as name, ...`, so
 * the header is masked for lezer (lezer.ts) and parsed here from the token
 * stream: items are split at top-level commas and `as`, and each part is
 * parsed as an expression on its own.  Handles the 3.9+ parenthesized form
 * `with (a as b, c as d):` and arbitrary targets (`as self.f`, `as (a, b)`).
 */
import type { Expr, WithItem } from './ast.js';
import { at, errorAtToken, tokenIndexAt, tokenText, type ParseEnv } from './env.js';
import { syntaxErrorAt } from './errors.js';
import { invalidTarget, setContext, targetMessage } from './targets.js';

/** Parse a masked `with` header [from, to) from the token stream. */
export function parseWithItems(env: ParseEnv, from: number, to: number): WithItem[] {
  const toks = env.tokens;
  const first = tokenIndexAt(toks, from);
  let last = tokenIndexAt(toks, to); // exclusive
  let start = first;
  // `with (a as b, c):` -- the parenthesized form, when the parentheses span the header.
  const close = tokenText(env.src, at(toks, first)) === '(' ? matching(env, first) : -1;
  if (close >= 0 && close < last - 1 && topLevel(env, first + 1, close).asAt.length > 0) {
    // `with (a as b) as c:` -- CPython fails after the parenthesized items
    throw errorAtToken(env.src, toks[close + 1], 'invalid syntax');
  }
  if (close === last - 1) {
    const inner = topLevel(env, first + 1, last - 1);
    if (inner.commas.length > 0 || inner.asAt.length > 0) {
      start = first + 1;
      last = last - 1;
    }
  }
  const { commas } = topLevel(env, start, last);
  const bounds = [start - 1, ...commas, last];
  const items: WithItem[] = [];
  for (let k = 0; k + 1 < bounds.length; k++) {
    const a = at(bounds, k) + 1;
    const b = at(bounds, k + 1);
    if (a >= b) {
      if (k + 2 === bounds.length && start !== first) break; // trailing comma inside parentheses
      throw errorAtToken(env.src, toks[b], 'invalid syntax');
    }
    const asAt = topLevel(env, a, b).asAt[0];
    const exprEnd = asAt ?? b;
    const contextExpr = env.rangeExpr(at(toks, a).start, at(toks, exprEnd - 1).end);
    let optionalVars: Expr | null = null;
    if (asAt !== undefined) {
      if (asAt + 1 >= b) throw errorAtToken(env.src, toks[asAt + 1], 'invalid syntax');
      optionalVars = env.rangeExpr(at(toks, asAt + 1).start, at(toks, b - 1).end);
      const bad = invalidTarget(optionalVars, 'star');
      if (bad) {
        const [f, t] = env.spans.get(bad) ?? [from, to];
        throw syntaxErrorAt(env.src, targetMessage(bad, 'star'), f, t);
      }
      setContext(optionalVars, 'Store');
    }
    items.push({ kind: 'withitem', contextExpr, optionalVars });
  }
  return items;
}

/** Index of the bracket token matching the opener at token index i. */
function matching(env: ParseEnv, i: number): number {
  const toks = env.tokens;
  let depth = 0;
  for (let j = i; j < toks.length; j++) {
    const s = at(toks, j).type === 'OP' ? tokenText(env.src, at(toks, j)) : '';
    if (s === '(' || s === '[' || s === '{') depth++;
    else if (s === ')' || s === ']' || s === '}') {
      depth--;
      if (depth === 0) return j;
    }
  }
  return -1;
}

/** Depth-0 commas and `as` keywords among tokens [a, b). */
function topLevel(env: ParseEnv, a: number, b: number): { commas: number[]; asAt: number[] } {
  const toks = env.tokens;
  const commas: number[] = [];
  const asAt: number[] = [];
  let depth = 0;
  for (let j = a; j < b; j++) {
    const tk = at(toks, j);
    const s = tokenText(env.src, tk);
    if (tk.type === 'OP') {
      if (s === '(' || s === '[' || s === '{') depth++;
      else if (s === ')' || s === ']' || s === '}') depth--;
      else if (s === ',' && depth === 0) commas.push(j);
    } else if (tk.type === 'NAME' && s === 'as' && depth === 0) asAt.push(j);
  }
  return { commas, asAt };
}

