/**
 * Decoding of (non-f-)string and bytes literals, following CPython 3.11's
 * Parser/string_parser.c and the 'unicodeescape' / bytes escape decoders,
 * including their error messages.
 */
import { lookupUnicodeName } from './unicode-names.js';

export interface StringToken {
  bytes: boolean;
  raw: boolean;
  fstring: boolean;
  /** Index of the first body character within the token text. */
  bodyStart: number;
  body: string;
}

/** Split a STRING token into prefix flags and body (between the quotes). */
export function splitStringToken(text: string): StringToken {
  let i = 0;
  let bytes = false, raw = false, fstring = false;
  for (;; i++) {
    const c = text.charAt(i);
    if (c === 'b' || c === 'B') bytes = true;
    else if (c === 'r' || c === 'R') raw = true;
    else if (c === 'f' || c === 'F') fstring = true;
    else if (c !== 'u' && c !== 'U') break;
  }
  const q = text.charAt(i);
  const triple = text.length - i >= 6 && text.charAt(i + 1) === q && text.charAt(i + 2) === q;
  const qlen = triple ? 3 : 1;
  return { bytes, raw, fstring, bodyStart: i + qlen, body: text.slice(i + qlen, text.length - qlen) };
}

/** A literal that CPython rejects; `where` says which location CPython reports. */
export class LiteralError extends Error {
  constructor(readonly msg: string, readonly where: 'token' | 'after') {
    super(msg);
  }
}

/** `\N{...}` with a name outside our table: valid Python we cannot decode. */
export class UnknownNameEscape extends Error {
  constructor(readonly charName: string) {
    super(charName);
  }
}

function isOct(c: string): boolean {
  return c >= '0' && c <= '7';
}
function hexVal(c: string): number {
  const n = c.charCodeAt(0);
  if (n >= 48 && n <= 57) return n - 48;
  if (n >= 97 && n <= 102) return n - 87;
  if (n >= 65 && n <= 70) return n - 55;
  return -1;
}

const SIMPLE_ESCAPES: Record<string, string> = {
  '\n': '', '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', f: '\f', t: '\t', n: '\n', v: '\v', r: '\r',
};

/**
 * Positions in unicodeescape error messages refer to CPython's intermediate
 * buffer in which every non-ASCII character was expanded to a 10-byte
 * `\UXXXXXXXX` escape (and a backslash before one became `\u005c`).
 */
function bufferPos(body: string, index: number): number {
  let pos = 0;
  for (let i = 0; i < index; i++) {
    const c = body.charCodeAt(i);
    if (c < 0x80) {
      pos += c === 92 && i + 1 < body.length && body.charCodeAt(i + 1) >= 0x80 ? 6 : 1;
    } else {
      pos += 10;
      if (c >= 0xd800 && c <= 0xdbff) i++;
    }
  }
  return pos;
}

function unicodeError(body: string, start: number, end: number, reason: string): LiteralError {
  const s = bufferPos(body, start);
  const e = bufferPos(body, end);
  const what = e - s === 1
    ? `can't decode byte 0x${body.charCodeAt(start).toString(16).padStart(2, '0')} in position ${s}`
    : `can't decode bytes in position ${s}-${e - 1}`;
  return new LiteralError(`(unicode error) 'unicodeescape' codec ${what}: ${reason}`, 'after');
}

