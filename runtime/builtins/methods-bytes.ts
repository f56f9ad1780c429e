// bytes: construction, repr, the sequence protocol (items are ints), the utf-8/ascii/latin-1
// codecs that str.encode and bytes.decode share (with CPython's error messages and error
// handlers), and the common text-like methods. Those run the str algorithms of methods-str.ts
// on a latin-1 view of the bytes (one char per byte) with ASCII-only character classes.
import * as L from "../layout.js";
import { newBuiltin, newBytes } from "../objects/callables.js";
import { raise, typeName } from "../objects/exceptions.js";
import { newNativeIter } from "../objects/iterators.js";
import { T } from "../objects/registry.js";
import { newHandle, releaseHandle, setSide, side } from "../objects/side.js";
import { newHeapType } from "../objects/bootstrap.js";
import { isSubtype, lookupType, typeInfo } from "../objects/typeobj.js";
import { bigOf, bool, False, newInt, newList, newStr, newTuple, None, NULL, strOf, True, tupleItems, typeOfValue } from "../objects/values.js";
import { constructors } from "../vm/classes.js";
import { load32, store32 } from "../vm/memory.js";
import { call } from "../vm/ops/call.js";
import { hash } from "../vm/ops/compare.js";
import { isTrue } from "../vm/ops/object.js";
import { sliceIndices, toArray } from "../vm/ops/sequence.js";
import { notImplemented } from "../vm/ops/singletons.js";
import { heap } from "../vm/space.js";
import type { Value } from "../vm/types.js";
import { arity } from "./define.js";
import { asIndex, def, isIndexable, isIntLike, isObj, sliceArg, unhashable, userRadd } from "./methods-list.js";
import {
  bindArgs, centerPad, expandTabs, oldArity, replaceStr, rsplitSep, rsplitWhitespace, search, splitLines, splitSep,
  splitWhitespace, stripChars, tailMatch, zfillStr,
} from "./methods-str.js";

export const bytesOf = (v: Value): Uint8Array => side<Uint8Array>(v);
export const newBytesValue = (b: Uint8Array): Value => newBytes(b);
const isBytes = (v: Value): boolean => isObj(v) && typeInfo(typeOfValue(v)).layout === "bytes";

function latin1(b: Uint8Array): string {
  let s = "";
  for (let i = 0; i < b.length; i += 8192) s += String.fromCharCode(...b.subarray(i, i + 8192));
  return s;
}
function fromLatin1(s: string): Uint8Array {
  const b = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i);
  return b;
}

// ---- bytearray: a bytes-layout type whose payload array is replaced when it changes ------------
const isByteArray = (v: Value): boolean => isObj(v) && isSubtype(typeOfValue(v), T.bytearray!);
function newByteArray(b: Uint8Array): Value {
  const p = heap().allocObject(T.bytearray!, 16);
  if (p === 0) return NULL;
  store32(p + L.SIDE_HANDLE, newHandle(b));
  return p as Value;
}
const setData = (v: Value, b: Uint8Array): void => setSide(load32(v + L.SIDE_HANDLE), b);
/** A bytes or bytearray (the kind of `like`) holding `data`: methods return their receiver's kind. */
const make = (like: Value, data: Uint8Array): Value => (isByteArray(like) ? newByteArray(data) : newBytes(data));
const mk = (like: Value, s: string): Value => make(like, fromLatin1(s));

// ---- codecs ---------------------------------------------------------------------------------

type Codec = "utf-8" | "ascii" | "latin-1" | "utf-16" | "utf-16-le" | "utf-16-be" | "utf-32" | "utf-32-le" | "utf-32-be";
const CODECS: Record<string, Codec> = {
  utf8: "utf-8", u8: "utf-8", utf: "utf-8", cp65001: "utf-8",
  ascii: "ascii", usascii: "ascii", 646: "ascii", us: "ascii",
  latin1: "latin-1", latin: "latin-1", l1: "latin-1", iso88591: "latin-1", 8859: "latin-1", cp819: "latin-1", isoir100: "latin-1",
  utf16: "utf-16", utf16le: "utf-16-le", utf16be: "utf-16-be", utf32: "utf-32", utf32le: "utf-32-le", utf32be: "utf-32-be",
};
function codecOf(name: string): Codec | undefined {
  const c = CODECS[name.toLowerCase().replace(/[-_ ]/g, "")];
  if (c) return c;
  raise(T.LookupError!, `unknown encoding: ${name}`);
  return undefined;
}
/** Byte writer of a codec (utf-16/32 without their BOM). */
function writerOf(codec: Codec, out: number[]): (cp: number) => void {
  const be = codec.endsWith("-be");
  if (codec === "utf-8") return (cp) => utf8Push(out, cp);
  if (codec.startsWith("utf-16")) {
    const unit = (u: number) => (be ? out.push(u >> 8, u & 255) : out.push(u & 255, u >> 8));
    return (cp) => {
      if (cp < 0x10000) unit(cp);
      else {
        unit(0xd800 + ((cp - 0x10000) >> 10));
        unit(0xdc00 + ((cp - 0x10000) & 0x3ff));
      }
    };
  }
  if (codec.startsWith("utf-32")) return (cp) => (be ? out.push(0, cp >> 16, (cp >> 8) & 255, cp & 255) : out.push(cp & 255, (cp >> 8) & 255, cp >> 16, 0));
  return (cp) => out.push(cp);
}
const hex2 = (n: number) => n.toString(16).padStart(2, "0");
const escCp = (cp: number) => (cp < 0x100 ? `\\x${hex2(cp)}` : cp < 0x10000 ? `\\u${cp.toString(16).padStart(4, "0")}` : `\\U${cp.toString(16).padStart(8, "0")}`);
const badHandler = (errors: string) => raise(T.LookupError!, `unknown error handler name '${errors}'`);

