/**
 * Lezer tree -> AST for expressions.  Lezer accepts a superset of Python in
 * places, so the builder also reports the parser-level errors CPython
 * raises for those constructs (with CPython's messages and locations).
 */
import type { SyntaxNode } from '@lezer/common';
import type { CmpOperator, Expr, ExprContext, Operator } from './ast.js';
import { notSupportedAt } from './errors.js';
import { concatenateStrings, type StringPiece } from './fstring.js';
import { at, errorAtToken, identifier, KEYWORDS, kids, tokenIndexAt } from './env.js';
import { parseNumber } from './numbers.js';
import { ArgsBuilder, COMP_START } from './parse-args.js';
import { UnknownNameEscape } from './strings.js';

const ARITH_OPS: Record<string, Operator> = {
  '+': 'Add', '-': 'Sub', '*': 'Mult', '@': 'MatMult', '/': 'Div', '%': 'Mod', '**': 'Pow',
  '<<': 'LShift', '>>': 'RShift', '|': 'BitOr', '^': 'BitXor', '&': 'BitAnd', '//': 'FloorDiv',
};
const CMP_OPS: Record<string, CmpOperator> = {
  '==': 'Eq', '!=': 'NotEq', '<': 'Lt', '<=': 'LtE', '>': 'Gt', '>=': 'GtE',
};

export class ExprBuilder extends ArgsBuilder {
  expr(n: SyntaxNode): Expr {
    const f = this.from(n);
    const t = this.to(n);
    switch (n.name) {
      case 'VariableName':
        if (this.env.bareYields.has(f)) return this.mk({ kind: 'Yield', value: null }, f, t);
        return this.mk({ kind: 'Name', id: this.name(n), ctx: 'Load' as ExprContext }, f, t);
      case 'Number':
        return this.mk({ kind: 'Constant', value: parseNumber(this.text(n)) }, f, t);
      case 'String':
        return this.strings([n]);
      case 'ContinuedString':
        return this.strings(kids(n));
      case 'Ellipsis':
        return this.mk({ kind: 'Constant', value: { kind: 'Ellipsis' } }, f, t);
      case 'None':
        return this.mk({ kind: 'Constant', value: { kind: 'None' } }, f, t);
      case 'Boolean':
        return this.mk({ kind: 'Constant', value: { kind: 'bool', value: this.text(n) === 'True' } }, f, t);
      case 'ParenthesizedExpression':
        return this.parenthesized(n);
      case 'TupleExpression':
      case 'ArrayExpression': {
        const inner = kids(n).slice(1, -1);
        const elts = this.splitCommas(inner).groups.map((g) => this.element(g));
        if (n.name === 'ArrayExpression') return this.mk({ kind: 'List', elts, ctx: 'Load' as ExprContext }, f, t);
        return this.mk({ kind: 'Tuple', elts, ctx: 'Load' as ExprContext }, f, t);
      }
      case 'SetExpression': {
        const elts = this.splitCommas(kids(n).slice(1, -1)).groups.map((g) => this.element(g));
        return this.mk({ kind: 'Set', elts }, f, t);
      }
      case 'DictionaryExpression':
        return this.dict(n);
      case 'ComprehensionExpression':
      case 'ArrayComprehensionExpression':
      case 'SetComprehensionExpression':
      case 'DictionaryComprehensionExpression':
        return this.comprehensionExpr(n);
      case 'CallExpression':
        return this.call(n);
      case 'MemberExpression':
        return this.member(n);
      case 'UnaryExpression':
        return this.unary(n);
      case 'BinaryExpression':
        return this.binary(n);
      case 'ConditionalExpression': {
        const c = kids(n);
        return this.mk({ kind: 'IfExp', test: this.expr(at(c, 2)), body: this.expr(at(c, 0)), orelse: this.expr(at(c, 4)) }, f, t);
      }
      case 'LambdaExpression':
        return this.lambda(n);
      case 'NamedExpression':
        return this.namedExpr(n);
      case 'YieldExpression':
        return this.yieldExpr(kids(n), f, t);
      case 'AwaitExpression':
        this.notSupported("'await'", n);
      // falls through (notSupported never returns)
      default:
        return this.invalidAt(n);
    }
  }

