/**
 * Errors raised by the front end.
 *
 * `PySyntaxError` mirrors the attributes of CPython's SyntaxError object so the
 * runtime can expose it to Python code unchanged and `format-syntax-error.ts`
 * can print it byte-for-byte like CPython 3.11.
 */
import type { SourceText } from './source.js';

/** Python exception class to raise (TabError and IndentationError subclass SyntaxError). */
export type SyntaxErrorClass = 'SyntaxError' | 'IndentationError' | 'TabError';

export interface ErrorLocation {
  /** 1-based line number (SyntaxError.lineno). */
  line: number;
  /** 1-based code point offset of the caret (SyntaxError.offset); 0 when unknown. */
  col: number;
  /** SyntaxError.end_lineno. */
  endLine: number;
  /** SyntaxError.end_offset, 1-based and exclusive; CPython uses 0 or -1 for "no range". */
  endCol: number;
}

export class PySyntaxError extends Error {
  readonly filename: string;
  readonly line: number;
  readonly col: number;
  readonly endLine: number;
  readonly endCol: number;
  /** The offending source line (without trailing newline), like SyntaxError.text. */
  readonly text: string | null;
  readonly msg: string;
  readonly pyClass: SyntaxErrorClass;
  /** Offset in the normalized source, used to pick the earliest of competing errors. */
  readonly offset: number;

  constructor(
    pyClass: SyntaxErrorClass,
    msg: string,
    filename: string,
    loc: ErrorLocation,
    text: string | null,
    offset = 0,
  ) {
    super(`${msg} (${filename}, line ${loc.line})`);
    this.name = 'PySyntaxError';
    this.pyClass = pyClass;
    this.msg = msg;
    this.filename = filename;
    this.line = loc.line;
    this.col = loc.col;
    this.endLine = loc.endLine;
    this.endCol = loc.endCol;
    this.text = text;
    this.offset = offset;
  }
}

/**
 * Valid Python 3.11 that tierforge deliberately does not implement (async,
 * match, ...).  Located like a SyntaxError so it can be reported the same way.
 */
export class NotSupportedError extends Error {
  readonly filename: string;
  readonly line: number;
  readonly col: number;
  readonly endLine: number;
  readonly endCol: number;
  readonly text: string | null;
  readonly msg: string;
  readonly feature: string;
  readonly pyClass: SyntaxErrorClass = 'SyntaxError';
  readonly offset: number;

  constructor(feature: string, filename: string, loc: ErrorLocation, text: string | null, offset = 0) {
    const msg = `${feature} is not supported by tierforge`;
    super(`${msg} (${filename}, line ${loc.line})`);
    this.name = 'NotSupportedError';
    this.feature = feature;
    this.msg = msg;
    this.filename = filename;
    this.line = loc.line;
    this.col = loc.col;
    this.endLine = loc.endLine;
    this.endCol = loc.endCol;
    this.text = text;
    this.offset = offset;
  }
}

/** Location of the source range [from, to) in CPython's SyntaxError convention. */
export function rangeLocation(src: SourceText, from: number, to: number): ErrorLocation {
  const line = src.lineOf(from);
  return {
    line,
    col: src.charCol(from) + 1,
    endLine: src.lineOf(to),
    endCol: src.charCol(to) + 1,
  };
}

/** A SyntaxError covering [from, to) of the source (the common "RAISE_SYNTAX_ERROR_KNOWN_RANGE" case). */
export function syntaxErrorAt(
  src: SourceText,
  msg: string,
  from: number,
  to: number = from,
  pyClass: SyntaxErrorClass = 'SyntaxError',
): PySyntaxError {
  const loc = rangeLocation(src, from, to);
  return new PySyntaxError(pyClass, msg, src.filename, loc, src.rawLine(loc.line), from);
}

export function notSupportedAt(src: SourceText, feature: string, from: number, to: number): NotSupportedError {
  const loc = rangeLocation(src, from, to);
  return new NotSupportedError(feature, src.filename, loc, src.rawLine(loc.line), from);
}

export type FrontendError = PySyntaxError | NotSupportedError;

export function isFrontendError(e: unknown): e is FrontendError {
  return e instanceof PySyntaxError || e instanceof NotSupportedError;
}
