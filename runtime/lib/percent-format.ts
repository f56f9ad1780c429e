/**
 * printf-style `str % args` formatting, a line-by-line port of CPython
 * 3.11's PyUnicode_Format (Objects/unicodeobject.c), including its cursor
 * arithmetic, so edge cases ("%", "%(a", "%-%", trailing "%5") raise the
 * same errors in the same order.
 *
 * The VM plugs in its object model through `PercentHooks` (str/repr/ascii
 * of arbitrary objects, type names for error messages, numeric views of
 * objects); the defaults handle plain JS values: bigint = int, number =
 * float, string = str, boolean = bool, null/undefined = None.
 */
import { PyLibError, overflowError, typeError, valueError } from './errors.js';
import { doubleToString, type DoubleFormatCode } from './float-digits.js';
import { floatRepr } from './float-repr.js';
import { floatToInt, intToDecimalString, intToFloat } from './int-ops.js';
import { cpLength, pyStrRepr } from './unicode.js';

/** How % sees a value as a number. */
export type PercentNumber =
  /** an int (or bool, or an object with __index__) */
  | { kind: 'int'; value: bigint }
  /** a float (or any object with __float__ but no __index__) */
  | { kind: 'float'; value: number };

export interface PercentHooks {
  /** str(v) */
  str(v: unknown): string;
  /** repr(v) */
  repr(v: unknown): string;
  /** ascii(v) */
  ascii(v: unknown): string;
  /** type(v).__name__, for error messages */
  typeName(v: unknown): string;
  /** The numeric view of v, or null when v is not a number (e.g. a str). */
  number(v: unknown): PercentNumber | null;
  /** True when v is a str (for %c with a one-character string). */
  isStr(v: unknown): v is string;
}

/**
 * The right operand of `%`:
 *   - `{ tuple }` when it is a tuple (its items are the arguments);
 *   - `{ value }` otherwise (a single argument).  Set `getItem` when the
 *     value passes PyMapping_Check (has __getitem__ and is not a tuple or
 *     str -- note that lists qualify, so `'abc' % [1]` is not an error):
 *     it enables "%(key)s" and suppresses "not all arguments converted".
 *     getItem should throw the VM's own KeyError for missing keys.
 */
export type PercentArgs =
  | { tuple: readonly unknown[] }
  | { value: unknown; getItem?: (key: string) => unknown };

function defaultRepr(v: unknown): string {
  if (typeof v === 'string') return pyStrRepr(v);
  return defaultStr(v);
}
function defaultStr(v: unknown): string {
  switch (typeof v) {
    case 'string':
      return v;
    case 'bigint':
      return intToDecimalString(v);
    case 'number':
      return floatRepr(v);
    case 'boolean':
      return v ? 'True' : 'False';
    case 'undefined':
      return 'None';
    default:
      return v === null ? 'None' : String(v);
  }
}
function asciiEscape(s: string): string {
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) out += ch;
    else if (cp <= 0xff) out += '\\x' + cp.toString(16).padStart(2, '0');
    else if (cp <= 0xffff) out += '\\u' + cp.toString(16).padStart(4, '0');
    else out += '\\U' + cp.toString(16).padStart(8, '0');
  }
  return out;
}

export const defaultPercentHooks: PercentHooks = {
  str: defaultStr,
  repr: defaultRepr,
  ascii: (v) => asciiEscape(defaultRepr(v)),
  typeName(v) {
    switch (typeof v) {
      case 'string':
        return 'str';
      case 'bigint':
        return 'int';
      case 'number':
        return 'float';
      case 'boolean':
        return 'bool';
      case 'undefined':
        return 'NoneType';
      default:
        if (v === null) return 'NoneType';
        if (Array.isArray(v)) return 'list';
        return 'object';
    }
  },
  number(v) {
    if (typeof v === 'bigint') return { kind: 'int', value: v };
    if (typeof v === 'boolean') return { kind: 'int', value: v ? 1n : 0n };
    if (typeof v === 'number') return { kind: 'float', value: v };
    return null;
  },
  isStr: (v): v is string => typeof v === 'string',
};

const F_LJUST = 1;
const F_SIGN = 2;
const F_BLANK = 4;
const F_ALT = 8;
const F_ZERO = 16;

