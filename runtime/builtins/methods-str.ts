// str methods. Python indexes strings by code point while JS strings are UTF-16, so everything
// that takes or returns positions converts (cheaply: strings without surrogates need nothing).
// The splitting/stripping/searching algorithms are plain functions over JS strings, shared with
// bytes (methods-bytes.ts runs them on latin-1 strings, one char per byte).
import * as L from "../layout.js";
import { cpLength, isPySpace } from "../lib/unicode.js";
import { type Kw, newBuiltin } from "../objects/callables.js";
import { dictStore, newDict } from "../objects/dict.js";
import { clearException, exceptionMatches, raise, typeName } from "../objects/exceptions.js";
import { T } from "../objects/registry.js";
import { typeInfo } from "../objects/typeobj.js";
import {
  bigOf, bool, False, newInt, newList, newStr, newTuple, None, NULL, strOf, True, tupleItems, typeOfValue,
} from "../objects/values.js";
import { hash } from "../vm/ops/compare.js";
import { format } from "../vm/ops/format.js";
import { isTrue, str, strRepr } from "../vm/ops/object.js";
import { constructors } from "../vm/classes.js";
import { store32 } from "../vm/memory.js";
import { heap } from "../vm/space.js";
import { newHandle } from "../objects/side.js";
import { newNativeIter } from "../objects/iterators.js";
import { getItem, iter, sliceIndices, toArray } from "../vm/ops/sequence.js";
import { notImplemented } from "../vm/ops/singletons.js";
import type { Value } from "../vm/types.js";
import { arity } from "./define.js";
import { bytesOf, decodeBytes, encodeStr, newBytesValue } from "./methods-bytes.js";
import {
  adjustIndices, asIndex, def, exceptionMessage, isIndexable, isIntLike, sliceArg, userRadd, withRoots,
} from "./methods-list.js";
import { formatMethod, installPercent, percentFormatValue } from "./percent.js";

/** A str or an instance of a str subclass. */
const isStr = (v: Value): boolean => {
  const t = typeOfValue(v);
  return t === L.TYPE_STR || typeInfo(t).layout === "str";
};

// ---- code points ----------------------------------------------------------------------------

const SURROGATE = /[\uD800-\uDFFF]/;
const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;

