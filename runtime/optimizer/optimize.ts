// The trace optimizer: one forward pass of abstract interpretation over a projected trace.
// Each uop runs through its rule (defs/optimizer/<set>.def, generated into
// generated/optimizer-<set>.ts) or the generated default, over an abstract stack and abstract fast
// locals per frame the trace is in. A rule may remove its uop (a guard whose outcome is known)
// or replace it. One pass is enough: the trace's entry state is all-unknown, and `_JUMP_TO_TOP`
// goes back to that state, so no fact flows around the loop.
//
// Two things the driver does for every rule set, because they are about soundness, not about
// any one uop: (1) every unknown gets its own symbol object, and when a guard refines the
// values it peeks at, the refined symbol replaces the old one everywhere (stack and locals), so
// a fact learned about a value holds for every copy of it; (2) after a uop that may run arbitrary
// code (ESCAPES), facts about objects whose class could change (known type versions) are
// forgotten.
import { FLAG } from "../../generated/opcodes.js";
import { RULE_SETS } from "../../generated/optimizers.js";
import { UOP, UOP_INFO } from "../../generated/uops.js";
import * as L from "../layout.js";
import { codeObject } from "../objects/callables.js";
import { load32 } from "../vm/memory.js";
import type { Value } from "../vm/types.js";
import type { TraceUop } from "../tier2/trace.js";
import { runUop } from "./concrete.js";
import { NOT_NULL, type RuleContext, type Sym, UNKNOWN, symConst, symOfType } from "./symbols.js";

export interface OptimizeResult {
  /** The optimized trace. */
  readonly uops: TraceUop[];
  /** Per projected uop, what the optimizer did: "" kept, "removed", or "replaced by NAME". */
  readonly notes: string[];
  readonly guardsRemoved: number;
}

type Abstract = (ctx: RuleContext, uop: number, oparg: number, operand: number, stack: Sym[]) => void;
interface RuleSet {
  readonly rules: ReadonlySet<string>;
  readonly run: Abstract;
}
const set = (m: { RULES: readonly string[]; abstractUop: Abstract }): RuleSet => ({ rules: new Set(m.RULES), run: m.abstractUop });

/**
 * Rule sets by name, most specific first: a uop uses the first set that has a rule for it.
 * Every set in defs/optimizer/ other than `default` extends `default`.
 */
const LAYERS: Readonly<Record<string, readonly RuleSet[]>> = Object.fromEntries(
  Object.entries(RULE_SETS).map(([name, m]) => [name, name === "default" ? [set(m)] : [set(m), set(RULE_SETS.default)]]),
);

/** Rule sets that can be chosen with --optimizer (besides `none`). */
export const RULESETS: readonly string[] = Object.keys(LAYERS);

export interface TraceEntryState {
  /** Values on the first frame's stack (above its fast locals) when the trace starts. */
  readonly stackDepth: number;
  /** The first frame's fast locals (nlocalsplus). */
  readonly nlocals: number;
}

interface FrameState {
  readonly code: Value;
  readonly stack: Sym[];
  readonly locals: Sym[];
}

const fresh = (): Sym => ({ kind: "unknown" });
/** The generated defaults push these shared singletons; each pushed value gets its own object. */
const isShared = (s: Sym) => s === UNKNOWN || s === NOT_NULL;

