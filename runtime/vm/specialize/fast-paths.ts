// The helpers specialized instructions call once their guards have passed: each does one
// kind's work without the generic dispatch (the operand types are known), and returns what the
// generic path would have for those types.
import * as L from "../../layout.js";
import { builtinData, codeObject, functionData, methodFunc, methodSelf } from "../../objects/callables.js";
import { dictStore } from "../../objects/dict.js";
import { raise, typeName } from "../../objects/exceptions.js";
import { T } from "../../objects/registry.js";
import { setStore } from "../../objects/sets.js";
import { lookupType } from "../../objects/typeobj.js";
import { bool, intern, newInt, newStr, None, NULL, strOf } from "../../objects/values.js";
import { isinstanceCheck } from "../../builtins/functions.js";
import type { Helpers } from "../helpers-api.js";
import { callFunction, newFunctionFrame } from "../interpreter.js";
import { frameDepth } from "../frames.js";
import { load32, store32 } from "../memory.js";
import { newInstance } from "../classes.js";
import { length, hasSurrogates, raiseKeyError, setItem } from "../ops/sequence.js";
import { heap, options } from "../space.js";
import type { Ptr, Value } from "../types.js";

const argsAt = (a: number, n: number, self: Value): Value[] => {
  const out: Value[] = self === NULL ? [] : [self];
  for (let i = 0; i < n; i++) out.push(load32(a + 4 * i) as Value);
  return out;
};


type FastPaths = Pick<
  Helpers,
  | "dictValueAt" | "dictSetValueAt" | "dictSubscr" | "dictSetItem" | "dictContains" | "setContains" | "strItem"
  | "strIsEmpty" | "strConcat" | "strCompare" | "pushFrameExact" | "callBuiltin" | "len" | "isinstance" | "callClassInit"
>;

export const fastPaths: FastPaths = {
  dictValueAt: (dict, index) => dictStore(dict).valueAt(index),
  dictSetValueAt: (dict, index, v) => dictStore(dict).setValueAt(index, v),
  dictSubscr(dict, key) {
    const v = dictStore(dict).get(key);
    if (v === undefined) return NULL;
    return v === null ? raiseKeyError(key) : v;
  },
  dictSetItem: (dict, key, v) => (setItem(dict, key, v) ? 0 : -1),
  dictContains(dict, key) {
    const r = dictStore(dict).find(key);
    return r === undefined ? -1 : r >= 0 ? 1 : 0;
  },
  setContains(set, item) {
    const r = setStore(set).find(item);
    return r === undefined ? -1 : r >= 0 ? 1 : 0;
  },
  strItem(s, i) {
    const text = strOf(s);
    if (i < 0 || i >= text.length || hasSurrogates(text)) return NULL;
    // Latin-1 characters are interned (kept for good), so str[i] in a loop allocates nothing.
    return text.charCodeAt(i) < 256 ? intern(text[i]!) : newStr(text[i]!);
  },
  strIsEmpty: (s) => (strOf(s).length === 0 ? 1 : 0),
  strConcat: (a, b) => newStr(strOf(a) + strOf(b)),
  strCompare(op, a, b) {
    if (a === b && (op === 2 || op === 3)) return bool(op === 2);
    const x = strOf(a);
    const y = strOf(b);
    const c = x < y ? -1 : x > y ? 1 : 0;
    return bool(op === 0 ? c < 0 : op === 1 ? c <= 0 : op === 2 ? c === 0 : op === 3 ? c !== 0 : op === 4 ? c > 0 : c >= 0);
  },
  pushFrameExact(frame, callable, self, args, argc) {
    let func = callable;
    let first = self;
    if (self === NULL && (callable & 1) === 0 && load32(callable + L.OB_TYPE) === L.TYPE_METHOD) {
      func = methodFunc(callable);
      first = methodSelf(callable);
    }
    const data = functionData(func);
    const code = codeObject(data.code);
    const nargs = argc + (first === NULL ? 0 : 1);
    // The cache keys on the function object; its __code__ may have been replaced since.
    if (code.info.argcount !== nargs || code.info.kwonlyargcount || code.info.flags & (0x20 | 0x04 | 0x08)) return 1;
    if (frameDepth() >= options.recursionLimit) {
      raise(T.RecursionError!, "maximum recursion depth exceeded");
      return 0;
    }
    const f = newFunctionFrame(frame, func, data, code, nargs);
    if (f === 0) {
      raise(T.RecursionError!, "maximum recursion depth exceeded");
      return 0;
    }
    const locals = f + L.FRAME_LOCALS;
    let k = 0;
    if (first !== NULL) store32(locals, first), (k = 1);
    for (let i = 0; i < argc; i++) store32(locals + 4 * (k + i), load32(args + 4 * i));
    return f;
  },
  callBuiltin(callable, self, args, argc) {
    const b = builtinData(callable);
    const all = argsAt(args, argc, self);
    // An unbound method descriptor (list.append) takes its receiver as the first argument.
    if (b.owner !== 0 && b.self === NULL) {
      if (!all.length) return raise(T.TypeError!, `unbound method ${b.qualname}() needs an argument`);
      return b.fn(all[0]!, all.slice(1), undefined);
    }
    return b.fn(b.self, all, undefined);
  },
  len(v) {
    const n = length(v);
    return n < 0 ? NULL : newInt(n);
  },
  isinstance: (v, cls) => isinstanceCheck(v, cls),
  callClassInit(cls, args, argc) {
    const obj = newInstance(cls as Ptr);
    if (obj === NULL) return NULL;
    const h = heap();
    h.roots.push(obj);
    const r = callFunction(lookupType(cls as Ptr, "__init__"), argsAt(args, argc, obj), undefined);
    h.roots.pop();
    if (r === NULL) return NULL;
    if (r !== None) return raise(T.TypeError!, `__init__() should return None, not '${typeName(r)}'`);
    return obj;
  },
};