/** UTF-16 offset of code point index `cp` in s (clamped to the end). */
export function unitAt(s: string, cp: number): number {
  if (!SURROGATE.test(s)) return Math.min(cp, s.length);
  let u = 0;
  for (let k = 0; k < cp && u < s.length; k++) u += isHigh(s.charCodeAt(u)) && (s.charCodeAt(u + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
  return u;
}
const cpOf = (s: string, unit: number): number => (SURROGATE.test(s) ? cpLength(s.slice(0, unit)) : unit);

// ---- shared algorithms (str and bytes) ------------------------------------------------------

export type SpaceTest = (c: number) => boolean;
export const pySpace: SpaceTest = isPySpace;

/** str.split(None, maxsplit): runs of whitespace separate, leading/trailing ones are dropped. */
export function splitWhitespace(s: string, maxsplit: number, isSpace: SpaceTest): string[] {
  const out: string[] = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    while (i < n && isSpace(s.charCodeAt(i))) i++;
    if (i === n) break;
    if (maxsplit-- === 0) {
      out.push(s.slice(i, n)); // the rest keeps its trailing whitespace
      break;
    }
    const j = i;
    while (i < n && !isSpace(s.charCodeAt(i))) i++;
    out.push(s.slice(j, i));
  }
  return out;
}

export function rsplitWhitespace(s: string, maxsplit: number, isSpace: SpaceTest): string[] {
  const out: string[] = [];
  let i = s.length;
  while (i > 0) {
    while (i > 0 && isSpace(s.charCodeAt(i - 1))) i--;
    if (i === 0) break;
    if (maxsplit-- === 0) {
      out.push(s.slice(0, i));
      break;
    }
    const j = i;
    while (i > 0 && !isSpace(s.charCodeAt(i - 1))) i--;
    out.push(s.slice(i, j));
  }
  return out.reverse();
}

export function splitSep(s: string, sep: string, maxsplit: number): string[] {
  const out: string[] = [];
  let i = 0;
  for (;;) {
    const j = maxsplit-- === 0 ? -1 : s.indexOf(sep, i);
    if (j < 0) break;
    out.push(s.slice(i, j));
    i = j + sep.length;
  }
  out.push(s.slice(i));
  return out;
}

export function rsplitSep(s: string, sep: string, maxsplit: number): string[] {
  const out: string[] = [];
  let end = s.length;
  for (;;) {
    const j = maxsplit-- === 0 || end - sep.length < 0 ? -1 : s.lastIndexOf(sep, end - sep.length);
    if (j < 0) break;
    out.push(s.slice(j + sep.length, end));
    end = j;
  }
  out.push(s.slice(0, end));
  return out.reverse();
}

const LINE_BREAKS = new Set([0x0a, 0x0b, 0x0c, 0x0d, 0x1c, 0x1d, 0x1e, 0x85, 0x2028, 0x2029]);
export function splitLines(s: string, keepends: boolean, breaks: Set<number> = LINE_BREAKS): string[] {
  const out: string[] = [];
  let i = 0;
  const n = s.length;
  while (i < n) {
    let j = i;
    while (j < n && !breaks.has(s.charCodeAt(j))) j++;
    let eol = j;
    if (j < n) eol = s.charCodeAt(j) === 0x0d && s.charCodeAt(j + 1) === 0x0a ? j + 2 : j + 1;
    out.push(s.slice(i, keepends ? eol : j));
    i = eol;
  }
  return out;
}

/** strip/lstrip/rstrip: `chars` null strips whitespace. */
export function stripChars(s: string, chars: string | null, isSpace: SpaceTest, left: boolean, right: boolean): string {
  if (chars === null) {
    let i = 0;
    let j = s.length;
    if (left) while (i < j && isSpace(s.charCodeAt(i))) i++;
    if (right) while (j > i && isSpace(s.charCodeAt(j - 1))) j--;
    return s.slice(i, j);
  }
  const set = new Set(Array.from(chars));
  const cps = Array.from(s);
  let i = 0;
  let j = cps.length;
  if (left) while (i < j && set.has(cps[i]!)) i++;
  if (right) while (j > i && set.has(cps[j - 1]!)) j--;
  return cps.slice(i, j).join("");
}

export function replaceStr(s: string, old: string, rep: string, count: number): string {
  if (count < 0) count = Infinity;
  if (old === "") {
    const cps = Array.from(s);
    let out = "";
    let k = 0;
    for (; k < cps.length && k < count; k++) out += rep + cps[k];
    out += k < count ? rep : "";
    return out + cps.slice(k).join("");
  }
  let out = "";
  let i = 0;
  for (let n = 0; n < count; n++) {
    const j = s.indexOf(old, i);
    if (j < 0) break;
    out += s.slice(i, j) + rep;
    i = j + old.length;
  }
  return out + s.slice(i);
}

/** find/rfind/count over s[start:end] (code-point positions): index, or -1; count for "count". */
export function search(s: string, sub: string, start: number, end: number, how: "find" | "rfind" | "count"): number {
  const n = cpLength(s);
  [start, end] = adjustIndices(start, end, n);
  const subLen = cpLength(sub);
  if (end - start < subLen) return how === "count" ? 0 : -1;
  const u0 = unitAt(s, start);
  const hay = s.slice(u0, unitAt(s, end));
  if (how === "count") {
    if (sub === "") return end - start + 1;
    let c = 0;
    for (let i = hay.indexOf(sub); i >= 0; i = hay.indexOf(sub, i + sub.length)) c++;
    return c;
  }
  const i = how === "find" ? hay.indexOf(sub) : hay.lastIndexOf(sub);
  return i < 0 ? -1 : start + cpOf(hay, i);
}

/** startswith/endswith of one candidate over s[start:end]. */
export function tailMatch(s: string, sub: string, start: number, end: number, atEnd: boolean): boolean {
  const n = cpLength(s);
  [start, end] = adjustIndices(start, end, n);
  const subLen = cpLength(sub);
  if (end - subLen < start) return false;
  if (subLen === 0) return true;
  const u0 = unitAt(s, start);
  const hay = s.slice(u0, unitAt(s, end));
  return atEnd ? hay.endsWith(sub) : hay.startsWith(sub);
}

/** CPython's pad(): `left` fill before, `right` after. */
const pad = (s: string, left: number, right: number, fill: string): string => fill.repeat(Math.max(0, left)) + s + fill.repeat(Math.max(0, right));
export function centerPad(s: string, width: number, fill: string, len: number): string {
  const marg = width - len;
  if (marg <= 0) return s;
  const left = Math.floor(marg / 2) + (marg & width & 1);
  return pad(s, left, marg - left, fill);
}
export function zfillStr(s: string, width: number, len: number): string {
  if (len >= width) return s;
  const fill = width - len;
  if (s[0] === "+" || s[0] === "-") return s[0] + "0".repeat(fill) + s.slice(1);
  return "0".repeat(fill) + s;
}

export function expandTabs(s: string, tabsize: number): string {
  let out = "";
  let col = 0;
  for (const ch of s) {
    if (ch === "\t") {
      if (tabsize > 0) {
        const incr = tabsize - (col % tabsize);
        col += incr;
        out += " ".repeat(incr);
      }
    } else {
      out += ch;
      col = ch === "\n" || ch === "\r" ? 0 : col + 1;
    }
  }
  return out;
}

// ---- argument helpers -----------------------------------------------------------------------

/** Binds positional and keyword arguments to `names` like a METH_VARARGS|METH_KEYWORDS method. */
export function bindArgs(fname: string, a: readonly Value[], kw: Kw | undefined, names: readonly string[]): (Value | undefined)[] | undefined {
  if (a.length > names.length) {
    raise(T.TypeError!, `${fname}() takes at most ${names.length} argument${names.length === 1 ? "" : "s"} (${a.length} given)`);
    return undefined;
  }
  const out: (Value | undefined)[] = names.map((_, i) => a[i]);
  if (kw) {
    for (let i = 0; i < kw.names.length; i++) {
      const j = names.indexOf(kw.names[i]!);
      if (j < 0) {
        raise(T.TypeError!, `'${kw.names[i]}' is an invalid keyword argument for ${fname}()`);
        return undefined;
      }
      if (j < a.length) {
        raise(T.TypeError!, `argument for ${fname}() given by name ('${kw.names[i]}') and position (${j + 1})`);
        return undefined;
      }
      out[j] = kw.values[i];
    }
  }
  return out;
}

/** Old-style "O|OO:name" argument counts: "find() takes at least 1 argument (0 given)". */
export function oldArity(name: string, a: readonly Value[], min: number, max: number, kw: Kw | undefined, owner = "str"): boolean {
  if (kw) {
    raise(T.TypeError!, `${owner}.${name}() takes no keyword arguments`);
    return false;
  }
  if (a.length < min) raise(T.TypeError!, `${name}() takes at least ${min} argument${min === 1 ? "" : "s"} (${a.length} given)`);
  else if (a.length > max) raise(T.TypeError!, `${name}() takes at most ${max} argument${max === 1 ? "" : "s"} (${a.length} given)`);
  else return true;
  return false;
}

/** The text of a str argument, or undefined with TypeError(`message(typeName)`) set. */
function strArg(v: Value, message: (tn: string) => string): string | undefined {
  if (isStr(v)) return strOf(v);
  raise(T.TypeError!, message(typeName(v)));
  return undefined;
}
const mustBeStr = (tn: string) => `must be str, not ${tn}`;

function maxsplitArg(v: Value | undefined): number | undefined {
  return v === undefined ? -1 : asIndex(v);
}

/** Fill character argument of center/ljust/rjust. */
function fillArg(v: Value | undefined): string | undefined {
  if (v === undefined) return " ";
  if (!isStr(v)) {
    raise(T.TypeError!, `The fill character must be a unicode character, not ${typeName(v)}`);
    return undefined;
  }
  const f = strOf(v);
  if (cpLength(f) !== 1) {
    raise(T.TypeError!, "The fill character must be exactly one character long");
    return undefined;
  }
  return f;
}

const strList = (xs: string[]): Value => newList(xs.map(newStr));

/** find/index/count/startswith's (sub, start, end) → [start, end], undefined on error. */
function range(a: readonly Value[], n: number): [number, number] | undefined {
  const s = sliceArg(a[1], 0);
  const e = s === undefined ? undefined : sliceArg(a[2], n);
  return s === undefined || e === undefined ? undefined : [s, e];
}

// ---- methods --------------------------------------------------------------------------------

function defineSearch(t: number): void {
  const find = (name: string, how: "find" | "rfind" | "count", raising: boolean) =>
    def(t, name, (self, a, kw) => {
      if (!oldArity(name, a, 1, 3, kw)) return NULL;
      const s = strOf(self);
      const sub = strArg(a[0]!, mustBeStr);
      const r = sub === undefined ? undefined : range(a, Infinity);
      if (sub === undefined || r === undefined) return NULL;
      const i = search(s, sub, r[0], r[1] === Infinity ? cpLength(s) : r[1], how);
      if (raising && i < 0) return raise(T.ValueError!, "substring not found");
      return newInt(i);
    });
  find("find", "find", false);
  find("rfind", "rfind", false);
  find("index", "find", true);
  find("rindex", "rfind", true);
  find("count", "count", false);
  for (const [name, atEnd] of [["startswith", false], ["endswith", true]] as const) {
    def(t, name, (self, a, kw) => {
      if (!oldArity(name, a, 1, 3, kw)) return NULL;
      const s = strOf(self);
      const r = range(a, Infinity);
      if (!r) return NULL;
      const end = r[1] === Infinity ? cpLength(s) : r[1];
      const x = a[0]!;
      if (typeOfValue(x) === L.TYPE_TUPLE) {
        for (const p of tupleItems(x)) {
          const sub = strArg(p, (tn) => `tuple for ${name} must only contain str, not ${tn}`);
          if (sub === undefined) return NULL;
          if (tailMatch(s, sub, r[0], end, atEnd)) return True;
        }
        return False;
      }
      const sub = strArg(x, (tn) => `${name} first arg must be str or a tuple of str, not ${tn}`);
      return sub === undefined ? NULL : bool(tailMatch(s, sub, r[0], end, atEnd));
    });
  }
}

function defineSplitJoin(t: number): void {
  for (const [name, right] of [["split", false], ["rsplit", true]] as const) {
    def(t, name, (self, a, kw) => {
      const args = bindArgs(name, a, kw, ["sep", "maxsplit"]);
      if (!args) return NULL;
      const [sepV, msV] = args;
      const maxsplit = maxsplitArg(msV);
      if (maxsplit === undefined) return NULL;
      const s = strOf(self);
      if (sepV === undefined || sepV === None) return strList((right ? rsplitWhitespace : splitWhitespace)(s, maxsplit, isPySpace));
      const sep = strArg(sepV, (tn) => `must be str or None, not ${tn}`);
      if (sep === undefined) return NULL;
      if (sep === "") return raise(T.ValueError!, "empty separator");
      return strList((right ? rsplitSep : splitSep)(s, sep, maxsplit));
    });
  }
  def(t, "splitlines", (self, a, kw) => {
    const args = bindArgs("splitlines", a, kw, ["keepends"]);
    if (!args) return NULL;
    const keep = args[0] === undefined ? 0 : isTrue(args[0]);
    return keep < 0 ? NULL : strList(splitLines(strOf(self), keep === 1));
  });
  def(t, "join", (self, a, kw) => {
    if (!arity("str.join", a, 1, 1, kw)) return NULL;
    const items = toArray(a[0]!);
    if (!items) {
      if (exceptionMessage(T.TypeError!)?.endsWith("object is not iterable")) {
        clearException();
        raise(T.TypeError!, "can only join an iterable");
      }
      return NULL;
    }
    const parts: string[] = [];
    for (let i = 0; i < items.length; i++) {
      if (!isStr(items[i]!)) return raise(T.TypeError!, `sequence item ${i}: expected str instance, ${typeName(items[i]!)} found`);
      parts.push(strOf(items[i]!));
    }
    return newStr(parts.join(strOf(self)));
  });
  for (const [name, right] of [["partition", false], ["rpartition", true]] as const) {
    def(t, name, (self, a, kw) => {
      if (!arity(`str.${name}`, a, 1, 1, kw)) return NULL;
      const sep = strArg(a[0]!, mustBeStr);
      if (sep === undefined) return NULL;
      if (sep === "") return raise(T.ValueError!, "empty separator");
      const s = strOf(self);
      const i = right ? s.lastIndexOf(sep) : s.indexOf(sep);
      if (i < 0) return newTuple(right ? [newStr(""), newStr(""), self] : [self, newStr(""), newStr("")]);
      return newTuple([newStr(s.slice(0, i)), a[0]!, newStr(s.slice(i + sep.length))]);
    });
  }
}

function defineEditing(t: number): void {
  for (const [name, left, right] of [["strip", true, true], ["lstrip", true, false], ["rstrip", false, true]] as const) {
    def(t, name, (self, a, kw) => {
      if (!arity(name, a, 0, 1, kw)) return NULL;
      let chars: string | null = null;
      if (a.length && a[0] !== None) {
        const c = strArg(a[0]!, () => `${name} arg must be None or str`);
        if (c === undefined) return NULL;
        chars = c;
      }
      return newStr(stripChars(strOf(self), chars, isPySpace, left, right));
    });
  }
  def(t, "replace", (self, a, kw) => {
    if (!arity("replace", a, 2, 3, kw)) return NULL;
    const old = strArg(a[0]!, (tn) => `replace() argument 1 must be str, not ${tn}`);
    const rep = old === undefined ? undefined : strArg(a[1]!, (tn) => `replace() argument 2 must be str, not ${tn}`);
    const count = rep === undefined ? undefined : a.length > 2 ? asIndex(a[2]!) : -1;
    if (old === undefined || rep === undefined || count === undefined) return NULL;
    return newStr(replaceStr(strOf(self), old, rep, count));
  });
  for (const [name, atEnd] of [["removeprefix", false], ["removesuffix", true]] as const) {
    def(t, name, (self, a, kw) => {
      if (!arity(`str.${name}`, a, 1, 1, kw)) return NULL;
      const p = strArg(a[0]!, (tn) => `${name}() argument must be str, not ${tn}`);
      if (p === undefined) return NULL;
      const s = strOf(self);
      if (p === "") return self;
      if (atEnd) return s.endsWith(p) ? newStr(s.slice(0, s.length - p.length)) : self;
      return s.startsWith(p) ? newStr(s.slice(p.length)) : self;
    });
  }
  for (const name of ["center", "ljust", "rjust"] as const) {
    def(t, name, (self, a, kw) => {
      if (!arity(name, a, 1, 2, kw)) return NULL;
      const width = asIndex(a[0]!);
      const fill = width === undefined ? undefined : fillArg(a[1]);
      if (width === undefined || fill === undefined) return NULL;
      const s = strOf(self);
      const len = cpLength(s);
      if (len >= width) return self;
      if (name === "center") return newStr(centerPad(s, width, fill, len));
      return newStr(name === "ljust" ? pad(s, 0, width - len, fill) : pad(s, width - len, 0, fill));
    });
  }
  def(t, "zfill", (self, a, kw) => {
    if (!arity("str.zfill", a, 1, 1, kw)) return NULL;
    const width = asIndex(a[0]!);
    if (width === undefined) return NULL;
    const s = strOf(self);
    return newStr(zfillStr(s, width, cpLength(s)));
  });
  def(t, "expandtabs", (self, a, kw) => {
    const args = bindArgs("expandtabs", a, kw, ["tabsize"]);
    const size = args === undefined ? undefined : args[0] === undefined ? 8 : asIndex(args[0]);
    return size === undefined ? NULL : newStr(expandTabs(strOf(self), size));
  });
  def(t, "encode", (self, a, kw) => {
    const args = bindArgs("encode", a, kw, ["encoding", "errors"]);
    if (!args) return NULL;
    const enc = args[0] === undefined ? "utf-8" : strArg(args[0], (tn) => `encode() argument 'encoding' must be str, not ${tn}`);
    const errors = args[1] === undefined ? "strict" : strArg(args[1], (tn) => `encode() argument 'errors' must be str, not ${tn}`);
    if (enc === undefined || errors === undefined) return NULL;
    const b = encodeStr(strOf(self), enc, errors);
    return b === undefined ? NULL : newBytesValue(b);
  });
}

// ---- case mapping and character classes -----------------------------------------------------
// Python's case predicates use the Unicode derived properties Uppercase/Lowercase/Cased and the
// category Lt; JS regexes expose the same properties.
const UPPER = /\p{Uppercase}/u;
const LOWER = /\p{Lowercase}/u;
const TITLE = /\p{Lt}/u;
const CASED = /\p{Cased}/u;
const IGNORABLE = /\p{Case_Ignorable}/u;
const ALPHA = /\p{L}/u;
const DECIMAL = /\p{Nd}/u;
// Numeric_Type=Digit characters that are not decimal (superscripts, circled digits…).
const DIGIT_EXTRA = /[\u00B2\u00B3\u00B9\u1369-\u1371\u19DA\u2070\u2074-\u2079\u2080-\u2089\u2460-\u2468\u2474-\u247C\u2488-\u2490\u24EA\u24F5-\u24FD\u24FF\u2776-\u277E\u2780-\u2788\u278A-\u2792]/u;
// Numeric characters: categories N*, plus Han numerals (category Lo with a numeric value).
const NUMERIC = /[\p{N}〇一二三四五六七八九十百千万亿億兆零壹贰貳叁參肆伍陆陸柒捌玖拾佰仟萬两兩廿卅卌]/u;
const XID_START = /[\p{XID_Start}_]/u;
const XID_CONTINUE = /\p{XID_Continue}/u;
const NON_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

const isDigitChar = (c: string) => DECIMAL.test(c) || DIGIT_EXTRA.test(c);
const isNumericChar = (c: string) => NUMERIC.test(c);

/** Lowercase of cps[i]; a capital sigma becomes final ς at the end of a word (CPython's rule). */
function lowerAt(cps: string[], i: number): string {
  const c = cps[i]!;
  if (c !== "\u03a3") return c.toLowerCase();
  let j = i - 1;
  while (j >= 0 && IGNORABLE.test(cps[j]!)) j--;
  if (j < 0 || !CASED.test(cps[j]!)) return "\u03c3";
  j = i + 1;
  while (j < cps.length && IGNORABLE.test(cps[j]!)) j++;
  return j === cps.length || !CASED.test(cps[j]!) ? "\u03c2" : "\u03c3";
}

const TITLE_DIGRAPH: Record<string, string> = {
  "\u01c4": "\u01c5", "\u01c5": "\u01c5", "\u01c6": "\u01c5", "\u01c7": "\u01c8", "\u01c8": "\u01c8", "\u01c9": "\u01c8",
  "\u01ca": "\u01cb", "\u01cb": "\u01cb", "\u01cc": "\u01cb", "\u01f1": "\u01f2", "\u01f2": "\u01f2", "\u01f3": "\u01f2", "\u0149": "\u02bcN",
};
/** Titlecase of one character (JS has no titlecase: derive it from the uppercase mapping). */
function titleChar(c: string): string {
  const d = TITLE_DIGRAPH[c];
  if (d) return d;
  const cp = c.codePointAt(0)!;
  // Greek letters with ypogegrammeni titlecase to the prosgegrammeni forms.
  if (cp >= 0x1f80 && cp <= 0x1faf) return String.fromCodePoint((cp & 15) < 8 ? cp + 8 : cp);
  if (cp === 0x1fb3 || cp === 0x1fc3 || cp === 0x1ff3) return String.fromCodePoint(cp + 9);
  if (cp === 0x1fbc || cp === 0x1fcc || cp === 0x1ffc) return c;
  const u = Array.from(c.toUpperCase());
  return u.length <= 1 ? u.join("") : u[0]! + u.slice(1).join("").toLowerCase();
}

function casefoldChar(c: string): string {
  const cp = c.codePointAt(0)!;
  if (cp >= 0x13a0 && cp <= 0x13f5) return c; // Cherokee folds to uppercase
  if (cp >= 0x13f8 && cp <= 0x13fd) return String.fromCodePoint(cp - 8);
  if (cp >= 0xab70 && cp <= 0xabbf) return String.fromCodePoint(cp - 0xab70 + 0x13a0);
  return c.toUpperCase().toLowerCase().replace(/\u00df/g, "ss");
}

function title(s: string): string {
  const cps = Array.from(s);
  let out = "";
  let prevCased = false;
  for (let i = 0; i < cps.length; i++) {
    out += prevCased ? lowerAt(cps, i) : titleChar(cps[i]!);
    prevCased = CASED.test(cps[i]!);
  }
  return out;
}

function capitalize(s: string): string {
  const cps = Array.from(s);
  let out = cps.length ? titleChar(cps[0]!) : "";
  for (let i = 1; i < cps.length; i++) out += lowerAt(cps, i);
  return out;
}

function swapcase(s: string): string {
  const cps = Array.from(s);
  let out = "";
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i]!;
    out += UPPER.test(c) ? lowerAt(cps, i) : LOWER.test(c) ? c.toUpperCase() : c;
  }
  return out;
}

