/**
 * A port of the token-level behaviour of CPython 3.11's Parser/tokenizer.c.
 *
 * Why a second tokenizer next to lezer's?  CPython reports many errors from
 * its tokenizer (bad indentation, unterminated strings, unbalanced brackets,
 * malformed numbers, stray characters) and those errors take priority over
 * parser errors.  Lezer's own tokenizer also disagrees with CPython on a few
 * token boundaries (`1.`, `1.e5`, 3.12-style nested f-string quotes, legacy
 * `print`), so this token stream is the source of truth for token boundaries
 * and lezer only supplies the tree structure (see lezer.ts).
 */
import { codePointCount, type SourceText } from './source.js';
import { PySyntaxError, type SyntaxErrorClass } from './errors.js';

export type TokType = 'NAME' | 'NUMBER' | 'STRING' | 'OP' | 'NEWLINE' | 'INDENT' | 'DEDENT' | 'ENDMARKER';

export interface Token {
  type: TokType;
  /**
   * Offsets into the normalized source; INDENT/DEDENT/ENDMARKER are empty.
   * NEWLINE covers the newline character and any comment before it.
   */
  start: number;
  end: number;
}

export interface OpenBracket {
  char: string;
  offset: number;
}

export interface TokenizeResult {
  tokens: Token[];
  /** First tokenizer error; `tokens` stops where it was detected. */
  error: PySyntaxError | null;
  /**
   * True when `error` is one that CPython's tokenizer only signals with a
   * status code (bad indentation, line continuation, EOF): it is reported
   * only if the parser gets that far.  Other tokenizer errors are raised
   * eagerly and win over any parser error (pegen's full-source re-scan).
   */
  deferred: boolean;
  /** Set when the input ended inside brackets ("'(' was never closed"). */
  unclosed: PySyntaxError | null;
  /** Brackets still open at the end of input, innermost last. */
  openBrackets: OpenBracket[];
}

const TAB_SIZE = 8;
const MAX_INDENT = 100;
const MAX_LEVEL = 200;

const THREE_CHAR_OPS = new Set(['**=', '...', '//=', '<<=', '>>=']);
const TWO_CHAR_OPS = new Set([
  '!=', '%=', '&=', '**', '*=', '+=', '-=', '->', '//', '/=', ':=', '<<', '<=', '<>', '==', '>=', '>>', '@=', '^=', '|=',
]);
const CLOSER_FOR: Record<string, string> = { ')': '(', ']': '[', '}': '{' };

// Python's str.isprintable() is false for these categories (space excepted).
const NON_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;
const XID_START = /[\p{XID_Start}_]/u;
const XID_CONTINUE = /\p{XID_Continue}/u;

export function isPrintable(ch: string): boolean {
  return ch === ' ' || !NON_PRINTABLE.test(ch);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isHexDigit(c: number): boolean {
  return isDigit(c) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}
function isIdentStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c >= 128;
}
function isIdentChar(c: number): boolean {
  return isIdentStart(c) || isDigit(c);
}

/** Signals that the tokenizer stopped on an error (already recorded). */
class Stop {}

class Tokenizer {
  private readonly text: string;
  private pos = 0;
  private readonly tokens: Token[] = [];
  private readonly indstack = [0];
  private readonly altindstack = [0];
  private readonly parens: OpenBracket[] = [];
  error: PySyntaxError | null = null;
  deferred = false;
  unclosed: PySyntaxError | null = null;

  constructor(private readonly src: SourceText) {
    this.text = src.text;
  }

  private code(at = this.pos): number {
    return at < this.text.length ? this.text.charCodeAt(at) : -1;
  }

  /** Raise like tokenizer.c's syntaxerror(): caret at the number of characters before `cur`. */
  private fail(msg: string, cur: number, cls: SyntaxErrorClass = 'SyntaxError', endCur?: number): never {
    // `cur` is just past the last character consumed, which lies on the error line.
    const line = this.src.lineOf(Math.max(0, Math.min(cur, this.text.length) - 1));
    const ls = this.src.lineStart(line);
    const col = codePointCount(this.text, ls, cur);
    const endCol = endCur === undefined ? col : codePointCount(this.text, ls, endCur);
    this.error = new PySyntaxError(cls, msg, this.src.filename, { line, col, endLine: line, endCol }, this.src.rawLine(line), cur);
    throw new Stop();
  }

