// The trace optimizer's entry point. PLACEHOLDER interface (identity) while the abstract
// interpreter is being written: the executor calls optimizeTrace and prints OptimizeResult.
import type { TraceUop } from "../tier2/trace.js";

export interface OptimizeResult {
  /** The optimized trace. */
  readonly uops: TraceUop[];
  /** Per projected uop, what the optimizer did: "" kept, "removed", or "replaced by NAME". */
  readonly notes: string[];
  readonly guardsRemoved: number;
}

/** Rule sets that can be chosen with --optimizer (besides `none`). */
export const RULESETS: readonly string[] = ["default"];

export interface TraceEntryState {
  /** Values on the first frame's stack (above its fast locals) when the trace starts. */
  readonly stackDepth: number;
  /** The first frame's fast locals (nlocalsplus). */
  readonly nlocals: number;
}

export function optimizeTrace(uops: readonly TraceUop[], ruleset: string, _entry: TraceEntryState): OptimizeResult {
  void ruleset;
  return { uops: [...uops], notes: uops.map(() => ""), guardsRemoved: 0 };
}