  /** One element of a list/tuple/set display: `x`, `*x` or `x := y`. */
  protected element(g: SyntaxNode[]): Expr {
    if (at(g, 0).name === '*') return this.starred(at(g, 0), at(g, 1));
    return this.expr(at(g, 0));
  }

  /** Comma-separated expressions (statement level): a Tuple when there is a comma. */
  protected exprList(nodes: SyntaxNode[]): Expr {
    const { groups, trailingComma } = this.splitCommas(nodes);
    if (groups.length === 1 && !trailingComma) return this.element(at(groups, 0));
    const elts = groups.map((g) => this.element(g));
    return this.mk({ kind: 'Tuple', elts, ctx: 'Load' as ExprContext }, this.from(at(nodes, 0)), this.to(at(nodes, nodes.length - 1)));
  }

  protected parenthesized(n: SyntaxNode): Expr {
    const c = kids(n);
    if (at(c, 1).name === '*') {
      const st = this.starred(at(c, 1), at(c, 2));
      this.failAt(st, 'cannot use starred expression here');
    }
    return this.expr(at(c, 1));
  }

  protected strings(nodes: SyntaxNode[]): Expr {
    const env = this.env;
    const pieces: StringPiece[] = nodes.map((s) => ({ text: this.text(s), pos: env.pos(this.from(s), this.to(s)) }));
    const first = this.from(at(nodes, 0));
    const last = this.to(at(nodes, nodes.length - 1));
    let byPiece = new Map<StringPiece, SyntaxNode>();
    pieces.forEach((p, i) => byPiece.set(p, at(nodes, i)));
    try {
      const node = concatenateStrings(pieces, {
        compileExpr: (piece, s, e) => env.fstringExpr(piece, s, e),
        errorAfter: (msg) => {
          throw errorAtToken(env.src, env.tokens[tokenIndexAt(env.tokens, last)], msg);
        },
        errorAtPiece: (piece, msg) => {
          const sn = byPiece.get(piece);
          return this.fail(msg, sn ? this.from(sn) : first, sn ? this.to(sn) : last);
        },
      });
      this.spans.set(node, [first, last]);
      return node;
    } catch (e) {
      if (e instanceof UnknownNameEscape) {
        throw notSupportedAt(env.src, `the \\N{${e.charName}} escape`, first, last);
      }
      throw e;
    } finally {
      byPiece = new Map();
    }
  }

  protected dict(n: SyntaxNode): Expr {
    const keys: (Expr | null)[] = [];
    const values: Expr[] = [];
    for (const g of this.splitCommas(kids(n).slice(1, -1)).groups) {
      if (at(g, 0).name === '**') {
        keys.push(null);
        values.push(this.expr(at(g, 1)));
      } else {
        keys.push(this.expr(at(g, 0)));
        values.push(this.expr(at(g, 2)));
      }
    }
    return this.mk({ kind: 'Dict', keys, values }, this.from(n), this.to(n));
  }

  protected comprehensionExpr(n: SyntaxNode): Expr {
    const c = kids(n);
    const f = this.from(n);
    const t = this.to(n);
    const compAt = c.findIndex((k) => COMP_START.has(k.name));
    const head = c.slice(1, compAt);
    const generators = this.comprehensions(c.slice(compAt, -1));
    if (n.name === 'DictionaryComprehensionExpression') {
      if (at(head, 0).name === '**') this.failNode(at(head, 0), 'dict unpacking cannot be used in dict comprehension');
      return this.mk({ kind: 'DictComp', key: this.expr(at(head, 0)), value: this.expr(at(head, 2)), generators }, f, t);
    }
    if (at(head, 0).name === '*') {
      const st = this.starred(at(head, 0), at(head, 1));
      this.failAt(st, 'iterable unpacking cannot be used in comprehension');
    }
    const elt = this.expr(at(head, 0));
    if (n.name === 'ArrayComprehensionExpression') return this.mk({ kind: 'ListComp', elt, generators }, f, t);
    if (n.name === 'SetComprehensionExpression') return this.mk({ kind: 'SetComp', elt, generators }, f, t);
    return this.mk({ kind: 'GeneratorExp', elt, generators }, f, t);
  }

