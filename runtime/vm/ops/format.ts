// format(value, spec) and f-string FORMAT_VALUE: built-in types use runtime/lib/format-spec.ts
// (CPython's format-spec mini-language); other objects use their __format__.
import * as L from "../../layout.js";
import { formatFloat, formatInt, formatStr } from "../../lib/format-spec.js";
import { PyLibError } from "../../lib/errors.js";
import { raise, typeName } from "../../objects/exceptions.js";
import { T } from "../../objects/registry.js";
import { lookupType } from "../../objects/typeobj.js";
import { bigOf, floatOf, intern, newStr, NULL, strOf, typeOfValue } from "../../objects/values.js";
import type { Value } from "../types.js";
import { call } from "./call.js";
import { repr, str } from "./object.js";

/** format(v, spec) as a JS string, or undefined with an exception set. */
export function format(v: Value, spec: string): string | undefined {
  const t = typeOfValue(v);
  try {
    if (t === L.TYPE_INT) return formatInt(bigOf(v), spec);
    if (t === L.TYPE_BOOL) return spec === "" ? str(v) : formatInt(bigOf(v), spec, "bool");
    if (t === L.TYPE_FLOAT) return formatFloat(floatOf(v), spec);
    if (t === L.TYPE_STR) return formatStr(strOf(v), spec);
  } catch (e) {
    if (e instanceof PyLibError) {
      raise(T[e.pyType]!, e.message);
      return undefined;
    }
    throw e;
  }
  const fn = lookupType(t, "__format__");
  if (fn !== NULL && fn !== objectFormat.v) {
    const r = call(fn, [v, intern(spec)]);
    if (r === NULL) return undefined;
    if (typeOfValue(r) !== L.TYPE_STR) {
      raise(T.TypeError!, `__format__ must return a str, not ${typeName(r)}`);
      return undefined;
    }
    return strOf(r);
  }
  if (spec !== "") {
    raise(T.TypeError!, `unsupported format string passed to ${typeName(v)}.__format__`);
    return undefined;
  }
  return str(v);
}

export const objectFormat = { v: NULL as Value };

/** FORMAT_VALUE: oparg & 3 is the conversion (none, !s, !r, !a); spec may be NULL. */
export function formatValue(v: Value, spec: Value, flags: number): Value {
  const conv = flags & 3;
  let value = v;
  if (conv !== 0) {
    const s = conv === 1 ? str(v) : repr(v);
    if (s === undefined) return NULL;
    value = newStr(conv === 3 ? asciiOf(s) : s);
  }
  const text = format(value, spec === NULL ? "" : strOf(spec));
  return text === undefined ? NULL : newStr(text);
}

export function asciiOf(s: string): string {
  let out = "";
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    out += c < 0x80 ? ch : c < 0x100 ? `\\x${c.toString(16).padStart(2, "0")}` : c < 0x10000 ? `\\u${c.toString(16).padStart(4, "0")}` : `\\U${c.toString(16).padStart(8, "0")}`;
  }
  return out;
}