function utf8Push(out: number[], cp: number): void {
  if (cp < 0x80) out.push(cp);
  else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 63));
  else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
  else out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
}

/** str.encode: bytes, or undefined with UnicodeEncodeError/LookupError set. */
export function encodeStr(s: string, encoding: string, errors: string): Uint8Array | undefined {
  const codec = codecOf(encoding);
  if (!codec) return undefined;
  if (codec === "utf-8" && !/[\uD800-\uDFFF]/.test(s)) return new TextEncoder().encode(s);
  const limit = codec === "ascii" ? 128 : 256;
  const unicode = codec.startsWith("utf");
  const bad = (cp: number) => (unicode ? cp >= 0xd800 && cp <= 0xdfff : cp >= limit);
  const cps = Array.from(s, (c) => c.codePointAt(0)!);
  const out: number[] = codec === "utf-16" ? [0xff, 0xfe] : codec === "utf-32" ? [0xff, 0xfe, 0, 0] : [];
  const put = writerOf(codec, out);
  const putText = (t: string) => {
    for (const c of t) put(c.charCodeAt(0));
  };
  for (let i = 0; i < cps.length; ) {
    if (!bad(cps[i]!)) {
      put(cps[i++]!);
      continue;
    }
    let j = i;
    while (j < cps.length && bad(cps[j]!)) j++;
    const run = cps.slice(i, j);
    switch (errors) {
      case "strict": {
        const where = j - i === 1 ? `character '${escCp(cps[i]!)}' in position ${i}` : `characters in position ${i}-${j - 1}`;
        raise(T.UnicodeEncodeError!, `'${codec}' codec can't encode ${where}: ${unicode ? "surrogates not allowed" : `ordinal not in range(${limit})`}`);
        return undefined;
      }
      case "ignore": break;
      case "replace": run.forEach(() => put(0x3f)); break;
      case "backslashreplace": run.forEach((cp) => putText(escCp(cp))); break;
      case "xmlcharrefreplace": run.forEach((cp) => putText(`&#${cp};`)); break;
      case "surrogatepass":
        if (!unicode) return void badHandler(errors);
        run.forEach(put);
        break;
      default:
        badHandler(errors);
        return undefined;
    }
    i = j;
  }
  return Uint8Array.from(out);
}

/** bytes.decode: the text, or undefined with UnicodeDecodeError/LookupError set. */
export function decodeBytes(b: Uint8Array, encoding: string, errors: string): string | undefined {
  const codec = codecOf(encoding);
  if (!codec) return undefined;
  if (codec === "latin-1") return latin1(b);
  if (codec.startsWith("utf-16") || codec.startsWith("utf-32")) return decodeWide(b, codec, errors);
  if (codec === "utf-8") {
    try {
      return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(b);
    } catch {
      // Fall through to the exact decoder to report (or handle) the first error like CPython.
    }
  }
  let out = "";
  const fail = (start: number, end: number, reason: string): boolean => {
    switch (errors) {
      case "strict": {
        const where = end - start === 1 ? `byte 0x${hex2(b[start]!)} in position ${start}` : `bytes in position ${start}-${end - 1}`;
        raise(T.UnicodeDecodeError!, `'${codec}' codec can't decode ${where}: ${reason}`);
        return false;
      }
      case "ignore": return true;
      case "replace": out += "\ufffd"; return true;
      case "backslashreplace": for (let k = start; k < end; k++) out += `\\x${hex2(b[k]!)}`; return true;
      case "surrogateescape": for (let k = start; k < end; k++) out += String.fromCharCode(0xdc00 + b[k]!); return true;
      default: badHandler(errors); return false;
    }
  };
  const n = b.length;
  for (let i = 0; i < n; ) {
    const b0 = b[i]!;
    if (b0 < 0x80) {
      out += String.fromCharCode(b0);
      i++;
      continue;
    }
    if (codec === "ascii") {
      if (!fail(i, i + 1, "ordinal not in range(128)")) return undefined;
      i++;
      continue;
    }
    if (b0 < 0xc2 || b0 > 0xf4) {
      if (!fail(i, i + 1, "invalid start byte")) return undefined;
      i++;
      continue;
    }
    const need = b0 < 0xe0 ? 1 : b0 < 0xf0 ? 2 : 3;
    const [lo, hi] = b0 === 0xe0 ? [0xa0, 0xbf] : b0 === 0xed ? [0x80, 0x9f] : b0 === 0xf0 ? [0x90, 0xbf] : b0 === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
    let k = 1;
    for (; k <= need; k++) {
      if (i + k >= n) break;
      const c = b[i + k]!;
      if (k === 1 ? c < lo || c > hi : c < 0x80 || c > 0xbf) break;
    }
    if (k <= need) {
      const atEnd = i + k >= n;
      if (!fail(i, i + k, atEnd ? "unexpected end of data" : "invalid continuation byte")) return undefined;
      i += k;
      continue;
    }
    let cp = b0 & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
    for (let m = 1; m <= need; m++) cp = (cp << 6) | (b[i + m]! & 63);
    out += String.fromCodePoint(cp);
    i += need + 1;
  }
  return out;
}

