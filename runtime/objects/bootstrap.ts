// Creates the object world: static singletons, built-in types (fixed-address ones first), the
// exception hierarchy, and the GC's tracing hooks and roots. Runs once per process.
import * as L from "../layout.js";
import { load32, store32 } from "../vm/memory.js";
import { heap } from "../vm/space.js";
import type { Ptr, Value } from "../vm/types.js";
import { frameRegionBlock, regionFrames, traceFrame } from "../vm/frames.js";
import { builtinData, codeObject, type FunctionData, METHOD_FUNC, METHOD_SELF } from "./callables.js";
import { dictStore, setKeyOps } from "./dict.js";
import { excData, tstate } from "./exceptions.js";
import { nativeIter } from "./iterators.js";
import { builtinsRef, T } from "./registry.js";
import { releaseHandle, side } from "./side.js";
import { allTypes, type Layout, makeType, TYPE_SIZE, typeInfo, TypeInfo } from "./typeobj.js";
import { internedStrings, listBlock, listLength, listAt, strOf, tupleAt, tupleLength } from "./values.js";

function staticObject(at: Ptr, type: Ptr): void {
  store32(at + L.OB_TYPE, type);
  store32(at + L.OB_GC, 16);
}

const STATIC_TYPES: [string, Ptr, Layout][] = [
  ["type", L.TYPE_TYPE, "type"],
  ["object", L.TYPE_OBJECT, "object"],
  ["int", L.TYPE_INT, "int"],
  ["bool", L.TYPE_BOOL, "bool"],
  ["float", L.TYPE_FLOAT, "float"],
  ["str", L.TYPE_STR, "str"],
  ["tuple", L.TYPE_TUPLE, "tuple"],
  ["list", L.TYPE_LIST, "list"],
  ["dict", L.TYPE_DICT, "dict"],
  ["NoneType", L.TYPE_NONE, "none"],
  ["function", L.TYPE_FUNCTION, "function"],
  ["range_iterator", L.TYPE_RANGE_ITER, "iterator"],
  ["list_iterator", L.TYPE_LIST_ITER, "iterator"],
  ["tuple_iterator", L.TYPE_TUPLE_ITER, "iterator"],
  ["set", L.TYPE_SET, "set"],
  ["frozenset", L.TYPE_FROZENSET, "frozenset"],
  ["method", L.TYPE_METHOD, "method"],
  ["builtin_function_or_method", L.TYPE_BUILTIN, "builtin"],
  ["generator", L.TYPE_GENERATOR, "generator"],
  ["module", L.TYPE_MODULE, "module"],
];

const HEAP_TYPES: [string, Layout][] = [
  ["code", "code"],
  ["cell", "cell"],
  ["bytes", "bytes"],
  ["range", "range"],
  ["slice", "slice"],
  ["iterator", "iterator"],
  ["property", "property"],
  ["staticmethod", "staticmethod"],
  ["classmethod", "classmethod"],
  ["super", "super"],
  ["NotImplementedType", "other"],
  ["ellipsis", "other"],
  ["dict_keys", "iterator"],
  ["dict_values", "iterator"],
  ["dict_items", "iterator"],
  ["enumerate", "iterator"],
  ["zip", "iterator"],
  ["map", "iterator"],
  ["filter", "iterator"],
  ["reversed", "iterator"],
];

/** name, base — in definition order so bases exist first. */
const EXCEPTIONS: [string, string][] = [
  ["BaseException", "object"],
  ["SystemExit", "BaseException"],
  ["KeyboardInterrupt", "BaseException"],
  ["GeneratorExit", "BaseException"],
  ["Exception", "BaseException"],
  ["StopIteration", "Exception"],
  ["ArithmeticError", "Exception"],
  ["FloatingPointError", "ArithmeticError"],
  ["OverflowError", "ArithmeticError"],
  ["ZeroDivisionError", "ArithmeticError"],
  ["AssertionError", "Exception"],
  ["AttributeError", "Exception"],
  ["BufferError", "Exception"],
  ["EOFError", "Exception"],
  ["ImportError", "Exception"],
  ["ModuleNotFoundError", "ImportError"],
  ["LookupError", "Exception"],
  ["IndexError", "LookupError"],
  ["KeyError", "LookupError"],
  ["MemoryError", "Exception"],
  ["NameError", "Exception"],
  ["UnboundLocalError", "NameError"],
  ["OSError", "Exception"],
  ["FileNotFoundError", "OSError"],
  ["PermissionError", "OSError"],
  ["ReferenceError", "Exception"],
  ["RuntimeError", "Exception"],
  ["NotImplementedError", "RuntimeError"],
  ["RecursionError", "RuntimeError"],
  ["SyntaxError", "Exception"],
  ["IndentationError", "SyntaxError"],
  ["TabError", "IndentationError"],
  ["SystemError", "Exception"],
  ["TypeError", "Exception"],
  ["ValueError", "Exception"],
  ["UnicodeError", "ValueError"],
  ["UnicodeDecodeError", "UnicodeError"],
  ["UnicodeEncodeError", "UnicodeError"],
  ["Warning", "Exception"],
  ["UserWarning", "Warning"],
  ["DeprecationWarning", "Warning"],
  ["RuntimeWarning", "Warning"],
];