  /** Errors that pegen reports with RAISE_ERROR_KNOWN_LOCATION(lineno, col=0, end=-1). */
  private failLineStart(msg: string, cls: SyntaxErrorClass, line: number, col = 1, endCol = 0): never {
    this.error = new PySyntaxError(cls, msg, this.src.filename, { line, col, endLine: line, endCol }, this.src.rawLine(line), this.src.lineStart(line));
    this.deferred = true;
    throw new Stop();
  }

  private push(type: TokType, start: number, end: number): void {
    this.tokens.push({ type, start, end });
  }

  run(): TokenizeResult {
    try {
      this.loop();
    } catch (e) {
      if (!(e instanceof Stop)) throw e;
    }
    return { tokens: this.tokens, error: this.error, deferred: this.deferred, unclosed: this.unclosed, openBrackets: this.parens };
  }

  /** tok_continuation_line: a backslash must be followed by a newline and more input. */
  private continuation(): void {
    // this.pos is just after the backslash
    if (this.code() !== 10) {
      // pegen: col_offset = cur - buf - 1 with cur after the offending character
      const cur = this.pos + 1;
      const line = this.src.lineOf(this.pos);
      const col = codePointCount(this.text, this.src.lineStart(line), cur - 1) + 1;
      this.error = new PySyntaxError('SyntaxError', 'unexpected character after line continuation character',
        this.src.filename, { line, col, endLine: line, endCol: 0 }, this.src.rawLine(line), this.pos);
      this.deferred = true;
      throw new Stop();
    }
    this.pos++;
    if (this.pos >= this.text.length) {
      // Reported at the end of the last line (cur is past its newline).
      const line = this.src.lineOf(this.text.length - 1);
      const col = codePointCount(this.text, this.src.lineStart(line), this.text.length);
      this.error = new PySyntaxError('SyntaxError', 'unexpected EOF while parsing', this.src.filename,
        { line, col, endLine: line, endCol: -1 }, this.src.rawLine(line), this.text.length);
      this.deferred = true;
      throw new Stop();
    }
  }

  private loop(): void {
    let atbol = true;
    for (;;) {
      let blankline = false;
      if (atbol) {
        atbol = false;
        blankline = this.indentation();
      }
      // again: skip spaces, comments and backslash continuations
      let commentStart = -1;
      for (;;) {
        let c = this.code();
        while (c === 32 || c === 9 || c === 12) c = this.code(++this.pos);
        if (c === 35) {
          commentStart = this.pos;
          while (this.pos < this.text.length && this.code() !== 10) this.pos++;
          c = this.code();
        }
        if (c === 92) {
          this.pos++;
          this.continuation();
          continue;
        }
        break;
      }
      const start = this.pos;
      const c = this.code();
      if (c < 0) {
        const open = this.parens[this.parens.length - 1];
        if (open) {
          const line = this.src.lineOf(open.offset);
          this.unclosed = new PySyntaxError('SyntaxError', `'${open.char}' was never closed`, this.src.filename,
            { line, col: this.src.charCol(open.offset) + 1, endLine: line, endCol: 0 }, this.src.rawLine(line), open.offset);
          return;
        }
        this.push('ENDMARKER', start, start);
        return;
      }
      if (c === 10) {
        this.pos++;
        atbol = true;
        if (blankline || this.parens.length > 0) continue;
        // Like CPython, a NEWLINE after a comment starts where the comment does.
        this.push('NEWLINE', commentStart >= 0 ? commentStart : start, start + 1);
        continue;
      }
      if (isIdentStart(c)) {
        if (this.nameOrString(start)) continue;
      }
      if (c === 46) {
        const c2 = this.code(start + 1);
        if (isDigit(c2)) {
          this.pos = start + 1;
          this.number(start, 'fraction');
          continue;
        }
        if (c2 === 46 && this.code(start + 2) === 46) {
          this.pos = start + 3;
          this.push('OP', start, start + 3);
          continue;
        }
        this.pos = start + 1;
        this.push('OP', start, start + 1);
        continue;
      }
      if (isDigit(c)) {
        this.number(start, 'start');
        continue;
      }
      if (c === 39 || c === 34) {
        this.string(start, start);
        continue;
      }
      this.operator(start);
    }
  }