function isCaseOnly(s: string, want: RegExp, other: RegExp): boolean {
  let cased = false;
  for (const c of s) {
    if (other.test(c) || TITLE.test(c)) return false;
    if (want.test(c)) cased = true;
  }
  return cased;
}

function isTitle(s: string): boolean {
  let cased = false;
  let prev = false;
  for (const c of s) {
    if (UPPER.test(c) || TITLE.test(c)) {
      if (prev) return false;
      prev = cased = true;
    } else if (LOWER.test(c)) {
      if (!prev) return false;
      prev = cased = true;
    } else prev = false;
  }
  return cased;
}

const every = (s: string, f: (c: string) => boolean): boolean => {
  if (s === "") return false;
  for (const c of s) if (!f(c)) return false;
  return true;
};

function defineCase(t: number): void {
  const transforms: [string, (s: string) => string][] = [
    ["upper", (s) => s.toUpperCase()], ["lower", (s) => s.toLowerCase()], ["casefold", (s) => Array.from(s, casefoldChar).join("")],
    ["title", title], ["capitalize", capitalize], ["swapcase", swapcase],
  ];
  for (const [name, f] of transforms) def(t, name, (self, a, kw) => (arity(`str.${name}`, a, 0, 0, kw) ? newStr(f(strOf(self))) : NULL));
  const predicates: [string, (s: string) => boolean][] = [
    ["isupper", (s) => isCaseOnly(s, UPPER, LOWER)],
    ["islower", (s) => isCaseOnly(s, LOWER, UPPER)],
    ["istitle", isTitle],
    ["isspace", (s) => every(s, (c) => isPySpace(c.codePointAt(0)!))],
    ["isalpha", (s) => every(s, (c) => ALPHA.test(c))],
    ["isdecimal", (s) => every(s, (c) => DECIMAL.test(c))],
    ["isdigit", (s) => every(s, isDigitChar)],
    ["isnumeric", (s) => every(s, isNumericChar)],
    ["isalnum", (s) => every(s, (c) => ALPHA.test(c) || isNumericChar(c) || isDigitChar(c))],
    ["isascii", (s) => /^[\x00-\x7f]*$/.test(s)],
    ["isprintable", (s) => !Array.from(s).some((c) => c !== " " && NON_PRINTABLE.test(c))],
    ["isidentifier", (s) => {
      const cps = Array.from(s);
      return cps.length > 0 && XID_START.test(cps[0]!) && cps.slice(1).every((c) => XID_CONTINUE.test(c));
    }],
  ];
  for (const [name, f] of predicates) def(t, name, (self, a, kw) => (arity(`str.${name}`, a, 0, 0, kw) ? bool(f(strOf(self))) : NULL));
}

