// The object protocol: attribute lookup with descriptors, repr/str, hash, truth.
import * as L from "../../layout.js";
import { builtinData, functionData, newBuiltin, newMethod } from "../../objects/callables.js";
import { dictStore, newDict, newInstanceDict } from "../../objects/dict.js";
import { clearException, excData, exceptionMatches, raise, typeName } from "../../objects/exceptions.js";
import { T } from "../../objects/registry.js";
import { lookupType, typeInfo } from "../../objects/typeobj.js";
import { floatRepr } from "../../lib/float-repr.js";
import { bigOf, False, floatOf, intern, newStr, None, NULL, strOf, True, typeOfValue } from "../../objects/values.js";
import { load32, store32 } from "../memory.js";
import type { Ptr, Value } from "../types.js";
import { call } from "./call.js";

const isObj = (v: Value) => (v & 1) === 0 && v !== 0;
export const isStr = (v: Value): boolean => isObj(v) && load32(v + L.OB_TYPE) === L.TYPE_STR;

/** The instance dict of an object, or NULL when it has none. `create` makes one on demand. */
export function instanceDict(obj: Value, create: boolean): Value {
  if (!isObj(obj)) return NULL;
  const type = load32(obj + L.OB_TYPE);
  const info = typeInfo(type);
  if (!info.hasDict) return NULL;
  const layout = info.layout;
  const slot = layout === "list" ? L.INSTANCE_DICT_LIST : layout === "object" || layout === "exception" || layout === "dict" || layout === "function" || layout === "module" ? L.INSTANCE_DICT : -1;
  if (slot < 0) return NULL;
  if (layout === "function") {
    const f = functionData(obj);
    if (f.dict === NULL && create) f.dict = newDict();
    return f.dict;
  }
  let d = load32(obj + slot) as Value;
  if (d === NULL && create) {
    d = slot === L.INSTANCE_DICT && (layout === "object" || layout === "exception") ? newInstanceDict() : newDict();
    store32(obj + slot, d);
  }
  return d;
}

function isDataDescriptor(attr: Value): boolean {
  if (!isObj(attr)) return false;
  const t = load32(attr + L.OB_TYPE);
  if (t === T.property) return true;
  return lookupType(t, "__set__") !== NULL || lookupType(t, "__delete__") !== NULL;
}

/** Binds a class attribute found on `type` for instance `obj` (functions become methods…). */
export function bindAttribute(attr: Value, obj: Value, type: Ptr): Value {
  if (!isObj(attr)) return attr;
  const t = load32(attr + L.OB_TYPE);
  if (t === L.TYPE_FUNCTION) return obj === NULL ? attr : newMethod(attr, obj);
  if (t === T.builtin_function_or_method) {
    const b = builtinData(attr);
    if (b.owner !== 0 && obj !== NULL && b.self === NULL) return newBuiltin(b.name, b.fn, obj, b.owner, b.qualname);
    return attr;
  }
  if (t === T.staticmethod) return load32(attr + L.WRAPPED_FUNC) as Value;
  if (t === T.classmethod) return newMethod(load32(attr + L.WRAPPED_FUNC) as Value, type as Value);
  if (t === T.property) {
    if (obj === NULL) return attr;
    const getter = load32(attr + L.PROPERTY_GET) as Value;
    if (getter === None || getter === NULL) return raise(T.AttributeError!, `property of '${typeInfo(type).name}' object has no getter`);
    return call(getter, [obj]);
  }
  const get = lookupType(t, "__get__");
  if (get !== NULL) return call(get, [attr, obj === NULL ? None : obj, type as Value]);
  return attr;
}

export function getAttr(obj: Value, name: string): Value {
  const type = typeOfValue(obj);
  const hook = attrHooks.get(typeInfo(type).layout === "type" || type === L.TYPE_TYPE ? L.TYPE_TYPE : 0);
  if (hook && (typeInfo(type).layout === "type" || type === L.TYPE_TYPE)) return hook(obj, name);
  const custom = lookupType(type, "__getattribute__");
  if (custom !== NULL && custom !== objectGetattribute) return call(custom, [obj, intern(name)]);
  const r = genericGetAttr(obj, name, type);
  if (r === NULL && exceptionMatches(T.AttributeError!)) {
    const ga = lookupType(type, "__getattr__");
    if (ga !== NULL) {
      clearException();
      return call(ga, [obj, intern(name)]);
    }
  }
  return r;
}

