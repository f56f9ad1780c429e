/**
 * The format-spec mini-language (format(), str.format, f-strings) for int,
 * float and str, ported from CPython 3.11's Python/formatter_unicode.c:
 *
 *   [[fill]align][sign][z][#][0][width][grouping][.precision][type]
 *
 * Errors are thrown as PyLibError with CPython's exact exception type and
 * message (e.g. ValueError "Unknown format code 'x' for object of type
 * 'float'").  `typeName` lets the VM pass a subclass name (bool, MyInt),
 * which CPython uses in those messages.
 *
 * Strings are handled as code-point sequences (Python semantics) even though
 * JS strings are UTF-16.
 */
import { PyLibError, overflowError, valueError } from './errors.js';
import { doubleToString, type DoubleFormatCode, type DoubleToStringFlags } from './float-digits.js';
import { floatRepr } from './float-repr.js';
import { intToBaseString, intToDecimalString, intToFloat } from './int-ops.js';
import { cpLength, cpSlice, decimalValue } from './unicode.js';

type Align = '<' | '>' | '=' | '^';

/** Thousands-separator request: none, ',' , '_' every 3, '_' every 4 (b/o/x/X). */
const Locale = { None: 0, Comma: 1, Underscore: 2, UnderFour: 3 } as const;
type Locale = (typeof Locale)[keyof typeof Locale];

export interface ParsedFormatSpec {
  fill: string; // one code point
  align: Align;
  alternate: boolean;
  sign: '' | '+' | '-' | ' ';
  noNegZero: boolean;
  width: number; // -1 = unspecified
  thousands: Locale;
  precision: number; // -1 = unspecified
  type: string; // '' = none
}

const PY_SSIZE_T_MAX = (1n << 63n) - 1n;
const INT_MAX = 2 ** 31 - 1;

/** "'%c'" for printable ASCII, "'\\x%x'" otherwise (unknown_presentation_type). */
function codeRepr(type: string): string {
  const cp = type.codePointAt(0)!;
  return cp > 32 && cp < 128 ? `'${type}'` : `'\\x${cp.toString(16)}'`;
}

/** get_integer: decimal digits (any Unicode Nd) starting at pos. */
function getInteger(cps: string[], pos: number): { value: number; pos: number; count: number } {
  let acc = 0n;
  let count = 0;
  while (pos < cps.length) {
    const d = decimalValue(cps[pos]!.codePointAt(0)!);
    if (d < 0) break;
    acc = acc * 10n + BigInt(d);
    if (acc > PY_SSIZE_T_MAX) throw valueError('Too many decimal digits in format string');
    pos++;
    count++;
  }
  return { value: Number(acc), pos, count };
}