function maketrans(_s: Value, a: readonly Value[]): Value {
  if (!arity("maketrans", a, 1, 3)) return NULL;
  const d = newDict();
  const st = dictStore(d);
  return withRoots([d], () => {
    if (a.length === 1) {
      const src = a[0]!;
      if (typeInfoLayout(src) !== "dict") return raise(T.TypeError!, "if you give only one argument to maketrans it must be a dict");
      const s = dictStore(src);
      for (const i of s.indices()) {
        const k = s.keys[i]!;
        let key: Value;
        if (isStr(k)) {
          const cps = Array.from(strOf(k));
          if (cps.length !== 1) return raise(T.ValueError!, "string keys in translate table must be of length 1");
          key = newInt(cps[0]!.codePointAt(0)!);
        } else if (isIntLike(k)) key = k;
        else return raise(T.TypeError!, "keys in translate table must be strings or integers");
        if (!st.set(key, s.values[i]!)) return NULL;
      }
      return d;
    }
    const x = strArg(a[0]!, (tn) => `maketrans() argument 1 must be str, not ${tn}`);
    const y = x === undefined ? undefined : strArg(a[1]!, (tn) => `maketrans() argument 2 must be str, not ${tn}`);
    const z = y === undefined ? undefined : a.length > 2 ? strArg(a[2]!, (tn) => `maketrans() argument 3 must be str, not ${tn}`) : "";
    if (x === undefined || y === undefined || z === undefined) return NULL;
    const xs = Array.from(x);
    const ys = Array.from(y);
    if (xs.length !== ys.length) return raise(T.ValueError!, "the first two maketrans arguments must have equal length");
    xs.forEach((c, i) => st.set(newInt(c.codePointAt(0)!), newInt(ys[i]!.codePointAt(0)!)));
    for (const c of z) st.set(newInt(c.codePointAt(0)!), None);
    return d;
  });
}
const typeInfoLayout = (v: Value) => ((v & 1) === 1 ? "int" : typeInfo(typeOfValue(v)).layout);