/** object.__getattribute__: data descriptors, then the instance dict, then class attributes. */
export function genericGetAttr(obj: Value, name: string, type: Ptr = typeOfValue(obj)): Value {
  const attr = lookupType(type, name);
  if (attr !== NULL && isDataDescriptor(attr)) return bindAttribute(attr, obj, type);
  const special = specialAttrs.get(name);
  if (special) {
    const r = special(obj);
    if (r !== undefined) return r;
  }
  const slot = typeInfo(type).slotOffsets?.get(name);
  if (slot !== undefined) {
    const v = load32(obj + slot) as Value;
    if (v !== NULL) return v;
    return raise(T.AttributeError!, `'${typeInfo(type).name}' object has no attribute '${name}'`);
  }
  const d = instanceDict(obj, false);
  if (d !== NULL) {
    const v = dictStore(d).getStr(name);
    if (v !== undefined) return v;
  }
  if (attr !== NULL) return bindAttribute(attr, obj, type);
  if (type === T.module) {
    const d = instanceDict(obj, false);
    const modName = d === NULL ? undefined : dictStore(d).getStr("__name__");
    return raise(T.AttributeError!, `module '${modName === undefined ? "?" : strOf(modName)}' has no attribute '${name}'`);
  }
  return raise(T.AttributeError!, `'${typeInfo(type).name}' object has no attribute '${name}'`);
}

/**
 * Attributes computed from the object's kind (`__class__`, `__dict__`, `__name__` of
 * functions…). Several kinds may define the same name: `set` chains a new reader in front of
 * the ones already registered; a reader returns undefined for objects that are not its kind.
 */
class ChainedMap<F extends (...a: never[]) => unknown> {
  private readonly map = new Map<string, F>();
  get(name: string): F | undefined {
    return this.map.get(name);
  }
  set(name: string, f: F): void {
    const prev = this.map.get(name);
    if (!prev) {
      this.map.set(name, f);
      return;
    }
    const chained = ((...a: Parameters<F>) => {
      const r = f(...a);
      return r !== undefined ? r : prev(...a);
    }) as unknown as F;
    this.map.set(name, chained);
  }
}
export const specialAttrs = new ChainedMap<(obj: Value) => Value | undefined>();
/** Writers for such attributes: true when handled, undefined when the object is not theirs. */
export const specialSetters = new ChainedMap<(obj: Value, v: Value) => boolean | undefined>();
/** Attribute lookup overrides for type objects (class attribute lookup along the MRO). */
export const attrHooks = new Map<number, (obj: Value, name: string) => Value>();
export let objectGetattribute: Value = NULL;
export function setObjectGetattribute(v: Value): void {
  objectGetattribute = v;
}

export function setAttr(obj: Value, name: string, value: Value): boolean {
  const type = typeOfValue(obj);
  if (typeInfo(type).layout === "type" || type === L.TYPE_TYPE) {
    const info = typeInfo(obj);
    if (value === NULL) {
      if (!info.dict.delete(name)) {
        raise(T.AttributeError!, `type object '${info.name}' has no attribute '${name}'`);
        return false;
      }
    } else info.dict.set(name, value);
    return true;
  }
  const custom = lookupType(type, value === NULL ? "__delattr__" : "__setattr__");
  if (custom !== NULL && custom !== objectSetattr && custom !== objectDelattr) {
    return call(custom, value === NULL ? [obj, intern(name)] : [obj, intern(name), value]) !== NULL;
  }
  return genericSetAttr(obj, name, value, type);
}

export let objectSetattr: Value = NULL;
export let objectDelattr: Value = NULL;
export function setObjectSetters(s: Value, d: Value): void {
  objectSetattr = s;
  objectDelattr = d;
}

export function genericSetAttr(obj: Value, name: string, value: Value, type: Ptr = typeOfValue(obj)): boolean {
  const special = value !== NULL ? specialSetters.get(name) : undefined;
  if (special) {
    const r = special(obj, value);
    if (r !== undefined) return r;
  }
  const attr = lookupType(type, name);
  if (attr !== NULL && isObj(attr)) {
    const t = load32(attr + L.OB_TYPE);
    if (t === T.property) {
      const fn = load32(attr + (value === NULL ? L.PROPERTY_DEL : L.PROPERTY_SET)) as Value;
      if (fn === None || fn === NULL) {
        raise(T.AttributeError!, `property '${name}' of '${typeInfo(type).name}' object has no ${value === NULL ? "deleter" : "setter"}`);
        return false;
      }
      return call(fn, value === NULL ? [obj] : [obj, value]) !== NULL;
    }
    const set = lookupType(t, value === NULL ? "__delete__" : "__set__");
    if (set !== NULL) return call(set, value === NULL ? [attr, obj] : [attr, obj, value]) !== NULL;
  }
  const info = typeInfo(type);
  const slot = info.slotOffsets?.get(name);
  if (slot !== undefined) {
    if (value === NULL && load32(obj + slot) === 0) {
      raise(T.AttributeError!, `'${info.name}' object has no attribute '${name}'`);
      return false;
    }
    store32(obj + slot, value);
    return true;
  }
  const d = instanceDict(obj, true);
  if (d === NULL) {
    raise(T.AttributeError!, attr === NULL ? `'${info.name}' object has no attribute '${name}'` : `'${info.name}' object attribute '${name}' is read-only`);
    return false;
  }
  if (value === NULL) {
    const r = dictStore(d).delete(intern(name));
    if (r === false) raise(T.AttributeError!, `'${info.name}' object has no attribute '${name}'`);
    return r === true;
  }
  return dictStore(d).set(intern(name), value);
}

