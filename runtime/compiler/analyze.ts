// Symbol-table analysis, as CPython 3.11's analyze_block: resolves every name of every block to
// LOCAL / GLOBAL_EXPLICIT / GLOBAL_IMPLICIT / FREE / CELL, given the names bound and declared
// global in the enclosing blocks.

import type { ErrorContext } from './errors.js';
import { DEF, DEF_BOUND, SCOPE, type Scope, type ScopeValue } from './scope.js';

export class Analyzer {
  constructor(private readonly errors: ErrorContext) {}

  private errorAtDirective(ste: Scope, name: string, msg: string): never {
    const pos = ste.directives.get(name);
    if (pos === undefined) throw new Error(`symtable: no directive for ${name}`);
    throw this.errors.syntaxError(msg, pos);
  }

  private analyzeName(
    ste: Scope,
    scopes: Map<string, ScopeValue>,
    name: string,
    flags: number,
    bound: Set<string> | null,
    local: Set<string>,
    free: Set<string>,
    global: Set<string>,
  ): void {
    if ((flags & DEF.GLOBAL) !== 0) {
      if ((flags & DEF.NONLOCAL) !== 0) this.errorAtDirective(ste, name, `name '${name}' is nonlocal and global`);
      scopes.set(name, SCOPE.GLOBAL_EXPLICIT);
      global.add(name);
      bound?.delete(name);
      return;
    }
    if ((flags & DEF.NONLOCAL) !== 0) {
      if (bound === null) this.errorAtDirective(ste, name, 'nonlocal declaration not allowed at module level');
      if (!bound.has(name)) this.errorAtDirective(ste, name, `no binding for nonlocal '${name}' found`);
      scopes.set(name, SCOPE.FREE);
      ste.hasFree = true;
      free.add(name);
      return;
    }
    if ((flags & DEF_BOUND) !== 0) {
      scopes.set(name, SCOPE.LOCAL);
      local.add(name);
      global.delete(name);
      return;
    }
    // Bound in an enclosing function: a free variable rather than a global.
    if (bound !== null && bound.has(name)) {
      scopes.set(name, SCOPE.FREE);
      ste.hasFree = true;
      free.add(name);
      return;
    }
    if (!global.has(name) && ste.nested) ste.hasFree = true;
    scopes.set(name, SCOPE.GLOBAL_IMPLICIT);
  }

  analyzeBlock(ste: Scope, bound: Set<string> | null, free: Set<string>, global: Set<string>): void {
    const local = new Set<string>();
    const scopes = new Map<string, ScopeValue>();
    const newglobal = new Set<string>();
    const newfree = new Set<string>();
    const newbound = new Set<string>();
    // A class passes down what it received, not its own names: class scopes do not leak.
    if (ste.type === 'class') {
      addAll(newglobal, global);
      if (bound !== null) addAll(newbound, bound);
    }
    for (const [name, flags] of ste.flags) this.analyzeName(ste, scopes, name, flags, bound, local, free, global);
    if (ste.type !== 'class') {
      if (ste.type === 'function') addAll(newbound, local);
      if (bound !== null) addAll(newbound, bound);
      addAll(newglobal, global);
    } else {
      newbound.add('__class__');
    }
    const allfree = new Set<string>();
    for (const child of ste.children) {
      this.analyzeBlock(child, new Set(newbound), allfree, new Set(newglobal));
      if (child.hasFree || child.childFree) ste.childFree = true;
    }
    addAll(newfree, allfree);
    if (ste.type === 'function') analyzeCells(scopes, newfree);
    else if (ste.type === 'class' && newfree.delete('__class__')) ste.needsClassClosure = true;
    updateSymbols(ste, scopes, bound, newfree);
    addAll(free, newfree);
  }
}

/** Locals that children use freely become cells (and stop being free further out). */
function analyzeCells(scopes: Map<string, ScopeValue>, free: Set<string>): void {
  for (const [name, s] of scopes) {
    if (s !== SCOPE.LOCAL || !free.has(name)) continue;
    scopes.set(name, SCOPE.CELL);
    free.delete(name);
  }
}

function updateSymbols(ste: Scope, scopes: Map<string, ScopeValue>, bound: Set<string> | null, free: Set<string>): void {
  for (const name of ste.flags.keys()) {
    const s = scopes.get(name);
    if (s !== undefined) ste.scopes.set(name, s);
  }
  // Free variables of children that this block does not mention pass through it.
  for (const name of free) {
    const flags = ste.flags.get(name);
    if (flags !== undefined) {
      // A method's free variable named like a class-level binding: the class needs both.
      if (ste.type === 'class' && (flags & (DEF_BOUND | DEF.GLOBAL)) !== 0) {
        ste.flags.set(name, flags | DEF.FREE_CLASS);
      }
      continue;
    }
    if (bound !== null && !bound.has(name)) continue; // a global
    ste.flags.set(name, 0);
    ste.scopes.set(name, SCOPE.FREE);
  }
}

function addAll(into: Set<string>, from: Iterable<string>): void {
  for (const x of from) into.add(x);
}
