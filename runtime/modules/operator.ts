// The operator module: the operators as functions (operator.add is `a + b`…) and the
// itemgetter/attrgetter/methodcaller callables.
import { type Kw, newBuiltin } from "../objects/callables.js";
import { typeInfo } from "../objects/typeobj.js";
import { raise, typeName } from "../objects/exceptions.js";
import { T } from "../objects/registry.js";
import { bool, newInt, newStr, newTuple, NULL, strOf, typeOfValue } from "../objects/values.js";
import * as L from "../layout.js";
import { call, callSlots } from "../vm/ops/call.js";
import { richCompare } from "../vm/ops/compare.js";
import { binaryOp, unaryOp } from "../vm/ops/number.js";
import { getAttr, isTrue, repr } from "../vm/ops/object.js";
import { contains, getItem, length, setItem, toArray } from "../vm/ops/sequence.js";
import { None } from "../objects/values.js";
import type { Ptr, Value } from "../vm/types.js";
import { checkArgs, checkKw, defineModule, defMethod, func, indexOf, nativeType, newPayloadObject, payloadOf, rootScope, withRoots } from "./util.js";

/** BINARY_OP numbers (runtime/vm/ops/number.ts OPS order) of the named operators. */
const BINARY: [string, number][] = [
  ["add", 0], ["and_", 1], ["floordiv", 2], ["lshift", 3], ["matmul", 4], ["mul", 5], ["mod", 6], ["or_", 7], ["pow", 8],
  ["rshift", 9], ["sub", 10], ["truediv", 11], ["xor", 12],
];
const COMPARE = ["lt", "le", "eq", "ne", "gt", "ge"];

interface Getter {
  kind: "item" | "attr" | "method";
  items: Value[];
  /** methodcaller: positional and keyword arguments. */
  args: Value[];
  kwNames: string[];
  kwValues: Value[];
}

let GetterTypes: Record<Getter["kind"], Ptr> | undefined;

/** Resolves a dotted attribute path (attrgetter('a.b')). */
function dotted(obj: Value, path: string): Value {
  let v = obj;
  for (const part of path.split(".")) {
    const cur = v;
    v = withRoots([cur], () => getAttr(cur, part));
    if (v === NULL) return NULL;
  }
  return v;
}

function callGetter(self: Value, a: readonly Value[], kw: Kw | undefined): Value {
  const g = payloadOf<Getter>(self);
  if (g.kind === "method") {
    if (!checkArgs("methodcaller", a, 1, 1)) return NULL;
    const m = getAttr(a[0]!, strOf(g.items[0]!));
    if (m === NULL) return NULL;
    return withRoots([m], () => call(m, g.args, g.kwNames.length ? { names: g.kwNames, values: g.kwValues } : undefined));
  }
  if (!checkKw(g.kind === "item" ? "itemgetter" : "attrgetter", kw, [])) return NULL;
  if (!checkArgs(g.kind === "item" ? "itemgetter" : "attrgetter", a, 1, 1)) return NULL;
  const get = (k: Value) => (g.kind === "item" ? getItem(a[0]!, k) : dotted(a[0]!, strOf(k)));
  if (g.items.length === 1) return get(g.items[0]!);
  const out: Value[] = [];
  return rootScope((keep) => {
    for (const k of g.items) {
      const v = get(k);
      if (v === NULL) return NULL;
      out.push(keep(v));
    }
    return newTuple(out);
  });
}

function getterTypes(): Record<Getter["kind"], Ptr> {
  if (GetterTypes) return GetterTypes;
  const trace = (g: Getter, visit: (v: Value) => void) => {
    g.items.forEach(visit);
    g.args.forEach(visit);
    g.kwValues.forEach(visit);
  };
  const make = (name: string, kind: Getter["kind"]) => {
    const t = nativeType(name, "operator", { trace: trace as never });
    // The types are what the module exports: calling one builds a getter.
    typeInfo(t).dict.set("__new__", newBuiltin("__new__", (_s, a, kw) => newGetter(kind, a.slice(1), kw)));
    callSlots.set(t, callGetter);
    defMethod(t, "__call__", callGetter);
    defMethod(t, "__repr__", (self) => {
      const g = payloadOf<Getter>(self);
      const parts: string[] = [];
      for (const v of [...g.items, ...g.args]) {
        const r = repr(v);
        if (r === undefined) return NULL;
        parts.push(r);
      }
      for (let i = 0; i < g.kwNames.length; i++) {
        const r = repr(g.kwValues[i]!);
        if (r === undefined) return NULL;
        parts.push(`${g.kwNames[i]}=${r}`);
      }
      return newStr(`operator.${name}(${parts.join(", ")})`);
    });
    return t;
  };
  GetterTypes = { item: make("itemgetter", "item"), attr: make("attrgetter", "attr"), method: make("methodcaller", "method") };
  return GetterTypes;
}

