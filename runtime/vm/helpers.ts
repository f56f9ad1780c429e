// The helper table generated interpreters call as `H.name(...)`. The VM fills it in at start-up
// (installHelpers) with its implementations of runtime/vm/helpers-api.ts; it is one object with
// a fixed shape so V8 keeps the calls monomorphic.
import type { Helpers } from "./helpers-api.js";

export const H = {} as Helpers;

export function installHelpers(impl: Helpers): void {
  Object.assign(H, impl);
}