  /** Indentation handling at the beginning of a line; returns true for blank/comment-only lines. */
  private indentation(): boolean {
    let col = 0;
    let altcol = 0;
    let contLineCol = 0;
    for (;;) {
      const c = this.code();
      if (c === 32) {
        col++;
        altcol++;
      } else if (c === 9) {
        col = (Math.floor(col / TAB_SIZE) + 1) * TAB_SIZE;
        altcol = altcol + 1;
      } else if (c === 12) {
        col = altcol = 0;
      } else if (c === 92) {
        contLineCol = contLineCol || col;
        this.pos++;
        this.continuation();
        continue;
      } else break;
      this.pos++;
    }
    const c = this.code();
    const blank = c === 35 || c === 10;
    if (blank || this.parens.length > 0) return blank;
    if (contLineCol) col = altcol = contLineCol;
    const top = this.indstack.length - 1;
    const topCol = this.indstack[top] ?? 0;
    const topAlt = this.altindstack[top] ?? 0;
    const line = this.src.lineOf(Math.min(this.pos, this.text.length));
    if (col === topCol) {
      if (altcol !== topAlt) this.tabError(line);
    } else if (col > topCol) {
      if (this.indstack.length >= MAX_INDENT) this.failLineStart('too many levels of indentation', 'IndentationError', line);
      if (altcol <= topAlt) this.tabError(line);
      this.indstack.push(col);
      this.altindstack.push(altcol);
      this.push('INDENT', this.pos, this.pos);
    } else {
      while (this.indstack.length > 1 && col < (this.indstack[this.indstack.length - 1] ?? 0)) {
        this.indstack.pop();
        this.altindstack.pop();
        this.push('DEDENT', this.pos, this.pos);
      }
      if (col !== this.indstack[this.indstack.length - 1]) {
        // E_DEDENT: pegen reports the whole line (cur = end of line incl. newline), no end offset.
        const ls = this.src.lineStart(line);
        const nl = this.text.indexOf('\n', ls);
        const cur = nl < 0 ? this.text.length : nl + 1;
        this.error = new PySyntaxError('IndentationError', 'unindent does not match any outer indentation level',
          this.src.filename, { line, col: codePointCount(this.text, ls, cur), endLine: line, endCol: -1 }, this.src.rawLine(line), this.pos);
        this.deferred = true;
        throw new Stop();
      }
      if (altcol !== this.altindstack[this.altindstack.length - 1]) this.tabError(line);
    }
    return false;
  }

  private tabError(line: number): never {
    this.failLineStart('inconsistent use of tabs and spaces in indentation', 'TabError', line);
  }

  /** Identifier, keyword or prefixed string.  Returns false never (always consumes). */
  private nameOrString(start: number): boolean {
    let sawB = false, sawR = false, sawU = false, sawF = false;
    let p = start;
    for (;;) {
      const ch = this.text[p];
      if (!(sawB || sawU || sawF) && (ch === 'b' || ch === 'B')) sawB = true;
      else if (!(sawB || sawU || sawR || sawF) && (ch === 'u' || ch === 'U')) sawU = true;
      else if (!(sawR || sawU) && (ch === 'r' || ch === 'R')) sawR = true;
      else if (!(sawF || sawB || sawU) && (ch === 'f' || ch === 'F')) sawF = true;
      else break;
      p++;
      const q = this.code(p);
      if (q === 39 || q === 34) {
        this.string(start, p);
        return true;
      }
    }
    p = start;
    let nonascii = false;
    while (isIdentChar(this.code(p))) {
      if (this.code(p) >= 128) nonascii = true;
      p++;
    }
    if (nonascii) this.verifyIdentifier(start, p);
    this.pos = p;
    this.push('NAME', start, p);
    return true;
  }

