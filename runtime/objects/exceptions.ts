// Exception objects and the thread's exception state. An exception is an object of an exception
// type with a JS-side record (args, traceback entries, cause/context, its attribute dict).
import * as L from "../layout.js";
import { load32, store32 } from "../vm/memory.js";
import { heap } from "../vm/space.js";
import type { Ptr, Value } from "../vm/types.js";
import { T } from "./registry.js";
import { newHandle, side } from "./side.js";
import { isSubtype, typeInfo } from "./typeobj.js";
import { None, newStr, newTuple, NULL, typeOfValue } from "./values.js";

export interface TraceEntry {
  readonly filename: string;
  readonly name: string;
  readonly line: number;
}

export interface ExceptionData {
  args: Value;
  traceback: TraceEntry[];
  cause: Value;
  context: Value;
  suppressContext: boolean;
  /** For StopIteration: the value; for SyntaxError: details. */
  extra: Value;
}

export const EXC_SIZE = 16;

export function newException(type: Ptr, args: readonly Value[]): Value {
  const p = heap().allocObject(type, EXC_SIZE);
  if (p === 0) return NULL;
  const tuple = newTuple(args);
  const data: ExceptionData = { args: tuple, traceback: [], cause: NULL, context: NULL, suppressContext: false, extra: NULL };
  store32(p + L.SIDE_HANDLE, newHandle(data));
  store32(p + L.INSTANCE_DICT, 0);
  return p as Value;
}

export const excData = (e: Value): ExceptionData => side<ExceptionData>(e);

/** The thread's exception state. */
export const tstate = {
  /** The exception being raised (propagating), or NULL. */
  current: NULL as Value,
  /** The exception being handled (sys.exc_info()), or None. */
  handled: None as Value,
};

export function isException(v: Value): boolean {
  return (v & 1) === 0 && v !== 0 && isSubtype(typeOfValue(v), T.BaseException!);
}

/** Raises `type(message)`; returns NULL so callers can `return raise(...)`. */
export function raise(type: Ptr, message?: string): Value {
  const args = message === undefined ? [] : [newStr(message)];
  return setException(newException(type, args));
}

/** Makes `exc` the propagating exception, chaining the handled one as its context. */
export function setException(exc: Value): Value {
  if (exc === NULL) return NULL;
  const d = excData(exc);
  if (d.context === NULL && tstate.handled !== None && tstate.handled !== exc && tstate.handled !== NULL) d.context = tstate.handled;
  tstate.current = exc;
  return NULL;
}

export function clearException(): Value {
  const e = tstate.current;
  tstate.current = NULL;
  return e;
}

/** Whether the propagating exception is an instance of `type`. */
export function exceptionMatches(type: Ptr): boolean {
  return tstate.current !== NULL && isSubtype(load32(tstate.current + L.OB_TYPE), type);
}

export function typeName(v: Value): string {
  return typeInfo(typeOfValue(v)).name;
}
