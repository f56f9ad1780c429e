/**
 * Turning "lezer could not continue at offset N" into the SyntaxError
 * CPython 3.11 reports.  CPython's second parser pass tries `invalid_*`
 * grammar rules for better messages; we recognise the most common of those
 * situations from the token stream around the failure point, and otherwise
 * report the generic "invalid syntax" at the offending token, which is what
 * CPython does too.
 */
import { errorAtToken, KEYWORDS, tokenEnd, tokenIndexAt, tokenText, type ParseEnv } from './env.js';
import { PySyntaxError, syntaxErrorAt } from './errors.js';
import { invalidTarget, targetMessage } from './targets.js';
import type { Token } from './tokenizer.js';

const OPENERS = new Set(['(', '[', '{']);
const CLOSERS = new Set([')', ']', '}']);
const BLOCK_KEYWORDS: Record<string, string> = {
  if: "'if' statement", elif: "'elif' statement", else: "'else' statement", while: "'while' statement",
  for: "'for' statement", with: "'with' statement", try: "'try' statement", except: "'except' statement",
  finally: "'finally' statement", def: 'function definition', class: 'class definition',
};
/** Keywords that can appear inside an expression. */
const EXPR_KEYWORDS = new Set(['None', 'True', 'False', 'not', 'lambda', 'await', 'and', 'or', 'in', 'is', 'if', 'else', 'for', 'async', 'yield']);
/** Keywords that can start an expression operand. */
const OPERAND_KEYWORDS = new Set(['None', 'True', 'False', 'not', 'lambda', 'await']);