/** utf-16/utf-32 decoding (a BOM picks the byte order for the plain names; default little-endian). */
function decodeWide(b: Uint8Array, codec: Codec, errors: string): string | undefined {
  const wide = codec.startsWith("utf-32") ? 4 : 2;
  let be = codec.endsWith("-be");
  let i = 0;
  if (codec === "utf-16" && b.length >= 2 && ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff))) {
    be = b[0] === 0xfe;
    i = 2;
  }
  if (codec === "utf-32" && b.length >= 4 && ((b[0] === 0xff && b[1] === 0xfe && !b[2] && !b[3]) || (!b[0] && !b[1] && b[2] === 0xfe && b[3] === 0xff))) {
    be = b[0] === 0;
    i = 4;
  }
  const name = codec.length === 6 ? `${codec}-${be ? "be" : "le"}` : codec;
  const unit = (k: number): number =>
    wide === 2 ? (be ? (b[k]! << 8) | b[k + 1]! : b[k]! | (b[k + 1]! << 8)) : be ? ((b[k]! << 24) | (b[k + 1]! << 16) | (b[k + 2]! << 8) | b[k + 3]!) >>> 0 : (b[k]! | (b[k + 1]! << 8) | (b[k + 2]! << 16) | (b[k + 3]! << 24)) >>> 0;
  let out = "";
  const fail = (start: number, end: number, reason: string): boolean => {
    if (errors === "ignore") return true;
    if (errors === "replace") return (out += "\ufffd"), true;
    if (errors !== "strict") return void badHandler(errors), false;
    const where = end - start === 1 ? `byte 0x${hex2(b[start]!)} in position ${start}` : `bytes in position ${start}-${end - 1}`;
    raise(T.UnicodeDecodeError!, `'${name}' codec can't decode ${where}: ${reason}`);
    return false;
  };
  while (i < b.length) {
    if (i + wide > b.length) {
      if (!fail(i, b.length, "truncated data")) return undefined;
      break;
    }
    const u = unit(i);
    if (wide === 4) {
      if (u > 0x10ffff || (u >= 0xd800 && u < 0xe000)) {
        if (!fail(i, i + 4, u > 0x10ffff ? "code point not in range(0x110000)" : "code point in surrogate code point range(0xd800, 0xe000)")) return undefined;
      } else out += String.fromCodePoint(u);
      i += 4;
    } else if (u < 0xd800 || u > 0xdfff) {
      out += String.fromCharCode(u);
      i += 2;
    } else if (u <= 0xdbff && i + 4 <= b.length && (unit(i + 2) & 0xfc00) === 0xdc00) {
      out += String.fromCharCode(u, unit(i + 2));
      i += 4;
    } else {
      const trunc = u <= 0xdbff && i + 4 > b.length;
      if (!fail(i, trunc ? b.length : i + 2, trunc ? "unexpected end of data" : u <= 0xdbff ? "illegal UTF-16 surrogate" : "illegal encoding")) return undefined;
      i = trunc ? b.length : i + 2;
    }
  }
  return out;
}

// ---- bytes objects --------------------------------------------------------------------------

export function bytesRepr(b: Uint8Array, prefix = "b"): string {
  const quote = b.includes(0x27) && !b.includes(0x22) ? '"' : "'";
  let out = prefix + quote;
  for (const c of b) {
    const ch = String.fromCharCode(c);
    if (ch === quote || c === 0x5c) out += "\\" + ch;
    else if (c === 9) out += "\\t";
    else if (c === 10) out += "\\n";
    else if (c === 13) out += "\\r";
    else if (c < 0x20 || c >= 0x7f) out += `\\x${hex2(c)}`;
    else out += ch;
  }
  return out + quote;
}

/** The bytes of a bytes-like argument, or undefined with TypeError set. */
function bytesArg(v: Value): Uint8Array | undefined {
  if (isBytes(v)) return bytesOf(v);
  raise(T.TypeError!, `a bytes-like object is required, not '${typeName(v)}'`);
  return undefined;
}
/** A sub-sequence argument of find/count…: bytes, or an int 0..255. */
function subArg(v: Value): string | undefined {
  if (isIntLike(v)) {
    const n = asIndex(v)!;
    if (n < 0 || n > 255) return void raise(T.ValueError!, "byte must be in range(0, 256)");
    return String.fromCharCode(n);
  }
  const b = bytesArg(v);
  return b && latin1(b);
}

function construct(cls: number, a: readonly Value[], kw: { names: readonly string[]; values: readonly Value[] } | undefined): Value {
  const ba = isSubtype(cls, T.bytearray!);
  const r = bytesData(ba ? "bytearray" : "bytes", a, kw, ba);
  return r instanceof Uint8Array ? (ba ? newByteArray(r) : newBytes(r)) : r;
}

/** The contents for bytes(...)/bytearray(...), or a Value (the argument itself, or NULL on error). */
function bytesData(name: string, a: readonly Value[], kw: { names: readonly string[]; values: readonly Value[] } | undefined, copy: boolean): Uint8Array | Value {
  const args = bindArgs(name, a, kw, ["source", "encoding", "errors"]);
  if (!args) return NULL;
  const [src, enc, errors] = args;
  if (src === undefined) return enc === undefined ? new Uint8Array(0) : raise(T.TypeError!, "encoding without a string argument");
  if (typeOfValue(src) === L.TYPE_STR) {
    if (enc === undefined) return raise(T.TypeError!, "string argument without an encoding");
    const b = encodeStr(strOf(src), strOf(enc), errors === undefined ? "strict" : strOf(errors));
    return b ?? NULL;
  }
  if (enc !== undefined || errors !== undefined) return raise(T.TypeError!, "encoding without a string argument");
  if (isBytes(src)) return !copy && typeOfValue(src) === T.bytes ? src : bytesOf(src).slice();
  const conv = lookupType(typeOfValue(src), "__bytes__");
  if (conv !== NULL) {
    const r = call(conv, [src]);
    return r === NULL || !copy ? r : bytesOf(r).slice();
  }
  if (isIndexable(src)) {
    const n = asIndex(src);
    if (n === undefined) return NULL;
    return n < 0 ? raise(T.ValueError!, "negative count") : new Uint8Array(n);
  }
  if (lookupType(typeOfValue(src), "__iter__") === NULL && lookupType(typeOfValue(src), "__getitem__") === NULL) {
    return raise(T.TypeError!, `cannot convert '${typeName(src)}' object to bytes`);
  }
  const items = toArray(src);
  if (!items) return NULL;
  const out = new Uint8Array(items.length);
  for (let i = 0; i < items.length; i++) {
    const n = asIndex(items[i]!);
    if (n === undefined) return NULL;
    if (n < 0 || n > 255) return raise(T.ValueError!, "bytes must be in range(0, 256)");
    out[i] = n;
  }
  return out;
}

