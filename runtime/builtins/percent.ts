// String formatting engines of str: printf-style `fmt % args` (an adapter from VM values to
// runtime/lib/percent-format.ts, a port of CPython's PyUnicode_Format) and str.format /
// str.format_map (a port of CPython's Objects/stringlib/unicode_format.h, with its errors).
import * as L from "../layout.js";
import { PyLibError } from "../lib/errors.js";
import { type PercentArgs, type PercentNumber, percentFormat } from "../lib/percent-format.js";
import { decimalValue } from "../lib/unicode.js";
import { type Kw } from "../objects/callables.js";
import { newException, raise, setException, typeName } from "../objects/exceptions.js";
import { T } from "../objects/registry.js";
import { lookupType, typeInfo } from "../objects/typeobj.js";
import { bigOf, floatOf, newInt, newStr, NULL, strOf, tupleItems, typeOfValue } from "../objects/values.js";
import { call } from "../vm/ops/call.js";
import { asciiOf, format } from "../vm/ops/format.js";
import { setPercentFormat } from "../vm/ops/number.js";
import { getAttr, repr, str, strRepr } from "../vm/ops/object.js";
import { getItem } from "../vm/ops/sequence.js";
import { heap } from "../vm/space.js";
import type { Value } from "../vm/types.js";

/** Thrown through the JS formatting code when a VM call failed (the exception is already set). */
class Raised extends Error {}
const ok = <R>(r: R | undefined): R => {
  if (r === undefined) throw new Raised();
  return r;
};
const okValue = (v: Value): Value => {
  if (v === NULL) throw new Raised();
  return v;
};

/** Runs a formatting function, turning library errors into Python exceptions. */
function guarded(f: () => string): Value {
  const roots = heap().roots;
  const mark = roots.length;
  try {
    return newStr(f());
  } catch (e) {
    if (e instanceof Raised) return NULL;
    if (e instanceof PyLibError) return raise(T[e.pyType]!, e.message);
    throw e;
  } finally {
    roots.length = mark;
  }
}

// ---- printf-style % -------------------------------------------------------------------------

const isStrValue = (v: Value): boolean => typeOfValue(v) === L.TYPE_STR;
/** Values cross into the library as VM values, except strs, which it must see as JS strings (%c, %s). */
const toLib = (v: Value): unknown => (isStrValue(v) ? strOf(v) : v);

function numberOf(v: Value): PercentNumber | null {
  const t = typeOfValue(v);
  if (t === L.TYPE_INT || t === L.TYPE_BOOL) return { kind: "int", value: bigOf(v) };
  if (t === L.TYPE_FLOAT) return { kind: "float", value: floatOf(v) };
  for (const name of ["__index__", "__int__", "__float__"]) {
    const f = lookupType(t, name);
    if (f === NULL) continue;
    const r = okValue(call(f, [v]));
    return name === "__float__" ? { kind: "float", value: floatOf(r) } : { kind: "int", value: bigOf(r) };
  }
  return null;
}

const hooks = {
  str: (v: unknown) => (typeof v === "string" ? v : ok(str(v as Value))),
  repr: (v: unknown) => (typeof v === "string" ? strRepr(v) : ok(repr(v as Value))),
  ascii: (v: unknown) => asciiOf(typeof v === "string" ? strRepr(v) : ok(repr(v as Value))),
  typeName: (v: unknown) => (typeof v === "string" ? "str" : typeName(v as Value)),
  number: (v: unknown) => (typeof v === "string" ? null : numberOf(v as Value)),
  isStr: (v: unknown): v is string => typeof v === "string",
};

/** `fmt % args` for a str `fmt`. */
export function percentFormatValue(fmt: Value, args: Value): Value {
  return guarded(() => {
    const t = typeOfValue(args);
    const layout = (args & 1) === 1 ? "int" : typeInfo(t).layout;
    let a: PercentArgs;
    if (layout === "tuple") a = { tuple: tupleItems(args).map(toLib) };
    else if (layout !== "str" && lookupType(t, "__getitem__") !== NULL) {
      // A mapping (PyMapping_Check): enables %(key)s and allows unused arguments.
      a = {
        value: toLib(args),
        getItem: (key: string) => {
          const v = okValue(getItem(args, newStr(key)));
          heap().roots.push(v);
          return toLib(v);
        },
      };
    } else a = { value: toLib(args) };
    return percentFormat(strOf(fmt), a, hooks);
  });
}

export function installPercent(): void {
  setPercentFormat(percentFormatValue);
}

// ---- str.format -----------------------------------------------------------------------------

const valueError = (msg: string): never => {
  raise(T.ValueError!, msg);
  throw new Raised();
};

/** Sources of replacement fields: positional args (absent for format_map) and a keyword lookup. */
interface Sources {
  args: readonly Value[] | undefined;
  kw: (name: string) => Value;
  /** Auto-numbering state: 0 initial, 1 automatic, 2 manual. */
  state: number;
  next: number;
}

/** get_integer: the value of an all-decimal-digits field name, or -1. */
function getInteger(s: string): number {
  if (s === "") return -1;
  let n = 0;
  for (const ch of s) {
    const d = decimalValue(ch.codePointAt(0)!);
    if (d < 0) return -1;
    n = n * 10 + d;
    if (n > Number.MAX_SAFE_INTEGER) valueError("Too many decimal digits in format string");
  }
  return n;
}