/** Decode the body of a non-raw str literal (or an f-string literal part). */
export function decodeStrEscapes(body: string): string {
  if (!body.includes('\\')) return body;
  let out = '';
  let i = 0;
  const n = body.length;
  while (i < n) {
    const bs = body.indexOf('\\', i);
    if (bs < 0) {
      out += body.slice(i);
      break;
    }
    out += body.slice(i, bs);
    i = bs + 1;
    if (i >= n) {
      out += '\\';
      break;
    }
    const c = body.charAt(i++);
    const simple = SIMPLE_ESCAPES[c];
    if (simple !== undefined) {
      out += simple;
    } else if (isOct(c)) {
      let v = c.charCodeAt(0) - 48;
      for (let k = 0; k < 2 && i < n && isOct(body.charAt(i)); k++) v = v * 8 + body.charCodeAt(i++) - 48;
      out += String.fromCodePoint(v);
    } else if (c === 'x' || c === 'u' || c === 'U') {
      const count = c === 'x' ? 2 : c === 'u' ? 4 : 8;
      const reason = c === 'x' ? 'truncated \\xXX escape' : c === 'u' ? 'truncated \\uXXXX escape' : 'truncated \\UXXXXXXXX escape';
      let v = 0;
      for (let k = 0; k < count; k++) {
        const h = i < n ? hexVal(body.charAt(i)) : -1;
        if (h < 0) throw unicodeError(body, bs, i, reason);
        v = v * 16 + h;
        i++;
      }
      if (v > 0x10ffff) throw unicodeError(body, bs, i, 'illegal Unicode character');
      out += String.fromCodePoint(v);
    } else if (c === 'N') {
      const reason = 'malformed \\N character escape';
      if (i >= n || body.charAt(i) !== '{') throw unicodeError(body, bs, i, reason);
      const close = body.indexOf('}', i + 1);
      if (close < 0) throw unicodeError(body, bs, n, reason);
      const name = body.slice(i + 1, close);
      if (name.length === 0) throw unicodeError(body, bs, i + 1, reason);
      const cp = lookupUnicodeName(name);
      if (cp === undefined) {
        if (!/^[A-Za-z0-9 -]+$/.test(name)) throw unicodeError(body, bs, close + 1, 'unknown Unicode character name');
        throw new UnknownNameEscape(name);
      }
      out += String.fromCodePoint(cp);
      i = close + 1;
    } else {
      // Unknown escapes keep the backslash (CPython only warns).
      out += '\\' + c;
    }
  }
  return out;
}

const BYTE_ESCAPES: Record<string, number> = {
  '\\': 92, "'": 39, '"': 34, a: 7, b: 8, f: 12, t: 9, n: 10, v: 11, r: 13,
};

/** Decode a bytes literal body; the caller has checked it is pure ASCII. */
export function decodeBytes(body: string, raw: boolean): Uint8Array {
  const out: number[] = [];
  const n = body.length;
  for (let i = 0; i < n; ) {
    const ch = body.charAt(i++);
    if (raw || ch !== '\\' || i >= n) {
      out.push(ch.charCodeAt(0));
      continue;
    }
    const c = body.charAt(i++);
    if (c === '\n') continue;
    const simple = BYTE_ESCAPES[c];
    if (simple !== undefined) out.push(simple);
    else if (isOct(c)) {
      let v = c.charCodeAt(0) - 48;
      for (let k = 0; k < 2 && i < n && isOct(body.charAt(i)); k++) v = v * 8 + body.charCodeAt(i++) - 48;
      out.push(v & 0xff);
    } else if (c === 'x') {
      const h1 = i < n ? hexVal(body.charAt(i)) : -1;
      const h2 = i + 1 < n ? hexVal(body.charAt(i + 1)) : -1;
      if (h1 < 0 || h2 < 0) throw new LiteralError(`(value error) invalid \\x escape at position ${i - 2}`, 'after');
      out.push(h1 * 16 + h2);
      i += 2;
    } else {
      out.push(92, c.charCodeAt(0));
    }
  }
  return Uint8Array.from(out);
}

/** Value of a plain (non-f) literal token. */
export function decodePlainLiteral(tok: StringToken): { kind: 'str'; value: string } | { kind: 'bytes'; value: Uint8Array } {
  if (tok.bytes) {
    // eslint-disable-next-line no-control-regex
    if (/[^\x00-\x7f]/.test(tok.body)) throw new LiteralError('bytes can only contain ASCII literal characters', 'token');
    return { kind: 'bytes', value: decodeBytes(tok.body, tok.raw) };
  }
  return { kind: 'str', value: tok.raw ? tok.body : decodeStrEscapes(tok.body) };
}