function fromhex(_s: Value, a: readonly Value[]): Value {
  const cls = a[0]! as number;
  if (!arity("fromhex", a, 2, 2)) return NULL;
  if (typeOfValue(a[1]!) !== L.TYPE_STR) return raise(T.TypeError!, `fromhex() argument must be str, not ${typeName(a[1]!)}`);
  const s = strOf(a[1]!);
  const out: number[] = [];
  const digit = (c: string | undefined) => (c !== undefined && /^[0-9a-fA-F]$/.test(c) ? parseInt(c, 16) : -1);
  for (let i = 0; i < s.length; ) {
    if (/\s/.test(s[i]!) && s.charCodeAt(i) < 128) {
      i++;
      continue;
    }
    const hi = digit(s[i]);
    if (hi < 0) return raise(T.ValueError!, `non-hexadecimal number found in fromhex() arg at position ${i}`);
    const lo = digit(s[i + 1]);
    if (lo < 0) return raise(T.ValueError!, `non-hexadecimal number found in fromhex() arg at position ${i + 1}`);
    out.push(hi * 16 + lo);
    i += 2;
  }
  return isSubtype(cls, T.bytearray!) ? newByteArray(Uint8Array.from(out)) : newBytes(Uint8Array.from(out));
}

const asciiSpace = (c: number) => c === 32 || (c >= 9 && c <= 13);
const upper = (s: string) => s.replace(/[a-z]+/g, (m) => m.toUpperCase());
const lower = (s: string) => s.replace(/[A-Z]+/g, (m) => m.toLowerCase());
function asciiTitle(s: string): string {
  let prev = false;
  let out = "";
  for (const c of s) {
    out += prev ? lower(c) : upper(c);
    prev = /[A-Za-z]/.test(c);
  }
  return out;
}
function asciiIsTitle(s: string): boolean {
  let cased = false;
  let prev = false;
  for (const c of s) {
    if (/[A-Z]/.test(c)) {
      if (prev) return false;
      prev = cased = true;
    } else if (/[a-z]/.test(c)) {
      if (!prev) return false;
      prev = cased = true;
    } else prev = false;
  }
  return cased;
}

