// Lowers uop bodies (and the intrinsics they call) from the TypeScript body language to
// Binaryen IR. Numbers follow the asm.js rules described in defs/api.d.ts, so the Wasm computes
// exactly what the TypeScript computes: i32 where the operation is 32-bit in JS (bit operations,
// `(a + b) | 0`, comparisons of i32s), f64 everywhere else. Intrinsics become Wasm functions that
// Binaryen's inliner folds into each body; memory primitives become loads and stores; helpers
// become imported functions. A construct outside the subset is a located diagnostic.
import { readFileSync } from "node:fs";
import { ts } from "ts-morph";
import * as Layout from "../../runtime/layout.js";
import type { HelperInfo, Uop } from "../analysis.js";
import { type BExpr, type BModule, type BType, binaryen } from "../binaryen.js";
import { type Diagnostic, errors, locAt } from "../diagnostics.js";

type NumType = "i32" | "f64";
interface Typed {
  readonly expr: BExpr;
  readonly type: NumType | "none";
}

/** How a target turns special forms into control flow (each target has its own exits). */
export interface FormLowering {
  lower(name: string, args: readonly ts.Expression[], fn: FunctionLowerer): BExpr;
}

export class Lowerer {
  readonly diagnostics: Diagnostic[] = [];
  private readonly intrinsicSrc: ts.SourceFile;
  private readonly intrinsicFns = new Map<string, ts.FunctionDeclaration>();
  private readonly lowered = new Set<string>();
  private readonly helperImports = new Set<string>();

  constructor(
    readonly module: BModule,
    readonly helpers: readonly HelperInfo[],
    runtimeDir: string,
  ) {
    const path = `${runtimeDir}/vm/intrinsics.ts`;
    this.intrinsicSrc = ts.createSourceFile(path, readFileSync(path, "utf8"), ts.ScriptTarget.ES2022, true);
    for (const st of this.intrinsicSrc.statements) if (ts.isFunctionDeclaration(st) && st.name) this.intrinsicFns.set(st.name.text, st);
  }

  static numType(text: string | undefined): NumType | "none" {
    if (text === undefined || text === "void") return "none";
    return text === "f64" || text === "number" ? "f64" : "i32";
  }

  static btype(t: NumType | "none"): BType {
    return t === "f64" ? binaryen.f64 : t === "i32" ? binaryen.i32 : binaryen.none;
  }

  /** Ensures intrinsic `name` exists as a Wasm function; returns its signature. */
  intrinsic(name: string): { params: NumType[]; result: NumType | "none" } | undefined {
    const fn = this.intrinsicFns.get(name);
    if (!fn) return undefined;
    const params = fn.parameters.map((p) => Lowerer.numType(p.type?.getText(this.intrinsicSrc)) as NumType);
    const result = Lowerer.numType(fn.type?.getText(this.intrinsicSrc));
    if (!this.lowered.has(name)) {
      this.lowered.add(name);
      const f = new FunctionLowerer(this, `intrinsic ${name}`, this.intrinsicSrc, undefined);
      fn.parameters.forEach((p, i) => f.declareParam(p.name.getText(this.intrinsicSrc), params[i]!));
      const body = f.statements(fn.body!.statements);
      this.module.addFunction(
        `intrinsic.${name}`,
        binaryen.createType(params.map(Lowerer.btype)),
        Lowerer.btype(result),
        f.extraLocals(),
        this.module.block(null, [body, result === "none" ? this.module.nop() : this.module.unreachable()], binaryen.none),
      );
    }
    return { params, result };
  }

  helper(name: string): HelperInfo | undefined {
    const h = this.helpers.find((x) => x.name === name);
    if (h && !this.helperImports.has(name)) {
      this.helperImports.add(name);
      this.module.addFunctionImport(
        `helper.${name}`,
        "helpers",
        name,
        binaryen.createType(h.params.map((p) => Lowerer.btype(Lowerer.numType(p.type)))),
        Lowerer.btype(Lowerer.numType(h.result)),
      );
    }
    return h;
  }

  private allocImported = false;
  allocSlowImport(): void {
    if (this.allocImported) return;
    this.allocImported = true;
    this.module.addFunctionImport("memory.allocSlow", "memory", "allocSlow", binaryen.i32, binaryen.i32);
  }

  layoutConstant(name: string): number | undefined {
    const v = (Layout as Record<string, unknown>)[name];
    return typeof v === "number" ? v : undefined;
  }
}

/** Lowers the statements of one function (an intrinsic or a uop body). */
export class FunctionLowerer {
  private readonly locals = new Map<string, { index: number; type: NumType }>();
  private readonly types: BType[] = [];
  private paramCount = 0;
  private readonly m: BModule;

