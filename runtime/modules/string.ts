// The string module: the character-class constants and capwords (Lib/string.py).
import * as L from "../layout.js";
import { raise, typeName } from "../objects/exceptions.js";
import { T } from "../objects/registry.js";
import { lookupType } from "../objects/typeobj.js";
import { listItems, newStr, None, NULL, strOf, typeOfValue } from "../objects/values.js";
import { call } from "../vm/ops/call.js";
import type { Value } from "../vm/types.js";
import { checkArgs, defineModule, func, kwGet } from "./util.js";

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
  });
}