class Tokens {
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

export function explainFailure(env: ParseEnv, failPos: number): PySyntaxError {
  const T = new Tokens(env);
  const toks = env.tokens;
  let k = tokenIndexAt(toks, failPos);
  // The DEDENTs before the offending token are accepted by CPython's parser.
  while (k < toks.length - 1 && toks[k]?.type === 'DEDENT') k++;
  if (k >= toks.length) k = toks.length - 1;
  const tok = T.get(k);
  const src = env.src;
  return (
    expectedIndentedBlock(T, k) ??
    dictKeyWithoutValue(T, k) ??
    forcedToken(T, k) ??
    expectedColon(T, k) ??
    keywordMisuse(T, k) ??
    annotationColon(T, k) ??
    fromImportDot(T, k) ??
    failedAssignment(T, k) ??
    legacyPrint(T, k) ??
    missingComma(T, k) ??
    expectedElse(T, k) ??
    assignmentInExpression(T, k) ??
    genericError(T, k) ??
    errorAtToken(src, tok, 'invalid syntax')
  );
}

/** `if x:` followed by a non-indented line. */
function expectedIndentedBlock(T: Tokens, k: number): PySyntaxError | null {
  const toks = T.list;
  if (T.get(k).type === 'INDENT') return null;
  let nl = k - 1;
  while (nl >= 0 && T.get(nl).type === 'DEDENT') nl--;
  if (T.get(nl)?.type !== 'NEWLINE' || !T.isOp(T.get(nl - 1), ':')) return null;
  const start = T.lineStart(nl - 1);
  let head = T.get(start);
  if (T.isKw(head, 'async')) head = T.get(start + 1);
  const what = BLOCK_KEYWORDS[T.text(head)];
  if (!what) return null;
  const line = T.env.src.lineOf(head.start);
  const msg = `expected an indented block after ${what} on line ${line}`;
  const t = T.get(k);
  if (t.type === 'ENDMARKER' || t.type === 'DEDENT') {
    // At end of input CPython points just past the last line.
    const src = T.env.src;
    const l = src.lineOf(Math.max(0, src.text.length - 1));
    const text = src.rawLine(l);
    return new PySyntaxError('IndentationError', msg, src.filename, { line: l, col: [...text].length + 1, endLine: l, endCol: -1 }, text, src.text.length);
  }
  if (T.get(k - 1).type === 'DEDENT') {
    // pegen's DEDENT token has no column: the indentation width is reported, without a range
    const src = T.env.src;
    const line = src.lineOf(t.start);
    return new PySyntaxError('IndentationError', msg, src.filename, { line, col: src.charCol(t.start), endLine: line, endCol: -1 }, src.rawLine(line), t.start);
  }
  return errorAtToken(T.env.src, t, msg, 'IndentationError');
}

/**
 * Tokens the 3.11 grammar forces with `&&`: `def name (`, and the ':' after
 * a def header, `try`, `finally` and `else`.
 */
function forcedToken(T: Tokens, k: number): PySyntaxError | null {
  const tok = T.get(k);
  const start = T.lineStart(k);
  let head = T.get(start);
  let h = start;
  if (T.isKw(head, 'async')) head = T.get(++h);
  const src = T.env.src;
  if (T.isKw(head, 'def') && k === h + 2 && !T.isOp(tok, '(')) return errorAtToken(src, tok, "expected '('");
  if (T.isKw(head, 'def') && T.isOp(T.get(k - 1), '->') && !T.startsOperand(tok)) {
    return errorAtToken(src, T.get(k - 1), "expected ':'");
  }
  if (T.isKw(head, 'def') && T.isOp(T.get(k - 1), '=') && T.isOp(tok, ')', ',') && T.depthAt(k) === 1) {
    return errorAtToken(src, T.get(k - 1), 'expected default value expression');
  }
  if (T.isOp(tok, ':')) return null;
  if (T.isKw(head, 'def')) {
    // after the parameter list (and any return annotation)
    let depth = 0;
    let closed = false;
    for (let i = h + 2; i < k; i++) {
      const s = T.get(i).type === 'OP' ? T.text(T.get(i)) : '';
      if (OPENERS.has(s)) depth++;
      else if (CLOSERS.has(s)) {
        depth--;
        if (depth === 0 && !closed) {
          closed = true;
          if (i + 1 < k && !T.isOp(T.get(i + 1), '->')) return null;
        }
      }
    }
    if (!closed || depth !== 0 || T.isOp(T.get(k - 1), '->', ',', '.', '(', '[')) return null;
    if (k > h + 2 && T.isOp(T.get(k - 1), ')') || T.endsOperand(T.get(k - 1))) return errorAtToken(src, tok, "expected ':'");
    return null;
  }
  if (k === h + 1 && T.isKw(head, 'try', 'finally', 'else')) return errorAtToken(src, tok, "expected ':'");
  return null;
}

/**
 * True when the failure is an operand following another operand (`a b`)
 * and that second operand runs to the end of the input.  CPython's second
 * pass then parses it (invalid_expression) and its tokenizer hits the end
 * inside an unclosed bracket, so "'(' was never closed" wins.
 */
export function juxtapositionReachesEnd(env: ParseEnv, failPos: number): boolean {
  const T = new Tokens(env);
  const k = tokenIndexAt(env.tokens, failPos);
  if (k >= env.tokens.length) return true;
  if (!T.endsOperand(T.get(k - 1)) || !T.startsOperand(T.get(k)) || exprEndFrom(T, k) < env.tokens.length) return false;
  // an operand that opens a bracket itself stops at the first token it cannot take
  for (let i = k; i < env.tokens.length; i++) if (T.get(i).type === 'OP' && OPENERS.has(T.text(T.get(i)))) return false;
  return true;
}

/** `{1: 2, 3}` -> "':' expected after dictionary key" (invalid_kvpair). */
function dictKeyWithoutValue(T: Tokens, k: number): PySyntaxError | null {
  const tok = T.get(k);
  if (!T.isOp(tok, '}', ',')) return null;
  let depth = 0;
  let sawColon = false;
  let elementStart = -1;
  for (let i = k - 1; i >= 0; i--) {
    const t = T.get(i);
    const s = t.type === 'OP' ? T.text(t) : '';
    if (CLOSERS.has(s)) depth++;
    else if (OPENERS.has(s)) {
      if (depth === 0) {
        if (s !== '{' || !sawColon || elementStart < 0) return null;
        break;
      }
      depth--;
    } else if (depth === 0 && s === ':') {
      if (elementStart < 0) return null; // current element has a ':'
      sawColon = true;
    } else if (depth === 0 && s === ',' && elementStart < 0) elementStart = i + 1;
    if (t.type === 'NEWLINE' || T.isKw(t, 'for', 'lambda')) return null;
  }
  const last = T.get(k - 1);
  if (!T.endsOperand(last)) return null;
  const src = T.env.src;
  const line = src.lineOf(last.end);
  return new PySyntaxError('SyntaxError', "':' expected after dictionary key", src.filename,
    { line, col: src.charCol(last.end), endLine: line, endCol: 0 }, src.rawLine(line), last.start);
}

/** Top-level tokens [from, to) of the logical line: index of the first depth-0 token matching `pred`. */
function findTop(T: Tokens, from: number, to: number, pred: (t: Token) => boolean): number {
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

/**
 * `f(): ` with nothing after the colon: CPython's parser stops at the ':'
 * unless the target could be annotated (name, attribute, subscript).
 */
function annotationColon(T: Tokens, k: number): PySyntaxError | null {
  const colon = T.get(k - 1);
  if (!T.isOp(colon, ':') || T.startsOperand(T.get(k))) return null;
  const s = T.lineStart(k);
  if (BLOCK_KEYWORDS[T.text(T.get(s))] || T.isKw(T.get(s), 'async', 'lambda') || s >= k - 1) return null;
  if (findTop(T, s, k - 1, (t) => T.isOp(t, ':') || T.isKw(t, 'lambda')) >= 0) return null;
  let target;
  try {
    target = T.env.rangeExpr(T.get(s).start, T.get(k - 2).end);
  } catch {
    return null;
  }
  if (target.kind === 'Name' || target.kind === 'Attribute' || target.kind === 'Subscript') return null;
  return errorAtToken(T.env.src, colon, 'invalid syntax');
}

/** `from m import a.b`: the dotted name fails at its '.'. */
function fromImportDot(T: Tokens, k: number): PySyntaxError | null {
  const s = T.lineStart(k);
  if (!T.isKw(T.get(s), 'from')) return null;
  const imp = findTop(T, s, k, (t) => T.isKw(t, 'import'));
  if (imp < 0) return null;
  const dot = findTop(T, imp + 1, k, (t) => T.isOp(t, '.'));
  return dot >= 0 ? errorAtToken(T.env.src, T.get(dot), 'invalid syntax') : null;
}

/**
 * A statement `target = ...` that fails after its '=': CPython's second pass
 * reports an invalid target first (invalid_assignment).
 */
function failedAssignment(T: Tokens, k: number): PySyntaxError | null {
  const s = T.lineStart(k);
  if (T.get(s).type !== 'NAME' && T.get(s).type !== 'OP' && T.get(s).type !== 'NUMBER' && T.get(s).type !== 'STRING') return null;
  if (BLOCK_KEYWORDS[T.text(T.get(s))] || (T.get(s).type === 'NAME' && KEYWORDS.has(T.text(T.get(s))) && !OPERAND_KEYWORDS.has(T.text(T.get(s))))) return null;
  let from = s;
  for (;;) {
    const eq = findTop(T, from, k, (t) => T.isOp(t, '='));
    if (eq < 0 || eq === from) return null;
    let target;
    try {
      target = T.env.rangeExpr(T.get(from).start, T.get(eq - 1).end);
    } catch {
      return null;
    }
    const bad = invalidTarget(target, 'star');
    if (bad) {
      const span = T.env.spans.get(bad);
      if (!span) return null;
      return syntaxErrorAt(T.env.src, targetMessage(bad, 'star'), span[0], span[1]);
    }
    from = eq + 1;
  }
}

/** Misplaced keywords and operands with a dedicated 3.11 message. */
function keywordMisuse(T: Tokens, k: number): PySyntaxError | null {
  const tok = T.get(k);
  const prev = T.get(k - 1);
  const src = T.env.src;
  // `del *a`
  if (T.isOp(tok, '*') && T.isKw(prev, 'del')) {
    return syntaxErrorAt(src, 'cannot delete starred', tok.start, T.get(exprEndFrom(T, k + 1) - 1).end);
  }
  // `f(True=1)`
  if (T.isOp(tok, '=') && T.isKw(prev, 'True', 'False', 'None') && T.isOp(T.get(k - 2), '(', ',') && T.depthAt(k) > 0) {
    return syntaxErrorAt(src, `cannot assign to ${T.text(prev)}`, prev.start, tok.end);
  }
  // `f(yield)`: a bare yield where it is not allowed fails at the yield
  const beforeYield = T.get(k - 2);
  const yieldAllowed = ['NEWLINE', 'INDENT', 'DEDENT'].includes(beforeYield.type) || T.isOp(beforeYield, '=', '(', ';');
  if (T.isKw(prev, 'yield') && !yieldAllowed && !T.startsOperand(tok) && !T.isOp(tok, '*')) return errorAtToken(src, prev, 'invalid syntax');
  return null;
}

/** A block statement header ending without ':' (invalid_*_stmt rules). */
function expectedColon(T: Tokens, k: number): PySyntaxError | null {
  const toks = T.list;
  if (T.get(k).type !== 'NEWLINE') return null;
  const start = T.lineStart(k);
  let head = T.get(start);
  if (T.isKw(head, 'async')) head = T.get(start + 1);
  const kw = T.text(head);
  if (!BLOCK_KEYWORDS[kw] || head.type !== 'NAME') return null;
  const prev = T.get(k - 1);
  const bare = ['else', 'try', 'finally'].includes(kw) || (kw === 'except' && prev === head);
  if (bare ? prev !== head : !T.endsOperand(prev)) return null;
  if (kw === 'class' || kw === 'def') {
    // class/def need a complete header
    if (kw === 'def' && !T.isOp(prev, ')')) return null;
  }
  return errorAtToken(T.env.src, T.get(k), "expected ':'");
}

/** `print x` -> "Missing parentheses in call to 'print'. Did you mean print(...)?" */
function legacyPrint(T: Tokens, k: number): PySyntaxError | null {
  const toks = T.list;
  const prev = T.get(k - 1);
  if (!T.isKw(prev, 'print', 'exec') || !T.startsOperand(T.get(k)) || T.isOp(T.get(k), '(')) return null;
  let j = k;
  let depth = 0;
  for (; j < toks.length; j++) {
    const t = T.get(j);
    if (t.type === 'NEWLINE' || t.type === 'ENDMARKER') break;
    const s = t.type === 'OP' ? T.text(t) : '';
    if (OPENERS.has(s)) depth++;
    else if (CLOSERS.has(s)) depth--;
    else if ((s === ';' || s === '=') && depth === 0) break;
  }
  const name = T.text(prev);
  return syntaxErrorAt(T.env.src, `Missing parentheses in call to '${name}'. Did you mean ${name}(...)?`, prev.start, T.get(j - 1).end);
}

/** Start index of the operand-ish expression that ends at token k-1 (scan back). */
function exprStartBefore(T: Tokens, k: number): number {
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
function exprEndFrom(T: Tokens, k: number): number {
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

/** `[a b]` inside brackets -> "invalid syntax. Perhaps you forgot a comma?" */
function missingComma(T: Tokens, k: number): PySyntaxError | null {
  const toks = T.list;
  const prev = T.get(k - 1);
  const tok = T.get(k);
  if (!T.endsOperand(prev) || !T.startsOperand(tok) || T.depthAt(k) === 0) return null;
  if (T.isKw(tok, 'not') || T.isOp(tok, '-', '+', '~')) return null;
  const a = exprStartBefore(T, k);
  if (a === k - 1 && prev.type === 'NAME' && tok.type === 'STRING') return null;
  if (T.isKw(T.get(a), 'print', 'exec', 'match', 'case', 'type', '_')) return null;
  const b = exprEndFrom(T, k);
  return syntaxErrorAt(T.env.src, 'invalid syntax. Perhaps you forgot a comma?', T.get(a).start, tokenEnd(T.get(b - 1)));
}

/** `a if b` without `else`. */
function expectedElse(T: Tokens, k: number): PySyntaxError | null {
  const toks = T.list;
  if (T.isKw(T.get(k), 'else') || T.isOp(T.get(k), ':')) return null;
  let depth = 0;
  for (let i = k - 1; i >= 0; i--) {
    const t = T.get(i);
    const s = t.type === 'OP' ? T.text(t) : '';
    if (CLOSERS.has(s)) depth++;
    else if (OPENERS.has(s)) {
      if (depth === 0) return null;
      depth--;
    } else if (depth === 0) {
      if (t.type === 'NEWLINE' || t.type === 'INDENT' || t.type === 'DEDENT' || [',', ';', '=', ':'].includes(s)) return null;
      if (T.isKw(t, 'for', 'lambda', 'else', 'while', 'elif', 'return', 'yield', 'assert', 'del', 'with', 'import')) return null;
      if (T.isKw(t, 'if')) {
        if (!T.endsOperand(T.get(i - 1)) || !T.endsOperand(T.get(k - 1)) || k === i + 1 || inComprehension(T, i)) return null;
        const a = exprStartBefore(T, i);
        return syntaxErrorAt(T.env.src, "expected 'else' after 'if' expression", T.get(a).start, tokenEnd(T.get(k - 1)));
      }
    }
  }
  return null;
}

/** True when token i sits in a comprehension clause (a `for` at its bracket depth precedes it). */
function inComprehension(T: Tokens, i: number): boolean {
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

/** A lone `=` where an expression was expected (invalid_named_expression, invalid_kwarg). */
function assignmentInExpression(T: Tokens, k: number): PySyntaxError | null {
  const toks = T.list;
  if (!T.isOp(T.get(k), '=')) return null;
  const a = exprStartBefore(T, k);
  if (a >= k) return null;
  const before = T.get(a - 1);
  const src = T.env.src;
  // Inside a call: f(a.b=1)
  if (T.isOp(T.get(a), '*', '**')) return null;
  if (T.isOp(before, '(', ',') && T.depthAt(k) > 0 && !(a === k - 1 && T.get(a).type === 'NAME')) {
    return syntaxErrorAt(src, 'expression cannot contain assignment, perhaps you meant "=="?', T.get(a).start, T.get(k).end);
  }
  if (T.isOp(T.get(k + 1), '=', ':=') || !T.startsOperand(T.get(k + 1))) return null;
  const b = exprEndFrom(T, k + 1);
  if (b <= k + 1 || T.isOp(T.get(b), '=', ':=')) return null;
  if (a === k - 1 && T.get(a).type === 'NAME' && !KEYWORDS.has(T.text(T.get(a)))) {
    return syntaxErrorAt(src, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", T.get(a).start, tokenEnd(T.get(b - 1)));
  }
  let target;
  try {
    target = T.env.rangeExpr(T.get(a).start, T.get(k - 1).end);
  } catch {
    return null;
  }
  const name = exprKindName(target.kind, target);
  if (!name) return null;
  return syntaxErrorAt(src, `cannot assign to ${name} here. Maybe you meant '==' instead of '='?`, T.get(a).start, T.get(k - 1).end);
}

function exprKindName(kind: string, e: { kind: string; value?: unknown }): string | null {
  switch (kind) {
    case 'Call': return 'function call';
    case 'BinOp': case 'UnaryOp': return 'expression';
    case 'Constant': {
      const v = e.value as { kind: string };
      return v.kind === 'None' || v.kind === 'bool' ? null : v.kind === 'Ellipsis' ? 'ellipsis' : 'literal';
    }
    case 'Dict': return 'dict literal';
    case 'Set': return 'set display';
    case 'ListComp': return 'list comprehension';
    case 'SetComp': return 'set comprehension';
    case 'DictComp': return 'dict comprehension';
    case 'JoinedStr': return 'f-string expression';
    default: return null;
  }
}

/** Generic error, located like CPython for tokens without extent. */
function genericError(T: Tokens, k: number): PySyntaxError | null {
  const t = T.get(k);
  if (t.type !== 'ENDMARKER' && t.type !== 'DEDENT') return null;
  // CPython's ENDMARKER sits at column 0 of the last line.
  const src = T.env.src;
  const line = src.lineOf(Math.max(0, src.text.length - 1));
  return new PySyntaxError('SyntaxError', 'invalid syntax', src.filename, { line, col: 0, endLine: line, endCol: 0 }, src.rawLine(line), src.text.length);
}
