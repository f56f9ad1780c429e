// Running a program: compile and run the main module, and report an uncaught exception as
// CPython does (traceback on stderr, exit status 1).
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import * as L from "../layout.js";
import { compileSource } from "../compiler/compile.js";
import type { CodeInfo } from "../compiler/code.js";
import { codeObject } from "../objects/callables.js";
import { PySyntaxError } from "../frontend/errors.js";
import { formatSyntaxError } from "../frontend/format-syntax-error.js";
import { dictStore } from "../objects/dict.js";
import { excData, raise, tstate } from "../objects/exceptions.js";
import { builtinsRef, T } from "../objects/registry.js";
import { typeInfo } from "../objects/typeobj.js";
import { bigOf, intern, newCode_, None, NULL, tupleItems, typeOfValue } from "./vm-imports.js";
import { runModuleCode } from "./interpreter.js";
import { flushStdout, writeAllSync } from "./io.js";
import { importConfig, moduleDict, newModule, sysModules } from "./modules.js";
import { str } from "./ops/object.js";
import type { VMOptions } from "./space.js";
import { startVM as startCore } from "./start.js";
import type { Value } from "./types.js";

/** Compiles source to a code object; NULL with a SyntaxError set on a syntax error. */
export function compileToCode(source: string, filename: string): Value {
  try {
    return newCode_(compileSource(source, filename));
  } catch (e) {
    if (e instanceof PySyntaxError) {
      pendingSyntaxError = e;
      return raiseSyntax(e);
    }
    throw e;
  }
}

let pendingSyntaxError: PySyntaxError | undefined;
function raiseSyntax(e: PySyntaxError): Value {
  return raise(T[e.pyClass] ?? T.SyntaxError!, e.msg);
}

/** Starts the VM and lets `import` compile modules. */
export function startVM(opts: Partial<VMOptions> = {}): void {
  startCore(opts);
  importConfig.runSource = (source, filename, globals) => {
    const code = compileToCode(source, filename);
    if (code === NULL) return NULL;
    return runModuleCode(code, globals);
  };
}

export interface RunResult {
  exitCode: number;
}

/** The code of the last program runMain ran (for `dis --specialized`). */
export const lastMain: { info: CodeInfo | undefined } = { info: undefined };

/** Runs a program file as __main__ and reports like CPython. */
export function runMain(path: string, source: string, argv: string[]): RunResult {
  importConfig.root = dirname(resolve(path));
  const main = newModule("__main__");
  sysModules.set("__main__", main);
  setArgv(argv);
  const globals = moduleDict(main);
  dictStore(globals).set(intern("__file__"), intern(path));
  dictStore(globals).set(intern("__builtins__"), builtinsRef.dict);
  pendingSyntaxError = undefined;
  const code = compileToCode(source, path);
  if (code !== NULL) lastMain.info = codeObject(code).info;
  if (code === NULL && pendingSyntaxError) {
    flushStdout();
    writeAllSync(2, formatSyntaxError(pendingSyntaxError));
    return { exitCode: 1 };
  }
  const r = code === NULL ? NULL : runModuleCode(code, globals);
  flushStdout();
  if (r !== NULL) return { exitCode: 0 };
  return { exitCode: reportUncaught() };
}

import { argvHolder } from "./argv.js";
function setArgv(argv: string[]): void {
  argvHolder.argv = argv;
}

/** Prints the propagating exception like CPython; returns the exit status (SystemExit aware). */
export function reportUncaught(): number {
  const exc = tstate.current;
  tstate.current = NULL;
  if (exc === NULL) {
    // A NULL result without an exception is a VM bug; say so the way CPython does.
    writeAllSync(2, "SystemError: error return without exception set\n");
    return 1;
  }
  if (typeOfValue(exc) === T.SystemExit) {
    const args = tupleItems(excData(exc).args);
    const code = args.length ? args[0]! : None;
    if (code === None) return 0;
    if (typeOfValue(code) === L.TYPE_INT || typeOfValue(code) === L.TYPE_BOOL) return Number(bigOf(code)) & 0xff;
    writeAllSync(2, (str(code) ?? "") + "\n");
    return 1;
  }
  writeAllSync(2, formatException(exc));
  return 1;
}

export function formatException(exc: Value, seen = new Set<Value>()): string {
  seen.add(exc);
  const d = excData(exc);
  let out = "";
  if (d.cause !== NULL && !seen.has(d.cause)) {
    out += formatException(d.cause, seen) + "\nThe above exception was the direct cause of the following exception:\n\n";
  } else if (d.context !== NULL && !d.suppressContext && !seen.has(d.context)) {
    out += formatException(d.context, seen) + "\nDuring handling of the above exception, another exception occurred:\n\n";
  }
  if (d.traceback.length) {
    out += "Traceback (most recent call last):\n";
    const lines = sourceLines;
    // Like CPython, a run of identical entries shows three times, then a count.
    let last = "";
    let repeats = 0;
    const flushRepeats = () => {
      if (repeats > 3) out += `  [Previous line repeated ${repeats - 3} more time${repeats - 3 === 1 ? "" : "s"}]\n`;
    };
    for (const t of [...d.traceback].reverse()) {
      const key = `${t.filename}:${t.line}:${t.name}`;
      if (key === last) repeats++;
      else {
        flushRepeats();
        last = key;
        repeats = 1;
      }
      if (repeats > 3) continue;
      out += `  File "${t.filename}", line ${t.line}, in ${t.name}\n`;
      const text = lines(t.filename)[t.line - 1];
      if (text !== undefined && text.trim()) out += `    ${text.trim()}\n`;
    }
    flushRepeats();
  }
  return out + exceptionLine(exc) + "\n";
}

function exceptionLine(exc: Value): string {
  const t = typeInfo(typeOfValue(exc));
  const name = t.module === "builtins" || t.module === "__main__" ? t.qualname : `${t.module}.${t.qualname}`;
  const s = str(exc);
  if (s === undefined) {
    tstate.current = NULL;
    return `${name}: <exception str() failed>`;
  }
  return s ? `${name}: ${s}` : name;
}

const sourceCache = new Map<string, string[]>();
function sourceLines(filename: string): string[] {
  let lines = sourceCache.get(filename);
  if (!lines) {
    try {
      lines = readFileSync(filename, "utf8").split("\n");
    } catch {
      lines = [];
    }
    sourceCache.set(filename, lines);
  }
  return lines;
}
export function rememberSource(filename: string, source: string): void {
  sourceCache.set(filename, source.split("\n"));
}


