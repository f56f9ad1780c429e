/**
 * Implicit string concatenation and f-strings, ported from CPython 3.11's
 * `_PyPegen_concatenate_strings` and the f-string scanner in
 * Parser/string_parser.c.  In 3.11 an f-string is a single STRING token whose
 * replacement fields are re-parsed as `(expr)`; porting that scanner (rather
 * than relying on lezer's f-string grammar, which follows 3.12) gives the
 * same accepted language, the same error messages and the same node
 * positions as CPython 3.11.
 */
import type { Constant, Expr, FormattedValue, JoinedStr, Pos } from './ast.js';
import { decodePlainLiteral, decodeStrEscapes, LiteralError, splitStringToken } from './strings.js';

export interface StringPiece {
  /** Token text including prefix and quotes. */
  text: string;
  pos: Pos;
}

export interface ConcatHost {
  /**
   * Parse `text.slice(exprStart, exprEnd)` of `piece` as an f-string
   * expression; throws the front end's errors.
   */
  compileExpr(piece: StringPiece, exprStart: number, exprEnd: number): Expr;
  /** Throw a SyntaxError at the token following the strings (CPython's RAISE_SYNTAX_ERROR here). */
  errorAfter(msg: string): never;
  /** Throw a SyntaxError covering one string token. */
  errorAtPiece(piece: StringPiece, msg: string): never;
}

const MAX_LEVEL = 200;

function span(first: Pos, last: Pos): Pos {
  return { line: first.line, col: first.col, endLine: last.endLine, endCol: last.endCol };
}

function strConst(value: string, p: Pos): Constant {
  return { kind: 'Constant', value: { kind: 'str', value }, ...p };
}

/** Accumulates literal text and expressions like CPython's FstringParser. */
class FState {
  lastStr: string | null = null;
  values: (Constant | FormattedValue)[] = [];
  fmode = false;

  concat(s: string): void {
    if (s.length === 0) return;
    this.lastStr = this.lastStr === null ? s : this.lastStr + s;
  }

  flush(p: Pos): void {
    if (this.lastStr !== null) {
      this.values.push(strConst(this.lastStr, p));
      this.lastStr = null;
    }
  }

  finish(p: Pos): Constant | JoinedStr {
    if (!this.fmode) return strConst(this.lastStr ?? '', p);
    this.flush(p);
    return { kind: 'JoinedStr', values: this.values, ...p };
  }
}

class FScanner {
  i = 0;
  constructor(
    readonly host: ConcatHost,
    readonly piece: StringPiece,
    readonly end: number,
    readonly raw: boolean,
    readonly whole: Pos,
  ) {}

  get text(): string {
    return this.piece.text;
  }

  fail(msg: string): never {
    this.host.errorAfter(msg);
  }

  decode(from: number, to: number): string {
    const s = this.text.slice(from, to);
    return this.raw ? s : decodeStrEscapes(s);
  }

  /** fstring_find_literal: returns [literal, 1 if the caller should loop again]. */
  findLiteral(lvl: number): [string | null, number] {
    const t = this.text;
    const start = this.i;
    let s = this.i;
    while (s < this.end) {
      let ch = t[s++];
      if (!this.raw && ch === '\\' && s < this.end) {
        ch = t[s++];
        if (ch === 'N') {
          if (s < this.end && t[s++] === '{') {
            while (s < this.end && t[s++] !== '}') {
              /* skip the character name */
            }
            continue;
          }
          break;
        }
      }
      if (ch === '{' || ch === '}') {
        if (lvl === 0) {
          if (s < this.end && t[s] === ch) {
            this.i = s + 1;
            return [this.decode(start, s), 1];
          }
          if (ch === '}') {
            this.i = s - 1;
            this.fail("f-string: single '}' is not allowed");
          }
        }
        s--;
        break;
      }
    }
    this.i = s;
    return [start !== s ? this.decode(start, s) : null, 0];
  }