function newGetter(kind: Getter["kind"], a: readonly Value[], kw: Kw | undefined): Value {
  const name = kind === "item" ? "itemgetter" : kind === "attr" ? "attrgetter" : "methodcaller";
  if (kind !== "method" && !checkKw(name, kw, [])) return NULL;
  if (a.length === 0) return raise(T.TypeError!, kind === "method" ? "methodcaller needs at least one argument, the method name" : `${name} expected 1 argument, got 0`);
  if (kind !== "item") {
    const bad = (kind === "attr" ? a : [a[0]!]).find((x) => typeOfValue(x) !== L.TYPE_STR);
    if (bad !== undefined) return raise(T.TypeError!, kind === "attr" ? "attribute name must be a string" : "method name must be a string");
  }
  const g: Getter = {
    kind,
    items: kind === "method" ? [a[0]!] : [...a],
    args: kind === "method" ? a.slice(1) : [],
    kwNames: kind === "method" && kw ? [...kw.names] : [],
    kwValues: kind === "method" && kw ? [...kw.values] : [],
  };
  return newPayloadObject(getterTypes()[kind], g);
}

export function installOperator(): void {
  defineModule("operator", (set) => {
    const binary = (name: string, f: (a: Value, b: Value) => Value) => {
      const fn = func(name, (_s, a, kw) => (checkKw(name, kw, []) && checkArgs(name, a, 2, 2) ? f(a[0]!, a[1]!) : NULL));
      set(name, fn);
      set(`__${name.replace(/_$/, "")}__`, fn);
    };
    const unary = (name: string, f: (a: Value) => Value) => {
      const fn = func(name, (_s, a, kw) => (checkKw(name, kw, []) && checkArgs(name, a, 1, 1) ? f(a[0]!) : NULL));
      set(name, fn);
      set(`__${name.replace(/_$/, "")}__`, fn);
    };
    for (const [name, op] of BINARY) {
      binary(name, (x, y) => binaryOp(op, x, y));
      binary(`i${name.replace(/_$/, "")}`, (x, y) => binaryOp(op + 13, x, y));
    }
    COMPARE.forEach((name, op) => binary(name, (x, y) => richCompare(op, x, y)));
    unary("neg", (x) => unaryOp(0, x));
    unary("pos", (x) => unaryOp(1, x));
    unary("invert", (x) => unaryOp(2, x));
    unary("inv", (x) => unaryOp(2, x));
    unary("abs", (x) => {
      const f = getAttr(x, "__abs__");
      return f === NULL ? raise(T.TypeError!, `bad operand type for abs(): '${typeName(x)}'`) : call(f, []);
    });
    unary("not_", (x) => {
      const t = isTrue(x);
      return t < 0 ? NULL : bool(t === 0);
    });
    unary("truth", (x) => {
      const t = isTrue(x);
      return t < 0 ? NULL : bool(t === 1);
    });
    unary("index", (x) => {
      const n = indexOf(x);
      return n === undefined ? NULL : newInt(n);
    });
    binary("is_", (x, y) => bool(x === y));
    binary("is_not", (x, y) => bool(x !== y));
    binary("concat", (x, y) => {
      const t = typeOfValue(x);
      if (t === L.TYPE_INT || t === L.TYPE_FLOAT || t === L.TYPE_BOOL) return raise(T.TypeError!, `'${typeName(x)}' object can't be concatenated`);
      return binaryOp(0, x, y);
    });
    binary("contains", (x, y) => {
      const r = contains(x, y);
      return r < 0 ? NULL : bool(r === 1);
    });
    binary("countOf", (x, y) => {
      const items = toArray(x);
      if (!items) return NULL;
      let n = 0;
      for (const v of items) {
        const e = withRoots(items, () => richCompare(2, v, y));
        if (e === NULL) return NULL;
        if (v === y || isTrue(e) === 1) n++;
      }
      return newInt(n);
    });
    binary("getitem", (x, y) => getItem(x, y));
    binary("delitem", (x, y) => (setItem(x, y, NULL) ? None : NULL));
    set("setitem", func("setitem", (_s, a) => (checkArgs("setitem", a, 3, 3) && setItem(a[0]!, a[1]!, a[2]!) ? None : NULL)));
    set("length_hint", func("length_hint", (_s, a) => {
      if (!checkArgs("length_hint", a, 1, 2)) return NULL;
      const n = length(a[0]!);
      if (n >= 0) return newInt(n);
      return clearIfTypeError() ? a[1] ?? newInt(0) : NULL;
    }));
    set("itemgetter", getterTypes().item as Value);
    set("attrgetter", getterTypes().attr as Value);
    set("methodcaller", getterTypes().method as Value);
  });
}

import { clearException, exceptionMatches } from "../objects/exceptions.js";
function clearIfTypeError(): boolean {
  if (!exceptionMatches(T.TypeError!)) return false;
  clearException();
  return true;
}
