// The specializer: for each family, what the operands at a head's counter-zero say it should
// become. Like CPython's Python/specialize.c, it chooses among the members defs/bytecodes.def
// declares (looked up by name in the generated tables, so a renamed member fails loudly) and
// fills their caches; it never runs Python code. A failure names its reason for `--stats`.
import * as L from "../../layout.js";
import { isinstanceNative, lenNative } from "../../builtins/functions.js";
import { builtinData, codeObject, functionData, methodFunc } from "../../objects/callables.js";
import { type DictStore, dictStore } from "../../objects/dict.js";
import { builtinsRef, T } from "../../objects/registry.js";
import { lookupType, typeInfo } from "../../objects/typeobj.js";
import { strOf, tupleAt, typeOfValue } from "../../objects/values.js";
import { objectInit, objectNew } from "../classes.js";
import { load32 } from "../memory.js";
import { objectGetattribute, objectSetattr, specialAttrs, specialSetters } from "../ops/object.js";
import type { Ptr, Value } from "../types.js";
import { member, settle } from "./rewrite.js";

type Outcome = { to: number; caches: Record<string, number> } | { fail: string };
const to = (family: string, name: string, caches: Record<string, number> = {}): Outcome => ({ to: member(family, name), caches });
const fail = (why: string): Outcome => ({ fail: why });

const isObj = (v: Value) => (v & 1) === 0 && v !== 0;
const typeOf = (v: Value): Ptr => typeOfValue(v);
const version = (t: Ptr) => typeInfo(t).version;
const nameAt = (frame: Ptr, i: number): string => strOf(tupleAt(load32(load32(frame + L.FRAME_CODE) + L.CODE_NAMES) as Value, i));
const isDictObject = (v: Value) => isObj(v) && load32(v + L.OB_TYPE) === L.TYPE_DICT;
/** Entry index of str key `name` in a dict, when it fits a 16-bit cache entry. */
function indexOf(store: DictStore, name: string): number {
  const i = store.indexOfStr(name);
  return i > 0xffff ? -1 : i;
}

// ---- Operators ------------------------------------------------------------------------------

const ADD = 0, AND = 1, FLOOR_DIVIDE = 2, MULTIPLY = 5, MODULO = 6, OR = 7, SUBTRACT = 10, TRUE_DIVIDE = 11, XOR = 12, INPLACE = 13;

export function specializeBinaryOp(frame: Ptr, instr: number, op: number, lhs: Value, rhs: Value): void {
  settle(frame, instr, binaryOp(op % INPLACE, typeOf(lhs), typeOf(rhs)));
}
function binaryOp(op: number, a: Ptr, b: Ptr): Outcome {
  const F = "BINARY_OP";
  if (a !== b) return fail("operands of different types");
  if (a === L.TYPE_INT) {
    if (op === ADD) return to(F, "BINARY_OP_ADD_INT");
    if (op === SUBTRACT) return to(F, "BINARY_OP_SUBTRACT_INT");
    if (op === MULTIPLY) return to(F, "BINARY_OP_MULTIPLY_INT");
    if (op === AND || op === OR || op === XOR) return to(F, "BINARY_OP_BITWISE_INT");
    if (op === MODULO) return to(F, "BINARY_OP_MODULO_INT");
    if (op === FLOOR_DIVIDE) return to(F, "BINARY_OP_FLOOR_DIVIDE_INT");
    return fail("int operator without a specialization");
  }
  if (a === L.TYPE_FLOAT) {
    if (op === ADD) return to(F, "BINARY_OP_ADD_FLOAT");
    if (op === SUBTRACT) return to(F, "BINARY_OP_SUBTRACT_FLOAT");
    if (op === MULTIPLY) return to(F, "BINARY_OP_MULTIPLY_FLOAT");
    if (op === TRUE_DIVIDE) return to(F, "BINARY_OP_TRUE_DIVIDE_FLOAT");
    return fail("float operator without a specialization");
  }
  if (a === L.TYPE_STR && op === ADD) return to(F, "BINARY_OP_ADD_STR");
  return fail(`operands of type ${typeInfo(a).name}`);
}

