// Invalidation: an executor depends on the type versions and unshared dict keys versions its
// guards compare with (the operands named `type_version`, `globals_version`, `builtins_version`
// in defs/). Versions are never reused, so once one is retired (a class was changed, a global
// added or deleted) every trace guarding on it would fail that guard forever: it is dropped, its
// ENTER_EXECUTOR goes back to JUMP_BACKWARD at the next entry, and the loop can trace again
// against the new versions. (Guards stay in the trace, so a trace running while its version is
// retired still exits correctly; CPython's _CHECK_VALIDITY is not needed for soundness here.)
import { UOP_INFO } from "../../generated/uops.js";
import { dictWatch } from "../objects/dict.js";
import { typeWatch } from "../objects/typeobj.js";
import type { TraceUop } from "./trace.js";

export interface Watcher {
  valid: boolean;
}

const TYPE_OPERANDS = new Set(["type_version"]);
const DICT_OPERANDS = new Set(["globals_version", "builtins_version"]);

const byType = new Map<number, Set<Watcher>>();
const byDict = new Map<number, Set<Watcher>>();
// Retired versions: a trace projected from code still specialized for one would fail its guard
// every time (tier 1 re-specializes only after a run of misses), so such a trace is not made.
const retiredTypes = new Set<number>();
const retiredDicts = new Set<number>();

/** Whether some guard of the trace assumes a version that is already gone. */
export function stale(uops: readonly TraceUop[]): boolean {
  let found = false;
  forEachVersion(uops, (kind, v) => (found ||= (kind === "type" ? retiredTypes : retiredDicts).has(v)));
  return found;
}

function forEachVersion(uops: readonly TraceUop[], f: (kind: "type" | "dict", version: number) => void): void {
  for (const u of uops) {
    let word = 0;
    for (const c of UOP_INFO[u.uop]!.caches) {
      const value = u.operands[word]! >>> 0;
      word += c.size === 4 ? 2 : 1;
      if (TYPE_OPERANDS.has(c.name)) f("type", value);
      else if (DICT_OPERANDS.has(c.name)) f("dict", value);
    }
  }
}

/** Records which versions the trace's guards assume. */
export function watch(w: Watcher, uops: readonly TraceUop[]): void {
  forEachVersion(uops, (kind, v) => {
    const m = kind === "type" ? byType : byDict;
    let s = m.get(v);
    if (!s) m.set(v, (s = new Set()));
    s.add(w);
  });
}

export function installWatchers(invalidate: (w: Watcher, reason: string) => void): void {
  const retire = (m: Map<number, Set<Watcher>>, version: number, reason: string) => {
    (m === byType ? retiredTypes : retiredDicts).add(version);
    const s = m.get(version);
    if (!s) return;
    m.delete(version);
    for (const w of s) if (w.valid) invalidate(w, reason);
  };
  typeWatch.retired = (v) => retire(byType, v, "a class changed (type version)");
  dictWatch.retired = (v) => retire(byDict, v, "globals or builtins gained or lost a name (dict keys version)");
}
