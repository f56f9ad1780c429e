// Generator objects as Python sees them: iteration, send, throw, close, and their repr.
import * as L from "../layout.js";
import { generatorData, resume, returnedValue } from "../objects/generators.js";
import { clearException, exceptionMatches, isException, newException, raise, setException, tstate } from "../objects/exceptions.js";
import { T } from "../objects/registry.js";
import { None, NULL, newStr, typeOfValue } from "../objects/values.js";
import { current, runFrame } from "../vm/interpreter.js";
import { unwindForThrow } from "../vm/interpreter.js";
import { call } from "../vm/ops/call.js";
import { iterHooks, nextHooks } from "../vm/ops/sequence.js";
import type { Value } from "../vm/types.js";
import { method } from "./define.js";
import { setThrowHook } from "../objects/generators.js";
import { typeInfo, isSubtype } from "../objects/typeobj.js";

/** StopIteration carrying the finished generator's return value (None is left out, as CPython). */
function stopIteration(): Value {
  const v = returnedValue();
  return setException(newException(T.StopIteration!, v === None || v === NULL ? [] : [v]));
}

/** next(gen): the yielded value, or NULL (finished: no exception; failed: exception set). */
function genNext(g: Value): Value {
  return resume(g, None, NULL, runFrame, current.frame);
}

export function defineGenerators(): void {
  const G = T.generator!;
  setThrowHook(unwindForThrow);
  iterHooks.set("generator", (g) => g);
  nextHooks.set("generator", genNext);
  method(G, "__iter__", (self) => self);
  method(G, "__next__", (self) => {
    const r = genNext(self);
    if (r === NULL && tstate.current === NULL) return stopIteration();
    return r;
  });
  method(G, "send", (self, a) => {
    const r = resume(self, a[0] ?? None, NULL, runFrame, current.frame);
    if (r === NULL && tstate.current === NULL) return stopIteration();
    return r;
  });
  method(G, "throw", (self, a) => {
    let exc = a[0]!;
    if (!isException(exc)) {
      const isClass = (typeInfo(typeOfValue(exc)).layout === "type" || typeOfValue(exc) === L.TYPE_TYPE) && isSubtype(exc, T.BaseException!);
      if (!isClass) return raise(T.TypeError!, "exceptions must be classes or instances deriving from BaseException, not " + typeInfo(typeOfValue(exc)).name);
      exc = a.length > 1 && a[1] !== None ? call(exc, [a[1]!]) : call(exc, []);
      if (exc === NULL) return NULL;
    }
    const r = resume(self, None, exc, runFrame, current.frame);
    if (r === NULL && tstate.current === NULL) return stopIteration();
    return r;
  });
  method(G, "close", (self) => {
    const d = generatorData(self);
    if (!d.frame) return None;
    if (!d.started) {
      d.frame = 0;
      return None;
    }
    const r = resume(self, None, newException(T.GeneratorExit!, []), runFrame, current.frame);
    if (r !== NULL) return raise(T.RuntimeError!, "generator ignored GeneratorExit");
    if (tstate.current === NULL || exceptionMatches(T.GeneratorExit!) || exceptionMatches(T.StopIteration!)) {
      clearException();
      return None;
    }
    return NULL;
  });
  method(G, "__repr__", (self) => {
    const d = generatorData(self);
    return newStr(`<generator object ${d.qualname} at 0x${(self >>> 0).toString(16).padStart(12, "0")}>`);
  });
}
