// Turns a sequence of uops (one instruction in tier 1, one uop in tier 2) into TypeScript that
// keeps intermediate stack items in locals and touches memory only at the edges: inputs are
// read where the sequence starts, outputs written where it ends. Before a uop that may run
// Python code (ESCAPES), a safepoint or a frame switch, pending locals are written back so the
// stack in memory is exact — that is what the GC scans and what an unwinder sees.
import type { CacheEntry, StackSlot, Uop } from "./analysis.js";

import { dedent, expandForms } from "./rewrite.js";

export interface SequenceTarget {
  /** Expands a special form; `ctx` tells where the stack stands. */
  expand(name: string, args: string, ctx: FormContext): string;
  /** TS expression reading cache entry `c` of the uop at `cacheOffset` within the instruction. */
  cache(c: CacheEntry, cacheOffset: number): string;
}

export interface FormContext {
  readonly uop: Uop;
  /** Offset of the uop's first cache unit from the instruction's first cache unit. */
  readonly cacheOffset: number;
  /** Address expression of this uop's first input (where its outputs start). */
  readonly inputBase: string;
  /** Address expression of the top of the stack with all pending items in memory. */
  readonly top: string;
}

interface Entry {
  readonly slot: StackSlot;
  local: string | undefined;
}

export interface SequenceStep {
  readonly uop: Uop;
  readonly cacheOffset: number;
}

/** Returns statements; assumes `sp` is the stack pointer and declares `$base`. */
export function emitSequence(inputs: readonly StackSlot[], popped: string, steps: readonly SequenceStep[], target: SequenceTarget): string[] {
  const out: string[] = [];
  out.push(`const $base = ${scaled("sp", "-", popped)};`);
  const entries: Entry[] = inputs.map((slot) => ({ slot, local: undefined }));
  let counter = 0;

  const addr = (index: number) => scaled("$base", "+", sizeOf(entries.slice(0, index)));
  const top = () => addr(entries.length);
  const flush = () => {
    entries.forEach((e, i) => {
      if (e.local !== undefined) {
        out.push(`store32(${addr(i)}, ${e.local});`);
        e.local = undefined;
      }
    });
  };

  for (const { uop, cacheOffset } of steps) {
    const f = uop.flags;
    if (f.has("ESCAPES") || f.has("HAS_EVAL_BREAK") || f.has("HAS_FRAME")) {
      flush();
      out.push(`store32(frame + L.FRAME_SP, ${top()});`, `store32(frame + L.FRAME_IP, ip);`);
    }
    const firstInput = entries.length - uop.inputs.length;
    const inputBase = addr(firstInput);
    const popped = entries.splice(firstInput);
    const block: string[] = [];
    const outNames = new Set(uop.outputs.map((o) => o.name));
    // A peeked item the body never reassigns stays where it is: no local, no write-back.
    const untouched = new Set(
      uop.inputs
        .filter((s, i) => outNames.has(s.name) && uop.outputs[i]?.name === s.name && !bodyAssigns(uop.body.text, s.name))
        .map((s) => s.name),
    );
    popped.forEach((e, i) => {
      const slot = uop.inputs[i]!;
      if (slot.name === "unused") return;
      const kw = outNames.has(slot.name) && !untouched.has(slot.name) ? "let" : "const";
      if (slot.kind === "array") block.push(`const ${slot.name} = ${scaled(inputBase, "+", sizeOf(popped.slice(0, i)))};`);
      else block.push(`${kw} ${slot.name} = ${e.local ?? `load32(${scaled(inputBase, "+", sizeOf(popped.slice(0, i)))}) as Value`};`);
    });
    for (const c of uop.caches) block.push(`const ${c.name} = ${target.cache(c, cacheOffset)};`);
    const inNames = new Set(uop.inputs.map((i) => i.name));
    const pushed: Entry[] = [];
    const declared: string[] = [];
    const assigns: string[] = [];
    uop.outputs.forEach((slot, i) => {
      if (slot.kind === "array") {
        block.push(`const ${slot.name} = ${scaled(inputBase, "+", sizeOf(uop.outputs.slice(0, i)))};`);
        pushed.push({ slot, local: undefined });
        return;
      }
      if (slot.name === "unused") {
        // An unused output keeps whatever the input at that position held.
        const was = popped[i];
        pushed.push({ slot, local: was?.local });
        return;
      }
      if (untouched.has(slot.name)) {
        pushed.push({ slot, local: popped[i]?.local });
        return;
      }
      if (!inNames.has(slot.name)) block.push(`let ${slot.name}: Value;`);
      const v = `$${slot.name}_${counter++}`;
      declared.push(`let ${v}: Value;`);
      assigns.push(`${v} = ${slot.name};`);
      pushed.push({ slot, local: v });
    });
    const ctx: FormContext = { uop, cacheOffset, inputBase, top: top() };
    const body = expandForms(dedent(uop.body.text), (name, args) => target.expand(name, args, ctx));
    out.push(`// ${uop.name}`, ...declared, "{", ...block, body, ...assigns, "}");
    entries.push(...pushed);
  }
  flush();
  out.push(`sp = ${top()};`);
  return out;
}

/** Whether body text assigns `name` (plain or compound assignment, not a comparison). */
function bodyAssigns(text: string, name: string): boolean {
  return new RegExp(`(^|[^\\w$.])${name}\\s*([-+*/%&|^]|<<|>>>?)?=(?!=)`).test(text);
}

function sizeOf(entries: readonly { slot?: StackSlot; size?: string }[]): string {
  let n = 0;
  const terms: string[] = [];
  for (const e of entries) {
    const size = e.slot ? e.slot.size : e.size!;
    if (/^\d+$/.test(size)) n += Number(size);
    else terms.push(`(${size})`);
  }
  return [...terms, ...(n || !terms.length ? [String(n)] : [])].join(" + ");
}

/** `base ± 4 * count`, folded when count is a number. */
function scaled(base: string, op: "+" | "-", count: string): string {
  if (count === "0") return base;
  if (/^\d+$/.test(count)) return `${base} ${op} ${4 * Number(count)}`;
  return `${base} ${op} 4 * (${count})`;
}
