/**
 * Python source -> AST (ast.ts), with CPython 3.11's SyntaxErrors.
 *
 * Pipeline for one text (a module, or the `(expr)` of an f-string field):
 *   1. tokenize with the CPython-compatible tokenizer (tokenizer.ts);
 *      tokenizer errors win over parser errors, as in CPython;
 *   2. mask tokens/regions so lezer agrees with CPython (lezer.ts) and run
 *      lezer in strict mode; a failure is explained by syntax-errors.ts;
 *   3. build the AST (parse-stmt.ts / parse-expr.ts), which also reports
 *      parser-level errors for constructs lezer accepts but CPython rejects;
 *   4. for modules, run the symtable/compiler checks (checks.ts).
 * Among competing parse errors the one earliest in the source is reported.
 */
import type { Expr, Module, Pos, Stmt } from './ast.js';
import { checkModule } from './checks.js';
import { isFrontendError, NotSupportedError, PySyntaxError, type FrontendError } from './errors.js';
import { at, errorAtToken, KEYWORDS, kids, tokenIndexAt, tokenText, type ParseEnv } from './env.js';
import type { StringPiece } from './fstring.js';
import { concatenateStrings } from './fstring.js';
import { maskRegions, maskTokens, parseRange, parseText, type Region } from './lezer.js';
import { ExprBuilder } from './parse-expr.js';
import { StmtBuilder } from './parse-stmt.js';
import { normalizeSource, SourceText, utf8Length } from './source.js';
import { explainFailure, juxtapositionReachesEnd } from './syntax-errors.js';
import { tokenize, type Token } from './tokenizer.js';
import { UnknownNameEscape } from './strings.js';

export { PySyntaxError, NotSupportedError } from './errors.js';

/** Parse a module.  Throws PySyntaxError or NotSupportedError. */
export function parseModule(source: string, filename: string): Module {
  const text = normalizeSource(source);
  const src = new SourceText(text, filename);
  const nul = text.indexOf('\0');
  if (nul >= 0) {
    throw new PySyntaxError('SyntaxError', 'source code cannot contain null bytes', filename,
      { line: src.lineOf(nul), col: 0, endLine: src.lineOf(nul), endCol: 0 }, null, nul);
  }
  const body = parseStatements(src, (from, to) => defaultPos(src, from, to));
  const mod: Module = { kind: 'Module', body };
  checkModule(mod, src);
  return mod;
}

function defaultPos(src: SourceText, from: number, to: number): Pos {
  return { line: src.lineOf(from), col: src.byteCol(from), endLine: src.lineOf(to), endCol: src.byteCol(to) };
}

/** Decorator expressions and `with` headers are parsed separately (see lezer.ts). */
function findRegions(src: SourceText, tokens: Token[]): Region[] {
  const regions: Region[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const prev = tokens[i - 1];
    const atLineStart = !prev || prev.type === 'NEWLINE' || prev.type === 'INDENT' || prev.type === 'DEDENT';
    if (!atLineStart) continue;
    const t = at(tokens, i);
    const s = tokenText(src, t);
    let j = i + 1;
    if (t.type === 'OP' && s === '@') {
      while (j < tokens.length && at(tokens, j).type !== 'NEWLINE' && at(tokens, j).type !== 'ENDMARKER') j++;
    } else if (t.type === 'NAME' && (s === 'with' || (s === 'async' && tokenText(src, tokens[i + 1] ?? t) === 'with'))) {
      if (s === 'async') j++;
      const first = j;
      let depth = 0;
      for (; j < tokens.length && at(tokens, j).type !== 'NEWLINE'; j++) {
        const k = at(tokens, j).type === 'OP' ? tokenText(src, at(tokens, j)) : '';
        if (k === '(' || k === '[' || k === '{') depth++;
        else if (k === ')' || k === ']' || k === '}') depth--;
        else if (k === ':' && depth === 0) break;
      }
      if (j >= tokens.length || at(tokens, j).type === 'NEWLINE') continue;
      i = first - 1;
    } else continue;
    if (j > i + 1) regions.push({ from: at(tokens, i + 1).start, to: at(tokens, j - 1).end, decorator: s === '@' });
  }
  return regions;
}

/**
 * A NUMBER glued to a preceding NUMBER or identifier (`1.2.3`, `x.5`) is
 * always invalid; report it here because masking would merge the tokens.
 */
