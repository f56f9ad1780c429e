// The VM's implementation of the helper interface (helpers-api.ts) that generated code calls.
// Each is a thin adapter from stack-level arguments to the object operations in ops/.
import { INSTR_SIZE } from "../../generated/tier1.js";
import * as L from "../layout.js";
import {
  builtinData, cellGet, cellSet, codeObject, type FunctionData, functionData, type Kw, methodFunc, methodSelf, newCell, newFunction,
} from "../objects/callables.js";
import { dictStore, newDict } from "../objects/dict.js";
import { excData, isException, newException, raise, setException, tstate, typeName } from "../objects/exceptions.js";
import { generatorData, newGenerator, resume, returnedValue } from "../objects/generators.js";
import { builtinsRef, T } from "../objects/registry.js";
import { isSubtype, typeInfo } from "../objects/typeobj.js";
import {
  bool, intern, listAppend, newList, newStr, newTuple, None, NULL, strOf, tupleAt, tupleItems, typeOfValue,
} from "../objects/values.js";
import type { Helpers } from "./helpers-api.js";
import * as S from "./specialize/families.js";
import { backEdgeHot } from "../tier2/executors.js";
import { fastPaths } from "./specialize/fast-paths.js";
import { current, newFunctionFrame, runFrame } from "./interpreter.js";
import { load32, store32 } from "./memory.js";
import { call } from "./ops/call.js";
import { binaryOp, unaryOp } from "./ops/number.js";
import { richCompare } from "./ops/compare.js";
import { genericGetAttr, getAttr, isTrue, setAttr, str, repr, bindAttribute } from "./ops/object.js";
import { contains, getItem, iter, iterFailed, next, setItem, toArray } from "./ops/sequence.js";
import { lookupType } from "../objects/typeobj.js";
import { formatValue } from "./ops/format.js";
import { importFrom, importName, importStar } from "./modules.js";
import { buildClass, newInstance as newInstanceOf } from "./classes.js";
import { newSet, setAdd, setUpdate } from "../objects/sets.js";
import { newSlice } from "../objects/slices.js";
import { options, withRoots } from "./space.js";
import { frameDepth } from "./frames.js";
import type { Ptr, Value } from "./types.js";

const slot = (a: number, i: number) => load32(a + 4 * i) as Value;
const items = (a: number, n: number) => {
  const out: Value[] = new Array(n);
  for (let i = 0; i < n; i++) out[i] = slot(a, i);
  return out;
};
const nameAt = (frame: Ptr, i: number): string => strOf(tupleAt(load32(load32(frame + L.FRAME_CODE) + L.CODE_NAMES) as Value, i));
const localName = (frame: Ptr, i: number): string => codeObject(load32(frame + L.FRAME_CODE) as Value).info.localsplus[i]!;
const globalsOf = (frame: Ptr) => dictStore(load32(frame + L.FRAME_GLOBALS) as Value);
const builtins = () => dictStore(builtinsRef.dict);

function callWithSelf(callable: Value, selfOrNull: Value, args: Value[], kw: Kw | undefined): Value {
  return selfOrNull === NULL ? call(callable, args, kw) : call(callable, [selfOrNull, ...args], kw);
}

function nameError(name: string): Value {
  return raise(T.NameError!, `name '${name}' is not defined`);
}

let lastIterErrored = 0;

