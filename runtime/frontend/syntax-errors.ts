/**
 * Turning "lezer could not continue at offset N" into the SyntaxError
 * CPython 3.11 reports.  CPython's second parser pass tries `invalid_*`
 * grammar rules for better messages; we recognise the most common of those
 * situations from the token stream around the failure point, and otherwise
 * report the generic "invalid syntax" at the offending token, which is what
 * CPython does too.
 */
import { errorAtToken, KEYWORDS, tokenEnd, tokenIndexAt, type ParseEnv } from './env.js';
import {
  BLOCK_KEYWORDS, CLOSERS, exprEndFrom, exprStartBefore, findTop, inComprehension, OPENERS, OPERAND_KEYWORDS, Tokens,
} from './token-scan.js';
import { NotSupportedError, notSupportedAt, PySyntaxError, syntaxErrorAt } from './errors.js';
import { invalidTarget, targetMessage } from './targets.js';

export function explainFailure(env: ParseEnv, failPos: number): PySyntaxError | NotSupportedError {
  const T = new Tokens(env);
  const toks = env.tokens;
  let k = tokenIndexAt(toks, failPos);
  // The DEDENTs before the offending token are accepted by CPython's parser.
  while (k < toks.length - 1 && toks[k]?.type === 'DEDENT') k++;
  if (k >= toks.length) k = toks.length - 1;
  const tok = T.get(k);
  const src = env.src;
  return (
    grammarGap(T, k) ??
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

/**
 * Valid Python 3.11 that @lezer/python's grammar does not accept: report it
 * as unsupported rather than as a (wrong) SyntaxError.
 */
function grammarGap(T: Tokens, k: number): NotSupportedError | null {
  const tok = T.get(k);
  const prev = T.get(k - 1);
  const src = T.env.src;
  const gap = (feature: string): NotSupportedError => notSupportedAt(src, feature, tok.start, tok.end);
  if (T.isOp(tok, '*') && T.startsOperand(T.get(k + 1))) {
    // x[*a]: a subscript is a '[' right after an operand
    let depth = 0;
    for (let i = k - 1; i >= 0; i--) {
      const t = T.get(i);
      const s = t.type === 'OP' ? T.text(t) : '';
      if (t.type === 'NEWLINE') break;
      if (CLOSERS.has(s)) depth++;
      else if (OPENERS.has(s)) {
        if (depth === 0) {
          if (s === '[' && T.endsOperand(T.get(i - 1))) return gap('a starred expression in a subscript');
          break;
        }
        depth--;
      }
    }
    if (T.isKw(prev, 'in') && T.isKw(T.get(T.lineStart(k)), 'for')) return gap("a starred expression after 'for ... in'");
    if ((T.isKw(prev, 'for') || T.isOp(prev, ',')) && inComprehension(T, k)) return gap('a starred comprehension target');
  }
  if (T.isOp(tok, '/') && T.isOp(prev, ',') && findTop(T, T.lineStart(k), k, (t) => T.isKw(t, 'lambda')) >= 0) {
    return gap("'/' in lambda parameters");
  }
  return null;
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