function adjacentAtoms(src: SourceText, tokens: Token[]): PySyntaxError | null {
  for (let i = 1; i < tokens.length; i++) {
    const t = at(tokens, i);
    const p = at(tokens, i - 1);
    if (t.type !== 'NUMBER' || p.end !== t.start) continue;
    if (p.type === 'NUMBER' || (p.type === 'NAME' && !KEYWORDS.has(tokenText(src, p)))) {
      return errorAtToken(src, t, 'invalid syntax');
    }
  }
  return null;
}

const AUG_ASSIGN = new Set(['+=', '-=', '*=', '@=', '/=', '%=', '**=', '<<=', '>>=', '|=', '^=', '&=', '//=']);

/** `yield` without an operand in the places CPython allows it (statement, `= yield`, `(yield)`). */
function findBareYields(src: SourceText, tokens: Token[]): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    const t = at(tokens, i);
    if (t.type !== 'NAME' || tokenText(src, t) !== 'yield') continue;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    const p = prev ? tokenText(src, prev) : '';
    const n = next ? tokenText(src, next) : '';
    const nextEnds = !next || next.type === 'NEWLINE' || next.type === 'ENDMARKER' || (next.type === 'OP' && (n === ';' || n === '='));
    const stmtStart = !prev || prev.type === 'NEWLINE' || prev.type === 'INDENT' || prev.type === 'DEDENT' || (prev.type === 'OP' && p === ';');
    const afterAssign = prev?.type === 'OP' && (p === '=' || AUG_ASSIGN.has(p));
    if (((stmtStart || afterAssign) && nextEnds) || (prev?.type === 'OP' && p === '(' && next?.type === 'OP' && n === ')')) {
      out.add(t.start);
    }
  }
  return out;
}

/** CPython reports an INDENT that does not follow a block opener ('...:' NEWLINE). */
function unexpectedIndent(src: SourceText, tokens: Token[]): PySyntaxError | null {
  for (let i = 0; i < tokens.length; i++) {
    const t = at(tokens, i);
    if (t.type !== 'INDENT') continue;
    const opener = tokens[i - 2];
    const ok = tokens[i - 1]?.type === 'NEWLINE' && opener !== undefined && tokenText(src, opener) === ':';
    if (ok) continue;
    const line = src.lineOf(t.start);
    const col = src.charCol(t.start);
    return new PySyntaxError('IndentationError', 'unexpected indent', src.filename,
      { line, col, endLine: line, endCol: -1 }, src.rawLine(line), t.start);
  }
  return null;
}

function earliest(...errs: (FrontendError | null)[]): FrontendError | null {
  let best: FrontendError | null = null;
  for (const e of errs) if (e && (!best || e.offset < best.offset)) best = e;
  return best;
}

function attempt<T>(fn: () => T): { value?: T; error?: FrontendError } {
  try {
    return { value: fn() };
  } catch (e) {
    if (isFrontendError(e)) return { error: e };
    throw e;
  }
}

/** Tokenize, parse and build the statements of one text (a module or an f-string field). */
function parseStatements(src: SourceText, pos: (from: number, to: number) => Pos): Stmt[] {
  const tok = tokenize(src);
  const tokens = tok.tokens;
  const indentErr = unexpectedIndent(src, tokens);
  if (tok.error && !tok.deferred) {
    // Eagerly raised tokenizer errors beat parser errors (pegen re-scans the
    // whole source after a parse failure), except an "unexpected indent"
    // that is the parser's first failure.
    if (indentErr && indentErr.offset < tok.error.offset) {
      const res = parseText(maskTokens(src.text, tokens, new Set()));
      if (res.ok || res.failPos >= src.lineStart(indentErr.line)) throw indentErr;
    }
    throw tok.error;
  }
  const deferred = tok.error;
  const regions = findRegions(src, tokens);
  const bareYields = findBareYields(src, tokens);
  const tokenMasked = maskTokens(src.text, tokens, bareYields);
  const env: ParseEnv = {
    src,
    tokens,
    tokenMasked,
    regions: new Map(regions.map((r) => [r.from, r])),
    bareYields,
    spans: new Map(),
    pos,
    fstringExpr: (piece, start, end) => parseFStringExpr(src, piece, start, end),
    rangeExpr: (from, to, decorator = false) => rangeExpr(env, from, to, decorator),
  };
  const tokenErr = earliest(indentErr, adjacentAtoms(src, tokens));
  const skeleton = maskRegions(tokenMasked, regions);
  const res = parseText(skeleton);
  if (!res.ok) {
    let err: FrontendError = explainFailure(env, res.failPos);
    // Errors inside strings, masked regions and earlier statements come first.
    const earlier = earliest(tokenErr, validateBefore(env, regions, err.offset), prefixError(env, skeleton, res.failPos));
    if (err instanceof NotSupportedError) {
      // valid Python we cannot parse: report it unless a real error comes first
      if (earlier && earlier.offset <= err.offset) throw earlier;
      throw deferred ?? err;
    }
    const failTok = tokens[tokenIndexAt(tokens, res.failPos)];
    let failLine = failTok ? src.lineOf(failTok.start) : Infinity;
    if (earlier && earlier.offset <= err.offset) {
      err = earlier;
      failLine = err.line;
    }
    // A deferred tokenizer error counts if the parser got that far, i.e.
    // failed beyond the tokens produced before the error.
    if (deferred && (tokenIndexAt(tokens, res.failPos) >= tokens.length || deferred.offset <= err.offset)) throw deferred;
    if (tok.unclosed && err.pyClass !== 'IndentationError') {
      // CPython reports "'(' was never closed" when its parser ran into the
      // end of input inside the bracket: after failing on a later line than
      // the bracket, or while scanning an operand that runs to the end.
      if (tok.unclosed.line < Math.max(failLine, err.line) || (err.line === failLine && juxtapositionReachesEnd(env, res.failPos))) {
        throw tok.unclosed;
      }
    }
    throw err;
  }
  const built = attempt(() => new StmtBuilder(env, res.offset).module(res.tree.topNode));
  const err = earliest(built.error ?? null, tokenErr);
  if (deferred && (!err || deferred.offset <= err.offset)) throw deferred;
  if (err) throw err;
  return built.value ?? [];
}