function translate(self: Value, table: Value): Value {
  let out = "";
  for (const ch of strOf(self)) {
    const r = getItem(table, newInt(ch.codePointAt(0)!));
    if (r === NULL) {
      if (!exceptionMatches(T.LookupError!)) return NULL;
      clearException();
      out += ch;
    } else if (r === None) continue;
    else if (isIntLike(r)) {
      const c = bigOf(r);
      if (c < 0n || c > 0x10ffffn) return raise(T.ValueError!, "character mapping must be in range(0x110000)");
      out += String.fromCodePoint(Number(c));
    } else if (isStr(r)) out += strOf(r);
    else return raise(T.TypeError!, "character mapping must return integer, None or str");
  }
  return newStr(out);
}

function strGetItem(self: Value, key: Value): Value {
  const s = strOf(self);
  if (typeOfValue(key) === T.slice) {
    const cps = Array.from(s);
    const sl = sliceIndices(key, cps.length);
    if (!sl) return NULL;
    if (sl.step === 1) return newStr(cps.slice(sl.start, sl.start + sl.length).join(""));
    let out = "";
    for (let i = 0, j = sl.start; i < sl.length; i++, j += sl.step) out += cps[j];
    return newStr(out);
  }
  if (!isIndexable(key)) return raise(T.TypeError!, `string indices must be integers, not '${typeName(key)}'`);
  let i = asIndex(key);
  if (i === undefined) return NULL;
  const n = cpLength(s);
  if (i < 0) i += n;
  if (i < 0 || i >= n) return raise(T.IndexError!, "string index out of range");
  const u = unitAt(s, i);
  return newStr(String.fromCodePoint(s.codePointAt(u)!));
}