function defineTextLike(t: number): void {
  const text = (self: Value) => latin1(bytesOf(self));
  for (const [name, how, raising] of [["find", "find", false], ["rfind", "rfind", false], ["index", "find", true], ["rindex", "rfind", true], ["count", "count", false]] as const) {
    def(t, name, (self, a, kw) => {
      if (!oldArity(name, a, 1, 3, kw, "bytes")) return NULL;
      const sub = subArg(a[0]!);
      const s = sliceArg(a[1], 0);
      const e = sliceArg(a[2], bytesOf(self).length);
      if (sub === undefined || s === undefined || e === undefined) return NULL;
      const i = search(text(self), sub, s, e, how);
      return raising && i < 0 ? raise(T.ValueError!, "subsection not found") : newInt(i);
    });
  }
  for (const [name, atEnd] of [["startswith", false], ["endswith", true]] as const) {
    def(t, name, (self, a, kw) => {
      if (!oldArity(name, a, 1, 3, kw, "bytes")) return NULL;
      const s = sliceArg(a[1], 0);
      const e = sliceArg(a[2], bytesOf(self).length);
      if (s === undefined || e === undefined) return NULL;
      const cands = typeOfValue(a[0]!) === L.TYPE_TUPLE ? tupleItems(a[0]!) : [a[0]!];
      for (const c of cands) {
        if (!isBytes(c)) return raise(T.TypeError!, `${name} first arg must be bytes or a tuple of bytes, not ${typeName(c)}`);
        if (tailMatch(text(self), latin1(bytesOf(c)), s, e, atEnd)) return True;
      }
      return False;
    });
  }
  for (const [name, right] of [["split", false], ["rsplit", true]] as const) {
    def(t, name, (self, a, kw) => {
      const args = bindArgs(name, a, kw, ["sep", "maxsplit"]);
      if (!args) return NULL;
      const maxsplit = args[1] === undefined ? -1 : asIndex(args[1]);
      if (maxsplit === undefined) return NULL;
      let parts: string[];
      if (args[0] === undefined || args[0] === None) parts = (right ? rsplitWhitespace : splitWhitespace)(text(self), maxsplit, asciiSpace);
      else {
        const sep = bytesArg(args[0]);
        if (!sep) return NULL;
        if (!sep.length) return raise(T.ValueError!, "empty separator");
        parts = (right ? rsplitSep : splitSep)(text(self), latin1(sep), maxsplit);
      }
      return newList(parts.map((p) => mk(self, p)));
    });
  }
  def(t, "splitlines", (self, a, kw) => {
    const args = bindArgs("splitlines", a, kw, ["keepends"]);
    if (!args) return NULL;
    const keep = args[0] === undefined ? 0 : isTrue(args[0]);
    return keep < 0 ? NULL : newList(splitLines(text(self), keep === 1, new Set([10, 13])).map((p) => mk(self, p)));
  });
  for (const [name, left, right] of [["strip", true, true], ["lstrip", true, false], ["rstrip", false, true]] as const) {
    def(t, name, (self, a, kw) => {
      if (!arity(name, a, 0, 1, kw)) return NULL;
      const chars = a.length && a[0] !== None ? bytesArg(a[0]!) : null;
      if (chars === undefined) return NULL;
      return mk(self, stripChars(text(self), chars && latin1(chars), asciiSpace, left, right));
    });
  }
  def(t, "replace", (self, a, kw) => {
    if (!arity("replace", a, 2, 3, kw)) return NULL;
    const old = bytesArg(a[0]!);
    const rep = old && bytesArg(a[1]!);
    const count = rep && (a.length > 2 ? asIndex(a[2]!) : -1);
    if (!old || !rep || count === undefined) return NULL;
    return mk(self, replaceStr(text(self), latin1(old), latin1(rep), count));
  });
  def(t, "join", (self, a, kw) => {
    if (!arity("bytes.join", a, 1, 1, kw)) return NULL;
    const items = toArray(a[0]!);
    if (!items) return NULL;
    const parts: string[] = [];
    for (let i = 0; i < items.length; i++) {
      if (!isBytes(items[i]!)) return raise(T.TypeError!, `sequence item ${i}: expected a bytes-like object, ${typeName(items[i]!)} found`);
      parts.push(latin1(bytesOf(items[i]!)));
    }
    return mk(self, parts.join(text(self)));
  });
  for (const [name, right] of [["partition", false], ["rpartition", true]] as const) {
    def(t, name, (self, a, kw) => {
      if (!arity(`bytes.${name}`, a, 1, 1, kw)) return NULL;
      const sepB = bytesArg(a[0]!);
      if (!sepB) return NULL;
      if (!sepB.length) return raise(T.ValueError!, "empty separator");
      const s = text(self);
      const sep = latin1(sepB);
      const i = right ? s.lastIndexOf(sep) : s.indexOf(sep);
      const empty = () => make(self, new Uint8Array(0));
      if (i < 0) return newTuple(right ? [empty(), empty(), self] : [self, empty(), empty()]);
      return newTuple([mk(self, s.slice(0, i)), a[0]!, mk(self, s.slice(i + sep.length))]);
    });
  }
  for (const [name, atEnd] of [["removeprefix", false], ["removesuffix", true]] as const) {
    def(t, name, (self, a, kw) => {
      if (!arity(`bytes.${name}`, a, 1, 1, kw)) return NULL;
      const p = bytesArg(a[0]!);
      if (!p) return NULL;
      const s = text(self);
      const ps = latin1(p);
      if (!ps || !(atEnd ? s.endsWith(ps) : s.startsWith(ps))) return self;
      return mk(self, atEnd ? s.slice(0, s.length - ps.length) : s.slice(ps.length));
    });
  }
  for (const name of ["center", "ljust", "rjust"] as const) {
    def(t, name, (self, a, kw) => {
      if (!arity(name, a, 1, 2, kw)) return NULL;
      const width = asIndex(a[0]!);
      if (width === undefined) return NULL;
      let fill = " ";
      if (a.length > 1) {
        if (!isBytes(a[1]!) || bytesOf(a[1]!).length !== 1) {
          return raise(T.TypeError!, `${name}() argument 2 must be a byte string of length 1, not ${isBytes(a[1]!) ? "bytes" : typeName(a[1]!)}`);
        }
        fill = latin1(bytesOf(a[1]!));
      }
      const s = text(self);
      if (s.length >= width) return self;
      const r = name === "center" ? centerPad(s, width, fill, s.length) : name === "ljust" ? s + fill.repeat(width - s.length) : fill.repeat(width - s.length) + s;
      return mk(self, r);
    });
  }
  def(t, "zfill", (self, a, kw) => {
    if (!arity("bytes.zfill", a, 1, 1, kw)) return NULL;
    const w = asIndex(a[0]!);
    return w === undefined ? NULL : mk(self, zfillStr(text(self), w, bytesOf(self).length));
  });
  def(t, "expandtabs", (self, a, kw) => {
    const args = bindArgs("expandtabs", a, kw, ["tabsize"]);
    const size = args === undefined ? undefined : args[0] === undefined ? 8 : asIndex(args[0]);
    return size === undefined ? NULL : mk(self, expandTabs(text(self), size));
  });
  const swap = (s: string) => s.replace(/[A-Za-z]/g, (c) => (c <= "Z" ? c.toLowerCase() : c.toUpperCase()));
  const capitalize = (s: string) => upper(s.slice(0, 1)) + lower(s.slice(1));
  for (const [name, f] of [["upper", upper], ["lower", lower], ["swapcase", swap], ["title", asciiTitle], ["capitalize", capitalize]] as const) {
    def(t, name, (self, a, kw) => (arity(`bytes.${name}`, a, 0, 0, kw) ? mk(self, f(text(self))) : NULL));
  }
  const preds: [string, (s: string) => boolean][] = [
    ["isalpha", (s) => /^[A-Za-z]+$/.test(s)], ["isdigit", (s) => /^[0-9]+$/.test(s)], ["isalnum", (s) => /^[A-Za-z0-9]+$/.test(s)],
    ["isspace", (s) => /^[ \t\n\r\x0b\x0c]+$/.test(s)], ["isupper", (s) => /[A-Z]/.test(s) && !/[a-z]/.test(s)],
    ["islower", (s) => /[a-z]/.test(s) && !/[A-Z]/.test(s)], ["istitle", asciiIsTitle], ["isascii", (s) => /^[\x00-\x7f]*$/.test(s)],
  ];
  for (const [name, f] of preds) def(t, name, (self, a, kw) => (arity(`bytes.${name}`, a, 0, 0, kw) ? bool(f(text(self))) : NULL));
}