/** Looks up a field name like `0`, `name`, `0.attr[key]`, `` (auto-numbered). */
function fieldObject(name: string, src: Sources): Value {
  let i = 0;
  while (i < name.length && name[i] !== "." && name[i] !== "[") i++;
  const first = name.slice(0, i);
  let index = getInteger(first);
  const empty = first === "";
  if (empty || index !== -1) {
    if (src.state === 0) src.state = empty ? 1 : 2;
    if (src.state === 2 && empty) valueError("cannot switch from manual field specification to automatic field numbering");
    if (src.state === 1 && !empty) valueError("cannot switch from automatic field numbering to manual field specification");
    if (empty) index = src.next++;
  }
  let obj: Value;
  if (index === -1) obj = okValue(src.kw(first));
  else {
    if (!src.args) valueError("Format string contains positional fields");
    if (index >= src.args!.length) {
      raise(T.IndexError!, `Replacement index ${index} out of range for positional args tuple`);
      throw new Raised();
    }
    obj = src.args![index]!;
  }
  // The rest: .attr and [key] accessors.
  while (i < name.length) {
    heap().roots.push(obj);
    const c = name[i++];
    if (c === ".") {
      const j = i;
      while (i < name.length && name[i] !== "." && name[i] !== "[") i++;
      const attr = name.slice(j, i);
      if (attr === "") valueError("Empty attribute in format string");
      obj = okValue(getAttr(obj, attr));
    } else if (c === "[") {
      const j = i;
      while (i < name.length && name[i] !== "]") i++;
      if (i >= name.length) valueError("Missing ']' in format string");
      const key = name.slice(j, i++);
      if (key === "") valueError("Empty attribute in format string");
      const k = getInteger(key);
      obj = okValue(getItem(obj, k === -1 ? newStr(key) : newInt(k)));
    } else valueError("Only '.' or '[' may follow ']' in format field specifier");
  }
  return obj;
}

function convert(obj: Value, conv: string): Value {
  switch (conv) {
    case "r":
      return newStr(ok(repr(obj)));
    case "s":
      return newStr(ok(str(obj)));
    case "a":
      return newStr(asciiOf(ok(repr(obj))));
  }
  const cp = conv.codePointAt(0)!;
  return valueError(cp > 32 && cp < 127 ? `Unknown conversion specifier ${conv}` : `Unknown conversion specifier \\x${cp.toString(16)}`);
}

/** build_string: expands `fmt` (its own nested specs with depth - 1). */
function buildString(fmt: string, src: Sources, depth: number): string {
  if (depth <= 0) valueError("Max string recursion exceeded");
  const s = Array.from(fmt);
  const n = s.length;
  let pos = 0;
  let out = "";
  while (pos < n) {
    // Literal text up to the next brace; doubled braces are literal.
    let c = "";
    let markup = false;
    const start = pos;
    while (pos < n) {
      c = s[pos++]!;
      if (c === "{" || c === "}") {
        markup = true;
        break;
      }
    }
    const atEnd = pos >= n;
    let len = pos - start;
    if (c === "}" && markup && (atEnd || s[pos] !== "}")) valueError("Single '}' encountered in format string");
    if (atEnd && c === "{" && markup) valueError("Single '{' encountered in format string");
    if (markup && !atEnd) {
      if (s[pos] === c) {
        pos++;
        markup = false;
      } else len--;
    }
    out += s.slice(start, start + len).join("");
    if (!markup) continue;
    // parse_field: name up to ':' '!' or '}' (brackets may contain them).
    const nameStart = pos;
    c = "";
    while (pos < n) {
      c = s[pos++]!;
      if (c === "{") valueError("unexpected '{' in field name");
      if (c === "[") {
        while (pos < n && s[pos] !== "]") pos++;
        continue;
      }
      if (c === "}" || c === ":" || c === "!") break;
    }
    const name = s.slice(nameStart, pos - 1).join("");
    let conv = "";
    let spec = "";
    let nested = false;
    if (c === "!" || c === ":") {
      let done = false;
      if (c === "!") {
        if (pos >= n) valueError("end of string while looking for conversion specifier");
        conv = s[pos++]!;
        if (pos < n) {
          const c2 = s[pos++]!;
          if (c2 === "}") done = true;
          else if (c2 !== ":") valueError("expected ':' after conversion specifier");
        }
      }
      if (!done) {
        const specStart = pos;
        let count = 1;
        let closed = false;
        while (pos < n) {
          const c3 = s[pos++]!;
          if (c3 === "{") {
            nested = true;
            count++;
          } else if (c3 === "}" && --count === 0) {
            spec = s.slice(specStart, pos - 1).join("");
            closed = true;
            break;
          }
        }
        if (!closed) valueError("unmatched '{' in format spec");
      }
    } else if (c !== "}") valueError("expected '}' before end of string");
    let obj = fieldObject(name, src);
    heap().roots.push(obj);
    if (conv) {
      obj = convert(obj, conv);
      heap().roots.push(obj);
    }
    if (nested) spec = buildString(spec, src, depth - 1);
    out += ok(format(obj, spec));
  }
  return out;
}

/** str.format(*args, **kw), or str.format_map(mapping) when `mapping` is not NULL. */
export function formatMethod(fmt: string, args: readonly Value[], kw: Kw | undefined, mapping: Value): Value {
  return guarded(() => {
    const src: Sources = {
      args: mapping === NULL ? args : undefined,
      kw: (name) => {
        if (mapping !== NULL) return getItem(mapping, newStr(name));
        const i = kw ? kw.names.indexOf(name) : -1;
        return i >= 0 ? kw!.values[i]! : setException(newException(T.KeyError!, [newStr(name)]));
      },
      state: 0,
      next: 0,
    };
    return buildString(fmt, src, 2);
  });
}