export const helpers: Helpers = {
  loadConst: (frame, index) => tupleAt(load32(load32(frame + L.FRAME_CODE) + L.CODE_CONSTS) as Value, index),
  unboundLocal(frame, index) {
    const name = localName(frame, index);
    raise(T.UnboundLocalError!, `cannot access local variable '${name}' where it is not associated with a value`);
  },
  loadGlobal(frame, i) {
    const name = nameAt(frame, i);
    const v = globalsOf(frame).getStr(name) ?? builtins().getStr(name);
    return v ?? nameError(name);
  },
  storeGlobal: (frame, i, v) => (globalsOf(frame).set(intern(nameAt(frame, i)), v) ? 0 : -1),
  deleteGlobal(frame, i) {
    const r = globalsOf(frame).delete(intern(nameAt(frame, i)));
    if (r === false) nameError(nameAt(frame, i));
    return r === true ? 0 : -1;
  },
  loadName(frame, i) {
    const name = nameAt(frame, i);
    const ns = load32(frame + L.FRAME_NAMES) as Value;
    if (ns !== NULL) {
      if (typeOfValue(ns) === L.TYPE_DICT) {
        const v = dictStore(ns).getStr(name);
        if (v !== undefined) return v;
      }
    }
    const v = globalsOf(frame).getStr(name) ?? builtins().getStr(name);
    return v ?? nameError(name);
  },
  storeName(frame, i, v) {
    const ns = load32(frame + L.FRAME_NAMES) as Value;
    return setItem(ns, intern(nameAt(frame, i)), v) ? 0 : -1;
  },
  deleteName(frame, i) {
    const ns = load32(frame + L.FRAME_NAMES) as Value;
    const r = dictStore(ns).delete(intern(nameAt(frame, i)));
    if (r === false) nameError(nameAt(frame, i));
    return r === true ? 0 : -1;
  },

  binaryOp,
  compareOp: richCompare,
  unaryOp,
  isTrue,
  contains,
  getItem,
  setItem: (c, k, v) => (setItem(c, k, v) ? 0 : -1),
  delItem: (c, k) => (setItem(c, k, NULL) ? 0 : -1),
  boxFloat: () => raise(T.MemoryError!),

  loadAttr: (frame, owner, i) => getAttr(owner, nameAt(frame, i)),
  loadMethod(frame, owner, i, out) {
    const name = nameAt(frame, i);
    const type = typeOfValue(owner);
    // Avoid creating a bound method for plain method calls (`obj.m(...)`).
    const attr = lookupType(type, name);
    const isPlainObject = typeInfo(type).layout !== "type" && type !== L.TYPE_TYPE;
    if (attr !== NULL && isPlainObject && lookupType(type, "__getattribute__") === objectGetattributeRef.v) {
      const at = (attr & 1) === 0 ? load32(attr + L.OB_TYPE) : 0;
      const isMethodLike = at === L.TYPE_FUNCTION || (at === T.builtin_function_or_method && builtinOwner(attr));
      if (isMethodLike) {
        const d = instanceDictOf(owner);
        const shadow = d === NULL ? undefined : dictStore(d).getStr(name);
        if (shadow === undefined) {
          store32(out, attr);
          store32(out + 4, owner);
          return 0;
        }
      }
    }
    const v = getAttr(owner, name);
    if (v === NULL) return -1;
    store32(out, v);
    store32(out + 4, NULL);
    return 0;
  },
  storeAttr: (frame, owner, i, v) => (setAttr(owner, nameAt(frame, i), v) ? 0 : -1),
  deleteAttr: (frame, owner, i) => (setAttr(owner, nameAt(frame, i), NULL) ? 0 : -1),

  buildTuple: (a, n) => newTuple(items(a, n)),
  buildList: (a, n) => newList(items(a, n)),
  buildSet(a, n) {
    const s = newSet(L.TYPE_SET);
    if (s === NULL) return NULL;
    return withRoots([s], () => {
      for (const x of items(a, n)) if (!setAdd(s, x)) return NULL;
      return s;
    });
  },
  buildMap(a, n) {
    const d = newDict();
    if (d === NULL) return NULL;
    const store = dictStore(d);
    return withRoots([d], () => {
      for (let i = 0; i < n; i++) if (!store.set(slot(a, 2 * i), slot(a, 2 * i + 1))) return NULL;
      return d;
    });
  },
  buildSlice: (a, n) => newSlice(slot(a, 0), slot(a, 1), n === 3 ? slot(a, 2) : None),
  buildString(a, n) {
    let s = "";
    for (let i = 0; i < n; i++) s += strOf(slot(a, i));
    return newStr(s);
  },
  listAppend: (l, v) => (listAppend(l, v) ? 0 : -1),
  listExtend(l, it) {
    const xs = toArray(it);
    if (!xs) {
      if (tstate.current !== NULL && load32(tstate.current + L.OB_TYPE) === T.TypeError && typeOfValue(it) !== L.TYPE_LIST) {
        tstate.current = NULL;
        raise(T.TypeError!, `Value after * must be an iterable, not ${typeName(it)}`);
      }
      return -1;
    }
    for (const x of xs) if (!listAppend(l, x)) return -1;
    return 0;
  },
  setAdd: (s, v) => (setAdd(s, v) ? 0 : -1),
  setUpdate: (s, it) => (setUpdate(s, it) ? 0 : -1),
  mapAdd: (d, k, v) => (dictStore(d).set(k, v) ? 0 : -1),
  dictUpdate(d, m) {
    if (typeOfValue(m) === L.TYPE_DICT) {
      const src = dictStore(m);
      const dst = dictStore(d);
      for (const i of src.indices()) if (!dst.set(src.keys[i]!, src.values[i]!)) return -1;
      return 0;
    }
    const keysFn = lookupType(typeOfValue(m), "keys");
    if (keysFn === NULL) {
      raise(T.TypeError!, `'${typeName(m)}' object is not a mapping`);
      return -1;
    }
    const keys = toArray(call(keysFn, [m]));
    if (!keys) return -1;
    for (const k of keys) {
      const v = getItem(m, k);
      if (v === NULL || !dictStore(d).set(k, v)) return -1;
    }
    return 0;
  },
  dictMerge(callable, d, m) {
    const isMapping = typeOfValue(m) === L.TYPE_DICT || lookupType(typeOfValue(m), "keys") !== NULL;
    if (!isMapping) {
      raise(T.TypeError!, `${calleeName(callable)} argument after ** must be a mapping, not ${typeName(m)}`);
      return -1;
    }
    const src = typeOfValue(m) === L.TYPE_DICT ? m : NULL;
    const dst = dictStore(d);
    const add = (k: Value, v: Value): boolean => {
      const found = dst.find(k);
      if (found === undefined) return false;
      if (found >= 0) {
        raise(T.TypeError!, `${calleeName(callable)} got multiple values for keyword argument '${typeOfValue(k) === L.TYPE_STR ? strOf(k) : "?"}'`);
        return false;
      }
      return dst.set(k, v);
    };
    if (src !== NULL) {
      const store = dictStore(src);
      for (const i of store.indices()) if (!add(store.keys[i]!, store.values[i]!)) return -1;
      return 0;
    }
    const keys = toArray(call(lookupType(typeOfValue(m), "keys"), [m]));
    if (!keys) return -1;
    for (const k of keys) {
      const v = getItem(m, k);
      if (v === NULL || !add(k, v)) return -1;
    }
    return 0;
  },
  listToTuple: (l) => newTuple(toArray(l)!),
  formatValue,

  getIter: iter,
  iterNext(it) {
    const r = next(it);
    lastIterErrored = r === NULL && iterFailed() ? 1 : 0;
    return r;
  },
  iterError: () => lastIterErrored,
  unpackSequence(seq, n, out) {
    const xs = toArray(seq);
    if (!xs) {
      if (tstate.current !== NULL && load32(tstate.current + L.OB_TYPE) === T.TypeError && lookupType(typeOfValue(seq), "__iter__") === NULL) {
        tstate.current = NULL;
        raise(T.TypeError!, `cannot unpack non-iterable ${typeName(seq)} object`);
      }
      return -1;
    }
    if (xs.length !== n) {
      if (xs.length > n) raise(T.ValueError!, `too many values to unpack (expected ${n})`);
      else raise(T.ValueError!, `not enough values to unpack (expected ${n}, got ${xs.length})`);
      return -1;
    }
    for (let i = 0; i < n; i++) store32(out + 4 * i, xs[n - 1 - i]!);
    return 0;
  },
  unpackEx(seq, before, after, out) {
    const xs = toArray(seq);
    if (!xs) return -1;
    if (xs.length < before + after) {
      raise(T.ValueError!, `not enough values to unpack (expected at least ${before + after}, got ${xs.length})`);
      return -1;
    }
    const middle = newList(xs.slice(before, xs.length - after));
    const vals = [...xs.slice(0, before), middle, ...xs.slice(xs.length - after)];
    const n = vals.length;
    for (let i = 0; i < n; i++) store32(out + 4 * i, vals[n - 1 - i]!);
    return 0;
  },

  call: (callable, self, args, argc) => callWithSelf(callable, self, items(args, argc), undefined),
  callKw(callable, self, args, argc) {
    const names = tupleItems(slot(args, argc - 1)).map(strOf);
    const all = items(args, argc - 1);
    const nPos = all.length - names.length;
    return callWithSelf(callable, self, all.slice(0, nPos), { names, values: all.slice(nPos) });
  },
  callEx(callable, args, kwargs) {
    let positional: Value[] | undefined;
    if (typeOfValue(args) === L.TYPE_TUPLE) positional = tupleItems(args);
    else {
      positional = toArray(args);
      if (!positional) {
        tstate.current = NULL;
        return raise(T.TypeError!, `${calleeName(callable)} argument after * must be an iterable, not ${typeName(args)}`);
      }
    }
    if (kwargs === NULL) return call(callable, positional);
    if (typeOfValue(kwargs) !== L.TYPE_DICT) return raise(T.TypeError!, `${calleeName(callable)} argument after ** must be a mapping, not ${typeName(kwargs)}`);
    const store = dictStore(kwargs);
    const names: string[] = [];
    const values: Value[] = [];
    for (const i of store.indices()) {
      const k = store.keys[i]!;
      if (typeOfValue(k) !== L.TYPE_STR) return raise(T.TypeError!, "keywords must be strings");
      names.push(strOf(k));
      values.push(store.values[i]!);
    }
    return call(callable, positional, { names, values });
  },
  pushFrame(frame, callable, self, args, argc) {
    // Inline only plain Python functions (and bound methods of them); anything else, or a call
    // whose arguments do not bind positionally one-to-one, goes through `call`.
    let func = callable;
    let first = self;
    if ((callable & 1) === 0 && callable !== 0 && load32(callable + L.OB_TYPE) === T.method && self === NULL) {
      func = methodFunc(callable);
      first = methodSelf(callable);
    }
    if ((func & 1) === 1 || func === 0 || load32(func + L.OB_TYPE) !== L.TYPE_FUNCTION) return 0;
    const data = functionData(func);
    const code = codeObject(data.code);
    const info = code.info;
    const nargs = argc + (first === NULL ? 0 : 1);
    if (info.flags & (0x20 | 0x04 | 0x08) || info.kwonlyargcount || info.argcount !== nargs) return 0;
    if (frameDepth() >= options.recursionLimit) {
      raise(T.RecursionError!, "maximum recursion depth exceeded");
      return 0;
    }
    const f = newFunctionFrame(frame, func, data, code, nargs);
    if (f === 0) return 0;
    const locals = f + L.FRAME_LOCALS;
    let k = 0;
    if (first !== NULL) store32(locals, first), (k = 1);
    for (let i = 0; i < argc; i++) store32(locals + 4 * (k + i), load32(args + 4 * i));
    return f;
  },
  makeFunction(frame, code, flags, extras) {
    let k = 0;
    const defaults = flags & 1 ? slot(extras, k++) : NULL;
    const kwdefaults = flags & 2 ? slot(extras, k++) : NULL;
    if (flags & 4) k++;
    const closure = flags & 8 ? slot(extras, k++) : NULL;
    const info = codeObject(code).info;
    const globals = load32(frame + L.FRAME_GLOBALS) as Value;
    const moduleName = dictStore(globals).getStr("__name__") ?? None;
    const consts = info.consts;
    const doc = consts.length && consts[0]!.kind === "str" && info.name !== "<lambda>" && docstringFlag(info) ? tupleAt(load32(code + L.CODE_CONSTS) as Value, 0) : None;
    const data: FunctionData = { code, globals, defaults, kwdefaults, closure, name: info.name, qualname: info.qualname, dict: NULL, module: moduleName, doc };
    return newFunction(data);
  },
  loadAssertionError: () => T.AssertionError! as Value,
  loadBuildClass: () => buildClassFn(),

  makeCell: (v) => newCell(v),
  loadDeref(frame, i) {
    const v = cellGet(slot(frame + L.FRAME_LOCALS, i));
    if (v !== NULL) return v;
    const name = localName(frame, i);
    const code = codeObject(load32(frame + L.FRAME_CODE) as Value);
    if (code.info.localKinds[i] === "free") return raise(T.NameError!, `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`);
    return raise(T.UnboundLocalError!, `cannot access local variable '${name}' where it is not associated with a value`);
  },
  storeDeref: (frame, i, v) => cellSet(slot(frame + L.FRAME_LOCALS, i), v),
  copyFreeVars(frame, n) {
    const func = load32(frame + L.FRAME_FUNCTION) as Value;
    const closure = functionData(func).closure;
    const code = codeObject(functionData(func).code);
    const first = code.nlocalsplus - n;
    for (let i = 0; i < n; i++) store32(frame + L.FRAME_LOCALS + 4 * (first + i), tupleAt(closure, i));
  },

  raise(exc, cause) {
    if (exc === NULL) {
      const h = tstate.handled;
      if (h === None || h === NULL) return raise(T.RuntimeError!, "No active exception to reraise"), -1;
      tstate.current = h;
      return -1;
    }
    const e = instantiateException(exc);
    if (e === NULL) return -1;
    if (cause !== NULL) {
      if (cause !== None && !isException(cause) && !(isTypeObject(cause) && isSubtype(cause, T.BaseException!))) {
        raise(T.TypeError!, "exception causes must derive from BaseException");
        return -1;
      }
      const c = cause === None ? NULL : instantiateException(cause);
      if (cause !== None && c === NULL) return -1;
      excData(e).cause = c;
      excData(e).suppressContext = true;
    }
    setException(e);
    return -1;
  },
  reraise(exc) {
    tstate.current = exc;
    return -1;
  },
  exceptionMatches(exc, type) {
    const check = (t: Value): number => {
      if (typeOfValue(t) === L.TYPE_TUPLE) {
        for (const x of tupleItems(t)) {
          const r = check(x);
          if (r !== 0) return r;
        }
        return 0;
      }
      if (!(typeInfo(typeOfValue(t)).layout === "type" || typeOfValue(t) === L.TYPE_TYPE) || !isSubtype(t, T.BaseException!)) {
        raise(T.TypeError!, "catching classes that do not inherit from BaseException is not allowed");
        return -1;
      }
      return isSubtype(typeOfValue(exc), t) ? 1 : 0;
    };
    return check(type);
  },
  currentException: () => tstate.handled,
  setCurrentException(exc) {
    tstate.handled = exc;
  },
  beforeWith(mgr, out) {
    const type = typeOfValue(mgr);
    const enter = lookupType(type, "__enter__");
    const exit = lookupType(type, "__exit__");
    if (enter === NULL || exit === NULL) {
      raise(T.TypeError!, `'${typeName(mgr)}' object does not support the context manager protocol`);
      return -1;
    }
    const boundExit = bindAttribute(exit, mgr, type);
    if (boundExit === NULL) return -1;
    store32(out, boundExit);
    const r = call(enter, [mgr]);
    if (r === NULL) return -1;
    store32(out + 4, r);
    return 0;
  },
  withExceptStart: (exit, exc) => call(exit, [typeOfValue(exc) as Value, exc, tracebackOf(exc)]),

  makeGenerator: (frame) => newGenerator(frame),
  send(receiver, v) {
    if (typeOfValue(receiver) === T.generator) {
      const r = resume(receiver, v, NULL, runFrame, current.frame);
      lastIterErrored = r === NULL && tstate.current !== NULL ? 1 : 0;
      return r;
    }
    const r = v === None ? next(receiver) : callMethod(receiver, "send", [v]);
    if (r === NULL) {
      lastIterErrored = iterFailed() || tstate.current !== NULL ? 1 : 0;
      sendResult = None;
    }
    return r;
  },
  sendReturnValue: () => (sendResult !== NULL ? takeSendResult() : returnedValue()),
  getYieldFromIter: (v) => (typeOfValue(v) === T.generator ? v : iter(v)),
  importName: (frame, i, fromlist, level) => importName(frame, nameAt(frame, i), fromlist, level),
  importFrom: (frame, module, i) => importFrom(module, nameAt(frame, i)),
  importStar: (frame, module) => (importStar(frame, module) ? 0 : -1),

  checkRecursion: () => 0,

  specializeBinaryOp: S.specializeBinaryOp,
  specializeCompareOp: S.specializeCompareOp,
  specializeContainsOp: S.specializeContainsOp,
  specializeBinarySubscr: S.specializeBinarySubscr,
  specializeStoreSubscr: S.specializeStoreSubscr,
  specializeLoadGlobal: S.specializeLoadGlobal,
  specializeLoadAttr: S.specializeLoadAttr,
  specializeLoadMethod: S.specializeLoadMethod,
  specializeStoreAttr: S.specializeStoreAttr,
  specializeForIter: S.specializeForIter,
  backEdgeHot,
  specializeUnpackSequence: S.specializeUnpackSequence,
  specializeCall: S.specializeCall,
  specializeToBool: S.specializeToBool,
  ...fastPaths,
  generatorNext(gen) {
    const r = resume(gen, None, NULL, runFrame, current.frame);
    lastIterErrored = r === NULL && tstate.current !== NULL ? 1 : 0;
    return r;
  },
};

