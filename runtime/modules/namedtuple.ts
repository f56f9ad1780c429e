// collections.namedtuple: a tuple subclass whose fields are _tuplegetter descriptors, with the
// same __new__ argument errors, _make/_replace/_asdict, repr and class attributes as the
// class Lib/collections/__init__.py builds. Instances are tuple objects whose type is the class
// (the tuple layout), so every tuple operation applies to them.
import * as L from "../layout.js";
import { newHeapType } from "../objects/bootstrap.js";
import { type Kw, newBuiltin } from "../objects/callables.js";
import { dictStore, newDict } from "../objects/dict.js";
import { raise, typeName } from "../objects/exceptions.js";
import { T } from "../objects/registry.js";
import { typeInfo } from "../objects/typeobj.js";
import {
  intern, newList, newStr, newTuple, None, NULL, strOf, tupleAt, tupleItems, tupleLength, typeOfValue,
} from "../objects/values.js";
import { store32 } from "../vm/memory.js";
import { repr, str as strValue } from "../vm/ops/object.js";
import { toArray } from "../vm/ops/sequence.js";
import { heap } from "../vm/space.js";
import type { Ptr, Value } from "../vm/types.js";
import { load32 } from "../vm/memory.js";
import { regionFrames } from "../vm/frames.js";
import { reprGuard, strOrNull } from "../builtins/methods-list.js";
import { defClassMethod, defMethod, isInstance, nativeType, newPayloadObject, payloadOf, withRoots } from "./util.js";

const KEYWORDS = new Set([
  "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del", "elif", "else", "except",
  "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try",
  "while", "with", "yield",
]);
const isIdentifier = (s: string): boolean => /^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*$/u.test(s);

/** A tuple of type `cls` holding `items`. */
export function newTupleOf(cls: Ptr, items: readonly Value[]): Value {
  if (cls === L.TYPE_TUPLE) return newTuple(items);
  const p = heap().allocObject(cls, L.TUPLE_ITEMS + 4 * items.length);
  if (p === 0) return NULL;
  store32(p + L.TUPLE_LEN, items.length);
  for (let i = 0; i < items.length; i++) store32(p + L.TUPLE_ITEMS + 4 * i, items[i]!);
  return p as Value;
}

// ---- _tuplegetter: the field descriptors ------------------------------------------------------
let GetterType: Ptr = 0;
interface FieldGetter {
  index: number;
  doc: string;
}

function getterType(): Ptr {
  if (GetterType) return GetterType;
  GetterType = nativeType("_tuplegetter", "_collections", { trace: () => {} });
  defMethod(GetterType, "__get__", (self, a) => {
    const obj = a[0] ?? None;
    if (obj === None) return self;
    const { index } = payloadOf<FieldGetter>(self);
    if (typeInfo(typeOfValue(obj)).layout !== "tuple") {
      return raise(T.TypeError!, `descriptor for index '${index}' for tuple subclasses doesn't apply to '${typeName(obj)}' object`);
    }
    if (index >= tupleLength(obj)) return raise(T.IndexError!, "tuple index out of range");
    return tupleAt(obj, index);
  });
  defMethod(GetterType, "__set__", () => raise(T.AttributeError!, "can't set attribute"));
  defMethod(GetterType, "__delete__", () => raise(T.AttributeError!, "can't delete attribute"));
  return GetterType;
}

// ---- the class --------------------------------------------------------------------------------
interface Spec {
  name: string;
  fields: string[];
  defaults: Value[];
}

const quoteList = (names: string[]): string => {
  const q = names.map((n) => `'${n}'`);
  if (q.length <= 2) return q.join(" and ");
  return `${q.slice(0, -1).join(", ")}, and ${q.at(-1)}`;
};

