// The time module: clocks and sleep. perf_counter/monotonic use the monotonic high-resolution
// clock (process.hrtime), time() the wall clock with sub-millisecond resolution, process_time
// the process's CPU time. sleep blocks the thread without spinning (Atomics.wait).
import * as L from "../layout.js";
import { raise, typeName } from "../objects/exceptions.js";
import { T } from "../objects/registry.js";
import { bigOf, floatOf, newFloat, newInt, None, NULL, typeOfValue } from "../objects/values.js";
import type { Value } from "../vm/types.js";
import { checkArgs, defineModule, func } from "./util.js";

const monotonicNs = (): bigint => process.hrtime.bigint();
/** Wall-clock nanoseconds: the epoch origin of performance.now() plus its monotonic offset. */
const wallNs = (): bigint => BigInt(Math.round((performance.timeOrigin + performance.now()) * 1e6));
const cpuNs = (): bigint => {
  const u = process.cpuUsage();
  return BigInt(u.user + u.system) * 1000n;
};

const sleeper = new Int32Array(new SharedArrayBuffer(4));

function sleep(_s: Value, a: readonly Value[]): Value {
  if (!checkArgs("time.sleep", a, 1, 1)) return NULL;
  const v = a[0]!;
  const t = typeOfValue(v);
  let secs: number;
  if (t === L.TYPE_FLOAT) secs = floatOf(v);
  else if (t === L.TYPE_INT || t === L.TYPE_BOOL) secs = Number(bigOf(v));
  else return raise(T.TypeError!, `'${typeName(v)}' object cannot be interpreted as an integer`);
  if (Number.isNaN(secs)) return raise(T.ValueError!, "Invalid value NaN (not a number)");
  if (secs < 0) return raise(T.ValueError!, "sleep length must be non-negative");
  if (secs > 0) {
    // Atomics.wait takes milliseconds; wait again if woken early so the full time elapses.
    const end = monotonicNs() + BigInt(Math.ceil(secs * 1e9));
    for (let left = secs * 1000; left > 0; left = Number(end - monotonicNs()) / 1e6) Atomics.wait(sleeper, 0, 0, left);
  }
  return None;
}

export function installTime(): void {
  defineModule("time", (set) => {
    const clock = (name: string, ns: () => bigint) => {
      set(name, func(name, (_s, a) => (checkArgs(`time.${name}`, a, 0, 0) ? newFloat(Number(ns()) / 1e9) : NULL)));
      set(`${name}_ns`, func(`${name}_ns`, (_s, a) => (checkArgs(`time.${name}_ns`, a, 0, 0) ? newInt(ns()) : NULL)));
    };
    clock("time", wallNs);
    clock("perf_counter", monotonicNs);
    clock("monotonic", monotonicNs);
    clock("process_time", cpuNs);
    clock("thread_time", cpuNs);
    set("sleep", func("sleep", sleep));
  });
}
