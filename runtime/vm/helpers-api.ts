// The helpers uop bodies may call as `H.name(...)`: host (JS) functions for slow paths. The
// runtime implements this interface (runtime/vm/helpers.ts); JIT code imports them by index.
// JSDoc tags are read by the generator:
//   @escapes     may run Python code, allocate or collect: pending stack items are written
//                back and the frame state saved before the call.
//   @consumes x  the body must not use argument `x` after the call.
// Parameter names are part of the contract: passing `oparg` as a `nameIndex`, `localIndex` or
// `constIndex` argument is how the analyzer knows an instruction has HAS_NAME, HAS_LOCAL or
// HAS_CONST (its oparg indexes co_names, the fast locals or co_consts).
// Failure is reported by returning NULL (or -1 for i32 results) with an exception set.
import type { i32, Ptr, StackArray, Value } from "./types.js";

export interface Helpers {
  // ---- Names and constants --------------------------------------------------------------
  /** Constant `index` of the frame's code object. */
  loadConst(frame: Ptr, constIndex: i32): Value;
  /** Raise UnboundLocalError for local `index` of the frame's code. */
  unboundLocal(frame: Ptr, localIndex: i32): void;
  /** Look up a global (then builtin) by name index; NULL + NameError when missing. @escapes */
  loadGlobal(frame: Ptr, nameIndex: i32): Value;
  /** Store a global by name index. @escapes */
  storeGlobal(frame: Ptr, nameIndex: i32, v: Value): i32;
  /** LOAD_NAME: locals, then globals, then builtins. @escapes */
  loadName(frame: Ptr, nameIndex: i32): Value;
  /** STORE_NAME into the frame's locals mapping. @escapes */
  storeName(frame: Ptr, nameIndex: i32, v: Value): i32;
  /** DELETE_NAME. @escapes */
  deleteName(frame: Ptr, nameIndex: i32): i32;
  /** DELETE_GLOBAL. @escapes */
  deleteGlobal(frame: Ptr, nameIndex: i32): i32;

  // ---- Operators --------------------------------------------------------------------------
  /** `a <op> b` for any operands (oparg of BINARY_OP; in-place forms too). @escapes */
  binaryOp(op: i32, a: Value, b: Value): Value;
  /** Rich comparison (oparg of COMPARE_OP: 0 <, 1 <=, 2 ==, 3 !=, 4 >, 5 >=). @escapes */
  compareOp(op: i32, a: Value, b: Value): Value;
  /** Unary operator (0 -x, 1 +x, 2 ~x). @escapes */
  unaryOp(op: i32, v: Value): Value;
  /** Truth value: 1, 0, or -1 on error. @escapes */
  isTrue(v: Value): i32;
  /** `item in container` (1/0, or -1 on error). @escapes */
  contains(container: Value, item: Value): i32;
  /** `container[key]`. @escapes */
  getItem(container: Value, key: Value): Value;
  /** `container[key] = v` (0, or -1 on error). @escapes */
  setItem(container: Value, key: Value, v: Value): i32;
  /** `del container[key]`. @escapes */
  delItem(container: Value, key: Value): i32;
  /** A float object for a result (when the inline allocation could not get memory). @escapes */
  boxFloat(x: number): Value;

  // ---- Attributes ---------------------------------------------------------------------------
  /** `owner.name` (name index into co_names). @escapes */
  loadAttr(frame: Ptr, owner: Value, nameIndex: i32): Value;
  /** Method lookup: writes [method, self] or [attribute, NULL] at `out`; -1 on error. @escapes */
  loadMethod(frame: Ptr, owner: Value, nameIndex: i32, out: StackArray): i32;
  /** `owner.name = v`. @escapes */
  storeAttr(frame: Ptr, owner: Value, nameIndex: i32, v: Value): i32;
  /** `del owner.name`. @escapes */
  deleteAttr(frame: Ptr, owner: Value, nameIndex: i32): i32;

  // ---- Building -------------------------------------------------------------------------------
  /** A tuple of `n` items starting at `items`. @escapes */
  buildTuple(items: StackArray, n: i32): Value;
  /** A list of `n` items starting at `items`. @escapes */
  buildList(items: StackArray, n: i32): Value;
  /** A set of `n` items. @escapes */
  buildSet(items: StackArray, n: i32): Value;
  /** A dict of `n` key/value pairs (2n items). @escapes */
  buildMap(items: StackArray, n: i32): Value;
  /** A slice from 2 or 3 items. @escapes */
  buildSlice(items: StackArray, n: i32): Value;
  /** Concatenate `n` str items. @escapes */
  buildString(items: StackArray, n: i32): Value;
  /** `list.append(v)`. @escapes */
  listAppend(list: Value, v: Value): i32;
  /** `list.extend(iterable)`. @escapes */
  listExtend(list: Value, iterable: Value): i32;
  /** `set.add(v)`. @escapes */
  setAdd(set: Value, v: Value): i32;
  /** `set.update(iterable)`. @escapes */
  setUpdate(set: Value, iterable: Value): i32;
  /** `dict[key] = v`. @escapes */
  mapAdd(dict: Value, key: Value, v: Value): i32;
  /** `dict.update(mapping)`. @escapes */
  dictUpdate(dict: Value, mapping: Value): i32;
  /** DICT_MERGE: `dict.update(mapping)` refusing repeated keys (errors name `callable`). @escapes */
  dictMerge(callable: Value, dict: Value, mapping: Value): i32;
  /** `tuple(list)`. @escapes */
  listToTuple(list: Value): Value;
  /** format(value, spec) with conversion flags (FORMAT_VALUE's oparg). @escapes */
  formatValue(v: Value, spec: Value, flags: i32): Value;