  constructor(
    readonly lowerer: Lowerer,
    readonly owner: string,
    readonly src: ts.SourceFile,
    readonly forms: FormLowering | undefined,
    readonly place: ((pos: number) => { file: string; source: string; offset: number }) | undefined = undefined,
  ) {
    this.m = lowerer.module;
  }

  declareParam(name: string, type: NumType): number {
    const index = this.paramCount++;
    this.locals.set(name, { index, type });
    return index;
  }

  declareLocal(name: string, type: NumType): number {
    const index = this.paramCount + this.types.length;
    this.types.push(Lowerer.btype(type));
    this.locals.set(name, { index, type });
    return index;
  }

  extraLocals(): BType[] {
    return this.types;
  }

  get(name: string): Typed {
    const l = this.locals.get(name);
    if (!l) return this.fail(undefined, `unknown name '${name}'`);
    return { expr: this.m.local.get(l.index, Lowerer.btype(l.type)), type: l.type };
  }

  set(name: string, value: BExpr): BExpr {
    return this.m.local.set(this.locals.get(name)!.index, value);
  }

  fail(node: ts.Node | undefined, what: string): Typed {
    const pos = node ? node.getStart(this.src) : 0;
    const p = this.place?.(pos);
    const loc = p ? locAt(p.file, p.source, p.offset) : { file: this.src.fileName, line: 1, col: 1, offset: 0 };
    this.lowerer.diagnostics.push(errors.notLowerable(loc, this.owner, what));
    return { expr: this.m.unreachable(), type: "i32" };
  }

  statements(sts: readonly ts.Statement[] | ts.NodeArray<ts.Statement>): BExpr {
    return this.m.block(null, sts.map((s) => this.statement(s)), binaryen.none);
  }

  statement(s: ts.Statement): BExpr {
    const m = this.m;
    if (ts.isBlock(s)) return this.statements(s.statements);
    if (ts.isEmptyStatement(s)) return m.nop();
    if (ts.isVariableStatement(s)) {
      return m.block(
        null,
        s.declarationList.declarations.map((d) => {
          const name = d.name.getText(this.src);
          const annotated = d.type ? Lowerer.numType(d.type.getText(this.src)) : undefined;
          if (!d.initializer) {
            this.declareLocal(name, (annotated === "none" ? "i32" : annotated) ?? "i32");
            return m.nop();
          }
          const init = this.expr(d.initializer, annotated === "none" ? undefined : annotated);
          const type = (annotated === "none" ? undefined : annotated) ?? (init.type === "none" ? "i32" : init.type);
          this.declareLocal(name, type);
          return this.set(name, this.coerce(init, type, d.initializer));
        }),
        binaryen.none,
      );
    }
    if (ts.isIfStatement(s)) {
      const cond = this.truth(s.expression);
      return m.if(cond, this.statement(s.thenStatement), s.elseStatement ? this.statement(s.elseStatement) : undefined);
    }
    if (ts.isReturnStatement(s)) {
      return s.expression ? m.return(this.expr(s.expression).expr) : m.return();
    }
    if (ts.isExpressionStatement(s)) {
      const e = this.expr(s.expression);
      return e.type === "none" ? e.expr : m.drop(e.expr);
    }
    return this.fail(s, `a ${ts.SyntaxKind[s.kind]} statement`).expr;
  }

  /** An expression used as a condition: i32 0/1 (f64 is compared with 0). */
  truth(e: ts.Expression): BExpr {
    const t = this.expr(e);
    return t.type === "f64" ? this.m.f64.ne(t.expr, this.m.f64.const(0)) : t.expr;
  }

  coerce(t: Typed, want: NumType, node: ts.Node): BExpr {
    if (t.type === want) return t.expr;
    if (t.type === "none") return this.fail(node, "a void expression used as a value").expr;
    return want === "f64" ? this.m.f64.convert_s.i32(t.expr) : this.m.i32.trunc_s_sat.f64(t.expr);
  }