/**
 * Errors the tree builder finds in the statements before the one where lezer
 * failed (CPython's parser would have reported those first).
 */
function prefixError(env: ParseEnv, skeleton: string, failPos: number): FrontendError | null {
  const toks = env.tokens;
  const k = tokenIndexAt(toks, failPos);
  let i = Math.min(k, toks.length - 1);
  while (i > 0) {
    const p = toks[i - 1];
    if (!p || p.type === 'NEWLINE' || p.type === 'INDENT' || p.type === 'DEDENT') break;
    i--;
  }
  const first = toks[i];
  if (!first) return null;
  const cut = env.src.lineStart(env.src.lineOf(first.start));
  if (cut === 0) return null;
  const res = parseText(skeleton.slice(0, cut));
  if (!res.ok) return null;
  const err = attempt(() => new StmtBuilder(env, res.offset).module(res.tree.topNode)).error ?? null;
  // errors about what follows the cut (e.g. a `try` whose `except` is on the failing line) are artefacts
  return err && err.offset < cut ? err : null;
}

/** Check string literals and masked regions that start before `limit`; return the first error. */
function validateBefore(env: ParseEnv, regions: Region[], limit: number): FrontendError | null {
  const { tokens, src } = env;
  let found: FrontendError | null = null;
  const note = (e: FrontendError | undefined): void => {
    if (e instanceof PySyntaxError && e.offset <= limit) found = earliest(found, e);
  };
  for (let i = 0; i < tokens.length && at(tokens, i).start < limit && !found; i++) {
    if (at(tokens, i).type !== 'STRING') continue;
    let j = i;
    while (j + 1 < tokens.length && at(tokens, j + 1).type === 'STRING') j++;
    const run = tokens.slice(i, j + 1);
    const pieces: StringPiece[] = run.map((t) => ({ text: tokenText(src, t), pos: env.pos(t.start, t.end) }));
    note(attempt(() => noUnknownNames(() => concatenateStrings(pieces, {
      compileExpr: (piece, s, e) => env.fstringExpr(piece, s, e),
      errorAfter: (msg) => {
        throw errorAtToken(src, tokens[j + 1], msg);
      },
      errorAtPiece: (piece, msg) => {
        const t = at(run, pieces.indexOf(piece));
        throw errorAtToken(src, t, msg);
      },
    }))).error);
    i = j;
  }
  for (const r of regions) {
    if (r.from >= limit) break;
    // `with` headers are checked by the statement builder (prefixError)
    if (r.decorator) note(attempt(() => env.rangeExpr(r.from, r.to, true)).error);
  }
  return found;
}

/** Treat a `\N{...}` escape we cannot decode as valid (validation only). */
function noUnknownNames<T>(fn: () => T): T | null {
  try {
    return fn();
  } catch (e) {
    if (e instanceof UnknownNameEscape) return null;
    throw e;
  }
}

/**
 * Parse [from, to) (a decorator or `with` item) as one expression.  A
 * decorator is a named_expression, which is only valid in parentheses at
 * statement level, so it is parsed as `(...)` in place of the neighbouring
 * characters (offsets stay the same).
 */
