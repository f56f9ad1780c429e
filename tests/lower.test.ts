// The body language must mean the same in Wasm as in TypeScript. For a handful of real uops from
// defs/ — a local load/store, an int add with its overflow guard, a float add, a type guard, a
// conditional jump, an int comparison — this lowers the bodies to Wasm with Binaryen, runs them
// on the VM memory, and runs the same instructions through the generated tier-1 interpreter on
// the same inputs; fast-check supplies the inputs. Both must agree on results, deopts, errors
// and jumps.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { analyze } from "../generator/analyze.js";
import type { Analysis } from "../generator/analysis.js";
import { newModule } from "../generator/binaryen.js";
import { loadDefs, PROJECT_ROOT } from "../generator/load.js";
import { Lowerer } from "../generator/lower/lower.js";
import { addStatusGlobals, lowerUopFunction, STATUS_DEOPT, STATUS_ERROR, STATUS_OK } from "../generator/lower/uop-function.js";
import { FAMILIES, OP } from "../generated/opcodes.js";
import { runTier1 } from "../generated/tier1.js";
import * as L from "../runtime/layout.js";
import { installHelpers } from "../runtime/vm/helpers.js";
import type { Helpers } from "../runtime/vm/helpers-api.js";
import type { InterpEnv } from "../runtime/vm/interp-env.js";
import { floatValue, mkFloat, mkInt } from "../runtime/vm/intrinsics.js";
import { load32, loadF64, memory, store32, storeF64 } from "../runtime/vm/memory.js";
import type { Value } from "../runtime/vm/types.js";

const FRAME = 0x100000;
const STACK = FRAME + L.FRAME_LOCALS + 16 * 4;
const HEAP = 0x200000;
const SENTINEL = mkInt(-424242);
const UOPS = ["LOAD_FAST", "STORE_FAST", "_GUARD_BOTH_INT", "_BINARY_OP_ADD_INT", "_GUARD_BOTH_FLOAT", "_BINARY_OP_ADD_FLOAT", "POP_JUMP_IF_NONE", "_COMPARE_OP_INT"];

let analysis: Analysis;
let wasm: Record<string, (...a: number[]) => number>;
let status: WebAssembly.Global;
let jump: WebAssembly.Global;
let helperCalls: string[] = [];
let deopts: number[] = [];
let code = new Uint16Array(0);

const env: InterpEnv = {
  code: () => code,
  leaveFrame: () => {},
  unwind: () => 0,
  evalBreaker: () => false,
  counts: null,
  pairs: null,
  runExecutor: () => {
    throw new Error("no traces in this test");
  },
  exitFrame: 0,
  uopCounts: null,
  deopted: (op) => void deopts.push(op),
};

function resetMemory(locals: number[]): void {
  for (let i = 0; i < 16; i++) store32(FRAME + L.FRAME_LOCALS + 4 * i, locals[i] ?? 0);
  store32(L.HEAP_TOP, HEAP);
  store32(L.HEAP_LIMIT, HEAP + 0x10000);
  store32(FRAME + L.FRAME_IP, 0);
  helperCalls = [];
  deopts = [];
}

/** Runs `units` (opcode, oparg pairs; caches are zero) in tier 1 with `stack` pushed. */
function tier1(units: [number, number][], stack: number[], locals: number[]): Value {
  resetMemory(locals);
  const words: number[] = [];
  for (const [op, arg] of units) {
    words.push(op | (arg << 8));
    const size = analysis.instructions.find((i) => i.opcode === op)!.cacheSize;
    const at = words.length;
    for (let k = 0; k < size; k++) words.push(0);
    // Family heads: a counter that never triggers, so a deopt runs the generic head only.
    const family = FAMILIES.find((f) => f.head === op || f.members.includes(op));
    if (family && family.counter >= 0) words[at + family.counter] = 0xffff;
  }
  code = new Uint16Array(words);
  stack.forEach((v, i) => store32(STACK + 4 * i, v));
  store32(FRAME + L.FRAME_SP, STACK + 4 * stack.length);
  return runTier1(env, FRAME);
}