let booted = false;

export function bootstrap(): void {
  if (booted) return;
  booted = true;
  const h = heap();
  staticObject(L.NONE, L.TYPE_NONE);
  staticObject(L.FALSE, L.TYPE_BOOL);
  staticObject(L.TRUE, L.TYPE_BOOL);
  staticObject(L.RAW_BLOCK, L.TYPE_TYPE);

  // `object` first: every other type's MRO ends with it.
  const order = [STATIC_TYPES[1]!, STATIC_TYPES[0]!, ...STATIC_TYPES.slice(2)];
  for (const [name, at, layout] of order) {
    const bases = name === "object" ? [] : name === "bool" ? [L.TYPE_INT] : [L.TYPE_OBJECT];
    makeType(at, name, bases, layout);
    T[name] = at;
  }
  for (const [name, layout] of HEAP_TYPES) T[name] = newHeapType(name, [L.TYPE_OBJECT], layout).ptr;
  staticObject(L.NOT_IMPLEMENTED, T.NotImplementedType!);
  staticObject(L.ELLIPSIS, T.ellipsis!);
  for (const [name, base] of EXCEPTIONS) T[name] = newHeapType(name, [T[base]!], "exception").ptr;
  for (const name of ["iterator", "dict_keys", "dict_values", "dict_items", "enumerate", "zip", "map", "filter", "reversed", "code", "cell", "method", "builtin_function_or_method", "generator"]) {
    typeInfo(T[name]!).hasDict = false;
  }
  for (const t of [L.TYPE_INT, L.TYPE_BOOL, L.TYPE_FLOAT, L.TYPE_STR, L.TYPE_TUPLE, L.TYPE_NONE, L.TYPE_SET, L.TYPE_FROZENSET, T.bytes!, T.range!, T.slice!]) {
    typeInfo(t).hasDict = false;
  }
  registerHooks();
  h.addRoots(traceRoots);
}

/** A type allocated in the heap (built-ins after the fixed ones, and every class). */
export function newHeapType(name: string, bases: Ptr[], layout: Layout, module = "builtins"): TypeInfo {
  const p = heap().allocObject(L.TYPE_TYPE, TYPE_SIZE);
  if (p === 0) throw new Error("out of memory creating a type");
  const info = makeType(p, name, bases, layout, module);
  // Instances are laid out like the first base with a real layout (dict, deque, exception…),
  // so they are traced like it too; plain-object bases only add an instance dict.
  const solid = bases.find((b) => typeInfo(b).layout !== "object" || heap().hasOwnHooks(b)) ?? bases[0];
  if (solid !== undefined) heap().inheritHooks(p, solid);
  return info;
}

const releaseSide = (obj: Ptr) => releaseHandle(load32(obj + L.SIDE_HANDLE));

function traceTypeInfo(info: TypeInfo, visit: (v: Value) => void): void {
  for (const v of info.dict.values()) visit(v);
  for (const b of info.bases) visit(b as Value);
}

