// Bringing the VM up: bootstrap the object world, install the helpers the generated
// interpreters call, and fill the builtins namespace. Idempotent; one VM per process.
import { tier2Stats } from "../tier2/stats.js";
import { UOP_INFO } from "../../generated/uops.js";
import * as L from "../layout.js";
import { bootstrap, extraRoots } from "../objects/bootstrap.js";
import { newBuiltin } from "../objects/callables.js";
import { dictStore, newDict, setKeyOps } from "../objects/dict.js";
import { traceGenerator } from "../objects/generators.js";
import { builtinsRef, T } from "../objects/registry.js";
import { typeInfo } from "../objects/typeobj.js";
import { intern, None, strOf } from "../objects/values.js";
import { builtinFunctions } from "../builtins/functions.js";
import { defineTypes } from "../builtins/types.js";
import { installModules } from "../modules/index.js";
import { buildClass, installTypeCall } from "./classes.js";
import { initFrames } from "./frames.js";
import { env } from "./interpreter.js";
import { installHelpers } from "./helpers.js";
import { helpers, setBuildClass } from "./helpers-impl.js";
import { load32 } from "./memory.js";
import { sysModules } from "./modules.js";
import { eq, hash } from "./ops/compare.js";
import { heap, options, type VMOptions } from "./space.js";
import type { Value } from "./types.js";

let started = false;

export function startVM(opts: Partial<VMOptions> = {}): void {
  Object.assign(options, opts);
  if (started) return;
  started = true;
  bootstrap();
  setKeyOps({
    hash,
    eq,
    exactStr: (v) => ((v & 1) === 0 && v !== 0 && load32(v + L.OB_TYPE) === L.TYPE_STR ? strOf(v) : undefined),
  });
  heap().setHooks(T.generator!, traceGenerator);
  initFrames();
  installTypeCall();
  defineTypes();
  installHelpers(helpers);
  if (options.stats) {
    env.counts = new Uint32Array(256);
    env.pairs = new Uint32Array(65536);
    env.uopCounts = tier2Stats.uopCounts = new Uint32Array(UOP_INFO.length);
  }
  const b = newDict();
  builtinsRef.dict = b;
  const store = dictStore(b);
  for (const [name, v] of builtinFunctions()) store.set(intern(name), v);
  for (const name of ["object", "type", "int", "float", "bool", "str", "list", "tuple", "dict", "set", "frozenset", "range", "slice", "property", "staticmethod", "classmethod", "super", "bytes", "bytearray"]) {
    store.set(intern(name), T[name]! as Value);
  }
  for (const t of Object.keys(T)) if (typeInfo(T[t]!).layout === "exception") store.set(intern(t), T[t]! as Value);
  store.set(intern("None"), None);
  store.set(intern("NotImplemented"), L.NOT_IMPLEMENTED as Value);
  store.set(intern("Ellipsis"), L.ELLIPSIS as Value);
  store.set(intern("__build_class__"), newBuiltin("__build_class__", buildClass));
  setBuildClass(store.getStr("__build_class__")!);
  extraRoots.push((visit) => {
    for (const m of sysModules.values()) visit(m);
  });
  installModules();
}