/** parse_internal_render_format_spec */
export function parseFormatSpec(
  spec: string,
  typeName: string,
  defaultType: string,
  defaultAlign: Align,
): ParsedFormatSpec {
  const cps = Array.from(spec);
  const end = cps.length;
  let pos = 0;
  const f: ParsedFormatSpec = {
    fill: ' ',
    align: defaultAlign,
    alternate: false,
    sign: '',
    noNegZero: false,
    width: -1,
    thousands: Locale.None,
    precision: -1,
    type: defaultType,
  };
  const isAlign = (c: string | undefined): c is Align => c === '<' || c === '>' || c === '=' || c === '^';
  let alignSpecified = false;
  let fillSpecified = false;

  // If the second char is an alignment token, the first is the fill char.
  if (end - pos >= 2 && isAlign(cps[pos + 1])) {
    f.align = cps[pos + 1] as Align;
    f.fill = cps[pos]!;
    fillSpecified = alignSpecified = true;
    pos += 2;
  } else if (end - pos >= 1 && isAlign(cps[pos])) {
    f.align = cps[pos] as Align;
    alignSpecified = true;
    pos++;
  }
  if (end - pos >= 1 && (cps[pos] === ' ' || cps[pos] === '+' || cps[pos] === '-')) {
    f.sign = cps[pos] as ' ' | '+' | '-';
    pos++;
  }
  // 'z' coerces negative zero to zero (floats only; checked later).
  if (end - pos >= 1 && cps[pos] === 'z') {
    f.noNegZero = true;
    pos++;
  }
  if (end - pos >= 1 && cps[pos] === '#') {
    f.alternate = true;
    pos++;
  }
  // The special case for 0-padding (backwards compat); since 3.10 it does
  // not change the default alignment of strings.
  if (!fillSpecified && end - pos >= 1 && cps[pos] === '0') {
    f.fill = '0';
    if (!alignSpecified && defaultAlign === '>') f.align = '=';
    pos++;
  }
  const w = getInteger(cps, pos);
  pos = w.pos;
  if (w.count > 0) f.width = w.value;

  if (end - pos && cps[pos] === ',') {
    f.thousands = Locale.Comma;
    pos++;
  }
  if (end - pos && cps[pos] === '_') {
    if (f.thousands !== Locale.None) throw valueError("Cannot specify both ',' and '_'.");
    f.thousands = Locale.Underscore;
    pos++;
  }
  if (end - pos && cps[pos] === ',' && f.thousands === Locale.Underscore) {
    throw valueError("Cannot specify both ',' and '_'.");
  }
  if (end - pos && cps[pos] === '.') {
    pos++;
    const p = getInteger(cps, pos);
    pos = p.pos;
    if (p.count === 0) throw valueError('Format specifier missing precision');
    f.precision = p.value;
  }
  if (end - pos > 1) {
    // More than one char remains: invalid format specifier.
    throw valueError(`Invalid format specifier '${spec}' for object of type '${typeName.slice(0, 200)}'`);
  }
  if (end - pos === 1) f.type = cps[pos]!;

  if (f.thousands !== Locale.None) {
    switch (f.type) {
      case 'd':
      case 'e':
      case 'f':
      case 'g':
      case 'E':
      case 'G':
      case '%':
      case 'F':
      case '':
        break; // allowed (PEP 378)
      case 'b':
      case 'o':
      case 'x':
      case 'X':
        // Underscores are allowed in bin/oct/hex, every four digits (PEP 515).
        if (f.thousands === Locale.Underscore) {
          f.thousands = Locale.UnderFour;
          break;
        }
        throw invalidThousandsType(f);
      default:
        throw invalidThousandsType(f);
    }
  }
  return f;
}

function invalidThousandsType(f: ParsedFormatSpec): PyLibError {
  return valueError(`Cannot specify '${f.thousands === Locale.Comma ? ',' : '_'}' with ${codeRepr(f.type)}.`);
}

function unknownPresentationType(type: string, typeName: string): PyLibError {
  return valueError(`Unknown format code ${codeRepr(type)} for object of type '${typeName.slice(0, 200)}'`);
}

// ------------------------------------------------------------ number layout

interface LocaleInfo {
  decimalPoint: string;
  thousandsSep: string;
  /** group size; 0 = no grouping */
  grouping: number;
}

function localeInfo(type: string, thousands: Locale): LocaleInfo {
  // 'n' uses the current LC_NUMERIC locale; CPython never calls setlocale()
  // for it, so it is the "C" locale: no grouping at all.
  if (type === 'n') return { decimalPoint: '.', thousandsSep: '', grouping: 0 };
  switch (thousands) {
    case Locale.Comma:
      return { decimalPoint: '.', thousandsSep: ',', grouping: 3 };
    case Locale.Underscore:
      return { decimalPoint: '.', thousandsSep: '_', grouping: 3 };
    case Locale.UnderFour:
      return { decimalPoint: '.', thousandsSep: '_', grouping: 4 };
    default:
      return { decimalPoint: '.', thousandsSep: '', grouping: 0 };
  }
}

/**
 * _PyUnicode_InsertThousandsGrouping: group `digits`, zero-padding on the
 * left so the grouped result is at least minWidth long (the separators count
 * toward the width, which is why '0=12,' gives '0,001,234,567').
 */