/** Binds __new__'s arguments to fields like a Python function `(_cls, f1, f2=d, …)` would. */
function bindFields(spec: Spec, a: readonly Value[], kw: Kw | undefined): Value[] | undefined {
  const n = spec.fields.length;
  const qual = `${spec.name}.__new__`;
  if (a.length > n) {
    const nd = spec.defaults.length;
    const takes = nd ? `from ${n - nd + 1} to ${n + 1}` : `${n + 1}`;
    raise(T.TypeError!, `${qual}() takes ${takes} positional argument${n === 0 && !nd ? "" : "s"} but ${a.length + 1} were given`);
    return undefined;
  }
  const out: (Value | undefined)[] = [...a];
  if (kw) {
    for (let i = 0; i < kw.names.length; i++) {
      const j = spec.fields.indexOf(kw.names[i]!);
      if (j < 0) {
        raise(T.TypeError!, `${qual}() got an unexpected keyword argument '${kw.names[i]}'`);
        return undefined;
      }
      if (out[j] !== undefined) {
        raise(T.TypeError!, `${qual}() got multiple values for argument '${kw.names[i]}'`);
        return undefined;
      }
      out[j] = kw.values[i]!;
    }
  }
  const missing: string[] = [];
  const firstDefault = n - spec.defaults.length;
  for (let i = 0; i < n; i++) {
    if (out[i] !== undefined) continue;
    if (i >= firstDefault) out[i] = spec.defaults[i - firstDefault]!;
    else missing.push(spec.fields[i]!);
  }
  if (missing.length) {
    raise(T.TypeError!, `${qual}() missing ${missing.length} required positional argument${missing.length === 1 ? "" : "s"}: ${quoteList(missing)}`);
    return undefined;
  }
  return out as Value[];
}

/** `__name__` of the calling Python frame's module (sys._getframe(1).f_globals['__name__']). */
function callerModule(): string {
  let top = 0;
  for (const f of regionFrames()) top = f;
  const globals = top ? (load32(top + L.FRAME_GLOBALS) as Value) : NULL;
  if (globals === NULL || typeInfo(typeOfValue(globals)).layout !== "dict") return "__main__";
  const name = dictStore(globals).getStr("__name__");
  return name !== undefined && typeOfValue(name) === L.TYPE_STR ? strOf(name) : "__main__";
}

/** Creates the namedtuple class (fields already validated). */
export function makeNamedTuple(typename: string, fields: string[], module: string, defaults: Value[] = []): Value {
  const info = newHeapType(typename, [L.TYPE_TUPLE], "tuple", module);
  info.hasDict = false;
  info.slots = [];
  const cls = info.ptr;
  const spec: Spec = { name: typename, fields, defaults };
  const d = info.dict;
  const fieldTuple = newTuple(fields.map(intern));
  d.set("__doc__", newStr(`${typename}(${fields.join(", ")})`));
  d.set("__slots__", newTuple([]));
  d.set("_fields", fieldTuple);
  d.set("__match_args__", fieldTuple);
  const fd = newDict();
  d.set("_field_defaults", fd);
  fields.slice(fields.length - defaults.length).forEach((f, i) => dictStore(fd).set(intern(f), defaults[i]!));
  // The defaults live in __new__'s traced self, so the GC sees them.
  const defaultsTuple = newTuple(defaults);
  d.set("__new__", newBuiltin("__new__", (_s, a, kw) => {
    const k = a[0]!;
    const vals = bindFields({ ...spec, defaults: tupleItems(defaultsTuple) }, a.slice(1), kw);
    return vals ? newTupleOf(k as Ptr, vals) : NULL;
  }, defaultsTuple, 0, `${typename}.__new__`));
  fields.forEach((f, index) => d.set(f, newPayloadObject(getterType(), { index, doc: `Alias for field number ${index}` } satisfies FieldGetter)));
  defClassMethod(cls, "_make", (k, a) => {
    if (a.length !== 1) return raise(T.TypeError!, `${typename}._make() takes 2 positional arguments but ${a.length + 1} were given`);
    const items = toArray(a[0]!);
    if (!items) return NULL;
    if (items.length !== fields.length) return raise(T.TypeError!, `Expected ${fields.length} arguments, got ${items.length}`);
    return newTupleOf(k as Ptr, items);
  });
  defMethod(cls, "_replace", (self, a, kw) => {
    if (a.length) return raise(T.TypeError!, `${typename}._replace() takes 1 positional argument but ${a.length + 1} were given`);
    const items = tupleItems(self);
    const left = new Map<string, Value>();
    if (kw) kw.names.forEach((n, i) => left.set(n, kw.values[i]!));
    const out = fields.map((f, i) => {
      const v = left.get(f);
      left.delete(f);
      return v ?? items[i]!;
    });
    if (left.size) {
      const names = newList([...left.keys()].map((n) => newStr(n)));
      return strOrNull(withRoots([names], () => {
        const r = repr(names);
        if (r !== undefined) raise(T.ValueError!, `Got unexpected field names: ${r}`);
        return undefined;
      }));
    }
    return newTupleOf(typeOfValue(self), out);
  });
  defMethod(cls, "_asdict", (self) => {
    const r = newDict();
    fields.forEach((f, i) => dictStore(r).set(intern(f), tupleAt(self, i)));
    return r;
  });
  defMethod(cls, "__getnewargs__", (self) => newTuple(tupleItems(self)));
  defMethod(cls, "__repr__", (self) => strOrNull(reprGuard(self, "...", () => {
    const parts: string[] = [];
    for (let i = 0; i < fields.length && i < tupleLength(self); i++) {
      const r = repr(tupleAt(self, i));
      if (r === undefined) return undefined;
      parts.push(`${fields[i]}=${r}`);
    }
    return `${typeInfo(typeOfValue(self)).name}(${parts.join(", ")})`;
  })));
  return cls as Value;
}

