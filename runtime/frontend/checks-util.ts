/** Traversal helpers and the error carrier shared by the post-parse checks. */
import type { Arguments, Comprehension, Expr, Pos } from './ast.js';

export class CheckError {
  constructor(readonly msg: string, readonly at: Pos) {}
}

export function fail(msg: string, at: Pos): never {
  throw new CheckError(msg, at);
}

// ---------------------------------------------------------------- traversal helpers

/** Direct child expressions of an expression, in evaluation order. */
export function exprChildren(e: Expr): Expr[] {
  switch (e.kind) {
    case 'BoolOp': return e.values;
    case 'NamedExpr': return [e.target, e.value];
    case 'BinOp': return [e.left, e.right];
    case 'UnaryOp': return [e.operand];
    case 'Lambda': return [...argDefaults(e.args), e.body];
    case 'IfExp': return [e.test, e.body, e.orelse];
    case 'Dict': return e.values.flatMap((v, i) => { const k = e.keys[i]; return k ? [k, v] : [v]; });
    case 'Set': case 'List': case 'Tuple': return e.elts;
    case 'ListComp': case 'SetComp': case 'GeneratorExp': return [...compExprs(e.generators), e.elt];
    case 'DictComp': return [...compExprs(e.generators), e.key, e.value];
    case 'Yield': return e.value ? [e.value] : [];
    case 'YieldFrom': return [e.value];
    case 'Compare': return [e.left, ...e.comparators];
    case 'Call': return [e.func, ...e.args, ...e.keywords.map((k) => k.value)];
    case 'FormattedValue': return e.formatSpec ? [e.value, e.formatSpec] : [e.value];
    case 'JoinedStr': return e.values;
    case 'Attribute': return [e.value];
    case 'Subscript': return [e.value, e.slice];
    case 'Starred': return [e.value];
    case 'Slice': return [e.lower, e.upper, e.step].filter((x): x is Expr => x !== null);
    case 'Constant': case 'Name': return [];
  }
}

export function compExprs(gens: Comprehension[]): Expr[] {
  return gens.flatMap((g) => [g.iter, g.target, ...g.ifs]);
}

export function argDefaults(a: Arguments): Expr[] {
  return [...a.defaults, ...a.kwDefaults.filter((d): d is Expr => d !== null)];
}

export function allArgs(a: Arguments) {
  return [...a.posonlyargs, ...a.args, ...(a.vararg ? [a.vararg] : []), ...a.kwonlyargs, ...(a.kwarg ? [a.kwarg] : [])];
}

export function annotations(a: Arguments): Expr[] {
  return allArgs(a).flatMap((x) => (x.annotation ? [x.annotation] : []));
}

