// The string module: the character-class constants, capwords and Template (Lib/string.py).
import * as L from "../layout.js";
import type { Kw } from "../objects/callables.js";
import { clearException, exceptionMatches, raise, typeName } from "../objects/exceptions.js";
import { raiseKey } from "../builtins/methods-list.js";
import { getAttr, setAttr, str } from "../vm/ops/object.js";
import { getItem } from "../vm/ops/sequence.js";
import { T } from "../objects/registry.js";
import { lookupType, typeInfo } from "../objects/typeobj.js";
import { bool, listItems, newList, newStr, None, NULL, strOf, typeOfValue } from "../objects/values.js";
import { call } from "../vm/ops/call.js";
import type { Ptr, Value } from "../vm/types.js";
import { checkArgs, defineModule, defMethod, func, kwGet, nativeType } from "./util.js";

const LOWER = "abcdefghijklmnopqrstuvwxyz";
const UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const DIGITS = "0123456789";
const PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
const WHITESPACE = " \t\n\r\x0b\x0c";

/** str.<name>(...args), through the str type's own method so the semantics are one copy. */
function strMethod(name: string, args: Value[]): Value {
  return call(lookupType(L.TYPE_STR, name), args);
}

/** capwords(s, sep=None): (sep or ' ').join(w.capitalize() for w in s.split(sep)). */
function capwords(_s: Value, a: readonly Value[], kw: { names: readonly string[]; values: readonly Value[] } | undefined): Value {
  const s = a[0] ?? kwGet(kw, "s");
  const sep = a[1] ?? kwGet(kw, "sep") ?? None;
  if (s === undefined) return raise(T.TypeError!, "capwords() missing 1 required positional argument: 's'");
  if (!checkArgs("capwords", a, 0, 2)) return NULL;
  if (typeOfValue(s) !== L.TYPE_STR) return raise(T.AttributeError!, `'${typeName(s)}' object has no attribute 'split'`);
  const parts = strMethod("split", [s, sep]);
  if (parts === NULL) return NULL;
  const words: string[] = [];
  const hasCapitalize = lookupType(L.TYPE_STR, "capitalize") !== NULL;
  for (const w of listItems(parts)) {
    if (!hasCapitalize) {
      const [first = "", ...rest] = strOf(w);
      words.push(first.toUpperCase() + rest.join("").toLowerCase());
      continue;
    }
    const c = strMethod("capitalize", [w]);
    if (c === NULL) return NULL;
    words.push(strOf(c));
  }
  const joiner = sep === None || (typeOfValue(sep) === L.TYPE_STR && strOf(sep) === "") ? " " : strOf(sep);
  return newStr(words.join(joiner));
}

// ---- Template ($-substitution) -----------------------------------------------------------------
let TemplateType: Ptr = 0;

/** The class's pattern for delimiter `d`: escaped, named, braced or invalid placeholders. */
const patternFor = (d: string): RegExp => {
  const e = d.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`${e}(?:(${e})|([_a-zA-Z][_a-zA-Z0-9]*)|\\{([_a-zA-Z][_a-zA-Z0-9]*)\\}|())`, "g");
};

function templateParts(self: Value): [string, RegExp] | undefined {
  const t = getAttr(self, "template");
  if (t === NULL) return undefined;
  const d = getAttr(self, "delimiter");
  if (d === NULL) return undefined;
  return [str(t) ?? "", patternFor(str(d) ?? "$")];
}

/** Template.substitute / safe_substitute: mapping lookups with keywords taking precedence. */
function substitute(self: Value, a: readonly Value[], kw: Kw | undefined, safe: boolean): Value {
  if (a.length > 1) return raise(T.TypeError!, `Template.${safe ? "safe_" : ""}substitute() takes from 1 to 2 positional arguments but ${a.length + 1} were given`);
  const parts = templateParts(self);
  if (!parts) return NULL;
  const [text, re] = parts;
  const lookup = (name: string): Value => {
    const i = kw ? kw.names.indexOf(name) : -1;
    if (i >= 0) return kw!.values[i]!;
    if (!a.length) return raiseKey(newStr(name));
    return getItem(a[0]!, newStr(name));
  };
  let out = "";
  let last = 0;
  for (const m of text.matchAll(re)) {
    out += text.slice(last, m.index);
    last = m.index! + m[0].length;
    const named = m[2] ?? m[3];
    if (named !== undefined) {
      const v = lookup(named);
      if (v === NULL) {
        if (safe && exceptionMatches(T.KeyError!)) {
          clearException();
          out += m[0];
          continue;
        }
        return NULL;
      }
      const sv = str(v);
      if (sv === undefined) return NULL;
      out += sv;
    } else if (m[1] !== undefined) out += m[1];
    else if (safe) out += m[0];
    else {
      // As Template._invalid: position just after the delimiter, counted in splitlines() lines
      const i = m.index! + m[0].length;
      const lines = text.slice(0, i).split(/(?<=\r\n|\n|\r(?!\n))/).filter((l) => l.length);
      const lineno = lines.length || 1;
      const colno = lines.length ? i - lines.slice(0, -1).join("").length : 1;
      return raise(T.ValueError!, `Invalid placeholder in string: line ${lineno}, col ${colno}`);
    }
  }
  return newStr(out + text.slice(last));
}

function defineTemplate(): void {
  TemplateType = nativeType("Template", "string", { hasDict: true, trace: () => {} });
  typeInfo(TemplateType).dict.set("delimiter", newStr("$"));
  typeInfo(TemplateType).dict.set("idpattern", newStr("(?a:[_a-z][_a-z0-9]*)"));
  defMethod(TemplateType, "__init__", (self, a) => (checkArgs("Template", a, 1, 1) && setAttr(self, "template", a[0]!) ? None : NULL));
  defMethod(TemplateType, "substitute", (self, a, kw) => substitute(self, a, kw, false));
  defMethod(TemplateType, "safe_substitute", (self, a, kw) => substitute(self, a, kw, true));
  defMethod(TemplateType, "get_identifiers", (self) => {
    const parts = templateParts(self);
    if (!parts) return NULL;
    const seen: string[] = [];
    for (const m of parts[0].matchAll(parts[1])) {
      const n = m[2] ?? m[3];
      if (n !== undefined && !seen.includes(n)) seen.push(n);
    }
    return newList(seen.map((n) => newStr(n)));
  });
  defMethod(TemplateType, "is_valid", (self) => {
    const parts = templateParts(self);
    if (!parts) return NULL;
    for (const m of parts[0].matchAll(parts[1])) if (m[1] === undefined && m[2] === undefined && m[3] === undefined) return bool(false);
    return bool(true);
  });
}

export function installString(): void {
  defineModule("string", (set) => {
    set("ascii_lowercase", newStr(LOWER));
    set("ascii_uppercase", newStr(UPPER));
    set("ascii_letters", newStr(LOWER + UPPER));
    set("digits", newStr(DIGITS));
    set("hexdigits", newStr(DIGITS + "abcdef" + "ABCDEF"));
    set("octdigits", newStr("01234567"));
    set("punctuation", newStr(PUNCTUATION));
    set("whitespace", newStr(WHITESPACE));
    set("printable", newStr(DIGITS + LOWER + UPPER + PUNCTUATION + WHITESPACE));
    set("capwords", func("capwords", capwords));
    if (!TemplateType) defineTemplate();
    set("Template", TemplateType as Value);
  });
}