  private verifyIdentifier(start: number, end: number): void {
    const word = this.text.slice(start, end);
    let i = 0;
    for (const ch of word) {
      const ok = i === 0 ? XID_START.test(ch) : XID_CONTINUE.test(ch);
      if (!ok) {
        const cp = ch.codePointAt(0) ?? 0;
        const hex = cp.toString(16).toUpperCase().padStart(4, '0');
        const cur = start + word.indexOf(ch, i) + ch.length;
        this.fail(isPrintable(ch) ? `invalid character '${ch}' (U+${hex})` : `invalid non-printable character U+${hex}`, cur);
      }
      i += ch.length;
    }
  }

  /** tok_decimal_tail: digits with single underscores between them. Leaves pos after the last digit. */
  private decimalTail(): void {
    for (;;) {
      while (isDigit(this.code())) this.pos++;
      if (this.code() !== 95) return;
      this.pos++;
      if (!isDigit(this.code())) this.fail('invalid decimal literal', this.pos);
    }
  }

  /** verify_end_of_number: a literal may not run straight into an identifier (keywords excepted). */
  private verifyEnd(kind: string): void {
    const c = this.code();
    const rest = (s: string): boolean => this.text.startsWith(s, this.pos + 1);
    let r = false;
    if (c === 97) r = rest('nd');
    else if (c === 101) r = rest('lse');
    else if (c === 102) r = rest('or');
    else if (c === 105) {
      const c2 = this.code(this.pos + 1);
      r = c2 === 102 || c2 === 110 || c2 === 115;
    } else if (c === 111) r = rest('r');
    else if (c === 110) r = rest('ot');
    if (r) return; // CPython only warns here
    // only ASCII: a non-ASCII letter after a number starts a separate NAME token
    if (c < 128 && isIdentChar(c)) this.fail(`invalid ${kind} literal`, this.pos);
  }

  private number(start: number, entry: 'start' | 'fraction'): void {
    if (entry === 'fraction') {
      this.decimalTail();
      this.exponentAndImag(start);
      return;
    }
    if (this.code() === 48) {
      this.pos++;
      const x = this.code();
      if (x === 120 || x === 88) return this.radix(start, 'hexadecimal', isHexDigit);
      if (x === 111 || x === 79) return this.radix(start, 'octal', (d) => d >= 48 && d <= 55);
      if (x === 98 || x === 66) return this.radix(start, 'binary', (d) => d === 48 || d === 49);
      // '0' followed by more zeros (maybe old-style octal)
      for (;;) {
        if (this.code() === 95) {
          this.pos++;
          if (!isDigit(this.code())) this.fail('invalid decimal literal', this.pos);
        }
        if (this.code() !== 48) break;
        this.pos++;
      }
      const zerosEnd = this.pos + 1;
      let nonzero = false;
      if (isDigit(this.code())) {
        nonzero = true;
        this.decimalTail();
      }
      const c = this.code();
      if (c === 46 || c === 101 || c === 69 || c === 106 || c === 74) {
        if (c === 46) {
          this.pos++;
          if (isDigit(this.code())) this.decimalTail();
        }
        this.exponentAndImag(start);
        return;
      }
      if (nonzero) {
        this.fail('leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers',
          start + 1, 'SyntaxError', zerosEnd);
      }
      this.verifyEnd('decimal');
      this.push('NUMBER', start, this.pos);
      return;
    }
    this.decimalTail();
    if (this.code() === 46) {
      this.pos++;
      if (isDigit(this.code())) this.decimalTail();
    }
    this.exponentAndImag(start);
  }

  private radix(start: number, kind: string, ok: (c: number) => boolean): void {
    this.pos++; // skip x/o/b
    do {
      if (this.code() === 95) this.pos++;
      const c = this.code();
      if (!ok(c)) {
        if (kind !== 'hexadecimal' && isDigit(c)) this.fail(`invalid digit '${this.text[this.pos]}' in ${kind} literal`, this.pos + 1);
        this.fail(`invalid ${kind} literal`, this.pos);
      }
      while (ok(this.code())) this.pos++;
    } while (this.code() === 95);
    if (kind !== 'hexadecimal' && isDigit(this.code())) {
      this.fail(`invalid digit '${this.text[this.pos]}' in ${kind} literal`, this.pos + 1);
    }
    this.verifyEnd(kind);
    this.push('NUMBER', start, this.pos);
  }