function defineProtocol(t: number): void {
  def(t, "__len__", (self) => newInt(cpLength(strOf(self))));
  def(t, "__getitem__", (self, a) => (arity("__getitem__", a, 1, 1) ? strGetItem(self, a[0]!) : NULL));
  def(t, "__contains__", (self, a) => {
    if (!arity("__contains__", a, 1, 1)) return NULL;
    const sub = strArg(a[0]!, (tn) => `'in <string>' requires string as left operand, not ${tn}`);
    return sub === undefined ? NULL : bool(strOf(self).includes(sub));
  });
  def(t, "__iter__", (self) => {
    if (typeOfValue(self) === L.TYPE_STR) return iter(self);
    const chars = Array.from(strOf(self));
    let i = 0;
    return newNativeIter({ next: () => (i < chars.length ? newStr(chars[i++]!) : NULL), trace: () => {} });
  });
  def(t, "__add__", (self, a) => {
    if (!arity("__add__", a, 1, 1)) return NULL;
    const o = a[0]!;
    if (!isStr(o)) {
      // The other operand's __radd__ must get its chance (binaryOp tries it after NotImplemented).
      if (userRadd(o)) return notImplemented();
      return raise(T.TypeError!, `can only concatenate str (not "${typeName(o)}") to str`);
    }
    return newStr(strOf(self) + strOf(o));
  });
  const mul = (self: Value, a: readonly Value[]) => {
    if (!arity("__mul__", a, 1, 1)) return NULL;
    if (!isIndexable(a[0]!)) return notImplemented();
    const n = asIndex(a[0]!);
    if (n === undefined) return NULL;
    const s = strOf(self);
    if (n <= 0 || s === "") return newStr("");
    if (s.length * n > 2e8) return raise(T.MemoryError!);
    return newStr(s.repeat(n));
  };
  def(t, "__mul__", mul);
  def(t, "__rmul__", mul);
  def(t, "__mod__", (self, a) => (arity("__mod__", a, 1, 1) ? percentFormatValue(self, a[0]!) : NULL));
  const cmps: [string, (x: string, y: string) => boolean][] = [
    ["__lt__", (x, y) => x < y], ["__le__", (x, y) => x <= y], ["__eq__", (x, y) => x === y],
    ["__ne__", (x, y) => x !== y], ["__gt__", (x, y) => x > y], ["__ge__", (x, y) => x >= y],
  ];
  for (const [name, f] of cmps) {
    def(t, name, (self, a) => {
      if (!arity(name, a, 1, 1)) return NULL;
      return isStr(a[0]!) ? bool(f(strOf(self), strOf(a[0]!))) : notImplemented();
    });
  }
  // Subclass instances must not dispatch back here: hash, iterate and format their exact text.
  const exact = (self: Value): Value => (typeOfValue(self) === L.TYPE_STR ? self : newStr(strOf(self)));
  def(t, "__hash__", (self) => newInt(hash(exact(self))!));
  def(t, "__str__", (self) => (typeOfValue(self) === L.TYPE_STR ? self : newStr(strOf(self))));
  def(t, "__repr__", (self) => newStr(strRepr(strOf(self))));
  def(t, "__format__", (self, a) => {
    if (!arity("__format__", a, 1, 1)) return NULL;
    const spec = strArg(a[0]!, (tn) => `__format__() argument must be str, not ${tn}`);
    if (spec === undefined) return NULL;
    const r = format(exact(self), spec);
    return r === undefined ? NULL : newStr(r);
  });
}

