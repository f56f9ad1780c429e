/**
 * Lezer tree -> AST for expressions, call arguments, parameters and
 * comprehensions.  Lezer accepts a superset of Python in places, so the
 * builder also reports the parser-level errors CPython raises for those
 * constructs (with CPython's messages and locations).
 */
import type { SyntaxNode } from '@lezer/common';
import type {
  Arg, Arguments, CmpOperator, Comprehension, Expr, ExprContext, Keyword, Operator, Pos,
} from './ast.js';
import { notSupportedAt, syntaxErrorAt, type SyntaxErrorClass } from './errors.js';
import { concatenateStrings, type StringPiece } from './fstring.js';
import { at, errorAtToken, identifier, KEYWORDS, kids, tokenIndexAt, type ParseEnv } from './env.js';
import { parseNumber } from './numbers.js';
import { UnknownNameEscape } from './strings.js';
import { invalidTarget, setContext, targetMessage, exprName } from './targets.js';

const ARITH_OPS: Record<string, Operator> = {
  '+': 'Add', '-': 'Sub', '*': 'Mult', '@': 'MatMult', '/': 'Div', '%': 'Mod', '**': 'Pow',
  '<<': 'LShift', '>>': 'RShift', '|': 'BitOr', '^': 'BitXor', '&': 'BitAnd', '//': 'FloorDiv',
};
const CMP_OPS: Record<string, CmpOperator> = {
  '==': 'Eq', '!=': 'NotEq', '<': 'Lt', '<=': 'LtE', '>': 'Gt', '>=': 'GtE',
};
/** Lezer node names that start a comprehension clause. */
const COMP_START = new Set(['for', 'async']);

export class ExprBuilder {
  constructor(readonly env: ParseEnv, readonly base: number) {}

  /** Source range of every node built, for error locations (shared by all builders of a text). */
  protected get spans(): Map<object, [number, number]> {
    return this.env.spans;
  }

  // ------------------------------------------------------------ helpers

  protected from(n: SyntaxNode): number {
    return n.from + this.base;
  }
  protected to(n: SyntaxNode): number {
    return n.to + this.base;
  }
  protected text(n: SyntaxNode): string {
    return this.env.src.text.slice(this.from(n), this.to(n));
  }

  protected mk<const T extends object>(fields: T, from: number, to: number): T & Pos {
    const node = Object.assign(fields, this.env.pos(from, to));
    this.spans.set(node, [from, to]);
    return node;
  }

  protected span(node: object): [number, number] {
    return this.spans.get(node) ?? [0, 0];
  }

  protected fail(msg: string, from: number, to: number = from, cls: SyntaxErrorClass = 'SyntaxError'): never {
    throw syntaxErrorAt(this.env.src, msg, from, to, cls);
  }

  protected failAt(node: object, msg: string): never {
    const [f, t] = this.span(node);
    this.fail(msg, f, t);
  }

  protected failNode(n: SyntaxNode, msg: string): never {
    this.fail(msg, this.from(n), this.to(n));
  }

  /** Generic "invalid syntax" at the token starting at lezer node `n`. */
  protected invalidAt(n: SyntaxNode): never {
    const toks = this.env.tokens;
    throw errorAtToken(this.env.src, toks[tokenIndexAt(toks, this.from(n))], 'invalid syntax');
  }

  protected notSupported(feature: string, n: SyntaxNode): never {
    throw notSupportedAt(this.env.src, feature, this.from(n), this.to(n));
  }

  protected name(n: SyntaxNode): string {
    return identifier(this.text(n));
  }

  /** Split children at ',' tokens. */
  protected splitCommas(nodes: SyntaxNode[]): { groups: SyntaxNode[][]; trailingComma: boolean } {
    if (nodes.length === 0) return { groups: [], trailingComma: false };
    const groups: SyntaxNode[][] = [[]];
    for (const c of nodes) {
      if (c.name === ',') groups.push([]);
      else at(groups, groups.length - 1).push(c);
    }
    const trailingComma = groups.length > 1 && at(groups, groups.length - 1).length === 0;
    if (trailingComma) groups.pop();
    return { groups, trailingComma };
  }

  // ------------------------------------------------------------ expressions

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