  expr(e: ts.Expression, want?: NumType): Typed {
    const m = this.m;
    if (ts.isParenthesizedExpression(e) || ts.isAsExpression(e) || ts.isNonNullExpression(e) || ts.isSatisfiesExpression(e)) return this.expr(e.expression, want);
    if (ts.isNumericLiteral(e)) {
      const v = Number(e.text);
      const isInt = Number.isInteger(v) && !/[.eE]/.test(e.getText(this.src)) && v >= -(2 ** 31) && v < 2 ** 32;
      if (isInt && want !== "f64") return { expr: m.i32.const(v | 0), type: "i32" };
      return { expr: m.f64.const(v), type: "f64" };
    }
    if (e.kind === ts.SyntaxKind.TrueKeyword) return { expr: m.i32.const(1), type: "i32" };
    if (e.kind === ts.SyntaxKind.FalseKeyword) return { expr: m.i32.const(0), type: "i32" };
    if (ts.isIdentifier(e)) {
      if (e.text === "NULL") return { expr: m.i32.const(0), type: "i32" };
      if (this.locals.has(e.text)) return this.get(e.text);
      return this.fail(e, `the name '${e.text}' (only locals, stack items, oparg, frame, NULL and L.* are available)`);
    }
    if (ts.isPropertyAccessExpression(e)) {
      const obj = e.expression.getText(this.src);
      if (obj === "L") {
        const v = this.lowerer.layoutConstant(e.name.text);
        if (v !== undefined) return { expr: m.i32.const(v), type: "i32" };
      }
      return this.fail(e, `the property access '${e.getText(this.src)}'`);
    }
    if (ts.isVoidExpression(e)) {
      const inner = this.expr(e.expression);
      return { expr: inner.type === "none" ? inner.expr : m.drop(inner.expr), type: "none" };
    }
    if (ts.isPrefixUnaryExpression(e)) return this.prefix(e, want);
    if (ts.isConditionalExpression(e)) {
      const a = this.expr(e.whenTrue, want);
      const b = this.expr(e.whenFalse, want);
      const t: NumType = a.type === "f64" || b.type === "f64" ? "f64" : "i32";
      return { expr: m.if(this.truth(e.condition), this.coerce(a, t, e.whenTrue), this.coerce(b, t, e.whenFalse)), type: t };
    }
    if (ts.isBinaryExpression(e)) return this.binary(e, want);
    if (ts.isCallExpression(e)) return this.call(e);
    return this.fail(e, `a ${ts.SyntaxKind[e.kind]} expression`);
  }

  private prefix(e: ts.PrefixUnaryExpression, want?: NumType): Typed {
    const m = this.m;
    switch (e.operator) {
      case ts.SyntaxKind.ExclamationToken:
        return { expr: m.i32.eqz(this.truth(e.operand)), type: "i32" };
      case ts.SyntaxKind.TildeToken:
        return { expr: m.i32.xor(this.coerce(this.expr(e.operand, "i32"), "i32", e), m.i32.const(-1)), type: "i32" };
      case ts.SyntaxKind.MinusToken: {
        const v = this.expr(e.operand, want);
        if (v.type === "i32" && want === "i32") return { expr: m.i32.sub(m.i32.const(0), v.expr), type: "i32" };
        return { expr: m.f64.neg(this.coerce(v, "f64", e)), type: "f64" };
      }
      case ts.SyntaxKind.PlusToken:
        return { expr: this.coerce(this.expr(e.operand, "f64"), "f64", e), type: "f64" };
      default:
        return this.fail(e, `the operator '${ts.tokenToString(e.operator)}'`);
    }
  }

