// The sys module: argv, exit, stdout.write, setrecursionlimit, maxsize, modules.
import { newBuiltin } from "../objects/callables.js";
import { dictStore } from "../objects/dict.js";
import { newException, raise, setException } from "../objects/exceptions.js";
import { T } from "../objects/registry.js";
import { bigOf, intern, newInt, newList, newStr, None, NULL, strOf } from "../objects/values.js";
import { writeStdout } from "../vm/io.js";
import { builtinModules, moduleDict, newModule } from "../vm/modules.js";
import { options } from "../vm/space.js";
import { argvHolder } from "../vm/argv.js";
import { str } from "../vm/ops/object.js";
import type { Value } from "../vm/types.js";
import * as L from "../layout.js";
import { newHeapType } from "../objects/bootstrap.js";
import { newTuple, tupleAt } from "../objects/values.js";
import { store32 } from "../vm/memory.js";
import { newProperty } from "../builtins/types.js";

export function installSys(): void {
  builtinModules.set("sys", () => {
    const m = newModule("sys");
    const d = dictStore(moduleDict(m));
    const set = (name: string, v: Value) => d.set(intern(name), v);
    set("argv", newList(argvHolder.argv.map(newStr)));
    set("maxsize", newInt(2n ** 63n - 1n));
    set("version", newStr("3.11.7 (tierforge)"));
    set("version_info", versionInfo());
    set("platform", newStr("tierforge"));
    set("exit", newBuiltin("exit", (_s, a) => setException(newException(T.SystemExit!, a.length ? [a[0]!] : []))));
    set("setrecursionlimit", newBuiltin("setrecursionlimit", (_s, a) => {
      const n = Number(bigOf(a[0]!));
      if (n < 1) return raise(T.ValueError!, "recursion limit must be greater or equal than 1");
      options.recursionLimit = n;
      return None;
    }));
    set("getrecursionlimit", newBuiltin("getrecursionlimit", () => newInt(options.recursionLimit)));
    const stdout = newModule("stdout");
    dictStore(moduleDict(stdout)).set(intern("write"), newBuiltin("write", (_s, a) => {
      const s = str(a[0]!);
      if (s === undefined) return NULL;
      writeStdout(s);
      return newInt([...s].length);
    }));
    dictStore(moduleDict(stdout)).set(intern("flush"), newBuiltin("flush", () => None));
    set("stdout", stdout);
    void strOf;
    return m;
  });
}

/** sys.version_info: a tuple subclass with named fields (major, minor, micro, releaselevel, serial). */
function versionInfo(): Value {
  const fields = ["major", "minor", "micro", "releaselevel", "serial"];
  const values = [newInt(3), newInt(11), newInt(7), newStr("final"), newInt(0)];
  const cls = newHeapType("version_info", [L.TYPE_TUPLE], "tuple", "sys");
  fields.forEach((f, i) => cls.dict.set(f, newProperty(newBuiltin(f, (_self, a) => tupleAt(a[0]!, i)))));
  const t = newTuple(values);
  store32(t + L.OB_TYPE, cls.ptr);
  return t;
}