  // ---- Iteration and unpacking --------------------------------------------------------------
  /** `iter(v)`. @escapes */
  getIter(v: Value): Value;
  /** `next(it)`: the item, or NULL when exhausted (no exception) — `iterError` tells them apart. @escapes */
  iterNext(it: Value): Value;
  /** Whether the last iterNext that returned NULL raised an exception (1) or just ended (0). */
  iterError(): i32;
  /** Unpack exactly `n` items from `seq` into `out` (last item first, as CPython). @escapes */
  unpackSequence(seq: Value, n: i32, out: StackArray): i32;
  /** Unpack with a starred target: `before` items, a list, `after` items. @escapes */
  unpackEx(seq: Value, before: i32, after: i32, out: StackArray): i32;

  // ---- Calls and frames -----------------------------------------------------------------------
  /** Call with `argc` positional args at `args` (self_or_null prepended when not NULL). @escapes */
  call(callable: Value, selfOrNull: Value, args: StackArray, argc: i32): Value;
  /** Like `call`, the last item of `args` being a tuple of keyword names. @escapes */
  callKw(callable: Value, selfOrNull: Value, args: StackArray, argc: i32): Value;
  /** `f(*args, **kwargs)` (kwargs may be NULL). @escapes */
  callEx(callable: Value, args: Value, kwargs: Value): Value;
  /**
   * For a call the interpreter can run inline (a Python function whose arguments bind simply):
   * a new frame holding the arguments, or 0 to use `call` instead. @escapes
   */
  pushFrame(frame: Ptr, callable: Value, selfOrNull: Value, args: StackArray, argc: i32): Ptr;
  /** MAKE_FUNCTION: code object + flags (defaults, kwdefaults, annotations, closure below it). @escapes */
  makeFunction(frame: Ptr, code: Value, flags: i32, extras: StackArray): Value;
  /** The AssertionError class. */
  loadAssertionError(): Value;
  /** A class body's `__build_class__`. */
  loadBuildClass(frame: Ptr): Value;

  // ---- Cells --------------------------------------------------------------------------------
  /** A new cell holding v (MAKE_CELL). @escapes */
  makeCell(v: Value): Value;
  /** A cell's contents; NULL + NameError/UnboundLocalError when empty. */
  loadDeref(frame: Ptr, localIndex: i32): Value;
  /** Set a cell's contents. */
  storeDeref(frame: Ptr, localIndex: i32, v: Value): void;
  /** Copy the function's closure cells into the frame's free-variable slots. */
  copyFreeVars(frame: Ptr, n: i32): void;

  // ---- Exceptions ---------------------------------------------------------------------------
  /** RAISE_VARARGS: raise exc (or re-raise when NULL), with cause when not NULL. Always -1. @escapes */
  raise(exc: Value, cause: Value): i32;
  /** Re-raise `exc`: the exception moves into the thread state. Always -1. @consumes exc */
  reraise(exc: Value): i32;
  /** Whether exception `exc` matches `type` (1/0, -1 on error). @escapes */
  exceptionMatches(exc: Value, type: Value): i32;
  /** The exception being handled now (pushed by PUSH_EXC_INFO), or None. */
  currentException(): Value;
  /** Makes `exc` the exception being handled. */
  setCurrentException(exc: Value): void;
  /** `with` entry: pushes __exit__ bound method and returns __enter__()'s result. @escapes */
  beforeWith(mgr: Value, out: StackArray): i32;
  /** Call `exit(type, value, tb)` for the exception `exc`. @escapes */
  withExceptStart(exit: Value, exc: Value): Value;

  // ---- Generators and imports -------------------------------------------------------------------
  /** Turns the current frame into a generator object and returns it. @escapes */
  makeGenerator(frame: Ptr): Value;
  /** `receiver.send(v)` / `next(receiver)`: result, or NULL with `iterError` telling return from error. @escapes */
  send(receiver: Value, v: Value): Value;
  /** The value a finished sub-generator returned (after `send` returned NULL without error). */
  sendReturnValue(): Value;
  /** `iter()` for yield from: generators pass through. @escapes */
  getYieldFromIter(v: Value): Value;
  /** IMPORT_NAME. @escapes */
  importName(frame: Ptr, nameIndex: i32, fromlist: Value, level: Value): Value;
  /** IMPORT_FROM. @escapes */
  importFrom(frame: Ptr, module: Value, nameIndex: i32): Value;
  /** `from m import *` into the frame's namespace. @escapes */
  importStar(frame: Ptr, module: Value): i32;