export function specializeCompareOp(frame: Ptr, instr: number, _op: number, lhs: Value, rhs: Value): void {
  const a = typeOf(lhs);
  const b = typeOf(rhs);
  const F = "COMPARE_OP";
  settle(
    frame,
    instr,
    a !== b ? fail("operands of different types")
    : a === L.TYPE_INT ? to(F, "COMPARE_OP_INT")
    : a === L.TYPE_FLOAT ? to(F, "COMPARE_OP_FLOAT")
    : a === L.TYPE_STR ? to(F, "COMPARE_OP_STR")
    : fail(`operands of type ${typeInfo(a).name}`),
  );
}

export function specializeContainsOp(frame: Ptr, instr: number, container: Value): void {
  const t = typeOf(container);
  const F = "CONTAINS_OP";
  settle(
    frame,
    instr,
    t === L.TYPE_DICT ? to(F, "CONTAINS_OP_DICT")
    : t === L.TYPE_SET || t === L.TYPE_FROZENSET ? to(F, "CONTAINS_OP_SET")
    : fail(`container of type ${typeInfo(t).name}`),
  );
}

export function specializeToBool(frame: Ptr, instr: number, value: Value): void {
  const t = typeOf(value);
  const F = "TO_BOOL";
  const info = typeInfo(t);
  const plainInstance = info.layout === "object" && info.module !== "builtins" && lookupType(t, "__bool__") === 0 && lookupType(t, "__len__") === 0;
  settle(
    frame,
    instr,
    t === L.TYPE_BOOL ? to(F, "TO_BOOL_BOOL")
    : (value & 1) === 1 ? to(F, "TO_BOOL_INT")
    : t === L.TYPE_NONE ? to(F, "TO_BOOL_NONE")
    : t === L.TYPE_LIST ? to(F, "TO_BOOL_LIST")
    : t === L.TYPE_STR ? to(F, "TO_BOOL_STR")
    : plainInstance ? to(F, "TO_BOOL_ALWAYS_TRUE", { type_version: version(t) })
    : fail(`value of type ${info.name}`),
  );
}

// ---- Subscripts and unpacking -----------------------------------------------------------------

export function specializeBinarySubscr(frame: Ptr, instr: number, container: Value, sub: Value): void {
  const t = typeOf(container);
  const intSub = (sub & 1) === 1;
  const F = "BINARY_SUBSCR";
  settle(
    frame,
    instr,
    t === L.TYPE_DICT ? to(F, "BINARY_SUBSCR_DICT")
    : !intSub ? fail(`${typeInfo(t).name} subscript of type ${typeInfo(typeOf(sub)).name}`)
    : t === L.TYPE_LIST ? to(F, "BINARY_SUBSCR_LIST_INT")
    : t === L.TYPE_TUPLE ? to(F, "BINARY_SUBSCR_TUPLE_INT")
    : t === L.TYPE_STR ? to(F, "BINARY_SUBSCR_STR_INT")
    : fail(`container of type ${typeInfo(t).name}`),
  );
}

export function specializeStoreSubscr(frame: Ptr, instr: number, container: Value, sub: Value): void {
  const t = typeOf(container);
  const F = "STORE_SUBSCR";
  settle(
    frame,
    instr,
    t === L.TYPE_DICT ? to(F, "STORE_SUBSCR_DICT")
    : t === L.TYPE_LIST && (sub & 1) === 1 ? to(F, "STORE_SUBSCR_LIST_INT")
    : fail(`container of type ${typeInfo(t).name}`),
  );
}

export function specializeUnpackSequence(frame: Ptr, instr: number, seq: Value, n: number): void {
  const t = typeOf(seq);
  const F = "UNPACK_SEQUENCE";
  settle(
    frame,
    instr,
    t === L.TYPE_TUPLE ? to(F, n === 2 ? "UNPACK_SEQUENCE_TWO_TUPLE" : "UNPACK_SEQUENCE_TUPLE")
    : t === L.TYPE_LIST ? to(F, "UNPACK_SEQUENCE_LIST")
    : fail(`sequence of type ${typeInfo(t).name}`),
  );
}