  protected starred(star: SyntaxNode, value: SyntaxNode): Expr {
    return this.mk({ kind: 'Starred', value: this.expr(value), ctx: 'Load' as ExprContext }, this.from(star), this.to(value));
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

  /** `for targets in iter (if cond)*` clauses, flattened as lezer produces them. */
  protected comprehensions(c: SyntaxNode[]): Comprehension[] {
    const out: Comprehension[] = [];
    let i = 0;
    while (i < c.length) {
      if (at(c, i).name === 'async') this.notSupported('asynchronous comprehension', at(c, i));
      // at(c, i) is 'for'
      const inAt = c.findIndex((k, j) => j > i && k.name === 'in');
      const target = this.exprList(c.slice(i + 1, inAt));
      this.checkTarget(target, 'for');
      setContext(target, 'Store');
      const iter = this.expr(at(c, inAt + 1));
      const ifs: Expr[] = [];
      i = inAt + 2;
      while (i < c.length && at(c, i).name === 'if') {
        ifs.push(this.expr(at(c, i + 1)));
        i += 2;
      }
      out.push({ kind: 'comprehension', target, iter, ifs });
    }
    return out;
  }

  protected checkTarget(target: Expr, type: 'star' | 'del' | 'for'): void {
    const bad = invalidTarget(target, type);
    if (bad) this.failAt(bad, targetMessage(bad, type));
  }

  protected call(n: SyntaxNode): Expr {
    const c = kids(n);
    const func = this.expr(at(c, 0));
    const { args, keywords } = this.argList(at(c, 1));
    return this.mk({ kind: 'Call', func, args, keywords }, this.from(n), this.to(n));
  }

  /** ArgList node: positional arguments and keywords, with CPython's ordering errors. */
  argList(argList: SyntaxNode, isClass = false): { args: Expr[]; keywords: Keyword[] } {
    const all = kids(argList);
    const close = at(all, all.length - 1);
    const groups = this.splitArgs(all.slice(1, -1));
    const args: Expr[] = [];
    const keywords: Keyword[] = [];
    let sawKeyword = false;
    let sawDoubleStar = false;
    for (const g of groups) {
      const compAt = g.findIndex((k) => COMP_START.has(k.name));
      if (compAt >= 0) {
        if (g[1]?.name === 'AssignOp') {
          const eq = at(g, 1);
          this.fail("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", this.from(at(g, 0)), this.to(eq));
        }
        const elt = this.expr(at(g, 0));
        const generators = this.comprehensions(g.slice(compAt));
        if (groups.length > 1) {
          this.fail('Generator expression must be parenthesized', this.from(at(g, 0)), this.to(at(g, g.length - 1)));
        }
        if (isClass) this.invalidAt(at(g, compAt));
        args.push(this.mk({ kind: 'GeneratorExp', elt, generators }, this.from(argList), this.to(argList)));
        continue;
      }
      const head = at(g, 0);
      if (head.name === '**') {
        sawDoubleStar = true;
        keywords.push(this.mk({ kind: 'keyword', arg: null, value: this.expr(at(g, 1)) }, this.from(head), this.to(at(g, 1))));
      } else if (head.name === '*') {
        if (sawDoubleStar) this.fail('iterable argument unpacking follows keyword argument unpacking', this.from(head), this.to(head));
        args.push(this.starred(head, at(g, 1)));
      } else if (g.length === 3 && at(g, 1).name === 'AssignOp' && this.text(at(g, 1)) === '=') {
        sawKeyword = true;
        const kwName = this.name(head);
        if (kwName === 'True' || kwName === 'False' || kwName === 'None') {
          this.fail(`cannot assign to ${kwName}`, this.from(head), this.to(at(g, 2)));
        }
        keywords.push(this.mk({ kind: 'keyword', arg: kwName, value: this.expr(at(g, 2)) }, this.from(head), this.to(at(g, 2))));
      } else if (g.length === 3 && at(g, 1).name === 'AssignOp') {
        args.push(this.namedFrom(at(g, 0), at(g, 2)));
      } else {
        if (sawKeyword || sawDoubleStar) {
          const msg = sawDoubleStar
            ? 'positional argument follows keyword argument unpacking'
            : 'positional argument follows keyword argument';
          this.failNode(close, msg);
        }
        args.push(this.expr(head));
      }
    }
    return { args, keywords };
  }

  /** Split call arguments at commas, keeping `for a, b in ...` targets together. */
  private splitArgs(nodes: SyntaxNode[]): SyntaxNode[][] {
    const groups: SyntaxNode[][] = [];
    let cur: SyntaxNode[] = [];
    let inTarget = false;
    for (const k of nodes) {
      if (k.name === 'for') inTarget = true;
      else if (k.name === 'in' && inTarget) inTarget = false;
      if (k.name === ',' && !inTarget) {
        groups.push(cur);
        cur = [];
      } else cur.push(k);
    }
    if (cur.length) groups.push(cur);
    return groups;
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

  protected namedFrom(targetNode: SyntaxNode, valueNode: SyntaxNode): Expr {
    const target = this.expr(targetNode);
    if (target.kind !== 'Name') this.failAt(target, `cannot use assignment expressions with ${exprName(target)}`);
    target.ctx = 'Store';
    const value = this.expr(valueNode);
    return this.mk({ kind: 'NamedExpr', target, value }, this.from(targetNode), this.to(valueNode));
  }

  protected yieldExpr(c: SyntaxNode[], f: number, t: number): Expr {
    // at(c, 0) is 'yield'
    if (c[1]?.name === 'from') return this.mk({ kind: 'YieldFrom', value: this.expr(at(c, 2)) }, f, t);
    const rest = c.slice(1);
    return this.mk({ kind: 'Yield', value: rest.length ? this.exprList(rest) : null }, f, t);
  }

  // ------------------------------------------------------------ parameters

  /**
   * Parameter list children (with or without the parentheses) -> arguments.
   * Lezer does not put `/` in the tree, so an empty slot between commas is `/`.
   */
  parameters(nodes: SyntaxNode[]): Arguments {
    const paren = nodes.length > 0 && at(nodes, 0).name === '(';
    const inner = paren ? nodes.slice(1, -1) : nodes;
    const out: Arguments = { kind: 'arguments', posonlyargs: [], args: [], vararg: null, kwonlyargs: [], kwDefaults: [], kwarg: null, defaults: [] };
    // Each slot remembers the source gap it occupies, to locate a '/'.
    const slots: { nodes: SyntaxNode[]; from: number; to: number }[] = [];
    let slotFrom = paren ? this.to(at(nodes, 0)) : inner.length ? this.from(at(inner, 0)) : 0;
    let cur: SyntaxNode[] = [];
    for (const k of inner) {
      if (k.name === ',') {
        slots.push({ nodes: cur, from: slotFrom, to: this.from(k) });
        cur = [];
        slotFrom = this.to(k);
      } else cur.push(k);
    }
    const endAt = paren ? this.from(at(nodes, nodes.length - 1)) : slotFrom;
    if (cur.length > 0 || this.slashIn(slotFrom, endAt) >= 0) slots.push({ nodes: cur, from: slotFrom, to: endAt });
    let star: SyntaxNode | null = null;
    let sawSlash = false;
    let sawDefault = false;
    let afterKwarg = false;
    for (const slot of slots) {
      const g = slot.nodes;
      if (g.length === 0) {
        const slash = this.slashIn(slot.from, slot.to);
        if (sawSlash) this.fail('/ may appear only once', slash, slash + 1);
        if (star) this.fail('/ must be ahead of *', slash, slash + 1);
        if (out.args.length === 0) {
          this.fail(slots.length === 1 ? 'invalid syntax' : 'at least one argument must precede /', slash, slash + 1);
        }
        out.posonlyargs.push(...out.args);
        out.args = [];
        sawSlash = true;
        continue;
      }
      if (afterKwarg) this.failNode(at(g, 0), 'arguments cannot follow var-keyword argument');
      const head = at(g, 0);
      if (head.name === '*' || head.name === '**') {
        const arg = g[1]?.name === 'VariableName' ? this.arg(g.slice(1)) : null;
        if (g.some((k) => k.name === 'AssignOp')) {
          this.fail(head.name === '*' ? 'var-positional argument cannot have default value' : 'var-keyword argument cannot have default value',
            this.from(head), this.to(at(g, g.length - 1)));
        }
        if (head.name === '**') {
          out.kwarg = arg;
          afterKwarg = true;
        } else {
          if (star) this.fail('* argument may appear only once', this.from(head), this.to(head));
          star = head;
          out.vararg = arg;
        }
        continue;
      }
      const a = this.arg(g);
      const eq = g.findIndex((k) => k.name === 'AssignOp');
      const dflt = eq >= 0 ? this.expr(at(g, eq + 1)) : null;
      if (star) {
        out.kwonlyargs.push(a);
        out.kwDefaults.push(dflt);
      } else {
        if (dflt) {
          sawDefault = true;
          out.defaults.push(dflt);
        } else if (sawDefault) {
          this.failAt(a, 'non-default argument follows default argument');
        }
        out.args.push(a);
      }
    }
    if (star && !out.vararg && out.kwonlyargs.length === 0) {
      if (paren) this.fail('named arguments must follow bare *', this.from(star), this.to(star));
      // lambda: reported at the token after `*` or `*,`
      const toks = this.env.tokens;
      let i = tokenIndexAt(toks, this.to(star));
      if (toks[i] && this.env.src.text.charAt(at(toks, i).start) === ',') i++;
      throw errorAtToken(this.env.src, toks[i], 'named arguments must follow bare *');
    }
    return out;
  }

  /** Offset of a `/` token within [from, to), or -1. */
  private slashIn(from: number, to: number): number {
    const toks = this.env.tokens;
    for (let i = tokenIndexAt(toks, from); i < toks.length && at(toks, i).start < to; i++) {
      const tk = at(toks, i);
      if (tk.type === 'OP' && tk.end === tk.start + 1 && this.env.src.text.charAt(tk.start) === '/') return tk.start;
    }
    return -1;
  }

  /** `name [: annotation]` (the default, if any, is handled by the caller). */
  protected arg(g: SyntaxNode[]): Arg {
    const nameNode = at(g, 0);
    const typeDef = g.find((k) => k.name === 'TypeDef');
    const annotation = typeDef ? this.expr(at(kids(typeDef), 1)) : null;
    const end = typeDef ? this.to(typeDef) : this.to(nameNode);
    return this.mk({ kind: 'arg', arg: this.name(nameNode), annotation }, this.from(nameNode), end);
  }
}
