// Code objects, functions, cells, bound methods and built-in functions.
import type { CodeInfo, Const } from "../compiler/code.js";
import * as L from "../layout.js";
import { load32, store32 } from "../vm/memory.js";
import { heap } from "../vm/space.js";
import type { Ptr, Value } from "../vm/types.js";
import { quicken } from "../vm/specialize/counters.js";
import { T } from "./registry.js";
import { newHandle, side } from "./side.js";
import { False, intern, newFloat, newInt, newStr, newTuple, None, NULL, True } from "./values.js";

// ---- Code objects -------------------------------------------------------------------------
export interface CodeObject {
  readonly info: CodeInfo;
  /** The bytecode the interpreter runs; specialization rewrites it in place. */
  readonly units: Uint16Array;
  /** Bytes a frame for this code needs (header, fast slots, value stack). */
  readonly frameBytes: number;
  readonly nlocalsplus: number;
  /** Fast-slot index of each cell and free variable, and of every local name. */
  readonly slotOf: ReadonlyMap<string, number>;
}

/** The live (quickened) code units of each compiled code object, for `dis --specialized`. */
export const quickenedUnits = new WeakMap<CodeInfo, Uint16Array>();

export function newCode(info: CodeInfo): Value {
  const consts = info.consts.map(constValue);
  const constsTuple = newTuple(consts);
  const namesTuple = newTuple(info.names.map(intern));
  const p = heap().allocObject(T.code!, L.CODE_SIZE);
  const slotOf = new Map(info.localsplus.map((n, i) => [n, i]));
  const code: CodeObject = {
    info,
    units: quicken(info.units.slice()),
    frameBytes: L.FRAME_LOCALS + 4 * (info.localsplus.length + info.stacksize + 1),
    nlocalsplus: info.localsplus.length,
    slotOf,
  };
  store32(p + L.SIDE_HANDLE, newHandle(code));
  quickenedUnits.set(info, code.units);
  store32(p + L.CODE_CONSTS, constsTuple);
  store32(p + L.CODE_NAMES, namesTuple);
  return p as Value;
}

export const codeObject = (code: Value): CodeObject => side<CodeObject>(code);

/** Materializes a compile-time constant. Constants are kept alive by their code object. */
export function constValue(c: Const): Value {
  switch (c.kind) {
    case "None":
      return None;
    case "bool":
      return c.value ? True : False;
    case "int":
      return newInt(c.value);
    case "float":
      return newFloat(c.value);
    case "str":
      return c.value.length <= 40 ? intern(c.value) : newStr(c.value);
    case "bytes":
      return newBytes(c.value);
    case "Ellipsis":
      return L.ELLIPSIS as Value;
    case "tuple":
      return newTuple(c.items.map(constValue));
    case "code":
      return newCode(c.code);
    default: {
      const never: never = c;
      throw new Error(`unknown constant ${JSON.stringify(never)}`);
    }
  }
}

export function newBytes(b: Uint8Array): Value {
  const p = heap().allocObject(T.bytes!, 16);
  store32(p + L.SIDE_HANDLE, newHandle(b));
  return p as Value;
}

// ---- Functions ----------------------------------------------------------------------------
export interface FunctionData {
  code: Value;
  globals: Value;
  defaults: Value;
  kwdefaults: Value;
  closure: Value;
  name: string;
  qualname: string;
  dict: Value;
  module: Value;
  doc: Value;
}

export function newFunction(data: FunctionData): Value {
  const p = heap().allocObject(L.TYPE_FUNCTION, 16);
  if (p === 0) return NULL;
  store32(p + L.SIDE_HANDLE, newHandle(data));
  return p as Value;
}
export const functionData = (f: Value): FunctionData => side<FunctionData>(f);

// ---- Cells --------------------------------------------------------------------------------
export function newCell(v: Value): Value {
  const p = heap().allocObject(T.cell!, L.CELL_SIZE);
  if (p === 0) return NULL;
  store32(p + L.CELL_REF, v);
  return p as Value;
}
export const cellGet = (c: Value): Value => load32(c + L.CELL_REF) as Value;
export const cellSet = (c: Value, v: Value): void => store32(c + L.CELL_REF, v);

// ---- Bound methods ------------------------------------------------------------------------
export const METHOD_FUNC = L.METHOD_FUNC;
export const METHOD_SELF = L.METHOD_SELF;
export function newMethod(func: Value, self: Value): Value {
  const p = heap().allocObject(T.method!, 16);
  if (p === 0) return NULL;
  store32(p + METHOD_FUNC, func);
  store32(p + METHOD_SELF, self);
  return p as Value;
}
export const methodFunc = (m: Value): Value => load32(m + METHOD_FUNC) as Value;
export const methodSelf = (m: Value): Value => load32(m + METHOD_SELF) as Value;

// ---- Built-in functions -------------------------------------------------------------------
/** Keyword arguments as passed to natives: names and values, or undefined when none. */
export interface Kw {
  readonly names: readonly string[];
  readonly values: readonly Value[];
}

/**
 * A native implementation. `self` is the bound object (NULL for plain functions). Returns the
 * result, or NULL with an exception set.
 */
export type NativeFn = (self: Value, args: readonly Value[], kw: Kw | undefined) => Value;

export interface BuiltinData {
  readonly name: string;
  readonly qualname: string;
  readonly fn: NativeFn;
  readonly self: Value;
  /** For method descriptors: the type they belong to (bound on attribute access). */
  readonly owner: Ptr;
}

export const BUILTIN_SELF = 12;
export function newBuiltin(name: string, fn: NativeFn, self: Value = NULL, owner: Ptr = 0, qualname = name): Value {
  const p = heap().allocObject(T.builtin_function_or_method!, 16);
  if (p === 0) return NULL;
  store32(p + L.SIDE_HANDLE, newHandle({ name, qualname, fn, self, owner } satisfies BuiltinData));
  store32(p + BUILTIN_SELF, self);
  return p as Value;
}
export const builtinData = (b: Value): BuiltinData => side<BuiltinData>(b);