function insertGrouping(digits: string, minWidth: number, loc: LocaleInfo): string {
  minWidth = Math.max(0, minWidth);
  const sep = loc.thousandsSep;
  let remaining = digits.length;
  let pos = digits.length;
  const parts: string[] = [];
  let useSep = false;
  let broken = false;
  const emit = (len: number): void => {
    const nZeros = Math.max(0, len - remaining);
    const nChars = Math.max(0, Math.min(remaining, len));
    parts.push('0'.repeat(nZeros) + digits.slice(pos - nChars, pos) + (useSep ? sep : ''));
    pos -= nChars;
    remaining -= nChars;
  };
  if (loc.grouping > 0) {
    for (;;) {
      const len = Math.min(loc.grouping, Math.max(remaining, minWidth, 1));
      emit(len);
      useSep = true;
      minWidth -= len;
      if (remaining <= 0 && minWidth <= 0) {
        broken = true;
        break;
      }
      minWidth -= sep.length;
    }
  }
  if (!broken) emit(Math.max(remaining, minWidth, 1));
  return parts.reverse().join('');
}

/**
 * calc_number_widths + fill_number.  `digits` are the integer-part digits,
 * `remainder` what follows the decimal point (or an exponent, or the whole
 * text for 'c' and inf/nan).
 */
function layoutNumber(
  f: ParsedFormatSpec,
  signChar: '' | '-',
  prefix: string,
  digits: string,
  hasDecimal: boolean,
  remainder: string,
  loc: LocaleInfo,
  toUpper: boolean,
): string {
  let sign = '';
  if (f.sign === '+') sign = signChar === '-' ? '-' : '+';
  else if (f.sign === ' ') sign = signChar === '-' ? '-' : ' ';
  else if (signChar === '-') sign = '-';
  const decimal = hasDecimal ? loc.decimalPoint : '';
  const nonDigit = sign.length + prefix.length + decimal.length + remainder.length;
  const minWidth = f.fill === '0' && f.align === '=' ? f.width - nonDigit : 0;
  let grouped = digits.length === 0 ? '' : insertGrouping(digits, minWidth, loc);
  if (toUpper) {
    grouped = grouped.toUpperCase();
    prefix = prefix.toUpperCase();
  }
  const padding = f.width - (nonDigit + grouped.length);
  let lpad = 0;
  let spad = 0;
  let rpad = 0;
  if (padding > 0) {
    switch (f.align) {
      case '<':
        rpad = padding;
        break;
      case '^':
        lpad = padding >> 1;
        rpad = padding - lpad;
        break;
      case '=':
        spad = padding;
        break;
      case '>':
        lpad = padding;
        break;
    }
  }
  const fill = (n: number): string => (n > 0 ? f.fill.repeat(n) : '');
  return fill(lpad) + sign + prefix + fill(spad) + grouped + decimal + remainder + fill(rpad);
}

// ------------------------------------------------------------ public API

/** format(value: str, spec) */
export function formatStr(value: string, spec: string, typeName = 'str'): string {
  if (spec === '') return value;
  const f = parseFormatSpec(spec, typeName, 's', '<');
  if (f.type !== 's') throw unknownPresentationType(f.type, typeName);
  if (f.sign === ' ') throw valueError('Space not allowed in string format specifier');
  if (f.sign !== '') throw valueError('Sign not allowed in string format specifier');
  if (f.noNegZero) throw valueError('Negative zero coercion (z) not allowed in string format specifier');
  if (f.alternate) throw valueError('Alternate form (#) not allowed in string format specifier');
  if (f.align === '=') throw valueError("'=' alignment not allowed in string format specifier");
  let len = cpLength(value);
  let s = value;
  if (f.precision >= 0 && len > f.precision) {
    s = cpSlice(value, f.precision);
    len = f.precision;
  }
  if (f.width <= len) return s;
  const total = f.width - len;
  const lpad = f.align === '>' ? total : f.align === '^' ? total >> 1 : 0;
  return guardLength(() => f.fill.repeat(lpad) + s + f.fill.repeat(total - lpad));
}

/** format(value: int, spec); `value` is a Python int (bool passes 0n/1n). */
export function formatInt(value: bigint, spec: string, typeName = 'int'): string {
  if (spec === '') return intToDecimalString(value);
  const f = parseFormatSpec(spec, typeName, 'd', '>');
  switch (f.type) {
    case 'b':
    case 'c':
    case 'd':
    case 'o':
    case 'x':
    case 'X':
    case 'n':
      return formatLongInternal(value, f);
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case '%':
      return formatFloatInternal(intToFloat(value), f);
    default:
      throw unknownPresentationType(f.type, typeName);
  }
}