const PY_SSIZE_T_MAX = 2n ** 63n - 1n;
const INT_MAX = 2 ** 31 - 1;
const MAX_UNICODE = 0x10ffff;

interface Arg {
  ch: string;
  flags: number;
  width: number;
  prec: number;
  sign: boolean;
}

/** `format % args` */
export function percentFormat(format: string, args: PercentArgs, hooks: Partial<PercentHooks> = {}): string {
  const h: PercentHooks = { ...defaultPercentHooks, ...hooks };
  const fmt = Array.from(format); // Python indexes by code point
  // Reading one past the end yields the C string's NUL terminator.
  const read = (i: number): string => (i < fmt.length ? fmt[i]! : '\0');

  let fmtcnt = fmt.length;
  let fmtpos = 0;
  let out = '';

  let argsValue: unknown;
  let arglen: number;
  let argidx: number;
  let getItem: ((key: string) => unknown) | undefined;
  if ('tuple' in args) {
    argsValue = args.tuple;
    arglen = args.tuple.length;
    argidx = 0;
  } else {
    argsValue = args.value;
    arglen = -1;
    argidx = -2;
    getItem = args.getItem;
  }
  const isDict = getItem !== undefined;

  const getNextArg = (): unknown => {
    if (argidx < arglen) {
      const i = argidx++;
      if (arglen < 0) return argsValue;
      return (argsValue as readonly unknown[])[i];
    }
    throw typeError('not enough arguments for format string');
  };

  /** unicode_format_arg_parse */
  const parseArg = (arg: Arg): void => {
    if (arg.ch === '(') {
      // Get the argument from the mapping: "%(name)s".
      if (!isDict) throw typeError('format requires a mapping');
      ++fmtpos;
      --fmtcnt;
      const keystart = fmtpos;
      let pcount = 1;
      // Skip over balanced parentheses.
      while (pcount > 0 && --fmtcnt >= 0) {
        arg.ch = read(fmtpos);
        if (arg.ch === ')') --pcount;
        else if (arg.ch === '(') ++pcount;
        fmtpos++;
      }
      const keylen = fmtpos - keystart - 1;
      if (fmtcnt < 0 || pcount > 0) throw valueError('incomplete format key');
      const key = fmt.slice(keystart, keystart + keylen).join('');
      argsValue = getItem!(key);
      arglen = -1;
      argidx = -2;
    }
    // Flags: "%+i" => F_SIGN
    while (--fmtcnt >= 0) {
      arg.ch = read(fmtpos);
      fmtpos++;
      if (arg.ch === '-') arg.flags |= F_LJUST;
      else if (arg.ch === '+') arg.flags |= F_SIGN;
      else if (arg.ch === ' ') arg.flags |= F_BLANK;
      else if (arg.ch === '#') arg.flags |= F_ALT;
      else if (arg.ch === '0') arg.flags |= F_ZERO;
      else break;
    }
    // Width: "%10s", or "*" taken from the arguments.
    if (arg.ch === '*') {
      const v = getNextArg();
      const n = h.number(v);
      if (h.isStr(v) || !n || n.kind !== 'int') throw typeError('* wants int'); // PyLong_Check
      if (n.value > PY_SSIZE_T_MAX || n.value < -PY_SSIZE_T_MAX - 1n)
        throw overflowError('Python int too large to convert to C ssize_t');
      arg.width = Number(n.value);
      if (arg.width < 0) {
        arg.flags |= F_LJUST;
        arg.width = -arg.width;
      }
      if (--fmtcnt >= 0) {
        arg.ch = read(fmtpos);
        fmtpos++;
      }
    } else if (arg.ch >= '0' && arg.ch <= '9') {
      let width = BigInt(arg.ch.charCodeAt(0) - 48);
      while (--fmtcnt >= 0) {
        arg.ch = read(fmtpos);
        fmtpos++;
        if (arg.ch < '0' || arg.ch > '9') break;
        width = width * 10n + BigInt(arg.ch.charCodeAt(0) - 48);
        if (width > PY_SSIZE_T_MAX) throw valueError('width too big');
      }
      arg.width = Number(width);
    }
    // Precision: "%.3f", or ".*"
    if (arg.ch === '.') {
      arg.prec = 0;
      if (--fmtcnt >= 0) {
        arg.ch = read(fmtpos);
        fmtpos++;
      }
      if (arg.ch === '*') {
        const v = getNextArg();
        const n = h.number(v);
        if (h.isStr(v) || !n || n.kind !== 'int') throw typeError('* wants int'); // PyLong_Check
        if (n.value > BigInt(INT_MAX) || n.value < BigInt(-INT_MAX - 1))
          throw overflowError('Python int too large to convert to C int');
        arg.prec = Math.max(0, Number(n.value));
        if (--fmtcnt >= 0) {
          arg.ch = read(fmtpos);
          fmtpos++;
        }
      } else if (arg.ch >= '0' && arg.ch <= '9') {
        let prec = arg.ch.charCodeAt(0) - 48;
        while (--fmtcnt >= 0) {
          arg.ch = read(fmtpos);
          fmtpos++;
          if (arg.ch < '0' || arg.ch > '9') break;
          const d = arg.ch.charCodeAt(0) - 48;
          if (prec > Math.floor((INT_MAX - d) / 10)) throw valueError('precision too big');
          prec = prec * 10 + d;
        }
        arg.prec = prec;
      }
    }
    // Ignore "h", "l" and "L" length modifiers ("%hi", "%ls").
    if (fmtcnt >= 0) {
      if (arg.ch === 'h' || arg.ch === 'l' || arg.ch === 'L') {
        if (--fmtcnt >= 0) {
          arg.ch = read(fmtpos);
          fmtpos++;
        }
      }
    }
    if (fmtcnt < 0) throw valueError('incomplete format');
  };

  /** mainformatlong: %d %i %u %o %x %X */
  const formatLong = (v: unknown, arg: Arg): string => {
    const type = arg.ch;
    const n = h.isStr(v) ? null : h.number(v);
    const wrongType = (): PyLibError =>
      type === 'o' || type === 'x' || type === 'X'
        ? typeError(`%${type} format: an integer is required, not ${h.typeName(v).slice(0, 200)}`)
        : typeError(`%${type} format: a real number is required, not ${h.typeName(v).slice(0, 200)}`);
    if (!n) throw wrongType();
    let iv: bigint;
    if (n.kind === 'int') iv = n.value;
    else if (type === 'o' || type === 'x' || type === 'X') throw wrongType(); // no __index__
    else iv = floatToInt(n.value); // int(float): truncates, errors for inf/nan
    return formatLongDigits(iv, (arg.flags & F_ALT) !== 0, arg.prec, type);
  };

  /** formatfloat: %e %E %f %F %g %G */
  const formatFloatArg = (v: unknown, arg: Arg): string => {
    const n = h.isStr(v) ? null : h.number(v);
    if (!n) throw typeError(`must be real number, not ${h.typeName(v).slice(0, 200)}`);
    const x = n.kind === 'float' ? n.value : intToFloat(n.value);
    const prec = arg.prec < 0 ? 6 : arg.prec;
    return doubleToString(x, arg.ch as DoubleFormatCode, prec, { alt: (arg.flags & F_ALT) !== 0 });
  };

  /** formatchar: %c */
  const formatChar = (v: unknown): string => {
    if (h.isStr(v)) {
      if (cpLength(v) === 1) return v;
      throw typeError('%c requires int or char');
    }
    const n = h.number(v);
    if (!n || n.kind !== 'int') throw typeError('%c requires int or char');
    if (n.value < 0n || n.value > BigInt(MAX_UNICODE)) throw overflowError('%c arg not in range(0x110000)');
    return String.fromCodePoint(Number(n.value));
  };

  /** unicode_format_arg_output: padding, sign and 0x/0o prefix placement */
  const output = (arg: Arg, str: string): void => {
    const fill = arg.sign && arg.flags & F_ZERO ? '0' : ' ';
    const cps = Array.from(str);
    let len = cps.length;
    if (
      (arg.width === -1 || arg.width <= len) &&
      (arg.prec === -1 || arg.prec >= len) &&
      !(arg.flags & (F_SIGN | F_BLANK))
    ) {
      out += str;
      return;
    }
    // Truncate %s, %r and %a to the precision.
    if (arg.ch === 's' || arg.ch === 'r' || arg.ch === 'a') {
      if (arg.prec >= 0 && len > arg.prec) len = arg.prec;
    }
    let pindex = 0;
    let signchar = '';
    if (arg.sign) {
      const ch = cps[0];
      if (ch === '-' || ch === '+') {
        signchar = ch;
        len--;
        pindex++;
      } else if (arg.flags & F_SIGN) signchar = '+';
      else if (arg.flags & F_BLANK) signchar = ' ';
      else arg.sign = false;
    }
    if (arg.width < len) arg.width = len;
    if (arg.sign) {
      if (fill !== ' ') out += signchar;
      if (arg.width > len) arg.width--;
    }
    const altPrefix = (arg.flags & F_ALT) !== 0 && (arg.ch === 'x' || arg.ch === 'X' || arg.ch === 'o');
    if (altPrefix) {
      if (fill !== ' ') {
        out += '0' + arg.ch;
        pindex += 2;
      }
      arg.width -= 2;
      if (arg.width < 0) arg.width = 0;
      len -= 2;
    }
    if (arg.width > len && !(arg.flags & F_LJUST)) {
      out += fill.repeat(arg.width - len);
      arg.width = len;
    }
    if (fill === ' ') {
      if (arg.sign) out += signchar;
      if (altPrefix) {
        out += '0' + arg.ch;
        pindex += 2;
      }
    }
    if (len > 0) out += cps.slice(pindex, pindex + len).join('');
    if (arg.width > len) out += ' '.repeat(arg.width - len);
  };

  /** unicode_format_arg */
  const formatArg = (): void => {
    const arg: Arg = { ch: read(fmtpos), flags: 0, width: -1, prec: -1, sign: false };
    if (arg.ch === '%') {
      fmtpos++;
      fmtcnt--;
      out += '%';
      return;
    }
    parseArg(arg);
    const v = getNextArg();
    let str: string;
    switch (arg.ch) {
      case 's':
      case 'r':
      case 'a':
        str = arg.ch === 's' ? h.str(v) : arg.ch === 'r' ? h.repr(v) : h.ascii(v);
        break;
      case 'i':
      case 'd':
      case 'u':
      case 'o':
      case 'x':
      case 'X':
        str = formatLong(v, arg);
        arg.sign = true;
        break;
      case 'e':
      case 'E':
      case 'f':
      case 'F':
      case 'g':
      case 'G':
        str = formatFloatArg(v, arg);
        arg.sign = true;
        break;
      case 'c':
        str = formatChar(v);
        break;
      default: {
        const cp = arg.ch.codePointAt(0)!;
        const shown = cp >= 31 && cp <= 126 ? arg.ch : '?';
        throw valueError(`unsupported format character '${shown}' (0x${cp.toString(16)}) at index ${fmtpos - 1}`);
      }
    }
    output(arg, str);
    if (isDict && argidx < arglen) throw typeError('not all arguments converted during string formatting');
  };

  try {
    while (--fmtcnt >= 0) {
      if (read(fmtpos) !== '%') {
        const nonfmtpos = fmtpos++;
        while (fmtcnt >= 0 && read(fmtpos) !== '%') {
          fmtpos++;
          fmtcnt--;
        }
        if (fmtcnt < 0) fmtpos--;
        out += fmt.slice(nonfmtpos, fmtpos).join('');
      } else {
        fmtpos++;
        formatArg();
      }
    }
  } catch (e) {
    if (e instanceof RangeError) throw new PyLibError('MemoryError', '');
    throw e;
  }
  if (argidx < arglen && !isDict) throw typeError('not all arguments converted during string formatting');
  return out;
}

/**
 * _PyUnicode_FormatLong: digits of v for %d/%o/%x/%X with optional 0o/0x
 * prefix (alt) and zero-extension to `prec` digits.
 */
export function formatLongDigits(v: bigint, alt: boolean, prec: number, type: string): string {
  if (prec > INT_MAX - 3) throw overflowError('precision too large');
  const neg = v < 0n;
  const abs = neg ? -v : v;
  let digits: string;
  let prefix = '';
  switch (type) {
    case 'o':
      digits = abs.toString(8);
      if (alt) prefix = '0o';
      break;
    case 'x':
    case 'X':
      digits = abs.toString(16);
      if (alt) prefix = '0x';
      break;
    default:
      digits = intToDecimalString(abs);
  }
  if (prec > digits.length) digits = '0'.repeat(prec - digits.length) + digits;
  let s = (neg ? '-' : '') + prefix + digits;
  if (type === 'X') s = s.toUpperCase();
  return s;
}