/** Methods bytes and bytearray share (results have the receiver's kind). */
function defineBytesLike(t: number): void {
  defineTextLike(t);
  def(t, "decode", (self, a, kw) => {
    const args = bindArgs("decode", a, kw, ["encoding", "errors"]);
    if (!args) return NULL;
    for (const [i, what] of [[0, "encoding"], [1, "errors"]] as const) {
      const v = args[i];
      if (v !== undefined && typeOfValue(v) !== L.TYPE_STR) return raise(T.TypeError!, `decode() argument '${what}' must be str, not ${typeName(v)}`);
    }
    const s = decodeBytes(bytesOf(self), args[0] === undefined ? "utf-8" : strOf(args[0]), args[1] === undefined ? "strict" : strOf(args[1]));
    return s === undefined ? NULL : newStr(s);
  });
  def(t, "hex", (self, a, kw) => {
    const args = bindArgs("hex", a, kw, ["sep", "bytes_per_sep"]);
    if (!args) return NULL;
    const digits = Array.from(bytesOf(self), hex2);
    if (args[0] === undefined) return newStr(digits.join(""));
    const sep = typeOfValue(args[0]) === L.TYPE_STR ? strOf(args[0]) : isBytes(args[0]) ? latin1(bytesOf(args[0])) : undefined;
    if (sep === undefined || sep.length !== 1) return raise(T.ValueError!, "sep must be length 1.");
    const per = args[1] === undefined ? 1 : asIndex(args[1]);
    if (per === undefined) return NULL;
    const n = Math.max(1, Math.abs(per));
    const groups: string[] = [];
    // Positive bytes_per_sep groups from the right, negative from the left.
    if (per >= 0) for (let end = digits.length; end > 0; end -= n) groups.unshift(digits.slice(Math.max(0, end - n), end).join(""));
    else for (let i = 0; i < digits.length; i += n) groups.push(digits.slice(i, i + n).join(""));
    return newStr(groups.join(sep));
  });
  const cm = heap().allocObject(T.classmethod!, L.WRAPPER_SIZE);
  store32(cm + L.INSTANCE_DICT, 0);
  store32(cm + L.WRAPPED_FUNC, newBuiltin("fromhex", fromhex, NULL, 0, `${typeInfo(t).name}.fromhex`));
  typeInfo(t).dict.set("fromhex", cm as Value);

  def(t, "__len__", (self) => newInt(bytesOf(self).length));
  def(t, "__getitem__", (self, a) => {
    if (!arity("__getitem__", a, 1, 1)) return NULL;
    const b = bytesOf(self);
    const key = a[0]!;
    if (typeOfValue(key) === T.slice) {
      const s = sliceIndices(key, b.length);
      if (!s) return NULL;
      const out = new Uint8Array(s.length);
      for (let i = 0, j = s.start; i < s.length; i++, j += s.step) out[i] = b[j]!;
      return make(self, out);
    }
    const i = byteIndex(self, key, "index out of range");
    return i === undefined ? NULL : newInt(b[i]!);
  });
  def(t, "__iter__", (self) => {
    let i = 0;
    return newNativeIter({ next: () => (i < bytesOf(self).length ? newInt(bytesOf(self)[i++]!) : NULL), trace: (visit) => visit(self) });
  });
  def(t, "__contains__", (self, a) => {
    if (!arity("__contains__", a, 1, 1)) return NULL;
    const sub = subArg(a[0]!);
    return sub === undefined ? NULL : bool(latin1(bytesOf(self)).includes(sub));
  });
  def(t, "__add__", (self, a) => {
    if (!arity("__add__", a, 1, 1)) return NULL;
    const o = a[0]!;
    if (!isBytes(o)) {
      // CPython's bytes concatenation is sq_concat: the other operand's __radd__ goes first.
      if (userRadd(o)) return notImplemented();
      return raise(T.TypeError!, `can't concat ${typeName(o)} to ${typeInfo(typeOfValue(self)).name}`);
    }
    return make(self, concat(bytesOf(self), bytesOf(o)));
  });
  const mul = (self: Value, a: readonly Value[]) => {
    if (!arity("__mul__", a, 1, 1)) return NULL;
    const o = a[0]!;
    if (!isIndexable(o)) {
      const seq = ["str", "list", "tuple", "bytes"].includes(typeInfo(typeOfValue(o)).layout);
      if (!seq && lookupType(typeOfValue(o), "__rmul__") !== NULL) return notImplemented();
      return raise(T.TypeError!, `can't multiply sequence by non-int of type '${typeName(o)}'`);
    }
    const out = repeat(bytesOf(self), o);
    return out ? make(self, out) : NULL;
  };
  def(t, "__mul__", mul);
  def(t, "__rmul__", mul);
  const cmp = (x: Uint8Array, y: Uint8Array): number => {
    for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
    return x.length - y.length;
  };
  const ops: [string, (c: number) => boolean][] = [
    ["__lt__", (c) => c < 0], ["__le__", (c) => c <= 0], ["__eq__", (c) => c === 0], ["__ne__", (c) => c !== 0], ["__gt__", (c) => c > 0], ["__ge__", (c) => c >= 0],
  ];
  for (const [name, f] of ops) {
    def(t, name, (self, a) => (!arity(name, a, 1, 1) ? NULL : isBytes(a[0]!) ? bool(f(cmp(bytesOf(self), bytesOf(a[0]!)))) : notImplemented()));
  }
}