  /** fstring_find_expr: scan one replacement field starting at '{'. */
  findExpr(lvl: number): { value: FormattedValue; exprText: string | null } {
    const t = this.text;
    const end = this.end;
    if (lvl >= 2) this.fail('f-string: expressions nested too deeply');
    this.i++;
    const exprStart = this.i;
    let quote = '';
    let stringType = 0;
    const parens: string[] = [];
    for (; this.i < end; this.i++) {
      const ch = t.charAt(this.i);
      if (ch === '\\') this.fail('f-string expression part cannot include a backslash');
      if (quote) {
        if (ch === quote) {
          if (stringType === 3) {
            if (this.i + 2 < end && t[this.i + 1] === ch && t[this.i + 2] === ch) {
              this.i += 2;
              stringType = 0;
              quote = '';
            }
          } else {
            stringType = 0;
            quote = '';
          }
        }
      } else if (ch === "'" || ch === '"') {
        if (this.i + 2 < end && t[this.i + 1] === ch && t[this.i + 2] === ch) {
          stringType = 3;
          this.i += 2;
        } else stringType = 1;
        quote = ch;
      } else if (ch === '[' || ch === '{' || ch === '(') {
        if (parens.length >= MAX_LEVEL) this.fail('f-string: too many nested parenthesis');
        parens.push(ch);
      } else if (ch === '#') {
        this.fail("f-string expression part cannot include '#'");
      } else if (parens.length === 0 && '!:}=<>'.includes(ch)) {
        if (this.i + 1 < end) {
          const next = t[this.i + 1];
          if (next === '=' && (ch === '!' || ch === '=' || ch === '<' || ch === '>')) {
            this.i += 1;
            continue;
          }
          if (ch === '>' || ch === '<') continue;
        }
        break;
      } else if (ch === ']' || ch === '}' || ch === ')') {
        const opening = parens.pop();
        if (opening === undefined) this.fail(`f-string: unmatched '${ch}'`);
        if (!((opening === '(' && ch === ')') || (opening === '[' && ch === ']') || (opening === '{' && ch === '}'))) {
          this.fail(`f-string: closing parenthesis '${ch}' does not match opening parenthesis '${opening}'`);
        }
      }
    }
    const exprEnd = this.i;
    if (quote) this.fail('f-string: unterminated string');
    if (parens.length > 0) this.fail(`f-string: unmatched '${parens[parens.length - 1]}'`);
    if (this.i >= end) this.fail("f-string: expecting '}'");
    if (/^[ \t\n\f]*$/.test(t.slice(exprStart, exprEnd))) this.fail('f-string: empty expression not allowed');
    const expr = this.host.compileExpr(this.piece, exprStart, exprEnd);

    let exprText: string | null = null;
    if (t[this.i] === '=') {
      this.i++;
      while (this.i < t.length && ' \t\n\r\f\v'.includes(t.charAt(this.i))) this.i++;
      exprText = t.slice(exprStart, this.i);
    }
    let conversion = -1;
    if (t[this.i] === '!') {
      this.i++;
      if (this.i >= end) this.fail("f-string: expecting '}'");
      const conv = t[this.i++];
      if (conv !== 's' && conv !== 'r' && conv !== 'a') {
        this.fail("f-string: invalid conversion character: expected 's', 'r', or 'a'");
      }
      conversion = conv.charCodeAt(0);
    }
    if (this.i >= end) this.fail("f-string: expecting '}'");
    let formatSpec: JoinedStr | null = null;
    if (t[this.i] === ':') {
      this.i++;
      if (this.i >= end) this.fail("f-string: expecting '}'");
      const spec = new FState();
      this.concatFstring(spec, lvl + 1);
      formatSpec = spec.finish(this.piece.pos) as JoinedStr;
    }
    if (this.i >= end || t[this.i] !== '}') this.fail("f-string: expecting '}'");
    this.i++;
    if (exprText !== null && formatSpec === null && conversion === -1) conversion = 114; // 'r'
    return { value: { kind: 'FormattedValue', value: expr, conversion, formatSpec, ...this.whole }, exprText };
  }

  /** _PyPegen_FstringParser_ConcatFstring */
  concatFstring(state: FState, lvl: number): void {
    state.fmode = true;
    for (;;) {
      const [literal, again] = this.findLiteral(lvl);
      if (literal !== null) state.concat(literal);
      if (again) continue;
      if (this.i >= this.end || this.text[this.i] === '}') break;
      const { value, exprText } = this.findExpr(lvl);
      if (exprText !== null) state.concat(exprText);
      state.flush(this.whole);
      state.values.push(value);
    }
    if (lvl === 0 && this.i < this.end - 1) this.fail('f-string: unexpected end of string');
    if (lvl !== 0 && this.text[this.i] !== '}') this.fail("f-string: expecting '}'");
  }
}

/** Value of a sequence of adjacent STRING tokens (one or more). */
export function concatenateStrings(pieces: StringPiece[], host: ConcatHost): Constant | JoinedStr {
  const first = pieces[0];
  const last = pieces[pieces.length - 1];
  if (!first || !last) throw new Error('tierforge parser: no string pieces');
  const whole = span(first.pos, last.pos);
  const state = new FState();
  let bytesMode = false;
  let bytes: Uint8Array[] = [];
  pieces.forEach((piece, i) => {
    const tok = splitStringToken(piece.text);
    let plain: ReturnType<typeof decodePlainLiteral> | null = null;
    if (!tok.fstring) {
      try {
        plain = decodePlainLiteral(tok);
      } catch (e) {
        if (!(e instanceof LiteralError)) throw e;
        if (e.where === 'token') host.errorAtPiece(piece, e.msg);
        host.errorAfter(e.msg);
      }
    }
    if (i !== 0 && bytesMode !== tok.bytes) host.errorAfter('cannot mix bytes and nonbytes literals');
    bytesMode = tok.bytes;
    if (tok.fstring) {
      const scanner = new FScanner(host, piece, tok.bodyStart + tok.body.length, tok.raw, whole);
      scanner.i = tok.bodyStart;
      try {
        scanner.concatFstring(state, 0);
      } catch (e) {
        if (e instanceof LiteralError) host.errorAfter(e.msg);
        throw e;
      }
    } else if (plain && plain.kind === 'bytes') {
      bytes.push(plain.value);
    } else if (plain) {
      state.concat(plain.value);
    }
  });
  if (bytesMode) {
    if (bytes.length > 1) {
      const total = bytes.reduce((n, b) => n + b.length, 0);
      const joined = new Uint8Array(total);
      let at = 0;
      for (const b of bytes) {
        joined.set(b, at);
        at += b.length;
      }
      bytes = [joined];
    }
    return { kind: 'Constant', value: { kind: 'bytes', value: bytes[0] ?? new Uint8Array(0) }, ...whole };
  }
  return state.finish(whole);
}