/** Runs lowered uops in sequence on `stack`; stops at the first non-OK status. */
function lowered(names: string[], stack: number[], locals: number[], oparg: number): { status: number; sp: number } {
  resetMemory(locals);
  stack.forEach((v, i) => store32(STACK + 4 * i, v));
  let sp = STACK + 4 * stack.length;
  jump.value = 0;
  for (const n of names) {
    sp = wasm[n]!(FRAME, sp, oparg);
    if (status.value !== STATUS_OK) break;
  }
  return { status: status.value as number, sp };
}

beforeAll(async () => {
  const defs = loadDefs(`${PROJECT_ROOT}/defs`);
  analysis = analyze({ ...defs, runtimeDir: `${PROJECT_ROOT}/runtime` });
  const m = newModule();
  m.addMemoryImport("0", "env", "memory");
  addStatusGlobals(m);
  const lowerer = new Lowerer(m, analysis.helpers, `${PROJECT_ROOT}/runtime`);
  for (const name of UOPS) expect(lowerUopFunction(lowerer, analysis.uops.find((u) => u.name === name)!, name, "")).toBe(true);
  expect(lowerer.diagnostics).toEqual([]);
  expect(m.validate()).toBeTruthy();
  m.optimize();
  const helpers = {
    unboundLocal: () => void helperCalls.push("unboundLocal"),
    binaryOp: () => {
      helperCalls.push("binaryOp");
      return SENTINEL;
    },
  };
  installHelpers(helpers as unknown as Helpers);
  const inst = await WebAssembly.instantiate(new WebAssembly.Module(m.emitBinary() as Uint8Array<ArrayBuffer>), {
    env: { memory },
    helpers,
    memory: { allocSlow: () => 0 },
  });
  wasm = inst.exports as unknown as typeof wasm;
  status = inst.exports.status as WebAssembly.Global;
  jump = inst.exports.jump as WebAssembly.Global;
});

const smallInt = fc.oneof(fc.integer({ min: L.SMALL_INT_MIN, max: L.SMALL_INT_MAX }), fc.constantFrom(L.SMALL_INT_MIN, L.SMALL_INT_MAX, 0, -1, 1));
const anyFloat = fc.double({ noNaN: false });

