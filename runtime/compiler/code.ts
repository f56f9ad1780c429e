// What the compiler produces and the VM loads: one CodeInfo per code object (module, function,
// class body, comprehension, lambda). Plain JS data; the VM materializes constants into VM
// objects when it loads a code object. Conventions for the bytecode are in docs/bytecode.md.

/** co_flags bits (CPython's values). */
export const CO = {
  OPTIMIZED: 0x1,
  NEWLOCALS: 0x2,
  VARARGS: 0x4,
  VARKEYWORDS: 0x8,
  NESTED: 0x10,
  GENERATOR: 0x20,
} as const;

/** A compile-time constant. */
export type Const =
  | { readonly kind: "None" }
  | { readonly kind: "bool"; readonly value: boolean }
  | { readonly kind: "int"; readonly value: bigint }
  | { readonly kind: "float"; readonly value: number }
  | { readonly kind: "str"; readonly value: string }
  | { readonly kind: "bytes"; readonly value: Uint8Array }
  | { readonly kind: "Ellipsis" }
  | { readonly kind: "tuple"; readonly items: readonly Const[] }
  | { readonly kind: "code"; readonly code: CodeInfo };

/** Kinds of the "fast" slots of a frame (CPython's localsplus kinds). */
export type LocalKind = "local" | "cell" | "free";

export interface ExceptionEntry {
  /** Covered code units: [start, end). */
  readonly start: number;
  readonly end: number;
  /** Handler code unit. */
  readonly target: number;
  /** Stack depth to unwind to before pushing the exception. */
  readonly depth: number;
}

export interface CodeInfo {
  readonly name: string;
  readonly qualname: string;
  readonly filename: string;
  readonly firstLine: number;
  readonly argcount: number;
  readonly posonlyargcount: number;
  readonly kwonlyargcount: number;
  readonly flags: number;
  /**
   * Names of the frame's fast slots, in slot order: arguments first (positional, then
   * keyword-only, then *args, then **kwargs), other locals, cells that are not arguments,
   * then free variables. An argument that is also a cell appears once, as kind "cell".
   */
  readonly localsplus: readonly string[];
  readonly localKinds: readonly LocalKind[];
  /** Maximum value-stack depth. */
  readonly stacksize: number;
  /** Bytecode: code units `opcode | oparg << 8`, each instruction followed by its cache units (0). */
  readonly units: Uint16Array;
  readonly consts: readonly Const[];
  /** co_names: globals, attributes, imports. */
  readonly names: readonly string[];
  /** Source line of each code unit (cache units repeat their instruction's line). */
  readonly lines: Int32Array;
  /** Innermost handlers first (the unwinder takes the first entry covering the failing unit). */
  readonly exceptionTable: readonly ExceptionEntry[];
}