  protected call(n: SyntaxNode): Expr {
    const c = kids(n);
    const func = this.expr(at(c, 0));
    const { args, keywords } = this.argList(at(c, 1));
    return this.mk({ kind: 'Call', func, args, keywords }, this.from(n), this.to(n));
  }

  protected member(n: SyntaxNode): Expr {
    const c = kids(n);
    const value = this.expr(at(c, 0));
    const f = this.from(n);
    const t = this.to(n);
    if (at(c, 1).name === '.') {
      const prop = at(c, 2);
      const attr = this.text(prop);
      if (KEYWORDS.has(attr)) this.invalidAt(prop);
      return this.mk({ kind: 'Attribute', value, attr: identifier(attr), ctx: 'Load' as ExprContext }, f, t);
    }
    const inner = c.slice(2, -1);
    const { groups, trailingComma } = this.splitCommas(inner);
    const items = groups.map((g) => this.sliceItem(g));
    const slice: Expr = groups.length === 1 && !trailingComma
      ? at(items, 0)
      : this.mk({ kind: 'Tuple', elts: items, ctx: 'Load' as ExprContext }, this.from(at(inner, 0)), this.to(at(inner, inner.length - 1)));
    return this.mk({ kind: 'Subscript', value, slice, ctx: 'Load' as ExprContext }, f, t);
  }

  /** One subscript item: an expression or `lower:upper:step`. */
  protected sliceItem(g: SyntaxNode[]): Expr {
    if (!g.some((k) => k.name === ':')) return this.expr(at(g, 0));
    const parts: (Expr | null)[] = [null, null, null];
    let slot = 0;
    for (const k of g) {
      if (k.name === ':') slot++;
      else parts[slot] = this.expr(k);
    }
    return this.mk({ kind: 'Slice', lower: at(parts, 0), upper: at(parts, 1), step: at(parts, 2) }, this.from(at(g, 0)), this.to(at(g, g.length - 1)));
  }

  protected unary(n: SyntaxNode): Expr {
    const c = kids(n);
    const opText = this.text(at(c, 0));
    if (opText === 'not') return this.boolChain(n);
    const op = opText === 'not' ? 'Not' : opText === '-' ? 'USub' : opText === '+' ? 'UAdd' : 'Invert';
    return this.mk({ kind: 'UnaryOp', op, operand: this.expr(at(c, 1)) }, this.from(n), this.to(n));
  }

  /** The operator of a lezer BinaryExpression: a BoolOp/Compare/BinOp tag. */
  protected binaryKind(c: SyntaxNode[]): { kind: 'bool'; op: 'And' | 'Or' } | { kind: 'cmp'; op: CmpOperator } | { kind: 'bin'; op: Operator } {
    const o = at(c, 1);
    switch (o.name) {
      case 'or': return { kind: 'bool', op: 'Or' };
      case 'and': return { kind: 'bool', op: 'And' };
      case 'in': return { kind: 'cmp', op: 'In' };
      case 'not': return { kind: 'cmp', op: 'NotIn' };
      case 'is': return { kind: 'cmp', op: c.length === 4 ? 'IsNot' : 'Is' };
      case 'CompareOp': {
        const op = CMP_OPS[this.text(o)];
        if (!op) this.invalidAt(o); // '<>' (only valid under barry_as_FLUFL)
        return { kind: 'cmp', op };
      }
      default: {
        const op = ARITH_OPS[this.text(o)];
        if (!op) this.invalidAt(o);
        return { kind: 'bin', op };
      }
    }
  }

