// Imports: built-in modules (created by runtime/modules/*) and `.py` modules next to the main
// script. Python code cannot reach the file system beyond that folder.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import * as L from "../layout.js";
import { newHandle } from "../objects/side.js";
import { dictStore, newDict } from "../objects/dict.js";
import { raise, tstate } from "../objects/exceptions.js";
import { T } from "../objects/registry.js";
import { intern, None, NULL, strOf, tupleItems, typeOfValue } from "../objects/values.js";
import { load32, store32 } from "./memory.js";
import { heap } from "./space.js";
import type { Ptr, Value } from "./types.js";
import { genericSetAttr, getAttr } from "./ops/object.js";

export const MODULE_SIZE = 16;

/** sys.modules: name → module object. */
export const sysModules = new Map<string, Value>();
/** Built-in module factories: name → creates and returns the module. */
export const builtinModules = new Map<string, () => Value>();
/** Folder of the main script (imports look here), and the compile-and-run hook. */
export const importConfig = {
  root: process.cwd(),
  runSource: (_source: string, _filename: string, _globals: Value): Value => NULL,
};

export function newModule(name: string): Value {
  const p = heap().allocObject(T.module!, MODULE_SIZE);
  if (p === 0) return NULL;
  const d = newDict();
  store32(p + L.INSTANCE_DICT, d);
  store32(p + L.SIDE_HANDLE, newHandle(name));
  dictStore(d).set(intern("__name__"), intern(name));
  dictStore(d).set(intern("__doc__"), None);
  return p as Value;
}

export const moduleDict = (m: Value): Value => load32(m + L.INSTANCE_DICT) as Value;

export function importModule(name: string): Value {
  const cached = sysModules.get(name);
  if (cached !== undefined) return cached;
  const factory = builtinModules.get(name);
  if (factory) {
    const m = factory();
    if (m !== NULL) sysModules.set(name, m);
    return m;
  }
  const path = join(importConfig.root, `${name.replace(/\./g, "/")}.py`);
  if (!/^[A-Za-z_][\w.]*$/.test(name) || !existsSync(path)) {
    raise(T.ModuleNotFoundError!, `No module named '${name}'`);
    return withName(name);
  }
  const m = newModule(name);
  if (m === NULL) return NULL;
  sysModules.set(name, m);
  dictStore(moduleDict(m)).set(intern("__file__"), intern(path));
  const r = importConfig.runSource(readFileSync(path, "utf8"), path, moduleDict(m));
  if (r === NULL) {
    sysModules.delete(name);
    return NULL;
  }
  return m;
}

export function importName(_frame: Ptr, name: string, fromlist: Value, level: Value): Value {
  if (level !== NULL && (level & 1) === 1 && level >> 1 !== 0) return raise(T.ImportError!, "attempted relative import with no known parent package");
  const top = importModule(name);
  if (top === NULL) return NULL;
  if (fromlist === None || fromlist === NULL || (typeOfValue(fromlist) === L.TYPE_TUPLE && tupleItems(fromlist).length === 0)) {
    const first = name.split(".")[0]!;
    return first === name ? top : importModule(first);
  }
  return top;
}

export function importFrom(module: Value, name: string): Value {
  const v = getAttr(module, name);
  if (v !== NULL) return v;
  const modName = typeOfValue(module) === T.module ? strOf(dictStore(moduleDict(module)).getStr("__name__") ?? intern("?")) : "?";
  tstate.current = NULL;
  raise(T.ImportError!, `cannot import name '${name}' from '${modName}' (${modulePath(module)})`);
  return withName(modName);
}

/** ImportError.name: the module the failed import was about. */
function withName(modName: string): Value {
  const e = tstate.current;
  genericSetAttr(e, "name", intern(modName));
  tstate.current = e;
  return NULL;
}

function modulePath(module: Value): string {
  const f = dictStore(moduleDict(module)).getStr("__file__");
  return f === undefined ? "unknown location" : strOf(f);
}

export function importStar(frame: Ptr, module: Value): boolean {
  const src = dictStore(moduleDict(module));
  const ns = load32(frame + L.FRAME_NAMES) as Value;
  const dst = dictStore(ns);
  for (const i of src.indices()) {
    const k = src.keys[i]!;
    if (typeOfValue(k) === L.TYPE_STR && !strOf(k).startsWith("_")) if (!dst.set(k, src.values[i]!)) return false;
  }
  return true;
}

export { dirname };
