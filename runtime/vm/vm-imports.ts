// Re-exports used by vm.ts (keeps its import list short).
export { bigOf, intern, None, NULL, strOf, tupleItems, typeOfValue } from "../objects/values.js";
export { newCode as newCode_ } from "../objects/callables.js";