describe("uop bodies lowered to Wasm agree with the generated tier-1 cases", () => {
  it("LOAD_FAST: bound pushes the value, unbound raises", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 15 }), smallInt, fc.boolean(), (i, v, bound) => {
        const locals = Array.from({ length: 16 }, (_, k) => (k === i && !bound ? 0 : mkInt(v + k)));
        const ts = tier1([[OP.LOAD_FAST, i], [OP.RETURN_VALUE, 0]], [], locals);
        const tsCalls = helperCalls;
        const w = lowered(["LOAD_FAST"], [], locals, i);
        if (bound) {
          expect(w.status).toBe(STATUS_OK);
          expect(load32(STACK)).toBe(ts);
        } else {
          expect(ts).toBe(0);
          expect(w.status).toBe(STATUS_ERROR);
          expect(helperCalls).toEqual(tsCalls);
        }
      }),
    );
  });

  it("STORE_FAST: stores into the local and pops", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 15 }), smallInt, (i, v) => {
        const ts = tier1([[OP.STORE_FAST, i], [OP.LOAD_FAST_BOUND, i], [OP.RETURN_VALUE, 0]], [mkInt(v)], []);
        const w = lowered(["STORE_FAST"], [mkInt(v)], [], i);
        expect(w.sp).toBe(STACK);
        expect(load32(FRAME + L.FRAME_LOCALS + 4 * i)).toBe(ts);
      }),
    );
  });

  it("BINARY_OP_ADD_INT: same sum, and a deopt exactly when it overflows or an operand is not an int", () => {
    const operand = fc.oneof(smallInt.map((n) => ({ kind: "int" as const, n })), fc.constant({ kind: "none" as const, n: 0 }));
    fc.assert(
      fc.property(operand, operand, (a, b) => {
        const enc = (x: { kind: string; n: number }) => (x.kind === "int" ? mkInt(x.n) : L.NONE);
        const ts = tier1([[OP.BINARY_OP_ADD_INT, 0], [OP.RETURN_VALUE, 0]], [enc(a), enc(b)], []);
        const tsDeopted = deopts.length > 0;
        const w = lowered(["_GUARD_BOTH_INT", "_BINARY_OP_ADD_INT"], [enc(a), enc(b)], [], 0);
        if (tsDeopted) {
          expect(ts).toBe(SENTINEL);
          expect(w.status).toBe(STATUS_DEOPT);
        } else {
          expect(w.status).toBe(STATUS_OK);
          expect(load32(STACK)).toBe(ts);
        }
      }),
    );
  });

  it("BINARY_OP_ADD_FLOAT: bit-identical results", () => {
    fc.assert(
      fc.property(anyFloat, anyFloat, (a, b) => {
        resetMemory([]);
        const fa = mkFloat(a);
        const fb = mkFloat(b);
        const ts = tier1([[OP.BINARY_OP_ADD_FLOAT, 0], [OP.RETURN_VALUE, 0]], [fa, fb], []);
        const tsValue = floatValue(ts);
        // Fresh operands at the same addresses for the Wasm run.
        resetMemory([]);
        const wa = mkFloat(a);
        const wb = mkFloat(b);
        store32(STACK, wa);
        store32(STACK + 4, wb);
        jump.value = 0;
        let sp = wasm._GUARD_BOTH_FLOAT!(FRAME, STACK + 8, 0);
        expect(status.value).toBe(STATUS_OK);
        sp = wasm._BINARY_OP_ADD_FLOAT!(FRAME, sp, 0);
        expect(status.value).toBe(STATUS_OK);
        expect(Object.is(loadF64(load32(STACK) + L.FLOAT_VALUE), tsValue)).toBe(true);
        expect(load32(load32(STACK))).toBe(L.TYPE_FLOAT);
        storeF64(0, 0);
      }),
    );
  });

  it("_GUARD_BOTH_FLOAT: deopts on non-floats like tier 1", () => {
    fc.assert(
      fc.property(smallInt, anyFloat, fc.boolean(), (n, x, swap) => {
        resetMemory([]);
        const f = mkFloat(x);
        const args = swap ? [f, mkInt(n)] : [mkInt(n), f];
        tier1([[OP.BINARY_OP_ADD_FLOAT, 0], [OP.RETURN_VALUE, 0]], args, []);
        const tsDeopt = deopts.length > 0;
        store32(STACK, args[0]!);
        store32(STACK + 4, args[1]!);
        wasm._GUARD_BOTH_FLOAT!(FRAME, STACK + 8, 0);
        expect(status.value === STATUS_DEOPT).toBe(tsDeopt);
      }),
    );
  });

  it("POP_JUMP_IF_NONE: jumps exactly when tier 1 does", () => {
    fc.assert(
      fc.property(fc.oneof(smallInt.map(mkInt), fc.constant(L.NONE), fc.constant(L.TRUE)), fc.integer({ min: 0, max: 5 }), (v, _k) => {
        const locals = [mkInt(1), mkInt(2)];
        const ts = tier1(
          [[OP.POP_JUMP_IF_NONE, 2], [OP.LOAD_FAST_BOUND, 0], [OP.RETURN_VALUE, 0], [OP.LOAD_FAST_BOUND, 1], [OP.RETURN_VALUE, 0]],
          [v],
          locals,
        );
        const w = lowered(["POP_JUMP_IF_NONE"], [v], locals, 2);
        expect(w.status).toBe(STATUS_OK);
        expect(w.sp).toBe(STACK);
        expect(jump.value === 2).toBe(ts === mkInt(2));
      }),
    );
  });

  it("COMPARE_OP_INT: every operator gives the same bool", () => {
    fc.assert(
      fc.property(smallInt, smallInt, fc.integer({ min: 0, max: 5 }), (a, b, op) => {
        const ts = tier1([[OP.COMPARE_OP_INT, op], [OP.RETURN_VALUE, 0]], [mkInt(a), mkInt(b)], []);
        const w = lowered(["_GUARD_BOTH_INT", "_COMPARE_OP_INT"], [mkInt(a), mkInt(b)], [], op);
        expect(w.status).toBe(STATUS_OK);
        expect(load32(STACK)).toBe(ts);
      }),
    );
  });
});
