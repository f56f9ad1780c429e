// Binding call arguments to a Python function's parameters, with CPython's error messages.
import { CO } from "../compiler/code.js";
import * as L from "../layout.js";
import { type CodeObject, type FunctionData, type Kw } from "../objects/callables.js";
import { dictStore, newDict } from "../objects/dict.js";
import { raise } from "../objects/exceptions.js";
import { T } from "../objects/registry.js";
import { intern, newTuple, NULL, tupleAt, tupleLength } from "../objects/values.js";

import { store32 } from "./memory.js";
import type { Ptr, Value } from "./types.js";

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

function listNames(names: string[]): string {
  const q = names.map((n) => `'${n}'`);
  if (q.length === 1) return q[0]!;
  if (q.length === 2) return `${q[0]} and ${q[1]}`;
  return `${q.slice(0, -1).join(", ")}, and ${q[q.length - 1]}`;
}

export function bindArguments(code: CodeObject, fn: FunctionData, _func: Value, f: Ptr, args: readonly Value[], kw: Kw | undefined): boolean {
  const info = code.info;
  const slots = f + L.FRAME_LOCALS;
  const set = (i: number, v: Value) => store32(slots + 4 * i, v);
  const nPos = info.argcount;
  const nKwOnly = info.kwonlyargcount;
  const hasVarargs = (info.flags & CO.VARARGS) !== 0;
  const hasVarkw = (info.flags & CO.VARKEYWORDS) !== 0;
  // Fast path: exact positional arguments, no keywords.
  if (!kw && args.length === nPos && !hasVarargs && !hasVarkw && nKwOnly === 0) {
    for (let i = 0; i < nPos; i++) set(i, args[i]!);
    return true;
  }
  const name = fn.qualname;
  const bound = new Array<boolean>(nPos + nKwOnly).fill(false);
  const nGiven = Math.min(args.length, nPos);
  for (let i = 0; i < nGiven; i++) {
    set(i, args[i]!);
    bound[i] = true;
  }
  let slot = nPos + nKwOnly;
  if (hasVarargs) {
    const extra = newTuple(args.slice(nPos));
    if (extra === NULL) return false;
    set(slot++, extra);
  } else if (args.length > nPos) {
    const defaults = fn.defaults === NULL ? 0 : tupleLength(fn.defaults);
    const kwGiven = kw ? kw.names.filter((n) => info.localsplus.indexOf(n) >= nPos && info.localsplus.indexOf(n) < nPos + nKwOnly).length : 0;
    const takes = defaults ? `from ${nPos - defaults} to ${nPos}` : `${nPos}`;
    const kwPart = kwGiven ? ` positional argument${args.length === 1 ? "" : "s"} (and ${plural(kwGiven, "keyword-only argument")})` : "";
    raise(
      T.TypeError!,
      kwPart
        ? `${name}() takes ${takes} positional argument${nPos === 1 && !defaults ? "" : "s"} but ${args.length}${kwPart} were given`
        : `${name}() takes ${takes} positional argument${nPos === 1 && !defaults ? "" : "s"} but ${args.length} ${args.length === 1 ? "was" : "were"} given`,
    );
    return false;
  }
  let varkw: Value = NULL;
  if (hasVarkw) {
    varkw = newDict();
    if (varkw === NULL) return false;
    set(slot, varkw);
  }
  if (kw) {
    for (let k = 0; k < kw.names.length; k++) {
      const kname = kw.names[k]!;
      const idx = info.localsplus.indexOf(kname);
      if (idx >= info.posonlyargcount && idx < nPos + nKwOnly) {
        if (bound[idx]) {
          raise(T.TypeError!, `${name}() got multiple values for argument '${kname}'`);
          return false;
        }
        set(idx, kw.values[k]!);
        bound[idx] = true;
      } else if (varkw !== NULL) {
        if (!dictStore(varkw).set(intern(kname), kw.values[k]!)) return false;
      } else {
        if (idx >= 0 && idx < info.posonlyargcount) {
          raise(T.TypeError!, `${name}() got some positional-only arguments passed as keyword arguments: '${kname}'`);
        } else raise(T.TypeError!, `${name}() got an unexpected keyword argument '${kname}'`);
        return false;
      }
    }
  }
  // Defaults for missing positional parameters, then keyword-only defaults.
  const defaults = fn.defaults;
  const nDefaults = defaults === NULL ? 0 : tupleLength(defaults);
  const missing: string[] = [];
  for (let i = 0; i < nPos; i++) {
    if (bound[i]) continue;
    const d = i - (nPos - nDefaults);
    if (d >= 0) set(i, tupleAt(defaults, d));
    else missing.push(info.localsplus[i]!);
  }
  if (missing.length) {
    raise(T.TypeError!, `${name}() missing ${plural(missing.length, "required positional argument")}: ${listNames(missing)}`);
    return false;
  }
  const missingKw: string[] = [];
  for (let i = nPos; i < nPos + nKwOnly; i++) {
    if (bound[i]) continue;
    const pname = info.localsplus[i]!;
    const d = fn.kwdefaults === NULL ? undefined : dictStore(fn.kwdefaults).getStr(pname);
    if (d !== undefined) set(i, d);
    else missingKw.push(pname);
  }
  if (missingKw.length) {
    raise(T.TypeError!, `${name}() missing ${plural(missingKw.length, "required keyword-only argument")}: ${listNames(missingKw)}`);
    return false;
  }
  return true;
}
