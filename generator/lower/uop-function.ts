// Wraps a lowered uop body in a Wasm function with a simple calling convention, used to prove
// (tests/lower.test.ts) that bodies mean the same in Wasm as in the generated TypeScript:
//   (frame: i32, sp: i32, oparg: i32, ...cache entries: i32) -> i32   the new stack pointer
// plus two mutable globals: `status` (0 ok, 1 deopt/exit, 2 error) and `jump` (JUMPBY total).
// The JIT's stencil ABI (exit blocks, holes) builds on the same FunctionLowerer.
import { ts } from "ts-morph";
import type { Uop } from "../analysis.js";
import { type BModule, binaryen } from "../binaryen.js";
import { type FormLowering, FunctionLowerer, Lowerer } from "./lower.js";

export const STATUS_OK = 0;
export const STATUS_DEOPT = 1;
export const STATUS_ERROR = 2;

export function addStatusGlobals(m: BModule): void {
  m.addGlobal("status", binaryen.i32, true, m.i32.const(0));
  m.addGlobal("jump", binaryen.i32, true, m.i32.const(0));
  m.addGlobalExport("status", "status");
  m.addGlobalExport("jump", "jump");
}

/** Adds function `name` computing uop `u`; returns false if the body could not be lowered. */
export function lowerUopFunction(lowerer: Lowerer, u: Uop, name: string, source: string): boolean {
  const m = lowerer.module;
  if ([...u.inputs, ...u.outputs].some((s) => s.kind === "array")) {
    lowerer.diagnostics.push({
      loc: u.loc,
      message: `'${u.name}' cannot become a stencil yet: array stack items are not lowered`,
      hint: "the stencil builder of the JIT issue handles them",
      related: [],
    });
    return false;
  }
  const before = lowerer.diagnostics.length;
  const text = u.body.text;
  const src = ts.createSourceFile(`${u.name}.ts`, text, ts.ScriptTarget.ES2022, true);
  const n = u.inputs.length;
  let inputBase = 0;
  const forms: FormLowering = {
    lower(form, args, fn) {
      const exit = (status: number, sp: ReturnType<typeof m.local.get>) =>
        m.block(null, [m.global.set("status", m.i32.const(status)), m.return(sp)], binaryen.none);
      switch (form) {
        case "DEOPT_IF":
        case "EXIT_IF":
          return m.if(fn.truth(args[0]!), exit(STATUS_DEOPT, m.local.get(1, binaryen.i32)));
        case "ERROR_IF":
          return m.if(fn.truth(args[0]!), exit(STATUS_ERROR, m.local.get(inputBase, binaryen.i32)));
        case "ERROR_NO_POP":
          return exit(STATUS_ERROR, m.local.get(1, binaryen.i32));
        case "JUMPBY":
          return m.global.set("jump", m.i32.add(m.global.get("jump", binaryen.i32), fn.coerce(fn.expr(args[0]!, "i32"), "i32", args[0]!)));
        default:
          return fn.fail(args[0] ?? src, `the special form ${form} (not supported by this target)`).expr;
      }
    },
  };
  const fn = new FunctionLowerer(lowerer, u.name, src, forms, (pos) => ({ file: u.body.loc.file, source: "", offset: u.body.loc.offset + pos }));
  fn.declareParam("frame", "i32");
  fn.declareParam("$sp", "i32");
  fn.declareParam("oparg", "i32");
  for (const c of u.caches) fn.declareParam(c.name, c.size === 4 ? "f64" : "i32");
  const pre: number[] = [];
  // Inputs are read from the stack; outputs declared as locals and written back at the end.
  inputBase = fn.declareLocal("$base", "i32");
  pre.push(m.local.set(inputBase, m.i32.sub(m.local.get(1, binaryen.i32), m.i32.const(4 * n))));
  u.inputs.forEach((s, i) => {
    if (s.name === "unused") return;
    const idx = fn.declareLocal(s.name, "i32");
    pre.push(m.local.set(idx, m.i32.load(4 * i, 4, m.local.get(inputBase, binaryen.i32))));
  });
  for (const o of u.outputs) if (o.name !== "unused" && !u.inputs.some((i) => i.name === o.name)) fn.declareLocal(o.name, "i32");
  const body = fn.statements(src.statements);
  const post = u.outputs.flatMap((o, i) =>
    o.name === "unused" ? [] : [m.i32.store(4 * i, 4, m.local.get(inputBase, binaryen.i32), fn.get(o.name).expr)],
  );
  const result = m.i32.add(m.local.get(inputBase, binaryen.i32), m.i32.const(4 * u.outputs.length));
  m.addFunction(
    name,
    binaryen.createType([binaryen.i32, binaryen.i32, binaryen.i32, ...u.caches.map((c) => (c.size === 4 ? binaryen.f64 : binaryen.i32))]),
    binaryen.i32,
    fn.extraLocals(),
    m.block(null, [m.global.set("status", m.i32.const(0)), ...pre, body, ...post, m.return(result)], binaryen.none),
  );
  m.addFunctionExport(name, name);
  void source;
  return lowerer.diagnostics.length === before;
}

export { Lowerer };
