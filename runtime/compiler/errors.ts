// Compile-time errors located at AST nodes. CPython's symtable and compiler report
// `col_offset + 1` as SyntaxError.offset, i.e. 1-based UTF-8 *byte* columns (unlike parser
// errors, which use code points), so we do the same; the source, when given, supplies the
// offending line (SyntaxError.text).

import { NotSupportedError, PySyntaxError, type ErrorLocation } from '../frontend/errors.js';
import type { Pos } from '../frontend/ast.js';

export class ErrorContext {
  private readonly lines: string[] | null;

  constructor(
    readonly filename: string,
    source: string | null,
  ) {
    this.lines = source === null ? null : source.split(/\r\n?|\n/);
  }

  private lineText(line: number): string | null {
    return this.lines?.[line - 1] ?? null;
  }

  /** `noEnd`: CPython gives no end column (end_offset None), e.g. for __future__ errors. */
  private location(pos: Pos, noEnd: boolean): ErrorLocation {
    return {
      line: pos.line,
      col: pos.col + 1,
      endLine: noEnd ? pos.line : pos.endLine,
      endCol: noEnd ? -1 : pos.endCol + 1,
    };
  }

  syntaxError(msg: string, pos: Pos, noEnd = false): PySyntaxError {
    return new PySyntaxError('SyntaxError', msg, this.filename, this.location(pos, noEnd), this.lineText(pos.line));
  }

  notSupported(feature: string, pos: Pos): NotSupportedError {
    return new NotSupportedError(feature, this.filename, this.location(pos, false), this.lineText(pos.line));
  }
}