function rangeExpr(env: ParseEnv, from: number, to: number, decorator: boolean): Expr {
  const masked = env.tokenMasked;
  const res = decorator
    ? parseRange('(' + masked.slice(from, to) + ')', 0, to - from + 2)
    : parseRange(masked, from, to);
  const offset = decorator ? from - 1 : 0;
  if (!res.ok) throw explainFailure(env, res.failPos + offset);
  const base = res.offset + offset;
  const stmts = kids(res.tree.topNode);
  const st = stmts[0];
  let parts = st && st.name === 'ExpressionStatement' ? kids(st) : [];
  const only = parts[0];
  if (decorator && only) {
    if (only.name !== 'ParenthesizedExpression') {
      const inner = kids(only).slice(1);
      const bad = inner.find((k) => k.name === ',' || k.name === 'for') ?? inner[0] ?? only;
      throw errorAtToken(env.src, env.tokens[tokenIndexAt(env.tokens, bad.from + base)], 'invalid syntax');
    }
    parts = kids(only).slice(1, -1);
  }
  if (stmts.length !== 1 || parts.length !== 1) {
    const bad = parts.length > 1 ? parts[1] : st && st.name !== 'ExpressionStatement' ? kids(st)[1] ?? st : st;
    const toks = env.tokens;
    throw errorAtToken(env.src, toks[tokenIndexAt(toks, bad ? bad.from + base : from)], 'invalid syntax');
  }
  return new ExprBuilder(env, base).expr(at(parts, 0));
}

// ---------------------------------------------------------------- f-strings

/**
 * Parse an f-string replacement field like CPython 3.11's fstring_compile_expr:
 * the text `(expr)` is parsed on its own; node positions are shifted by the
 * field's location (fstring_find_expr_location), while SyntaxErrors keep
 * columns relative to the `(expr)` text and get an "f-string: " prefix.
 */
function parseFStringExpr(outer: SourceText, piece: StringPiece, start: number, end: number): Expr {
  const text = piece.text;
  const brace = start - 1;
  let newlineAfterBrace = true;
  for (let i = brace + 1; i < text.length && text.charAt(i) !== '}' && text.charAt(i) !== '\n'; i++) {
    if (text.charAt(i) !== ' ' && text.charAt(i) !== '\t' && text.charAt(i) !== '\f') {
      newlineAfterBrace = false;
      break;
    }
  }
  let lines = 0;
  for (let i = 0; i < brace; i++) if (text.charAt(i) === '\n') lines++;
  let cols = 0;
  if (!newlineAfterBrace) {
    const nl = text.lastIndexOf('\n', brace);
    cols = nl < 0 ? utf8Length(text, 0, brace) : utf8Length(text, nl + 1, brace);
  }
  const firstLine = piece.pos.line + lines;
  const firstCol = (lines === 0 ? piece.pos.col : 0) + cols;
  const sub = new SourceText('(' + text.slice(start, end) + ')\n', outer.filename);
  const pos = (from: number, to: number): Pos => {
    const l1 = sub.lineOf(from);
    const l2 = sub.lineOf(to);
    return {
      line: firstLine + l1 - 1,
      col: l1 === 1 ? firstCol + sub.byteCol(from) : sub.byteCol(from),
      endLine: firstLine + l2 - 1,
      endCol: l2 === 1 ? firstCol + sub.byteCol(to) : sub.byteCol(to),
    };
  };
  const outerLine = (l: number): number => firstLine + l - 1;
  let stmts: Stmt[];
  try {
    stmts = parseStatements(sub, pos);
  } catch (e) {
    if (e instanceof PySyntaxError) {
      const msg = e.msg.startsWith('f-string') ? e.msg : `f-string: ${e.msg}`;
      const line = outerLine(e.line);
      throw new PySyntaxError(e.pyClass, msg, e.filename,
        { line, col: e.col, endLine: outerLine(e.endLine), endCol: e.endCol }, e.text, outer.lineStart(Math.min(line, outer.lineCount)));
    }
    if (e instanceof NotSupportedError) {
      const line = outerLine(e.line);
      throw new NotSupportedError(e.feature, e.filename, { line, col: e.col, endLine: line, endCol: e.endCol }, e.text, outer.lineStart(Math.min(line, outer.lineCount)));
    }
    throw e;
  }
  const only = stmts[0];
  if (stmts.length !== 1 || !only || only.kind !== 'Expr') {
    throw new PySyntaxError('SyntaxError', 'f-string: invalid syntax', outer.filename,
      { line: firstLine, col: 1, endLine: firstLine, endCol: 1 }, sub.rawLine(1), outer.lineStart(Math.min(firstLine, outer.lineCount)));
  }
  return only.value;
}