  private binary(e: ts.BinaryExpression, want?: NumType): Typed {
    const m = this.m;
    const op = e.operatorToken.kind;
    const K = ts.SyntaxKind;
    if (op === K.EqualsToken) {
      const name = e.left.getText(this.src);
      const l = this.locals.get(name);
      if (!l || !ts.isIdentifier(e.left)) return this.fail(e.left, "assignment to something other than a local");
      return { expr: this.set(name, this.coerce(this.expr(e.right, l.type), l.type, e.right)), type: "none" };
    }
    if (op === K.AmpersandAmpersandToken) return { expr: m.if(this.truth(e.left), this.truth(e.right), m.i32.const(0)), type: "i32" };
    if (op === K.BarBarToken) return { expr: m.if(this.truth(e.left), m.i32.const(1), this.truth(e.right)), type: "i32" };
    const bitwise: Partial<Record<ts.SyntaxKind, (a: BExpr, b: BExpr) => BExpr>> = {
      [K.BarToken]: m.i32.or,
      [K.AmpersandToken]: m.i32.and,
      [K.CaretToken]: m.i32.xor,
      [K.LessThanLessThanToken]: m.i32.shl,
      [K.GreaterThanGreaterThanToken]: m.i32.shr_s,
      [K.GreaterThanGreaterThanGreaterThanToken]: m.i32.shr_u,
    };
    const bit = bitwise[op];
    if (bit) {
      // `(a + b) | 0` on i32s is 32-bit wrapping addition in JS: lower it as i32.add.
      return { expr: bit(this.coerce(this.expr(e.left, "i32"), "i32", e.left), this.coerce(this.expr(e.right, "i32"), "i32", e.right)), type: "i32" };
    }
    const l = this.expr(e.left, want);
    const r = this.expr(e.right, want);
    const bothInt = l.type === "i32" && r.type === "i32";
    const cmp: Partial<Record<ts.SyntaxKind, [(a: BExpr, b: BExpr) => BExpr, (a: BExpr, b: BExpr) => BExpr]>> = {
      [K.EqualsEqualsEqualsToken]: [m.i32.eq, m.f64.eq],
      [K.ExclamationEqualsEqualsToken]: [m.i32.ne, m.f64.ne],
      [K.LessThanToken]: [m.i32.lt_s, m.f64.lt],
      [K.LessThanEqualsToken]: [m.i32.le_s, m.f64.le],
      [K.GreaterThanToken]: [m.i32.gt_s, m.f64.gt],
      [K.GreaterThanEqualsToken]: [m.i32.ge_s, m.f64.ge],
    };
    const c = cmp[op];
    if (c) {
      return bothInt
        ? { expr: c[0](l.expr, r.expr), type: "i32" }
        : { expr: c[1](this.coerce(l, "f64", e.left), this.coerce(r, "f64", e.right)), type: "i32" };
    }
    const arith: Partial<Record<ts.SyntaxKind, [((a: BExpr, b: BExpr) => BExpr) | undefined, (a: BExpr, b: BExpr) => BExpr]>> = {
      [K.PlusToken]: [m.i32.add, m.f64.add],
      [K.MinusToken]: [m.i32.sub, m.f64.sub],
      [K.AsteriskToken]: [undefined, m.f64.mul],
      [K.SlashToken]: [undefined, m.f64.div],
    };
    const a = arith[op];
    if (a) {
      // i32 + i32 is exact in JS; it is only lowered as i32 where the context truncates to
      // 32 bits anyway (an address, an i32 parameter), never where overflow is being tested.
      if (bothInt && want === "i32" && a[0]) return { expr: a[0](l.expr, r.expr), type: "i32" };
      return { expr: a[1](this.coerce(l, "f64", e.left), this.coerce(r, "f64", e.right)), type: "f64" };
    }
    return this.fail(e.operatorToken, `the operator '${e.operatorToken.getText(this.src)}'`);
  }

  private call(e: ts.CallExpression): Typed {
    const m = this.m;
    const callee = e.expression;
    const args = e.arguments;
    if (ts.isPropertyAccessExpression(callee) && callee.expression.getText(this.src) === "H") {
      const h = this.lowerer.helper(callee.name.text);
      if (!h) return this.fail(callee, `the unknown helper H.${callee.name.text}`);
      const ops = h.params.map((p, i) => {
        const t = Lowerer.numType(p.type) as NumType;
        return this.coerce(this.expr(args[i]!, t), t, args[i]!);
      });
      const result = Lowerer.numType(h.result);
      return { expr: m.call(`helper.${h.name}`, ops, Lowerer.btype(result)), type: result };
    }
    if (!ts.isIdentifier(callee)) return this.fail(callee, `a call of '${callee.getText(this.src)}'`);
    const name = callee.text;
    const arg = (i: number, t: NumType) => this.coerce(this.expr(args[i]!, t), t, args[i]!);
    switch (name) {
      case "load32":
        return { expr: m.i32.load(0, 4, arg(0, "i32")), type: "i32" };
      case "loadF64":
        return { expr: m.f64.load(0, 8, arg(0, "i32")), type: "f64" };
      case "loadU16":
        return { expr: m.i32.load16_u(0, 2, arg(0, "i32")), type: "i32" };
      case "loadU8":
        return { expr: m.i32.load8_u(0, 1, arg(0, "i32")), type: "i32" };
      case "store32":
        return { expr: m.i32.store(0, 4, arg(0, "i32"), arg(1, "i32")), type: "none" };
      case "storeF64":
        return { expr: m.f64.store(0, 8, arg(0, "i32"), arg(1, "f64")), type: "none" };
      case "allocSlow":
        this.lowerer.allocSlowImport();
        return { expr: m.call("memory.allocSlow", [arg(0, "i32")], binaryen.i32), type: "i32" };
    }
    const sig = this.lowerer.intrinsic(name);
    if (sig) return { expr: m.call(`intrinsic.${name}`, sig.params.map((t, i) => arg(i, t)), Lowerer.btype(sig.result)), type: sig.result };
    if (this.forms) return { expr: this.forms.lower(name, args, this), type: "none" };
    return this.fail(callee, `a call of '${name}'`);
  }
}

export type { Uop };
