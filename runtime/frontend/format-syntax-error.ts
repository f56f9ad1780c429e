/**
 * Render a SyntaxError the way CPython 3.11 prints an uncaught one
 * (Python/pythonrun.c: print_exception_file_and_line + print_error_text):
 *
 *     File "prog.py", line 3
 *       x = = 1
 *           ^
 *   SyntaxError: invalid syntax
 *
 * The source line is shown without its leading whitespace; the caret run
 * covers [offset, end_offset) when that is non-empty (SyntaxError only),
 * else a single caret;
 * a range running onto later lines is highlighted to the end of the line.
 */
import type { FrontendError } from './errors.js';
import { utf8Length } from './source.js';

function caretBlock(text: string, offset: number, endOffset: number, multiLine: boolean, single: boolean): string {
  // CPython's SyntaxError.text normally ends with the newline; ours never
  // does, so count it back in where the length matters.
  const lineSize = utf8Length(text) + 1;
  let end = endOffset;
  if (multiLine) end = lineSize;
  if (end > lineSize + 1) end = lineSize + 1;
  const carets = !single && end > 0 && end > offset ? end - offset : 1;

  let off = offset - 1; // 1-based -> 0-based
  let start = 0;
  while (start < text.length && (text[start] === ' ' || text[start] === '\t' || text[start] === '\f')) {
    start++;
    off--;
  }
  const shown = text.slice(start);
  const len = [...shown].length;
  if (off > len) off = len;
  let out = `    ${shown}\n`;
  if (off < 0) return out;
  out += `    ${' '.repeat(off)}${'^'.repeat(carets)}\n`;
  return out;
}

/** The text CPython writes to stderr for an uncaught SyntaxError (no traceback). */
export function formatSyntaxError(e: FrontendError): string {
  let out = `  File "${e.filename}", line ${e.line}\n`;
  // CPython underlines a range only for SyntaxError proper, not IndentationError/TabError.
  if (e.text !== null) out += caretBlock(e.text, e.col, e.endCol, e.endLine > e.line, e.pyClass !== 'SyntaxError');
  out += e.msg ? `${e.pyClass}: ${e.msg}\n` : `${e.pyClass}\n`;
  return out;
}