export function optimizeTrace(uops: readonly TraceUop[], ruleset: string, entry: TraceEntryState): OptimizeResult {
  const layers = LAYERS[ruleset];
  if (!layers) throw new Error(`optimizer: unknown rule set '${ruleset}'`);
  const frames: FrameState[] = [
    { code: uops[0]?.code as Value, stack: Array.from({ length: Math.max(0, entry.stackDepth) }, fresh), locals: Array.from({ length: entry.nlocals }, fresh) },
  ];
  const out: TraceUop[] = [];
  /** For each uop of `out`, its index in the projected trace (for notes). */
  const origin: number[] = [];
  const notes: string[] = [];
  /** Symbols pushed by a uop of `out` that only pushes (a constant, a local): candidates for push/pop cancellation. */
  const producer = new Map<Sym, number>();
  let guardsRemoved = 0;
  for (const [index, u] of uops.entries()) {
    // Entering a callee the trace pushed (its arguments are unknown here), or returning from one.
    while (u.depth > frames.length - 1) {
      const co = codeObject(u.code as Value);
      frames.push({ code: u.code as Value, stack: [], locals: Array.from({ length: co.nlocalsplus }, fresh) });
    }
    while (u.depth < frames.length - 1) frames.pop();
    const frame = frames[frames.length - 1]!;
    const info = UOP_INFO[u.uop]!;
    let removed = false;
    let replacement: TraceUop | undefined;
    const ctx: RuleContext = {
      remove: () => void (removed = true),
      replace: (name, oparg, operand) => {
        const id = (UOP as Record<string, number>)[name];
        if (id === undefined) throw new Error(`optimizer: REPLACE_UOP with unknown uop '${name}'`);
        replacement = { ...u, uop: id, oparg, operands: [operand] };
      },
      local: (i) => frame.locals[i] ?? fresh(),
      setLocal: (i, s) => void (frame.locals[i] = s),
      constant: (i) => constantSym(frame.code, i),
    };
    const popped = info.popped(u.oparg);
    const pushed = info.pushed(u.oparg);
    while (frame.stack.length < popped) frame.stack.unshift(fresh());
    const inputs = frame.stack.slice(frame.stack.length - popped);
    const layer = layers.find((l) => l.rules.has(info.name)) ?? layers[layers.length - 1]!;
    layer.run(ctx, u.uop, u.oparg, u.operands[0] ?? 0, frame.stack);
    // Each pushed unknown is a value of its own.
    for (let k = frame.stack.length - pushed; k < frame.stack.length; k++) {
      const s = frame.stack[k]!;
      if (isShared(s)) frame.stack[k] = s === UNKNOWN ? fresh() : { kind: "notNull" };
    }
    // A guard that peeks refines the values it looked at, wherever they are.
    if (info.flags & (FLAG.HAS_DEOPT | FLAG.HAS_EXIT) && popped === pushed) {
      const base = frame.stack.length - pushed;
      inputs.forEach((old, k) => {
        const now = frame.stack[base + k]!;
        if (now !== old) replaceEverywhere(frames, old, now);
      });
    }
    if (info.flags & FLAG.ESCAPES) forgetVersions(frames);
    if (removed) {
      notes.push("removed");
      if (info.flags & (FLAG.HAS_DEOPT | FLAG.HAS_EXIT)) guardsRemoved++;
      continue;
    }
    if (replacement) {
      const guards = FLAG.HAS_DEOPT | FLAG.HAS_EXIT;
      if (info.flags & guards && !(UOP_INFO[replacement.uop]!.flags & guards)) guardsRemoved++;
      notes.push(`replaced by ${UOP_INFO[replacement.uop]!.name}`);
      out.push(replacement);
      continue;
    }
    const folded = fold(u, inputs, out, producer);
    if (folded) {
      // The producers go (their pushes cancel against this uop's pops), and a constant comes instead.
      for (const k of origin.splice(out.length - popped, popped)) notes[k] = "removed (folded into a later uop)";
      out.length -= popped;
      for (const s of inputs) producer.delete(s);
      frame.stack[frame.stack.length - 1] = folded.sym;
      producer.set(folded.sym, out.length);
      notes.push(`folded to ${UOP_INFO[folded.uop.uop]!.name}`);
      origin.push(index);
      out.push(folded.uop);
      continue;
    }
    notes.push("");
    if (info.flags & FLAG.PURE && popped === 0 && pushed === 1 && !(info.flags & (FLAG.HAS_DEOPT | FLAG.HAS_EXIT | FLAG.HAS_ERROR))) {
      producer.set(frame.stack[frame.stack.length - 1]!, out.length);
    }
    origin.push(index);
    out.push(u);
  }
  return { uops: out, notes, guardsRemoved };
}

/**
 * Constant folding: a pure uop whose inputs are all known constants pushed by the uops just
 * before it is computed now, by running the uop's own generated tier-2 body on them
 * (runtime/optimizer/concrete.ts). Only results that need no GC rooting are folded (small
 * ints, True, False, None); a guard that would fail, or an error, leaves the uop as it is.
 */
function fold(u: TraceUop, inputs: readonly Sym[], out: readonly TraceUop[], producer: ReadonlyMap<Sym, number>): { uop: TraceUop; sym: Sym } | undefined {
  const info = UOP_INFO[u.uop]!;
  const n = inputs.length;
  if (!(info.flags & FLAG.PURE) || n === 0 || info.pushed(u.oparg) !== 1 || info.flags & FLAG.ESCAPES) return undefined;
  const values: Value[] = [];
  for (let k = 0; k < n; k++) {
    const s = inputs[k]!;
    if (s.kind !== "const" || producer.get(s) !== out.length - n + k) return undefined;
    values.push(s.value);
  }
  const r = runUop(u, values);
  if (r === undefined || r.length !== 1) return undefined;
  const v = r[0]!;
  if ((v & 1) !== 1 && v >= L.HEAP_START) return undefined;
  const type = (v & 1) === 1 ? L.TYPE_INT : load32(v + L.OB_TYPE);
  return {
    uop: { uop: UOP._LOAD_CONST_INLINE, oparg: 0, target: u.target, start: u.start, operands: [v], code: u.code, depth: u.depth },
    sym: symConst(v, type),
  };
}

function replaceEverywhere(frames: FrameState[], old: Sym, now: Sym): void {
  for (const f of frames) {
    for (let i = 0; i < f.stack.length; i++) if (f.stack[i] === old) f.stack[i] = now;
    for (let i = 0; i < f.locals.length; i++) if (f.locals[i] === old) f.locals[i] = now;
  }
}

/** After a call out: an object's class may have changed, so its known version is not known any more. */
function forgetVersions(frames: FrameState[]): void {
  const map = new Map<Sym, Sym>();
  const forget = (s: Sym): Sym => {
    if (s.kind !== "version") return s;
    let n = map.get(s);
    if (!n) map.set(s, (n = s.type !== 0 ? symOfType(s.type) : { kind: "notNull" }));
    return n;
  };
  for (const f of frames) {
    f.stack.forEach((s, i) => (f.stack[i] = forget(s)));
    f.locals.forEach((s, i) => (f.locals[i] = forget(s)));
  }
}

/**
 * Constant `i` of a code object as a symbol. `TYPE_INT` means a *small* (tagged) int to the
 * rules — what _GUARD_BOTH_INT checks — so a big int constant is only known not to be NULL.
 */
function constantSym(code: Value, i: number): Sym {
  const consts = load32(code + L.CODE_CONSTS) as Value;
  const v = load32(consts + L.TUPLE_ITEMS + 4 * i) as Value;
  if ((v & 1) === 1) return symConst(v, L.TYPE_INT);
  const type = load32(v + L.OB_TYPE);
  if (type === L.TYPE_INT) return { kind: "notNull" };
  return symConst(v, type);
}