/** namedtuple(typename, field_names, *, rename=False, defaults=None, module=None). */
export function namedtuple(_s: Value, a: readonly Value[], kw: Kw | undefined): Value {
  const get = (i: number, name: string) => a[i] ?? (kw ? kw.values[kw.names.indexOf(name)] : undefined);
  for (const n of kw?.names ?? []) {
    if (!["typename", "field_names", "rename", "defaults", "module"].includes(n)) return raise(T.TypeError!, `namedtuple() got an unexpected keyword argument '${n}'`);
  }
  if (a.length > 2) return raise(T.TypeError!, `namedtuple() takes 2 positional arguments but ${a.length} were given`);
  const tn = get(0, "typename");
  const fn = get(1, "field_names");
  if (tn === undefined || fn === undefined) return raise(T.TypeError!, `namedtuple() missing 1 required positional argument: '${tn === undefined ? "typename" : "field_names"}'`);
  let names: string[];
  if (typeOfValue(fn) === L.TYPE_STR) names = strOf(fn).replace(/,/g, " ").split(/\s+/).filter(Boolean);
  else {
    const items = toArray(fn);
    if (!items) return NULL;
    names = [];
    // str(name) of each field name; a __str__ may run Python code, so keep the items rooted
    const ok = withRoots(items, () => {
      for (const x of items) {
        const r = strValue(x);
        if (r === undefined) return false;
        names.push(r);
      }
      return true;
    });
    if (!ok) return NULL;
  }
  if (typeOfValue(tn) !== L.TYPE_STR) return raise(T.TypeError!, "Type names and field names must be strings");
  const typename = strOf(tn);
  const renameV = kw ? kw.values[kw.names.indexOf("rename")] : undefined;
  const rename = renameV !== undefined && renameV !== None && renameV !== (L.FALSE as Value) && !(renameV === ((0 << 1) | 1));
  if (rename) {
    const seen = new Set<string>();
    names = names.map((n, i) => {
      const bad = !isIdentifier(n) || KEYWORDS.has(n) || n.startsWith("_") || seen.has(n);
      seen.add(n);
      return bad ? `_${i}` : n;
    });
  }
  for (const n of [typename, ...names]) {
    const r = repr(newStr(n))!;
    if (!isIdentifier(n)) return raise(T.ValueError!, `Type names and field names must be valid identifiers: ${r}`);
    if (KEYWORDS.has(n)) return raise(T.ValueError!, `Type names and field names cannot be a keyword: ${r}`);
  }
  const seen = new Set<string>();
  for (const n of names) {
    if (n.startsWith("_") && !rename) return raise(T.ValueError!, `Field names cannot start with an underscore: ${repr(newStr(n))}`);
    if (seen.has(n)) return raise(T.ValueError!, `Encountered duplicate field name: ${repr(newStr(n))}`);
    seen.add(n);
  }
  let defaults: Value[] = [];
  const dv = kw ? kw.values[kw.names.indexOf("defaults")] : undefined;
  if (dv !== undefined && dv !== None) {
    const ds = toArray(dv);
    if (!ds) return NULL;
    if (ds.length > names.length) return raise(T.TypeError!, "Got more default values than field names");
    defaults = ds;
  }
  const mv = kw ? kw.values[kw.names.indexOf("module")] : undefined;
  const module = mv !== undefined && mv !== None && typeOfValue(mv) === L.TYPE_STR ? strOf(mv) : callerModule();
  return withRoots(defaults, () => makeNamedTuple(typename, names, module, defaults));
}

export const isNamedTupleGetter = (v: Value): boolean => GetterType !== 0 && isInstance(v, GetterType);