  protected binary(n: SyntaxNode): Expr {
    const c = kids(n);
    const k = this.binaryKind(c);
    const f = this.from(n);
    const t = this.to(n);
    const right = at(c, c.length - 1);
    if (k.kind === 'bin') {
      return this.mk({ kind: 'BinOp', left: this.expr(at(c, 0)), op: k.op, right: this.expr(right) }, f, t);
    }
    if (k.kind === 'bool') return this.boolChain(n);
    // Unparenthesized comparison chains arrive left-nested; CPython flattens them.
    const operands: SyntaxNode[] = [right];
    const ops: CmpOperator[] = [k.op];
    let left = at(c, 0);
    for (;;) {
      if (left.name !== 'BinaryExpression') break;
      const lc = kids(left);
      const lk = this.binaryKind(lc);
      if (lk.kind !== 'cmp') break;
      operands.push(at(lc, lc.length - 1));
      ops.push(lk.op);
      left = at(lc, 0);
    }
    operands.reverse();
    ops.reverse();
    const leftExpr = this.expr(left);
    return this.mk({ kind: 'Compare', left: leftExpr, ops, comparators: operands.map((o) => this.expr(o)) }, f, t);
  }

  /**
   * `and` / `or` / `not` chains.  Lezer's grammar gives `not` the lowest
   * precedence (`not a and b` parses as `not (a and b)`), so flatten the
   * unparenthesized chain into operands and operators and re-parse it with
   * Python's precedence: or < and < not.
   */
  protected boolChain(n: SyntaxNode): Expr {
    type Item = { op: 'and' | 'or' | 'not'; node: SyntaxNode } | { op: null; node: SyntaxNode };
    const items: Item[] = [];
    const flatten = (x: SyntaxNode): void => {
      const c = kids(x);
      if (x.name === 'UnaryExpression' && at(c, 0).name === 'not') {
        items.push({ op: 'not', node: at(c, 0) });
        flatten(at(c, 1));
      } else if (x.name === 'BinaryExpression' && c.length === 3 && (at(c, 1).name === 'and' || at(c, 1).name === 'or')) {
        flatten(at(c, 0));
        items.push({ op: at(c, 1).name as 'and' | 'or', node: at(c, 1) });
        flatten(at(c, 2));
      } else items.push({ op: null, node: x });
    };
    flatten(n);
    let i = 0;
    // Operands carry their lezer extent: a parenthesized operand's node excludes the parentheses.
    type Part = { e: Expr; from: number; to: number };
    const operand = (): Part => {
      const it = at(items, i++);
      if (it.op === 'not') {
        const inner = operand();
        const from = this.from(it.node);
        return { e: this.mk({ kind: 'UnaryOp', op: 'Not', operand: inner.e }, from, inner.to), from, to: inner.to };
      }
      return { e: this.expr(it.node), from: this.from(it.node), to: this.to(it.node) };
    };
    const chain = (op: 'and' | 'or', sub: () => Part): Part => {
      const parts = [sub()];
      while (i < items.length && items[i]?.op === op) {
        i++;
        parts.push(sub());
      }
      if (parts.length === 1) return at(parts, 0);
      const from = at(parts, 0).from;
      const to = at(parts, parts.length - 1).to;
      const values = parts.map((p) => p.e);
      return { e: this.mk({ kind: 'BoolOp', op: op === 'and' ? 'And' : 'Or', values }, from, to), from, to };
    };
    return chain('or', () => chain('and', operand)).e;
  }

  protected lambda(n: SyntaxNode): Expr {
    const c = kids(n);
    const params = c.find((k) => k.name === 'ParamList');
    const args = this.parameters(params ? kids(params) : []);
    return this.mk({ kind: 'Lambda', args, body: this.expr(at(c, c.length - 1)) }, this.from(n), this.to(n));
  }

  protected namedExpr(n: SyntaxNode): Expr {
    const c = kids(n);
    return this.namedFrom(at(c, 0), at(c, 2));
  }

  protected yieldExpr(c: SyntaxNode[], f: number, t: number): Expr {
    // at(c, 0) is 'yield'
    if (c[1]?.name === 'from') return this.mk({ kind: 'YieldFrom', value: this.expr(at(c, 2)) }, f, t);
    const rest = c.slice(1);
    return this.mk({ kind: 'Yield', value: rest.length ? this.exprList(rest) : null }, f, t);
  }

}