const isTypeObject = (v: Value) => (v & 1) === 0 && v !== 0 && (typeOfValue(v) === L.TYPE_TYPE || typeInfo(typeOfValue(v)).layout === "type");

/** A traceback object for `exc` (None when it has no traceback entries). */
export function tracebackOf(exc: Value): Value {
  if (!excData(exc).traceback.length) return None;
  return newInstanceOf(T.traceback!);
}

let sendResult: Value = NULL;
function takeSendResult(): Value {
  const r = sendResult;
  sendResult = NULL;
  return r;
}

function callMethod(obj: Value, name: string, args: Value[]): Value {
  const m = getAttr(obj, name);
  return m === NULL ? NULL : call(m, args);
}

function calleeName(callable: Value): string {
  if ((callable & 1) === 0 && callable !== 0 && load32(callable + L.OB_TYPE) === L.TYPE_FUNCTION) {
    const d = functionData(callable);
    const mod = d.module !== None && typeOfValue(d.module) === L.TYPE_STR ? strOf(d.module) : "";
    return `${mod ? mod + "." : ""}${d.qualname}()`;
  }
  return `${repr(callable) ?? "object"}`;
}

function docstringFlag(info: { consts: readonly unknown[] }): boolean {
  return info.consts.length > 0;
}

/** `raise X`: an exception instance, or a class to instantiate. */
function instantiateException(x: Value): Value {
  if (isException(x)) return x;
  const t = typeOfValue(x);
  if ((typeInfo(t).layout === "type" || t === L.TYPE_TYPE) && isSubtype(x, T.BaseException!)) {
    const e = call(x, []);
    if (e === NULL) return NULL;
    if (!isException(e)) return raise(T.TypeError!, `calling ${typeInfo(x).name} should have returned an instance of BaseException, not ${typeName(e)}`);
    return e;
  }
  return raise(T.TypeError!, "exceptions must derive from BaseException");
}

const objectGetattributeRef = { v: NULL as Value };
export function setObjectGetattributeRef(v: Value): void {
  objectGetattributeRef.v = v;
}
/** A method descriptor of a built-in type (unbound, so LOAD_METHOD can pass self separately). */
function builtinOwner(attr: Value): boolean {
  const b = builtinData(attr);
  return b.owner !== 0 && b.self === NULL;
}
function instanceDictOf(owner: Value): Value {
  if ((owner & 1) === 1 || owner === 0) return NULL;
  const layout = typeInfo(typeOfValue(owner)).layout;
  if (layout === "object" || layout === "exception") return load32(owner + L.INSTANCE_DICT) as Value;
  return NULL;
}

let buildClassValue: Value = NULL;
function buildClassFn(): Value {
  return buildClassValue;
}
export function setBuildClass(v: Value): void {
  buildClassValue = v;
}

export { newException, generatorData, str, genericGetAttr, bool, buildClass, INSTR_SIZE };