  // ---- Specialization (runtime/vm/specialize/) ---------------------------------------------------
  // Each looks at the operands of the family head at code unit `instr` of the frame's code and
  // rewrites it into a specialized member (filling its caches) or backs its counter off.
  /** BINARY_OP. */
  specializeBinaryOp(frame: Ptr, instr: i32, op: i32, lhs: Value, rhs: Value): void;
  /** COMPARE_OP. */
  specializeCompareOp(frame: Ptr, instr: i32, op: i32, lhs: Value, rhs: Value): void;
  /** CONTAINS_OP. */
  specializeContainsOp(frame: Ptr, instr: i32, container: Value): void;
  /** BINARY_SUBSCR. */
  specializeBinarySubscr(frame: Ptr, instr: i32, container: Value, sub: Value): void;
  /** STORE_SUBSCR. */
  specializeStoreSubscr(frame: Ptr, instr: i32, container: Value, sub: Value): void;
  /** LOAD_GLOBAL. */
  specializeLoadGlobal(frame: Ptr, instr: i32, nameIndex: i32): void;
  /** LOAD_ATTR. */
  specializeLoadAttr(frame: Ptr, instr: i32, owner: Value, nameIndex: i32): void;
  /** LOAD_METHOD. */
  specializeLoadMethod(frame: Ptr, instr: i32, owner: Value, nameIndex: i32): void;
  /** STORE_ATTR. */
  specializeStoreAttr(frame: Ptr, instr: i32, owner: Value, nameIndex: i32): void;
  /** FOR_ITER. */
  specializeForIter(frame: Ptr, instr: i32, iter: Value): void;
  /**
   * JUMP_BACKWARD's counter fired: project a trace from the loop's head (runtime/tier2); true
   * when the instruction became ENTER_EXECUTOR, false when its counter was backed off instead.
   */
  backEdgeHot(frame: Ptr, instr: i32, oparg: i32): boolean;
  /** UNPACK_SEQUENCE. */
  specializeUnpackSequence(frame: Ptr, instr: i32, seq: Value, n: i32): void;
  /** TO_BOOL. */
  specializeToBool(frame: Ptr, instr: i32, value: Value): void;
  /** CALL. */
  specializeCall(frame: Ptr, instr: i32, callable: Value, selfOrNull: Value, argc: i32): void;

  // ---- Fast paths of specialized instructions ----------------------------------------------------
  /** Entry `index` of a dict (an index a cache holds after checking the keys version), or NULL. */
  dictValueAt(dict: Value, index: i32): Value;
  /** Replaces the value of entry `index` of a dict (its keys unchanged). */
  dictSetValueAt(dict: Value, index: i32, v: Value): void;
  /** `dict[key]` for an exact dict (KeyError when missing). @escapes */
  dictSubscr(dict: Value, key: Value): Value;
  /** `dict[key] = v` for an exact dict. @escapes */
  dictSetItem(dict: Value, key: Value, v: Value): i32;
  /** `key in dict` for an exact dict (1/0, -1 on error). @escapes */
  dictContains(dict: Value, key: Value): i32;
  /** `item in set` for an exact set or frozenset (1/0, -1 on error). @escapes */
  setContains(set: Value, item: Value): i32;
  /** Character `i` of an exact str, or NULL (no exception) when out of range. @escapes */
  strItem(s: Value, i: i32): Value;
  /** Whether an exact str is empty (1/0). */
  strIsEmpty(s: Value): i32;
  /** `a + b` for two exact strs. @escapes */
  strConcat(a: Value, b: Value): Value;
  /** Comparison `op` (COMPARE_OP's oparg) of two exact strs, as a bool. */
  strCompare(op: i32, a: Value, b: Value): Value;
  /**
   * A frame running Python function `callable` (or a bound method's function) whose parameters
   * are exactly self (when not NULL) and the `argc` arguments: the frame; 1 when the function
   * no longer takes exactly these arguments (deopt); 0 with an exception set. @escapes
   */
  pushFrameExact(frame: Ptr, callable: Value, selfOrNull: Value, args: StackArray, argc: i32): Ptr;
  /** Calls a built-in function with `argc` arguments (self_or_null prepended when not NULL). @escapes */
  callBuiltin(callable: Value, selfOrNull: Value, args: StackArray, argc: i32): Value;
  /** The next value of a generator; NULL when it returned (iterError() = 0) or raised (1). @escapes */
  generatorNext(gen: Value): Value;
  /** `len(v)`. @escapes */
  len(v: Value): Value;
  /** `isinstance(v, cls)`: 1/0, -1 on error. @escapes */
  isinstance(v: Value, cls: Value): i32;
  /** `cls(*args)` for a class with the default `__new__` and a Python `__init__`. @escapes */
  callClassInit(cls: Value, args: StackArray, argc: i32): Value;

  // ---- Safepoints -------------------------------------------------------------------------------
  /** Raises RecursionError when the frame depth exceeds the limit (-1), else 0. */
  checkRecursion(frame: Ptr): i32;
}