export function specializeForIter(frame: Ptr, instr: number, it: Value): void {
  const t = typeOf(it);
  const F = "FOR_ITER";
  settle(
    frame,
    instr,
    t === L.TYPE_RANGE_ITER ? to(F, "FOR_ITER_RANGE")
    : t === L.TYPE_LIST_ITER ? to(F, "FOR_ITER_LIST")
    : t === L.TYPE_TUPLE_ITER ? to(F, "FOR_ITER_TUPLE")
    : t === L.TYPE_GENERATOR ? to(F, "FOR_ITER_GEN")
    : fail(`iterator of type ${typeInfo(t).name}`),
  );
}

// ---- Globals and attributes -------------------------------------------------------------------

export function specializeLoadGlobal(frame: Ptr, instr: number, nameIndex: number): void {
  settle(frame, instr, loadGlobal(frame, nameAt(frame, nameIndex)));
}
function loadGlobal(frame: Ptr, name: string): Outcome {
  const F = "LOAD_GLOBAL";
  const globals = load32(frame + L.FRAME_GLOBALS) as Value;
  const builtins = load32(frame + L.FRAME_BUILTINS) as Value;
  if (!isDictObject(globals) || builtins !== builtinsRef.dict) return fail("globals or builtins not a plain dict");
  const g = dictStore(globals);
  const i = indexOf(g, name);
  if (i >= 0) return to(F, "LOAD_GLOBAL_MODULE", { globals_version: g.keysVersion, index: i });
  const b = dictStore(builtins);
  const j = indexOf(b, name);
  if (j >= 0) return to(F, "LOAD_GLOBAL_BUILTIN", { globals_version: g.keysVersion, builtins_version: b.keysVersion, index: j });
  return fail("name not found");
}

/** What an attribute lookup on an instance of `type` would find, for LOAD_ATTR/LOAD_METHOD. */
function instanceLookupBlocker(owner: Value, type: Ptr, name: string): string | undefined {
  const info = typeInfo(type);
  if (info.layout === "type" || type === L.TYPE_TYPE) return "owner is a class with a metaclass";
  if (lookupType(type, "__getattribute__") !== objectGetattribute) return "overridden __getattribute__";
  // Readers of computed attributes answer by the object's kind (so by its type).
  const reader = specialAttrs.get(name);
  if (reader && reader(owner) !== undefined) return "computed attribute";
  return undefined;
}

const hasInstanceDictAt12 = (type: Ptr) => {
  const info = typeInfo(type);
  return info.hasDict && (info.layout === "object" || info.layout === "exception");
};

function isDataDescriptor(attr: Value): boolean {
  if (!isObj(attr)) return false;
  const t = load32(attr + L.OB_TYPE);
  return t === T.property || lookupType(t, "__set__") !== 0 || lookupType(t, "__delete__") !== 0;
}

/** A Python function that takes exactly `n` positional arguments and nothing else (frames push without binding). */
function takesExactly(func: Value, n: number): boolean {
  if (!isObj(func) || load32(func + L.OB_TYPE) !== L.TYPE_FUNCTION) return false;
  const info = codeObject(functionData(func).code).info;
  return (info.flags & (0x20 | 0x04 | 0x08)) === 0 && info.kwonlyargcount === 0 && info.argcount === n;
}

/**
 * Whether a class attribute's behaviour as a descriptor is fixed: objects of built-in types
 * (whose namespaces Python code cannot change). An instance of a user class could gain
 * `__get__`/`__set__` later through a change to *its* class, which no guard here watches.
 */
function fixedKind(v: Value): boolean {
  return !isObj(v) || typeInfo(load32(v + L.OB_TYPE)).module === "builtins";
}

/** A class attribute that reads the same through the class as it is stored (no binding). */
function classAttribute(cls: Ptr, name: string): Value | undefined {
  if (name.startsWith("__") || lookupType(L.TYPE_TYPE, name) !== 0) return undefined;
  const v = lookupType(cls, name);
  if (v === 0 || !fixedKind(v)) return undefined;
  if (!isObj(v)) return v;
  const t = load32(v + L.OB_TYPE);
  // Through the class: functions and method descriptors read as themselves, a staticmethod as
  // its function; a classmethod binds to the class (so it cannot be cached).
  if (t === L.TYPE_FUNCTION || t === L.TYPE_BUILTIN) return v;
  if (t === T.staticmethod) return load32(v + L.WRAPPED_FUNC) as Value;
  if (t === T.classmethod || t === T.property) return undefined;
  return lookupType(t, "__get__") === 0 ? v : undefined;
}