function concat(x: Uint8Array, y: Uint8Array): Uint8Array {
  const out = new Uint8Array(x.length + y.length);
  out.set(x);
  out.set(y, x.length);
  return out;
}
function repeat(b: Uint8Array, nv: Value): Uint8Array | undefined {
  const n = Math.max(asIndex(nv) ?? -1, 0);
  if (asIndex(nv) === undefined) return undefined;
  if (b.length * n > 2e8) return void raise(T.MemoryError!);
  const out = new Uint8Array(b.length * n);
  for (let k = 0; k < n; k++) out.set(b, k * b.length);
  return out;
}
/** A normalized index into a bytes-like object, or undefined with IndexError/TypeError set. */
function byteIndex(self: Value, key: Value, outOfRange: string): number | undefined {
  if (!isIndexable(key)) return void raise(T.TypeError!, `${typeInfo(typeOfValue(self)).name === "bytes" ? "byte" : "bytearray"} indices must be integers or slices, not ${typeName(key)}`);
  let i = asIndex(key);
  if (i === undefined) return undefined;
  const n = bytesOf(self).length;
  if (i < 0) i += n;
  return i < 0 || i >= n ? void raise(T.IndexError!, outOfRange) : i;
}
/** An int argument that must be a byte value. */
function byteValue(v: Value): number | undefined {
  const n = asIndex(v);
  if (n === undefined) return undefined;
  return n < 0 || n > 255 ? void raise(T.ValueError!, "byte must be in range(0, 256)") : n;
}

function defineByteArray(t: number): void {
  unhashable(t);
  def(t, "__repr__", (self) => newStr(`bytearray(${bytesRepr(bytesOf(self))})`));
  /** Applies `f` to the bytes as an array: it edits it in place or returns a replacement. */
  const edit = (self: Value, f: (xs: number[]) => number[] | void): Value => {
    const xs = Array.from(bytesOf(self));
    setData(self, Uint8Array.from(f(xs) ?? xs));
    return None;
  };
  def(t, "__setitem__", (self, a) => {
    if (!arity("__setitem__", a, 2, 2)) return NULL;
    const [key, v] = a as [Value, Value];
    if (typeOfValue(key) === T.slice) {
      const n = bytesOf(self).length;
      const s = sliceIndices(key, n);
      const src = s && (isBytes(v) ? Array.from(bytesOf(v)) : bytesDataList(v));
      if (!s || !src) return NULL;
      if (s.step !== 1 && src.length !== s.length) return raise(T.ValueError!, `attempt to assign bytes of size ${src.length} to extended slice of size ${s.length}`);
      return edit(self, (xs) => {
        if (s.step === 1) return [...xs.slice(0, s.start), ...src, ...xs.slice(Math.max(s.start, s.stop))];
        else for (let i = 0, j = s.start; i < s.length; i++, j += s.step) xs[j] = src[i]!;
      });
    }
    const i = byteIndex(self, key, "bytearray index out of range");
    const b = i === undefined ? undefined : byteValue(v);
    if (i === undefined || b === undefined) return NULL;
    bytesOf(self)[i] = b;
    return None;
  });
  def(t, "__delitem__", (self, a) => {
    if (!arity("__delitem__", a, 1, 1)) return NULL;
    const key = a[0]!;
    if (typeOfValue(key) === T.slice) {
      const s = sliceIndices(key, bytesOf(self).length);
      if (!s) return NULL;
      const drop = new Set<number>();
      for (let i = 0, j = s.start; i < s.length; i++, j += s.step) drop.add(j);
      return edit(self, (xs) => xs.filter((_, k) => !drop.has(k)));
    }
    const i = byteIndex(self, key, "bytearray index out of range");
    return i === undefined ? NULL : edit(self, (xs) => void xs.splice(i, 1));
  });
  def(t, "append", (self, a, kw) => {
    const b = arity("bytearray.append", a, 1, 1, kw) ? byteValue(a[0]!) : undefined;
    return b === undefined ? NULL : edit(self, (xs) => void xs.push(b));
  });
  def(t, "insert", (self, a, kw) => {
    if (!arity("insert", a, 2, 2, kw)) return NULL;
    const i = asIndex(a[0]!);
    const b = i === undefined ? undefined : byteValue(a[1]!);
    if (i === undefined || b === undefined) return NULL;
    return edit(self, (xs) => void xs.splice(i < 0 ? Math.max(0, i + xs.length) : Math.min(i, xs.length), 0, b));
  });
  def(t, "extend", (self, a, kw) => {
    const src = arity("bytearray.extend", a, 1, 1, kw) ? (isBytes(a[0]!) ? Array.from(bytesOf(a[0]!)) : bytesDataList(a[0]!)) : undefined;
    return src ? edit(self, (xs) => [...xs, ...src]) : NULL;
  });
  def(t, "__iadd__", (self, a) => {
    if (!arity("__iadd__", a, 1, 1)) return NULL;
    if (!isBytes(a[0]!)) return raise(T.TypeError!, `can't concat ${typeName(a[0]!)} to bytearray`);
    setData(self, concat(bytesOf(self), bytesOf(a[0]!)));
    return self;
  });
  def(t, "__imul__", (self, a) => {
    const out = arity("__imul__", a, 1, 1) ? repeat(bytesOf(self), a[0]!) : undefined;
    if (!out) return NULL;
    setData(self, out);
    return self;
  });
  def(t, "pop", (self, a, kw) => {
    if (!arity("pop", a, 0, 1, kw)) return NULL;
    const n = bytesOf(self).length;
    if (n === 0) return raise(T.IndexError!, "pop from empty bytearray");
    let i = a.length ? asIndex(a[0]!) : -1;
    if (i === undefined) return NULL;
    if (i < 0) i += n;
    if (i < 0 || i >= n) return raise(T.IndexError!, "pop index out of range");
    const v = bytesOf(self)[i]!;
    edit(self, (xs) => void xs.splice(i!, 1));
    return newInt(v);
  });
  def(t, "remove", (self, a, kw) => {
    const b = arity("bytearray.remove", a, 1, 1, kw) ? byteValue(a[0]!) : undefined;
    if (b === undefined) return NULL;
    const i = bytesOf(self).indexOf(b);
    return i < 0 ? raise(T.ValueError!, "value not found in bytearray") : edit(self, (xs) => void xs.splice(i, 1));
  });
  def(t, "clear", (self, a, kw) => (arity("bytearray.clear", a, 0, 0, kw) ? edit(self, () => []) : NULL));
  def(t, "reverse", (self, a, kw) => (arity("bytearray.reverse", a, 0, 0, kw) ? edit(self, (xs) => void xs.reverse()) : NULL));
  def(t, "copy", (self, a, kw) => (arity("bytearray.copy", a, 0, 0, kw) ? newByteArray(bytesOf(self).slice()) : NULL));
}

