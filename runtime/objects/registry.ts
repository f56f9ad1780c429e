// Well-known types and singletons, filled in by bootstrap.ts. A plain record so that everything
// in the runtime can say `T.list` or `T.ZeroDivisionError` without import cycles mattering.
import type { Ptr, Value } from "../vm/types.js";

export const T: Record<string, Ptr> = {};

/** The builtins module's namespace (a dict Value) and its DictStore. */
export const builtinsRef: { dict: Value } = { dict: 0 as Value };