// ---- repr / str -----------------------------------------------------------------------------
let reprDepth = 0;

/** repr(v) as a JS string, or undefined with an exception set. */
export function repr(v: Value): string | undefined {
  const type = typeOfValue(v);
  if (type === L.TYPE_INT) return bigOf(v).toString();
  if (type === L.TYPE_FLOAT) return floatRepr(floatOf(v));
  if (type === L.TYPE_STR) return strRepr(strOf(v));
  if (v === None) return "None";
  if (v === True) return "True";
  if (v === False) return "False";
  const dunder = lookupType(type, "__repr__");
  if (dunder === NULL) return `<${typeInfo(type).name} object>`;
  if (++reprDepth > 500) {
    reprDepth--;
    raise(T.RecursionError!, "maximum recursion depth exceeded while getting the repr of an object");
    return undefined;
  }
  try {
    const r = call(dunder, [v]);
    if (r === NULL) return undefined;
    if (!isStr(r)) {
      raise(T.TypeError!, `__repr__ returned non-string (type ${typeName(r)})`);
      return undefined;
    }
    return strOf(r);
  } finally {
    reprDepth--;
  }
}

/** str(v) as a JS string, or undefined with an exception set. */
export function str(v: Value): string | undefined {
  const type = typeOfValue(v);
  if (type === L.TYPE_STR) return strOf(v);
  if (type === L.TYPE_INT || type === L.TYPE_FLOAT || v === None || v === True || v === False) return repr(v);
  const dunder = lookupType(type, "__str__");
  if (dunder === NULL || dunder === objectStr) return repr(v);
  const r = call(dunder, [v]);
  if (r === NULL) return undefined;
  if (!isStr(r)) {
    raise(T.TypeError!, `__str__ returned non-string (type ${typeName(r)})`);
    return undefined;
  }
  return strOf(r);
}
export let objectStr: Value = NULL;
export function setObjectStr(v: Value): void {
  objectStr = v;
}

export function strRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === quote || ch === "\\") out += "\\" + ch;
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    else if (c < 0x20 || c === 0x7f) out += "\\x" + c.toString(16).padStart(2, "0");
    else if (c >= 0x80 && c < 0xa0) out += "\\x" + c.toString(16).padStart(2, "0");
    else if (c === 0xad) out += "\\xad";
    else if (c >= 0xd800 && c < 0xe000) out += "\\u" + c.toString(16).padStart(4, "0");
    else out += ch;
  }
  return out + quote;
}

export function newStrOrNull(s: string | undefined): Value {
  return s === undefined ? NULL : newStr(s);
}

// ---- truth ----------------------------------------------------------------------------------
/** 1, 0, or -1 with an exception set. */
export function isTrue(v: Value): number {
  if (v === True) return 1;
  if (v === False || v === None) return 0;
  if ((v & 1) === 1) return v === 1 ? 0 : 1;
  const type = load32(v + L.OB_TYPE);
  switch (type) {
    case L.TYPE_INT:
      return bigOf(v) !== 0n ? 1 : 0;
    case L.TYPE_FLOAT:
      return floatOf(v) !== 0 ? 1 : 0;
    case L.TYPE_STR:
      return strOf(v).length ? 1 : 0;
    case L.TYPE_LIST:
      return load32(v + L.LIST_LEN) ? 1 : 0;
    case L.TYPE_TUPLE:
      return load32(v + L.TUPLE_LEN) ? 1 : 0;
    case L.TYPE_DICT:
      return dictStore(v).size ? 1 : 0;
  }
  const b = lookupType(type, "__bool__");
  if (b !== NULL) {
    const r = call(b, [v]);
    if (r === NULL) return -1;
    if (r !== True && r !== False) {
      raise(T.TypeError!, `__bool__ should return bool, returned ${typeName(r)}`);
      return -1;
    }
    return r === True ? 1 : 0;
  }
  const len = lookupType(type, "__len__");
  if (len !== NULL) {
    const r = call(len, [v]);
    if (r === NULL) return -1;
    return bigOf(r) !== 0n ? 1 : 0;
  }
  return 1;
}

export { excData };
