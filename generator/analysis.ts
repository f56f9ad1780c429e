// The read-only result of analysis: everything the emitters need, computed once.
// Emitters are pure functions of an Analysis; none of them looks at the syntax tree.
import type { Annotation, Body, Loc, StackItem } from "./ast.js";

export const FLAG_NAMES = [
  "HAS_ARG",
  "HAS_CONST",
  "HAS_NAME",
  "HAS_JUMP",
  "HAS_LOCAL",
  "HAS_DEOPT",
  "HAS_EXIT",
  "HAS_ERROR",
  "ESCAPES",
  "PURE",
  "HAS_EVAL_BREAK",
  "HAS_FRAME",
  "SPECIALIZING",
  "PUSHES_FRAME",
  "POPS_FRAME",
] as const;
export type FlagName = (typeof FLAG_NAMES)[number];
export type Flags = ReadonlySet<FlagName>;

/** A stack item as the tiers see it: `size` is "1" or a TypeScript expression of `oparg`. */
export interface StackSlot {
  readonly name: string;
  readonly kind: "value" | "array";
  readonly size: string;
  readonly loc: Loc;
}

export interface CacheEntry {
  readonly name: string;
  /** In 16-bit code units: 1, 2 or 4. */
  readonly size: number;
  /** Offset in code units from the first cache unit of the instruction. */
  readonly offset: number;
}

export type Tier2 = { readonly viable: true } | { readonly viable: false; readonly reason: string };

/**
 * How the trace builder translates a uop that jumps (such uops never run in a trace themselves):
 * a conditional branch becomes the guard uop for the direction the trace follows (`branch(_A, _B)`:
 * _A when it falls through, _B when it jumps; without _B the trace cannot follow the jump); an
 * unconditional jump is followed (forward) or closes the loop (backward).
 */
export type TraceForm =
  | { readonly kind: "branch"; readonly fallthrough: string; readonly taken: string | undefined }
  | { readonly kind: "jump"; readonly backward: boolean };

export interface Uop {
  readonly name: string;
  readonly id: number;
  readonly doc: string;
  readonly loc: Loc;
  readonly inputs: readonly StackSlot[];
  readonly outputs: readonly StackSlot[];
  readonly caches: readonly CacheEntry[];
  /** Code units of cache this uop spans (its entries plus skips between them). */
  readonly cacheSize: number;
  readonly body: Body;
  readonly flags: Flags;
  readonly annotations: readonly Annotation[];
  readonly replicate: number | undefined;
  readonly tier2: Tier2;
  readonly traceAs: TraceForm | undefined;
  /** Helpers the body calls (`H.name`), sorted. */
  readonly helpers: readonly string[];
  /** An optimizer rule for this uop per rule set, if any. */
}

export type Part =
  | { readonly kind: "uop"; readonly uop: Uop; readonly cacheOffset: number }
  | { readonly kind: "skip"; readonly size: number; readonly cacheOffset: number };

export interface Instruction {
  readonly name: string;
  readonly opcode: number;
  readonly doc: string;
  readonly loc: Loc;
  readonly parts: readonly Part[];
  readonly cacheSize: number;
  /** Net stack effect of the whole instruction. */
  readonly inputs: readonly StackSlot[];
  readonly outputs: readonly StackSlot[];
  readonly popped: string;
  readonly pushed: string;
  readonly flags: Flags;
  readonly family: string | undefined;
  /** The instruction a DEOPT_IF in this instruction falls back to (its family head). */
  readonly deoptTarget: string | undefined;
  readonly isSpecialization: boolean;
  readonly tier2: Tier2;
  /** Whether this instruction is itself a uop (`inst`), as opposed to a `macro`. */
  readonly isInst: boolean;
  /**
   * For a superinstruction, the two instructions it runs. Quickening writes it over the first
   * one's opcode and leaves the second in place, so every other fact (size, stack effect, flags,
   * parts) is the first instruction's: code walked one instruction at a time still reads right.
   */
  readonly superOf: readonly [string, string] | undefined;
}

export interface Family {
  readonly name: string;
  readonly cacheSize: number;
  readonly head: string;
  readonly members: readonly string[];
  readonly loc: Loc;
}

export interface Pseudo {
  readonly name: string;
  readonly id: number;
  readonly inputs: readonly StackSlot[];
  readonly outputs: readonly StackSlot[];
  readonly popped: string;
  readonly pushed: string;
  readonly targets: readonly string[];
  readonly doc: string;
  readonly loc: Loc;
}

export interface OptimizerRule {
  readonly name: string;
  readonly ruleset: string;
  readonly body: Body;
  readonly inputs: readonly StackSlot[];
  readonly outputs: readonly StackSlot[];
  readonly loc: Loc;
  readonly doc: string;
}

export interface Analysis {
  /** Instructions by opcode. */
  readonly instructions: readonly Instruction[];
  /** Uops by id. */
  readonly uops: readonly Uop[];
  readonly families: readonly Family[];
  readonly pseudos: readonly Pseudo[];
  readonly labels: ReadonlyMap<string, Body>;
  /** Rule sets by name, each rule keyed by uop name. */
  readonly rulesets: ReadonlyMap<string, ReadonlyMap<string, OptimizerRule>>;
  /** The defs files read, relative to the defs folder, in order. */
  readonly sources: readonly string[];
  readonly helpers: readonly HelperInfo[];
  /** Names bodies may call unqualified: intrinsics (runtime/vm/intrinsics.ts). */
  readonly intrinsics: readonly string[];
}

export interface HelperInfo {
  readonly name: string;
  readonly params: readonly { readonly name: string; readonly type: string }[];
  readonly result: string;
  readonly escapes: boolean;
  readonly consumes: readonly string[];
}

export const hasFlag = (flags: Flags, f: FlagName): boolean => flags.has(f);

/** `sum` of stack sizes as one simplified expression string. */
export function sumSizes(items: readonly { size: string }[]): string {
  let constant = 0;
  const terms: string[] = [];
  for (const i of items) {
    if (/^\d+$/.test(i.size)) constant += Number(i.size);
    else terms.push(/^[\w.]+$/.test(i.size) ? i.size : `(${i.size})`);
  }
  if (constant !== 0 || terms.length === 0) terms.push(String(constant));
  return terms.join(" + ");
}

export function slotsOf(items: readonly StackItem[]): StackSlot[] {
  const out: StackSlot[] = [];
  for (const i of items) {
    if (i.kind === "cache") continue;
    out.push({ name: i.name, kind: i.kind, size: i.kind === "array" ? i.size : "1", loc: i.loc });
  }
  return out;
}
