// Emits generated/opcodes.ts (opcode ids and metadata: names, stack effects, flags, caches,
// families, deopt targets) and generated/uops.ts (uop ids and metadata, and the macro → uop
// expansion table the trace builder uses). The compiler, dis, the specializer and the trace
// builder read these instead of writing any opcode fact by hand.
import { type Analysis, FLAG_NAMES, type Flags, type Instruction, type Uop, sumSizes } from "./analysis.js";
import { header, type Output } from "./emit-common.js";

const flagBits = (flags: Flags) => FLAG_NAMES.filter((f) => flags.has(f)).map((f) => `FLAG.${f}`).join(" | ") || "0";
const effectFn = (expr: string) => (/^\d+$/.test(expr) ? `() => ${expr}` : `(oparg: number) => ${expr}`);
const str = (s: string) => JSON.stringify(s);

export function emitOpcodes(a: Analysis): Output {
  const byName = new Map(a.instructions.map((i) => [i.name, i]));
  const flagDecl = FLAG_NAMES.map((f, i) => `  ${f}: ${1 << i},`).join("\n");
  const ids = a.instructions.map((i) => `  ${i.name}: ${i.opcode},`).join("\n");
  const info = a.instructions
    .map(
      (i) => `  {
    name: ${str(i.name)},
    opcode: ${i.opcode},
    popped: ${effectFn(i.popped)},
    pushed: ${effectFn(i.pushed)},
    flags: ${flagBits(i.flags)},
    cacheSize: ${i.cacheSize},
    family: ${i.family ? str(i.family) : "undefined"},
    deoptTarget: ${i.deoptTarget ? byName.get(i.deoptTarget)!.opcode : -1},
    tier2: ${i.tier2.viable},
    doc: ${str(i.doc)},
  },`,
    )
    .join("\n");
  const pseudoIds = a.pseudos.map((p) => `  ${p.name}: ${p.id},`).join("\n");
  const pseudoInfo = a.pseudos
    .map(
      (p) =>
        `  { name: ${str(p.name)}, id: ${p.id}, popped: ${effectFn(p.popped)}, pushed: ${effectFn(p.pushed)}, targets: [${p.targets.map((t) => byName.get(t)?.opcode ?? -1).join(", ")}], doc: ${str(p.doc)} },`,
    )
    .join("\n");
  const families = a.families
    .map(
      (f) =>
        `  { name: ${str(f.name)}, cacheSize: ${f.cacheSize}, head: ${byName.get(f.head)?.opcode ?? -1}, members: [${f.members.map((m) => byName.get(m)?.opcode ?? -1).join(", ")}], counter: ${counterOffset(byName.get(f.head))} },`,
    )
    .join("\n");
  const supers = a.instructions
    .filter((i) => i.superOf)
    .map((i) => `  { opcode: ${i.opcode}, first: ${byName.get(i.superOf![0])!.opcode}, second: ${byName.get(i.superOf![1])!.opcode} }, // ${i.name}`)
    .join("\n");
  const cacheEntries = a.instructions
    .map((i) => `  /* ${i.name} */ {${cacheEntriesOf(i).map(([n, off, size]) => ` ${n}: { offset: ${off}, size: ${size} }`).join(",")} },`)
    .join("\n");
  const text = `${header("generator/emit-metadata.ts", a.sources)}
/** Flag bits of OPCODE_INFO and UOP_INFO. */
export const FLAG = {
${flagDecl}
} as const;

/** Opcode ids. 0 is reserved for inline-cache code units. */
export const OP = {
  CACHE: 0,
${ids}
} as const;
export type Opcode = (typeof OP)[keyof typeof OP];

export interface OpcodeInfo {
  readonly name: string;
  readonly opcode: number;
  /** Stack items popped and pushed, as functions of oparg. */
  readonly popped: (oparg: number) => number;
  readonly pushed: (oparg: number) => number;
  readonly flags: number;
  /** Inline cache code units after the instruction. */
  readonly cacheSize: number;
  readonly family: string | undefined;
  /** The family head a specialization deopts to, or -1. */
  readonly deoptTarget: number;
  /** Whether the trace builder can translate it to uops. */
  readonly tier2: boolean;
  readonly doc: string;
}

/** Metadata by opcode (index 0 is CACHE). */
export const OPCODE_INFO: readonly OpcodeInfo[] = [
  { name: "CACHE", opcode: 0, popped: () => 0, pushed: () => 0, flags: 0, cacheSize: 0, family: undefined, deoptTarget: -1, tier2: false, doc: "An inline cache unit (never executed)." },
${info}
];

/** Pseudo instructions: emitted by the compiler, replaced by one of their targets before use. */
export const PSEUDO = {
${pseudoIds}
} as const;

export const PSEUDO_INFO: readonly { name: string; id: number; popped: (oparg: number) => number; pushed: (oparg: number) => number; targets: readonly number[]; doc: string }[] = [
${pseudoInfo}
];

/**
 * Specialization families: the head and its specialized members, by opcode, and the offset of
 * the head's adaptive counter among its cache units (-1: none).
 */
export const FAMILIES: readonly { name: string; cacheSize: number; head: number; members: readonly number[]; counter: number }[] = [
${families}
];

/**
 * Superinstructions: quickening writes \`opcode\` over a \`first\` that is followed by \`second\`.
 * Their OPCODE_INFO entries repeat the first instruction's facts.
 */
export const SUPERINSTRUCTIONS: readonly { opcode: number; first: number; second: number }[] = [
${supers}
];

/** Named inline cache entries of each instruction (offsets from its first cache unit), by opcode. */
export const CACHE_ENTRIES: readonly Readonly<Record<string, { offset: number; size: number }>>[] = [
  /* CACHE */ {},
${cacheEntries}
];
`;
  return { path: "opcodes.ts", text };
}

