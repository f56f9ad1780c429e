/**
 * tierforge's Python AST: a closed, `kind`-tagged mirror of CPython 3.11's
 * `ast` module (see Parser/Python.asdl).  Node kinds are CPython's class names
 * and fields are CPython's field names in camelCase, so `ast.dump` output maps
 * onto these objects one-to-one.  Differences from CPython, on purpose:
 *   - `type_comment`, `type_ignores`, `Constant.kind` and `comprehension.is_async`
 *     are omitted (tierforge has no use for them; async is unsupported);
 *   - optional children are `null` rather than absent;
 *   - `AnnAssign.simple` is a boolean; constants use the tagged `ConstValue`.
 *
 * Positions: `line`/`endLine` are 1-based, `col`/`endCol` are 0-based UTF-8
 * byte offsets within the line (exactly CPython's col_offset/end_col_offset;
 * see `byteColToCharCol` in source.ts for display).  As in CPython,
 * `arguments`, `comprehension` and `withitem` carry no positions.
 * Async functions/loops/with, `await`, `match` and `except*` are rejected
 * by the parser with NotSupportedError, so they have no node kinds here.
 */

export interface Pos {
  line: number;
  col: number;
  endLine: number;
  endCol: number;
}

// ---------------------------------------------------------------- operators

export type BoolOperator = 'And' | 'Or';
export type Operator =
  | 'Add' | 'Sub' | 'Mult' | 'MatMult' | 'Div' | 'Mod' | 'Pow'
  | 'LShift' | 'RShift' | 'BitOr' | 'BitXor' | 'BitAnd' | 'FloorDiv';
export type UnaryOperator = 'Invert' | 'Not' | 'UAdd' | 'USub';
export type CmpOperator = 'Eq' | 'NotEq' | 'Lt' | 'LtE' | 'Gt' | 'GtE' | 'Is' | 'IsNot' | 'In' | 'NotIn';
export type ExprContext = 'Load' | 'Store' | 'Del';

// ---------------------------------------------------------------- constants

export type ConstValue =
  | { kind: 'int'; value: bigint }
  | { kind: 'float'; value: number }
  | { kind: 'complex'; real: number; imag: number }
  | { kind: 'str'; value: string }
  | { kind: 'bytes'; value: Uint8Array }
  | { kind: 'bool'; value: boolean }
  | { kind: 'None' }
  | { kind: 'Ellipsis' };

// ---------------------------------------------------------------- module

export interface Module {
  kind: 'Module';
  body: Stmt[];
}

// ---------------------------------------------------------------- statements

export type Stmt =
  | FunctionDef | ClassDef | Return | Delete | Assign | AugAssign | AnnAssign
  | For | While | If | With | Raise | Try | Assert | Import | ImportFrom
  | Global | Nonlocal | ExprStmt | Pass | Break | Continue;

export interface FunctionDef extends Pos {
  kind: 'FunctionDef';
  name: string;
  args: Arguments;
  body: Stmt[];
  decoratorList: Expr[];
  returns: Expr | null;
}
export interface ClassDef extends Pos {
  kind: 'ClassDef';
  name: string;
  bases: Expr[];
  keywords: Keyword[];
  body: Stmt[];
  decoratorList: Expr[];
}
export interface Return extends Pos { kind: 'Return'; value: Expr | null }
export interface Delete extends Pos { kind: 'Delete'; targets: Expr[] }
export interface Assign extends Pos { kind: 'Assign'; targets: Expr[]; value: Expr }
export interface AugAssign extends Pos { kind: 'AugAssign'; target: Name | Attribute | Subscript; op: Operator; value: Expr }
export interface AnnAssign extends Pos {
  kind: 'AnnAssign';
  target: Name | Attribute | Subscript;
  annotation: Expr;
  value: Expr | null;
  /** True for a bare (unparenthesized) name target: such annotations are evaluated and stored. */
  simple: boolean;
}
export interface For extends Pos { kind: 'For'; target: Expr; iter: Expr; body: Stmt[]; orelse: Stmt[] }
export interface While extends Pos { kind: 'While'; test: Expr; body: Stmt[]; orelse: Stmt[] }
export interface If extends Pos { kind: 'If'; test: Expr; body: Stmt[]; orelse: Stmt[] }
export interface With extends Pos { kind: 'With'; items: WithItem[]; body: Stmt[] }
export interface Raise extends Pos { kind: 'Raise'; exc: Expr | null; cause: Expr | null }
export interface Try extends Pos {
  kind: 'Try';
  body: Stmt[];
  handlers: ExceptHandler[];
  orelse: Stmt[];
  finalbody: Stmt[];
}
export interface Assert extends Pos { kind: 'Assert'; test: Expr; msg: Expr | null }
export interface Import extends Pos { kind: 'Import'; names: Alias[] }
export interface ImportFrom extends Pos { kind: 'ImportFrom'; module: string | null; names: Alias[]; level: number }
export interface Global extends Pos { kind: 'Global'; names: string[] }
export interface Nonlocal extends Pos { kind: 'Nonlocal'; names: string[] }
/** An expression statement (CPython's `Expr` class). */
export interface ExprStmt extends Pos { kind: 'Expr'; value: Expr }
export interface Pass extends Pos { kind: 'Pass' }
export interface Break extends Pos { kind: 'Break' }
export interface Continue extends Pos { kind: 'Continue' }