  /** Optional exponent and imaginary suffix after the mantissa (pos is after the mantissa). */
  private exponentAndImag(start: number): void {
    let c = this.code();
    if (c === 101 || c === 69) {
      const ePos = this.pos;
      this.pos++;
      c = this.code();
      if (c === 43 || c === 45) {
        this.pos++;
        if (!isDigit(this.code())) this.fail('invalid decimal literal', this.pos);
      } else if (!isDigit(c)) {
        // "1e" followed by something that is not a digit: the 'e' is not part of the number
        this.pos = ePos;
        this.verifyEnd('decimal');
        this.push('NUMBER', start, this.pos);
        return;
      }
      this.decimalTail();
      c = this.code();
    }
    if (c === 106 || c === 74) {
      this.pos++;
      this.verifyEnd('imaginary');
    } else {
      this.verifyEnd('decimal');
    }
    this.push('NUMBER', start, this.pos);
  }

  /** String literal; `quotePos` is the opening quote, `start` includes any prefix. */
  private string(start: number, quotePos: number): void {
    const quote = this.code(quotePos);
    let p = quotePos + 1;
    let quoteSize = 1;
    let endQuoteSize = 0;
    if (this.code(p) === quote) {
      if (this.code(p + 1) === quote) {
        quoteSize = 3;
        p += 2;
      } else {
        endQuoteSize = 1;
        p += 1;
      }
    }
    while (endQuoteSize !== quoteSize) {
      const c = this.code(p);
      if (c < 0 || (quoteSize === 1 && c === 10)) {
        const firstLine = this.src.lineOf(start);
        const detected = this.src.lineOf(Math.min(p, this.text.length - 1));
        const msg = quoteSize === 3
          ? `unterminated triple-quoted string literal (detected at line ${detected})`
          : `unterminated string literal (detected at line ${detected})`;
        const col = this.src.charCol(start) + 1;
        this.error = new PySyntaxError('SyntaxError', msg, this.src.filename,
          { line: firstLine, col, endLine: firstLine, endCol: col }, this.src.rawLine(firstLine), start);
        throw new Stop();
      }
      p++;
      if (c === quote) endQuoteSize++;
      else {
        endQuoteSize = 0;
        if (c === 92) p++;
      }
    }
    this.pos = p;
    this.push('STRING', start, p);
  }

  private operator(start: number): void {
    const three = this.text.slice(start, start + 3);
    const two = three.slice(0, 2);
    if (THREE_CHAR_OPS.has(three)) {
      this.pos = start + 3;
      this.push('OP', start, this.pos);
      return;
    }
    if (TWO_CHAR_OPS.has(two)) {
      this.pos = start + 2;
      this.push('OP', start, this.pos);
      return;
    }
    const ch = this.text.charAt(start);
    if (ch === '(' || ch === '[' || ch === '{') {
      if (this.parens.length >= MAX_LEVEL) this.fail('too many nested parentheses', start + 1);
      this.parens.push({ char: ch, offset: start });
    } else if (ch === ')' || ch === ']' || ch === '}') {
      const open = this.parens.pop();
      if (!open) this.fail(`unmatched '${ch}'`, start + 1);
      if (open.char !== CLOSER_FOR[ch]) {
        const openLine = this.src.lineOf(open.offset);
        const msg = openLine !== this.src.lineOf(start)
          ? `closing parenthesis '${ch}' does not match opening parenthesis '${open.char}' on line ${openLine}`
          : `closing parenthesis '${ch}' does not match opening parenthesis '${open.char}'`;
        this.fail(msg, start + 1);
      }
    } else if (!isPrintable(ch)) {
      this.fail(`invalid non-printable character U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`, start + 1);
    }
    this.pos = start + 1;
    this.push('OP', start, this.pos);
  }
}

export function tokenize(src: SourceText): TokenizeResult {
  return new Tokenizer(src).run();
}