/** Byte values of an iterable of ints (bytearray.extend, slice assignment). */
function bytesDataList(v: Value): number[] | undefined {
  const r = bytesData("bytearray", [v], undefined, true);
  if (!(r instanceof Uint8Array)) return undefined;
  return Array.from(r);
}

/** int.from_bytes / int.to_bytes (they live here with the other bytes conversions). */
function defineIntBytes(): void {
  const order = (v: Value | undefined): boolean | undefined => {
    const s = v === undefined ? "big" : typeOfValue(v) === L.TYPE_STR ? strOf(v) : "";
    if (s === "big" || s === "little") return s === "little";
    return void raise(T.ValueError!, "byteorder must be either 'little' or 'big'");
  };
  const cm = heap().allocObject(T.classmethod!, L.WRAPPER_SIZE);
  store32(cm + L.INSTANCE_DICT, 0);
  store32(cm + L.WRAPPED_FUNC, newBuiltin("from_bytes", (_s, a, kw) => {
    const args = bindArgs("from_bytes", a.slice(1), kw, ["bytes", "byteorder", "signed"]);
    if (!args || args[0] === undefined) return args ? raise(T.TypeError!, "from_bytes() missing required argument 'bytes' (pos 1)") : NULL;
    const little = order(args[1]);
    const data = little === undefined ? undefined : isBytes(args[0]) ? bytesOf(args[0]) : bytesDataList(args[0]);
    if (little === undefined || data === undefined) return NULL;
    const bs = Array.from(data);
    if (little) bs.reverse();
    let n = 0n;
    for (const b of bs) n = (n << 8n) | BigInt(b);
    if (args[2] !== undefined && isTrue(args[2]) === 1 && bs.length && bs[0]! >= 0x80) n -= 1n << BigInt(8 * bs.length);
    return newInt(n);
  }, NULL, 0, "int.from_bytes"));
  typeInfo(L.TYPE_INT).dict.set("from_bytes", cm as Value);
  def(L.TYPE_INT, "to_bytes", (self, a, kw) => {
    const args = bindArgs("to_bytes", a, kw, ["length", "byteorder", "signed"]);
    if (!args) return NULL;
    const len = args[0] === undefined ? 1 : asIndex(args[0]);
    const little = len === undefined ? undefined : order(args[1]);
    if (len === undefined || little === undefined) return NULL;
    if (len < 0) return raise(T.ValueError!, "length argument must be non-negative");
    const signed = args[2] !== undefined && isTrue(args[2]) === 1;
    let n = bigOf(self);
    if (n < 0n && !signed) return raise(T.OverflowError!, "can't convert negative int to unsigned");
    const bits = BigInt(8 * len);
    if (signed ? n >= 1n << (bits - 1n) || n < -(1n << (bits - 1n)) : n >= 1n << bits) return raise(T.OverflowError!, "int too big to convert");
    if (n < 0n) n += 1n << bits;
    const out = new Uint8Array(len);
    for (let i = len - 1; i >= 0; i--, n >>= 8n) out[i] = Number(n & 0xffn);
    if (little) out.reverse();
    return newBytes(out);
  });
}

export function defineBytesMethods(): void {
  T.bytearray = newHeapType("bytearray", [L.TYPE_OBJECT], "bytes").ptr;
  typeInfo(T.bytearray).hasDict = false;
  const release = (obj: number) => releaseHandle(load32(obj + L.SIDE_HANDLE));
  heap().setHooks(T.bytearray, undefined, release);
  for (const t of [T.bytes!, T.bytearray]) {
    constructors.set(t, construct);
    defineBytesLike(t);
  }
  defineByteArray(T.bytearray);
  const t = T.bytes!;
  // CPython hashes bytes and latin-1 strs alike (hash(b'ab') == hash('ab')).
  def(t, "__hash__", (self) => newInt(hash(newStr(latin1(bytesOf(self))))!));
  def(t, "__repr__", (self) => newStr(bytesRepr(bytesOf(self))));
  def(t, "__bytes__", (self) => self);
  defineIntBytes();
}
