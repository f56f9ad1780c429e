/**
 * The few Unicode character properties that CPython's numeric parsing and
 * repr() depend on.  Tables are frozen to CPython 3.11's Unicode 14.0 data
 * where it matters for parsing (decimal digits, whitespace), so results do
 * not drift with Node's ICU version.
 */

/**
 * Code points of every Unicode-14 decimal digit ZERO (general category Nd).
 * Each Nd run is exactly ten consecutive code points 0..9, so the digit value
 * of c is c - zero for the zero with zero <= c <= zero + 9.
 * Generated with: [c for c in range(0x110000) if unicodedata.decimal(chr(c), -1) == 0]
 */
const DIGIT_ZEROS: readonly number[] = [
  48, 1632, 1776, 1984, 2406, 2534, 2662, 2790, 2918, 3046, 3174, 3302, 3430, 3558, 3664, 3792,
  3872, 4160, 4240, 6112, 6160, 6470, 6608, 6784, 6800, 6992, 7088, 7232, 7248, 42528, 43216,
  43264, 43472, 43504, 43600, 44016, 65296, 66720, 68912, 69734, 69872, 69942, 70096, 70384,
  70736, 70864, 71248, 71360, 71472, 71904, 72016, 72784, 73040, 73120, 92768, 92864, 93008,
  120782, 120792, 120802, 120812, 120822, 123200, 123632, 125264, 130032,
];

/** Py_UNICODE_TODECIMAL: the decimal value of code point `cp`, or -1. */
export function decimalValue(cp: number): number {
  if (cp >= 48 && cp <= 57) return cp - 48;
  if (cp < 128) return -1;
  // Binary search for the last zero <= cp.
  let lo = 0;
  let hi = DIGIT_ZEROS.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (DIGIT_ZEROS[mid]! <= cp) lo = mid;
    else hi = mid - 1;
  }
  const zero = DIGIT_ZEROS[lo]!;
  return cp >= zero && cp <= zero + 9 ? cp - zero : -1;
}

/** Py_UNICODE_ISSPACE (what str.isspace() and str.split() use). */
export function isPySpace(cp: number): boolean {
  if (cp < 128) return (cp >= 9 && cp <= 13) || (cp >= 28 && cp <= 32);
  return (
    cp === 0x85 ||
    cp === 0xa0 ||
    cp === 0x1680 ||
    (cp >= 0x2000 && cp <= 0x200a) ||
    cp === 0x2028 ||
    cp === 0x2029 ||
    cp === 0x202f ||
    cp === 0x205f ||
    cp === 0x3000
  );
}

/** Py_ISSPACE: the ASCII-only whitespace test used inside the C parsers. */
export function isAsciiSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\v' || c === '\f' || c === '\r';
}

/**
 * _PyUnicode_TransformDecimalAndSpaceToASCII: what int()/float() do to a str
 * before handing it to the ASCII-only C parsers.  Non-ASCII whitespace
 * becomes ' ', non-ASCII decimal digits become '0'..'9', and the first other
 * non-ASCII character becomes '?' and truncates the string (the parse then
 * fails).  Pure-ASCII input is returned unchanged.
 */
export function transformDecimalAndSpaceToAscii(s: string): string {
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(s)) return s;
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp < 127) out += ch;
    else if (isPySpace(cp)) out += ' ';
    else {
      const d = decimalValue(cp);
      if (d < 0) return out + '?';
      out += String.fromCharCode(48 + d);
    }
  }
  return out;
}

// Non-printable per Py_UNICODE_ISPRINTABLE: categories Cc Cf Cs Co Cn Zl Zp Zs
// (space itself is printable).  Uses Node's Unicode tables, which may be newer
// than CPython 3.11's Unicode 14.0: characters assigned after 14.0 are escaped
// by CPython but printed literally here.
const NON_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, '0');
}

/** repr() of a Python str, as unicode_repr() in CPython 3.11. */
export function pyStrRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\t') out += '\\t';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (cp < 0x20 || cp === 0x7f) out += '\\x' + hex(cp, 2);
    else if (cp < 0x7f) out += ch;
    else if (cp !== 0x20 && NON_PRINTABLE.test(ch)) {
      if (cp <= 0xff) out += '\\x' + hex(cp, 2);
      else if (cp <= 0xffff) out += '\\u' + hex(cp, 4);
      else out += '\\U' + hex(cp, 8);
    } else out += ch;
  }
  return out + quote;
}

/** Length of a string in code points (Python's len()). */
export function cpLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/** The first `n` code points of `s`. */
export function cpSlice(s: string, n: number): string {
  if (n >= s.length) return s;
  let i = 0;
  let count = 0;
  while (i < s.length && count < n) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    i++;
    count++;
  }
  return s.slice(0, i);
}