/** str(object='', encoding=…, errors=…), also for subclasses (whose instances share str's layout). */
function construct(cls: number, a: readonly Value[], kw: Kw | undefined): Value {
  const args = bindArgs("str", a, kw, ["object", "encoding", "errors"]);
  if (!args) return NULL;
  const [obj, enc, errors] = args;
  let text: string | undefined = "";
  if (obj !== undefined && enc === undefined && errors === undefined) {
    if (cls === L.TYPE_STR && typeOfValue(obj) === L.TYPE_STR) return obj;
    text = str(obj);
  } else if (obj !== undefined) {
    if (typeInfoLayout(obj) !== "bytes") {
      return raise(T.TypeError!, isStr(obj) ? "decoding str is not supported" : `decoding to str: need a bytes-like object, ${typeName(obj)} found`);
    }
    const e = enc === undefined ? "utf-8" : strArg(enc, (tn) => `str() argument 'encoding' must be str, not ${tn}`);
    const r = e === undefined ? undefined : errors === undefined ? "strict" : strArg(errors, (tn) => `str() argument 'errors' must be str, not ${tn}`);
    text = e === undefined || r === undefined ? undefined : decodeBytes(bytesOf(obj), e, r);
  }
  if (text === undefined) return NULL;
  if (cls === L.TYPE_STR) return newStr(text);
  const p = heap().allocObject(cls, L.STR_SIZE);
  if (p === 0) return NULL;
  store32(p + L.SIDE_HANDLE, newHandle(text));
  store32(p + L.STR_HASH, 0);
  return p as Value;
}

export function defineStrMethods(): void {
  const t = L.TYPE_STR;
  constructors.set(t, construct);
  installPercent();
  defineSearch(t);
  defineSplitJoin(t);
  defineEditing(t);
  defineCase(t);
  defineProtocol(t);
  def(t, "format", (self, a, kw) => formatMethod(strOf(self), a, kw, NULL));
  def(t, "format_map", (self, a, kw) => (arity("str.format_map", a, 1, 1, kw) ? formatMethod(strOf(self), [], undefined, a[0]!) : NULL));
  def(t, "translate", (self, a, kw) => (arity("str.translate", a, 1, 1, kw) ? translate(self, a[0]!) : NULL));
  // maketrans is a staticmethod: a plain built-in (no owner) is not bound on attribute access.
  typeInfo(t).dict.set("maketrans", newBuiltin("maketrans", maketrans));
}