const isPlainClass = (v: Value) => isObj(v) && load32(v + L.OB_TYPE) === L.TYPE_TYPE;

export function specializeLoadAttr(frame: Ptr, instr: number, owner: Value, nameIndex: number): void {
  settle(frame, instr, loadAttr(owner, nameAt(frame, nameIndex)));
}
function loadAttr(owner: Value, name: string): Outcome {
  const F = "LOAD_ATTR";
  const type = typeOf(owner);
  if (type === L.TYPE_MODULE) {
    const d = dictStore(load32(owner + L.INSTANCE_DICT) as Value);
    const i = indexOf(d, name);
    if (i < 0) return fail("module attribute not found");
    return to(F, "LOAD_ATTR_MODULE", { type_version: version(type), keys_version: d.keysVersion, index: i });
  }
  if (isPlainClass(owner)) {
    const v = classAttribute(owner, name);
    if (v === undefined) return fail("class attribute that binds or is special");
    return to(F, "LOAD_ATTR_CLASS", { type_version: version(owner), descr: v });
  }
  const blocked = instanceLookupBlocker(owner, type, name);
  if (blocked) return fail(blocked);
  const attr = lookupType(type, name);
  if (attr !== 0 && isDataDescriptor(attr)) {
    if (load32(attr + L.OB_TYPE) !== T.property) return fail("data descriptor other than property");
    const fget = load32(attr + L.PROPERTY_GET) as Value;
    if (!takesExactly(fget, 1)) return fail("property getter not a plain one-argument function");
    return to(F, "LOAD_ATTR_PROPERTY", { type_version: version(type), fget });
  }
  const slot = typeInfo(type).slotOffsets?.get(name);
  if (slot !== undefined) return to(F, "LOAD_ATTR_SLOT", { type_version: version(type), offset: slot });
  if (!hasInstanceDictAt12(type)) return fail(`attribute of a ${typeInfo(type).name} (no instance dict)`);
  const dict = load32(owner + L.INSTANCE_DICT) as Value;
  const i = dict === 0 ? -1 : indexOf(dictStore(dict), name);
  if (i < 0) return fail(attr === 0 ? "attribute not found" : "class attribute read through an instance");
  if (!fixedKind(attr)) return fail("shadows a class attribute that could become a data descriptor");
  return to(F, "LOAD_ATTR_INSTANCE_VALUE", { type_version: version(type), keys_version: dictStore(dict).keysVersion, index: i });
}

export function specializeLoadMethod(frame: Ptr, instr: number, owner: Value, nameIndex: number): void {
  settle(frame, instr, loadMethod(owner, nameAt(frame, nameIndex)));
}
function loadMethod(owner: Value, name: string): Outcome {
  const F = "LOAD_METHOD";
  const type = typeOf(owner);
  if (type === L.TYPE_MODULE) {
    const d = dictStore(load32(owner + L.INSTANCE_DICT) as Value);
    const i = indexOf(d, name);
    if (i < 0) return fail("module attribute not found");
    return to(F, "LOAD_METHOD_MODULE", { type_version: version(type), keys_version: d.keysVersion, index: i });
  }
  if (isPlainClass(owner)) {
    const v = classAttribute(owner, name);
    if (v === undefined) return fail("class attribute that binds or is special");
    return to(F, "LOAD_METHOD_CLASS", { type_version: version(owner), descr: v });
  }
  const blocked = instanceLookupBlocker(owner, type, name);
  if (blocked) return fail(blocked);
  const attr = lookupType(type, name);
  if (attr === 0) return fail("not found on the type");
  const at = isObj(attr) ? load32(attr + L.OB_TYPE) : 0;
  const methodLike = at === L.TYPE_FUNCTION || (at === L.TYPE_BUILTIN && builtinData(attr).owner !== 0 && builtinData(attr).self === 0);
  if (!methodLike) return fail("not a method");
  if (hasInstanceDictAt12(type)) {
    const dict = load32(owner + L.INSTANCE_DICT) as Value;
    if (dict !== 0 && dictStore(dict).indexOfStr(name) >= 0) return fail("shadowed by an instance attribute");
    const keys = dict === 0 ? L.EMPTY_KEYS_VERSION : dictStore(dict).keysVersion;
    return to(F, "LOAD_METHOD_WITH_VALUES", { type_version: version(type), keys_version: keys, descr: attr });
  }
  // Built-in types (list, str, dict…) and classes without a __dict__: the type decides alone.
  if (typeInfo(type).hasDict && !typeInfo(type).module.startsWith("builtins")) return fail("instance dict at an unusual place");
  return to(F, "LOAD_METHOD_NO_DICT", { type_version: version(type), descr: attr });
}