function registerHooks(): void {
  const h = heap();
  const field = (...offsets: number[]) => (obj: Ptr, visit: (v: Value) => void) => {
    for (const o of offsets) visit(load32(obj + o) as Value);
  };
  h.setHooks(L.TYPE_TUPLE, (obj, visit) => {
    const n = tupleLength(obj as Value);
    for (let i = 0; i < n; i++) visit(tupleAt(obj as Value, i));
  });
  h.setHooks(L.TYPE_LIST, (obj, visit) => {
    visit(listBlock(obj as Value) as Value);
    const n = listLength(obj as Value);
    for (let i = 0; i < n; i++) visit(listAt(obj as Value, i));
    visit(load32(obj + L.INSTANCE_DICT_LIST) as Value);
  });
  h.setHooks(L.TYPE_DICT, (obj, visit) => {
    dictStore(obj as Value).trace(visit);
    visit(load32(obj + L.INSTANCE_DICT) as Value);
  }, releaseSide);
  for (const t of [L.TYPE_STR, L.TYPE_INT, T.bytes!]) h.setHooks(t, undefined, releaseSide);
  h.setHooks(L.TYPE_OBJECT, field(L.INSTANCE_DICT));
  h.setHooks(L.TYPE_FUNCTION, (obj, visit) => {
    const f = side<FunctionData>(obj);
    for (const v of [f.code, f.globals, f.defaults, f.kwdefaults, f.closure, f.dict, f.module, f.doc]) visit(v);
  }, releaseSide);
  h.setHooks(T.code!, (obj, visit) => {
    visit(load32(obj + L.CODE_CONSTS) as Value);
    visit(load32(obj + L.CODE_NAMES) as Value);
  }, releaseSide);
  h.setHooks(T.cell!, field(L.CELL_REF));
  h.setHooks(T.method!, field(METHOD_FUNC, METHOD_SELF));
  h.setHooks(T.builtin_function_or_method!, (obj, visit) => visit(builtinData(obj as Value).self), releaseSide);
  h.setHooks(L.TYPE_LIST_ITER, field(L.SEQ_ITER_SEQ));
  h.setHooks(L.TYPE_TUPLE_ITER, field(L.SEQ_ITER_SEQ));
  for (const t of [T.iterator!, T.dict_keys!, T.dict_values!, T.dict_items!, T.enumerate!, T.zip!, T.map!, T.filter!, T.reversed!]) {
    h.setHooks(t, (obj, visit) => nativeIter(obj as Value).trace(visit), releaseSide);
  }
  h.setHooks(T.slice!, field(L.SLICE_START, L.SLICE_STOP, L.SLICE_STEP));
  h.setHooks(T.property!, field(L.PROPERTY_GET, L.PROPERTY_SET, L.PROPERTY_DEL, L.PROPERTY_DOC));
  h.setHooks(T.staticmethod!, field(L.WRAPPED_FUNC, L.INSTANCE_DICT));
  h.setHooks(T.classmethod!, field(L.WRAPPED_FUNC, L.INSTANCE_DICT));
  h.setHooks(L.TYPE_TYPE, (obj, visit) => traceTypeInfo(typeInfo(obj), visit));
  const traceException = (obj: Ptr, visit: (v: Value) => void) => {
    const d = excData(obj as Value);
    for (const v of [d.args, d.cause, d.context, d.extra]) visit(v);
    visit(load32(obj + L.INSTANCE_DICT) as Value);
  };
  for (const [name] of EXCEPTIONS) h.setHooks(T[name]!, traceException, releaseSide);
  h.setHooks(T.module!, (obj, visit) => visit(load32(obj + L.INSTANCE_DICT) as Value));
}

function traceRoots(visit: (v: Value) => void): void {
  for (const s of internedStrings()) visit(s);
  for (const info of allTypes) {
    visit(info.ptr as Value);
    traceTypeInfo(info, visit);
  }
  visit(builtinsRef.dict);
  visit(tstate.current);
  visit(tstate.handled);
  visit(frameRegionBlock() as Value);
  for (const f of regionFrames()) {
    const code = load32(f + L.FRAME_CODE) as Value;
    traceFrame(f, code ? codeObject(code).nlocalsplus : 0, visit);
  }
  for (const r of extraRoots) r(visit);
}

/** Other modules' roots (sys.modules, generators' running frames…). */
export const extraRoots: ((visit: (v: Value) => void) => void)[] = [];

setKeyOps({ hash: () => undefined, eq: () => undefined, exactStr: (v) => ((v & 1) === 0 && v !== 0 && load32(v + L.OB_TYPE) === L.TYPE_STR ? strOf(v) : undefined) });
