// Symbol-table blocks (CPython's PySTEntryObject): how each name is used in a module, class,
// function, lambda or comprehension, and, after analysis (analyze.ts), how it resolves. Flag
// and scope values are CPython's, so tests can compare them with the `symtable` module.

import type * as A from '../frontend/ast.js';

/** Symbol flags (CPython's DEF_* values). */
export const DEF = {
  GLOBAL: 1,
  LOCAL: 2,
  PARAM: 4,
  NONLOCAL: 8,
  USE: 16,
  FREE: 32,
  FREE_CLASS: 64,
  IMPORT: 128,
  ANNOT: 256,
  COMP_ITER: 512,
} as const;
export const DEF_BOUND = DEF.LOCAL | DEF.PARAM | DEF.IMPORT;

/** Resolved scopes (CPython's values; 0 means "unknown name"). */
export const SCOPE = { LOCAL: 1, GLOBAL_EXPLICIT: 2, GLOBAL_IMPLICIT: 3, FREE: 4, CELL: 5 } as const;
export type ScopeValue = (typeof SCOPE)[keyof typeof SCOPE];

export type BlockType = 'module' | 'class' | 'function';
export type ComprehensionKind = 'list' | 'set' | 'dict' | 'generator';

export type ScopeNode = A.Module | A.FunctionDef | A.ClassDef | A.Lambda | A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp;

export class Scope {
  /** Flags of every name used in the block, in first-use order (mangled names). */
  readonly flags = new Map<string, number>();
  /** Resolution of every name after analysis. */
  readonly scopes = new Map<string, ScopeValue>();
  /** Parameters in slot order (CPython's ste_varnames). */
  readonly params: string[] = [];
  readonly children: Scope[] = [];
  /** Location of the global/nonlocal statement (or walrus) that declared each name. */
  readonly directives = new Map<string, A.Pos>();
  nested = false;
  generator = false;
  comprehension: ComprehensionKind | null = null;
  hasFree = false;
  childFree = false;
  needsClassClosure = false;
  varargs = false;
  varkeywords = false;
  // Transient state of the collecting pass.
  compIterTarget = false;
  compIterExpr = 0;

  constructor(
    readonly type: BlockType,
    readonly name: string,
    readonly node: ScopeNode,
    readonly line: number,
    /** Class name used for private-name mangling inside this block, or null. */
    readonly privateName: string | null,
  ) {}

  scopeOf(name: string): ScopeValue | 0 {
    return this.scopes.get(name) ?? 0;
  }

  flagsOf(name: string): number {
    return this.flags.get(name) ?? 0;
  }

  /** Names of the cells this block creates (sorted, as CPython's dictbytype). */
  cellvars(): string[] {
    const out = [...this.scopes].filter(([, s]) => s === SCOPE.CELL).map(([n]) => n);
    if (this.needsClassClosure) out.push('__class__');
    return out.sort();
  }

  /** Names of the free variables this block receives in its closure (sorted). */
  freevars(): string[] {
    const out: string[] = [];
    for (const [name, s] of this.scopes) {
      if (s === SCOPE.FREE || (this.flagsOf(name) & DEF.FREE_CLASS) !== 0) out.push(name);
    }
    return out.sort();
  }
}


/** CPython's _Py_Mangle: `__x` inside class `C` is `_C__x`. */
export function mangle(privateName: string | null, name: string): string {
  if (privateName === null || !name.startsWith('__')) return name;
  if (name.endsWith('__') || name.includes('.')) return name;
  const stripped = privateName.replace(/^_+/, '');
  if (stripped === '') return name;
  return `_${stripped}${name}`;
}

export function assertNever(x: never): never {
  throw new Error(`unexpected node: ${JSON.stringify((x as { kind?: unknown }).kind)}`);
}