/** format(value: float, spec) */
export function formatFloat(value: number, spec: string, typeName = 'float'): string {
  if (spec === '') return floatRepr(value);
  const f = parseFormatSpec(spec, typeName, '', '>');
  switch (f.type) {
    case '':
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case 'n':
    case '%':
      return formatFloatInternal(value, f);
    default:
      throw unknownPresentationType(f.type, typeName);
  }
}

function guardLength(build: () => string): string {
  try {
    return build();
  } catch (e) {
    if (e instanceof RangeError) throw new PyLibError('MemoryError', '');
    throw e;
  }
}

function formatLongInternal(value: bigint, f: ParsedFormatSpec): string {
  if (f.precision !== -1) throw valueError('Precision not allowed in integer format specifier');
  if (f.noNegZero) throw valueError('Negative zero coercion (z) not allowed in integer format specifier');
  const loc = localeInfo(f.type, f.thousands);
  if (f.type === 'c') {
    if (f.sign !== '') throw valueError("Sign not allowed with integer format specifier 'c'");
    if (f.alternate) throw valueError("Alternate form (#) not allowed with integer format specifier 'c'");
    // PyLong_AsLong first (C long is 64-bit on Linux), then the range check.
    if (value > 0x7fffffffffffffffn || value < -0x8000000000000000n)
      throw overflowError('Python int too large to convert to C long');
    if (value < 0n || value > 0x10ffffn) throw overflowError('%c arg not in range(0x110000)');
    // 'c' output is treated as "remainder": never grouped or zero-filled.
    return guardLength(() => layoutNumber(f, '', '', '', false, String.fromCodePoint(Number(value)), loc, false));
  }
  const neg = value < 0n;
  const abs = neg ? -value : value;
  let digits: string;
  let prefix = '';
  switch (f.type) {
    case 'b':
      digits = abs.toString(2);
      if (f.alternate) prefix = '0b';
      break;
    case 'o':
      digits = abs.toString(8);
      if (f.alternate) prefix = '0o';
      break;
    case 'x':
    case 'X':
      digits = abs.toString(16);
      if (f.alternate) prefix = '0x';
      break;
    default:
      digits = intToDecimalString(abs);
  }
  return guardLength(() => layoutNumber(f, neg ? '-' : '', prefix, digits, false, '', loc, f.type === 'X'));
}

function formatFloatInternal(val: number, f: ParsedFormatSpec): string {
  if (f.precision > INT_MAX) throw valueError('precision too big');
  let precision = f.precision;
  let type = f.type;
  let defaultPrecision = 6;
  const flags: DoubleToStringFlags = { alt: f.alternate, noNegZero: f.noNegZero };
  if (type === '') {
    // No type: like repr() without a precision, else like 'g' but always
    // with at least one digit after the decimal point.
    flags.addDot0 = true;
    type = 'r';
    defaultPrecision = 0;
  }
  if (type === 'n') type = 'g';
  let addPct = false;
  if (type === '%') {
    type = 'f';
    val *= 100;
    addPct = true;
  }
  if (precision < 0) precision = defaultPrecision;
  else if (type === 'r') type = 'g';

  let buf = guardLength(() => doubleToString(val, type as DoubleFormatCode, precision, flags));
  if (addPct) buf += '%';

  let signChar: '' | '-' = '';
  let i = 0;
  if (buf[0] === '-') {
    signChar = '-';
    i = 1;
  }
  // parse_number: leading digits, then an optional '.', then the rest.
  let j = i;
  while (j < buf.length && buf.charCodeAt(j) >= 48 && buf.charCodeAt(j) <= 57) j++;
  const digits = buf.slice(i, j);
  const hasDecimal = buf[j] === '.';
  const remainder = buf.slice(hasDecimal ? j + 1 : j);
  const loc = localeInfo(f.type, f.thousands);
  return guardLength(() => layoutNumber(f, signChar, '', digits, hasDecimal, remainder, loc, false));
}
