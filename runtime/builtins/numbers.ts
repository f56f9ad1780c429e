// Operator dunders of int, bool and float (`int.__add__`, `(2).__mul__(3)`, `float.__lt__`…).
// The interpreter never needs them for built-in operands (binaryOp has fast paths); they exist
// for Python code that looks them up, and they answer NotImplemented for foreign operands.
import * as L from "../layout.js";
import { bigOf, floatOf, newFloat, newInt, typeOfValue } from "../objects/values.js";
import { builtinBinary, unaryOp } from "../vm/ops/number.js";
import { richCompare } from "../vm/ops/compare.js";
import { notImplemented } from "../vm/ops/singletons.js";
import type { Value } from "../vm/types.js";
import { isSubtype } from "../objects/typeobj.js";
import { method } from "./define.js";

const NAMES = ["add", "and", "floordiv", "lshift", "matmul", "mul", "mod", "or", "pow", "rshift", "sub", "truediv", "xor"];
const isNumber = (t: number) => t === L.TYPE_INT || t === L.TYPE_BOOL || t === L.TYPE_FLOAT || isSubtype(t, L.TYPE_INT) || isSubtype(t, L.TYPE_FLOAT);

/** The plain int/float value of a number (instances of int/float subclasses are unwrapped). */
function plain(v: Value): Value {
  const t = typeOfValue(v);
  if (t === L.TYPE_INT || t === L.TYPE_BOOL || t === L.TYPE_FLOAT) return v;
  return isSubtype(t, L.TYPE_FLOAT) ? newFloat(floatOf(v)) : newInt(bigOf(v));
}

export function defineNumberDunders(): void {
  for (const type of [L.TYPE_INT, L.TYPE_FLOAT]) {
    NAMES.forEach((name, op) => {
      if (type === L.TYPE_FLOAT && [1, 3, 7, 9, 12, 4].includes(op)) return;
      const apply = (a: Value, b: Value) => {
        if (!isNumber(typeOfValue(a)) || !isNumber(typeOfValue(b))) return notImplemented();
        const x = plain(a);
        const y = plain(b);
        return builtinBinary(op, x, y, typeOfValue(x), typeOfValue(y)) ?? notImplemented();
      };
      method(type, `__${name}__`, (self, args) => apply(self, args[0]!));
      method(type, `__r${name}__`, (self, args) => apply(args[0]!, self));
    });
    ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"].forEach((name, op) =>
      method(type, name, (self, args) => (isNumber(typeOfValue(args[0]!)) ? richCompare(op, plain(self), plain(args[0]!)) : notImplemented())),
    );
    method(type, "__neg__", (self) => unaryOp(0, self));
    method(type, "__pos__", (self) => unaryOp(1, self));
    method(type, "__abs__", (self) => (type === L.TYPE_INT ? newInt(bigOf(self) < 0n ? -bigOf(self) : bigOf(self)) : newFloat(Math.abs(floatOf(self)))));
    method(type, "__bool__", (self) => ((type === L.TYPE_INT ? bigOf(self) !== 0n : floatOf(self) !== 0) ? (L.TRUE as Value) : (L.FALSE as Value)));
  }
  method(L.TYPE_INT, "__invert__", (self) => unaryOp(2, self));
}