export function emitUops(a: Analysis): Output {
  const ids_ = new Map(a.uops.map((u) => [u.name, u.id]));
  const ids = a.uops.map((u) => `  ${u.name}: ${u.id},`).join("\n");
  const info = a.uops
    .map(
      (u) => `  {
    name: ${str(u.name)},
    id: ${u.id},
    popped: ${effectFn(sumSizes(u.inputs))},
    pushed: ${effectFn(sumSizes(u.outputs))},
    flags: ${flagBits(u.flags)},
    caches: [${u.caches.map((c) => `{ name: ${str(c.name)}, size: ${c.size}, offset: ${c.offset} }`).join(", ")}],
    tier2: ${u.tier2.viable},
    reason: ${u.tier2.viable ? "undefined" : str(u.tier2.reason)},
    replicate: ${u.replicate ?? 0},
    trace: ${traceForm(u, ids_)},
  },`,
    )
    .join("\n");
  const expansion = a.instructions
    .map((i) => {
      const parts = i.parts.flatMap((p) => (p.kind === "uop" ? [`[${p.uop.id}, ${p.cacheOffset}]`] : []));
      return `  /* ${i.name} */ [${parts.join(", ")}],`;
    })
    .join("\n");
  const text = `${header("generator/emit-metadata.ts", a.sources)}
import { FLAG } from "./opcodes.js";

/** Uop ids. 0 is no uop. */
export const UOP = {
${ids}
} as const;

export interface UopInfo {
  readonly name: string;
  readonly id: number;
  readonly popped: (oparg: number) => number;
  readonly pushed: (oparg: number) => number;
  readonly flags: number;
  /** Cache entries the uop reads: name, size in code units, offset within the uop's caches. */
  readonly caches: readonly { name: string; size: number; offset: number }[];
  readonly tier2: boolean;
  readonly reason: string | undefined;
  readonly replicate: number;
  /** How the trace builder translates a uop that jumps (see generator/analysis.ts TraceForm). */
  readonly trace: TraceForm | undefined;
}

/** branch: guard uop ids for each direction (0: the trace cannot follow it); jump: unconditional. */
export type TraceForm =
  | { readonly kind: "branch"; readonly fallthrough: number; readonly taken: number }
  | { readonly kind: "jump"; readonly backward: boolean };

/** Metadata by uop id (index 0 is unused). */
export const UOP_INFO: readonly (UopInfo | undefined)[] = [
  undefined,
${info}
];

/** Macro expansion by opcode: [uop id, offset of its caches within the instruction's cache]. */
export const EXPANSION: readonly (readonly (readonly [number, number])[])[] = [
  [],
${expansion}
];
`;
  return { path: "uops.ts", text };
}


/** Named cache entries of an instruction: [name, offset from its first cache unit, size]. */
function cacheEntriesOf(ins: Instruction): [string, number, number][] {
  return ins.parts.flatMap((p) => (p.kind === "uop" ? p.uop.caches.map((c): [string, number, number] => [c.name, p.cacheOffset + c.offset, c.size]) : []));
}

/** Offset of the adaptive counter (the specializing uop's `counter` entry) of a family head. */
function counterOffset(head: Instruction | undefined): number {
  if (!head) return -1;
  for (const p of head.parts) {
    if (p.kind !== "uop" || !p.uop.flags.has("SPECIALIZING")) continue;
    const c = p.uop.caches.find((e) => e.name === "counter");
    if (c) return p.cacheOffset + c.offset;
  }
  return -1;
}

function traceForm(u: Uop, ids: ReadonlyMap<string, number>): string {
  const t = u.traceAs;
  if (!t) return "undefined";
  if (t.kind === "jump") return `{ kind: "jump", backward: ${t.backward} }`;
  return `{ kind: "branch", fallthrough: ${ids.get(t.fallthrough) ?? 0}, taken: ${t.taken ? (ids.get(t.taken) ?? 0) : 0} }`;
}