// ---------------------------------------------------------------- expressions

export type Expr =
  | BoolOp | NamedExpr | BinOp | UnaryOp | Lambda | IfExp | Dict | SetExpr
  | ListComp | SetComp | DictComp | GeneratorExp | Yield | YieldFrom | Compare
  | Call | FormattedValue | JoinedStr | Constant | Attribute | Subscript
  | Starred | Name | List | Tuple | Slice;

export interface BoolOp extends Pos { kind: 'BoolOp'; op: BoolOperator; values: Expr[] }
export interface NamedExpr extends Pos { kind: 'NamedExpr'; target: Name; value: Expr }
export interface BinOp extends Pos { kind: 'BinOp'; left: Expr; op: Operator; right: Expr }
export interface UnaryOp extends Pos { kind: 'UnaryOp'; op: UnaryOperator; operand: Expr }
export interface Lambda extends Pos { kind: 'Lambda'; args: Arguments; body: Expr }
export interface IfExp extends Pos { kind: 'IfExp'; test: Expr; body: Expr; orelse: Expr }
/** `keys[i]` is null for a `**mapping` entry, whose mapping is `values[i]`. */
export interface Dict extends Pos { kind: 'Dict'; keys: (Expr | null)[]; values: Expr[] }
/** A set display (CPython's `Set` class). */
export interface SetExpr extends Pos { kind: 'Set'; elts: Expr[] }
export interface ListComp extends Pos { kind: 'ListComp'; elt: Expr; generators: Comprehension[] }
export interface SetComp extends Pos { kind: 'SetComp'; elt: Expr; generators: Comprehension[] }
export interface DictComp extends Pos { kind: 'DictComp'; key: Expr; value: Expr; generators: Comprehension[] }
export interface GeneratorExp extends Pos { kind: 'GeneratorExp'; elt: Expr; generators: Comprehension[] }
export interface Yield extends Pos { kind: 'Yield'; value: Expr | null }
export interface YieldFrom extends Pos { kind: 'YieldFrom'; value: Expr }
export interface Compare extends Pos { kind: 'Compare'; left: Expr; ops: CmpOperator[]; comparators: Expr[] }
export interface Call extends Pos { kind: 'Call'; func: Expr; args: Expr[]; keywords: Keyword[] }
export interface FormattedValue extends Pos {
  kind: 'FormattedValue';
  value: Expr;
  /** -1 (none) or the char code of 's', 'r' or 'a', exactly as CPython stores it. */
  conversion: number;
  formatSpec: JoinedStr | null;
}
export interface JoinedStr extends Pos { kind: 'JoinedStr'; values: (Constant | FormattedValue)[] }
export interface Constant extends Pos { kind: 'Constant'; value: ConstValue }
export interface Attribute extends Pos { kind: 'Attribute'; value: Expr; attr: string; ctx: ExprContext }
export interface Subscript extends Pos { kind: 'Subscript'; value: Expr; slice: Expr; ctx: ExprContext }
export interface Starred extends Pos { kind: 'Starred'; value: Expr; ctx: ExprContext }
export interface Name extends Pos { kind: 'Name'; id: string; ctx: ExprContext }
export interface List extends Pos { kind: 'List'; elts: Expr[]; ctx: ExprContext }
export interface Tuple extends Pos { kind: 'Tuple'; elts: Expr[]; ctx: ExprContext }
export interface Slice extends Pos { kind: 'Slice'; lower: Expr | null; upper: Expr | null; step: Expr | null }

// ---------------------------------------------------------------- helper nodes

export interface Comprehension {
  kind: 'comprehension';
  target: Expr;
  iter: Expr;
  ifs: Expr[];
}
export interface ExceptHandler extends Pos {
  kind: 'ExceptHandler';
  type: Expr | null;
  name: string | null;
  body: Stmt[];
}
export interface Arguments {
  kind: 'arguments';
  posonlyargs: Arg[];
  args: Arg[];
  vararg: Arg | null;
  kwonlyargs: Arg[];
  /** One entry per kwonlyarg; null when that argument has no default. */
  kwDefaults: (Expr | null)[];
  kwarg: Arg | null;
  /** Defaults for the last `defaults.length` of posonlyargs + args. */
  defaults: Expr[];
}
export interface Arg extends Pos { kind: 'arg'; arg: string; annotation: Expr | null }
/** `arg` is null for `**mapping` keywords. */
export interface Keyword extends Pos { kind: 'keyword'; arg: string | null; value: Expr }
export interface Alias extends Pos { kind: 'alias'; name: string; asname: string | null }
export interface WithItem { kind: 'withitem'; contextExpr: Expr; optionalVars: Expr | null }

export type Node = Module | Stmt | Expr | Comprehension | ExceptHandler | Arguments | Arg | Keyword | Alias | WithItem;
