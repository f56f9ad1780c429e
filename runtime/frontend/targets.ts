/**
 * Assignment / deletion targets: setting `ctx` and reporting invalid targets
 * with CPython 3.11's messages (`_PyPegen_get_expr_name`,
 * `_PyPegen_get_invalid_target` and the `invalid_assignment` rules).
 */
import type { Expr, ExprContext, Pos } from './ast.js';

export type TargetsType = 'star' | 'del' | 'for';

/** CPython's `_PyPegen_get_expr_name`. */
export function exprName(e: Expr): string {
  switch (e.kind) {
    case 'Attribute': return 'attribute';
    case 'Subscript': return 'subscript';
    case 'Starred': return 'starred';
    case 'Name': return 'name';
    case 'List': return 'list';
    case 'Tuple': return 'tuple';
    case 'Lambda': return 'lambda';
    case 'Call': return 'function call';
    case 'BoolOp': case 'BinOp': case 'UnaryOp': return 'expression';
    case 'GeneratorExp': return 'generator expression';
    case 'Yield': case 'YieldFrom': return 'yield expression';
    case 'ListComp': return 'list comprehension';
    case 'SetComp': return 'set comprehension';
    case 'DictComp': return 'dict comprehension';
    case 'Dict': return 'dict literal';
    case 'Set': return 'set display';
    case 'JoinedStr': case 'FormattedValue': return 'f-string expression';
    case 'Constant': {
      const v = e.value;
      if (v.kind === 'None') return 'None';
      if (v.kind === 'bool') return v.value ? 'True' : 'False';
      if (v.kind === 'Ellipsis') return 'ellipsis';
      return 'literal';
    }
    case 'Compare': return 'comparison';
    case 'IfExp': return 'conditional expression';
    case 'NamedExpr': return 'named expression';
    case 'Slice': return 'slice';
  }
}

/** First sub-expression that cannot be a target, or null. */
export function invalidTarget(e: Expr, type: TargetsType): Expr | null {
  switch (e.kind) {
    case 'List':
    case 'Tuple':
      for (const elt of e.elts) {
        const bad = invalidTarget(elt, type);
        if (bad) return bad;
      }
      return null;
    case 'Starred':
      return type === 'del' ? e : invalidTarget(e.value, type);
    case 'Compare':
      // `for a in b` reaches here as the comparison `a in b` in CPython's invalid_for_target.
      if (type === 'for') return e.ops[0] === 'In' ? invalidTarget(e.left, type) : null;
      return e;
    case 'Name':
    case 'Subscript':
    case 'Attribute':
      return null;
    default:
      return e;
  }
}

export function targetMessage(bad: Expr, type: TargetsType): string {
  return `${type === 'del' ? 'cannot delete' : 'cannot assign to'} ${exprName(bad)}`;
}

/** Set the expression context of a (validated) target tree. */
export function setContext(e: Expr, ctx: ExprContext): void {
  switch (e.kind) {
    case 'Name':
    case 'Attribute':
    case 'Subscript':
      e.ctx = ctx;
      break;
    case 'Starred':
      e.ctx = ctx;
      setContext(e.value, ctx);
      break;
    case 'List':
    case 'Tuple':
      e.ctx = ctx;
      for (const elt of e.elts) setContext(elt, ctx);
      break;
    default:
      break;
  }
}

/** True for expressions the grammar produces at `bitwise_or` level or tighter. */
export function isBitwiseOrLevel(e: Expr): boolean {
  switch (e.kind) {
    case 'BoolOp': case 'Compare': case 'Lambda': case 'IfExp': case 'NamedExpr':
    case 'Starred': case 'Yield': case 'YieldFrom': case 'Slice':
      return false;
    case 'UnaryOp':
      return e.op !== 'Not';
    default:
      return true;
  }
}

export function posOf(e: Pos): Pos {
  return { line: e.line, col: e.col, endLine: e.endLine, endCol: e.endCol };
}