export function specializeStoreAttr(frame: Ptr, instr: number, owner: Value, nameIndex: number): void {
  settle(frame, instr, storeAttr(owner, nameAt(frame, nameIndex)));
}
function storeAttr(owner: Value, name: string): Outcome {
  const F = "STORE_ATTR";
  const type = typeOf(owner);
  if (!isObj(owner) || typeInfo(type).layout === "type" || type === L.TYPE_TYPE) return fail("owner is not an instance");
  if (lookupType(type, "__setattr__") !== objectSetattr) return fail("overridden __setattr__");
  // Writers of computed attributes answer by the object's kind: ask without writing.
  if (specialSetters.get(name) && name.startsWith("__")) return fail("computed attribute");
  const attr = lookupType(type, name);
  if (attr !== 0 && isDataDescriptor(attr)) return fail("data descriptor");
  const slot = typeInfo(type).slotOffsets?.get(name);
  if (slot !== undefined) return to(F, "STORE_ATTR_SLOT", { type_version: version(type), offset: slot });
  if (!hasInstanceDictAt12(type)) return fail("no instance dict");
  const dict = load32(owner + L.INSTANCE_DICT) as Value;
  const i = dict === 0 ? -1 : indexOf(dictStore(dict), name);
  if (i < 0) return fail("new attribute (changes the dict's keys)");
  if (!fixedKind(attr)) return fail("shadows a class attribute that could become a data descriptor");
  return to(F, "STORE_ATTR_INSTANCE_VALUE", { type_version: version(type), keys_version: dictStore(dict).keysVersion, index: i });
}

// ---- Calls ------------------------------------------------------------------------------------

export function specializeCall(frame: Ptr, instr: number, callable: Value, selfOrNull: Value, argc: number): void {
  settle(frame, instr, callOutcome(callable, selfOrNull, argc));
}
function callOutcome(callable: Value, selfOrNull: Value, argc: number): Outcome {
  const F = "CALL";
  if (!isObj(callable)) return fail("not callable");
  const type = load32(callable + L.OB_TYPE);
  const nargs = argc + (selfOrNull === 0 ? 0 : 1);
  if (type === L.TYPE_FUNCTION) {
    if (!takesExactly(callable, nargs)) return fail("Python function needing argument binding");
    return to(F, "CALL_PY_EXACT_ARGS", { func: callable });
  }
  if (type === L.TYPE_METHOD) {
    const func = methodFunc(callable);
    if (selfOrNull !== 0 || !takesExactly(func, argc + 1)) return fail("bound method needing argument binding");
    return to(F, "CALL_BOUND_METHOD_EXACT_ARGS", { func });
  }
  if (type === L.TYPE_BUILTIN) {
    const fn = builtinData(callable).fn;
    if (fn === lenNative && argc === 1 && selfOrNull === 0) return to(F, "CALL_LEN", { func: callable });
    if (fn === isinstanceNative && argc === 2 && selfOrNull === 0) return to(F, "CALL_ISINSTANCE", { func: callable });
    return to(F, "CALL_BUILTIN", { func: callable });
  }
  if (type === L.TYPE_TYPE && selfOrNull === 0) {
    const info = typeInfo(callable);
    if (info.layout !== "object") return fail(`instantiating a ${info.layout} class`);
    const newFn = lookupType(callable, "__new__");
    if (newFn !== objectNew.v && newFn !== 0) return fail("class with its own __new__");
    const init = lookupType(callable, "__init__");
    if (init === objectInit.v || !isObj(init) || load32(init + L.OB_TYPE) !== L.TYPE_FUNCTION) return fail("class without a Python __init__");
    return to(F, "CALL_CLASS_INIT", { type_version: version(callable) });
  }
  return fail(`callable of type ${typeInfo(type).name}`);
}
