/**
 * Source text bookkeeping shared by the tokenizer, the parser and error reporting.
 *
 * Positions inside the front end are plain JS string offsets into the
 * *normalized* text (see `normalizeSource`).  They are converted to the two
 * column conventions CPython uses only at the edges:
 *   - AST nodes carry UTF-8 *byte* columns (0-based), exactly like
 *     `ast.AST.col_offset`, so code-object position tables can match CPython.
 *   - `SyntaxError.offset` is a 1-based *code point* column.
 */

/** CPython translates \r\n and \r to \n, drops a UTF-8 BOM and appends a final newline. */
export function normalizeSource(raw: string): string {
  let text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
  if (text.length > 0 && !text.endsWith('\n')) text += '\n';
  return text;
}

// eslint-disable-next-line no-control-regex
const NON_ASCII = /[^\x00-\x7f]/;

export class SourceText {
  /** Offset of the first character of each line; lineStarts[0] === 0. */
  readonly lineStarts: number[] = [0];
  /** Per line: true when the line contains only ASCII (columns need no conversion). */
  private readonly asciiLine: boolean[] = [];

  constructor(readonly text: string, readonly filename: string) {
    for (let i = 0; i < text.length; i++) {
      if (text.charCodeAt(i) === 10) this.lineStarts.push(i + 1);
    }
    for (let l = 0; l < this.lineStarts.length; l++) {
      this.asciiLine.push(!NON_ASCII.test(this.rawLine(l + 1)));
    }
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** Index (0-based) of the line found by the previous lookup: lookups are mostly sequential. */
  private lastLine = 0;

  /** 1-based line containing `offset` (an offset equal to text.length maps to the last line). */
  lineOf(offset: number): number {
    const starts = this.lineStarts;
    const last = this.lastLine;
    if (offset >= (starts[last] ?? 0) && (last + 1 >= starts.length || offset < (starts[last + 1] ?? 0))) return last + 1;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    this.lastLine = lo;
    return lo + 1;
  }

  lineStart(line: number): number {
    return this.lineStarts[Math.min(Math.max(line, 1), this.lineStarts.length) - 1] ?? 0;
  }

  /** Text of a 1-based line without its trailing newline. */
  rawLine(line: number): string {
    const start = this.lineStart(line);
    const nl = this.text.indexOf('\n', start);
    return this.text.slice(start, nl < 0 ? this.text.length : nl);
  }

  /** UTF-8 byte column (0-based) of `offset` within its line, as in CPython's col_offset. */
  byteCol(offset: number): number {
    const line = this.lineOf(offset);
    const start = this.lineStart(line);
    if (this.asciiLine[line - 1]) return offset - start;
    return utf8Length(this.text, start, offset);
  }

  /** Code point column (0-based) of `offset` within its line. */
  charCol(offset: number): number {
    const line = this.lineOf(offset);
    const start = this.lineStart(line);
    if (this.asciiLine[line - 1]) return offset - start;
    return codePointCount(this.text, start, offset);
  }
}

export function utf8Length(s: string, from = 0, to = s.length): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

export function codePointCount(s: string, from = 0, to = s.length): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) i++;
    n++;
  }
  return n;
}

/**
 * Convert a CPython byte column (as stored in AST nodes) back to a code point
 * column for display, like CPython's `_PyPegen_byte_offset_to_character_offset`.
 */
export function byteColToCharCol(lineText: string, byteCol: number): number {
  let bytes = 0;
  let chars = 0;
  for (let i = 0; i < lineText.length && bytes < byteCol; i++) {
    const c = lineText.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < lineText.length) {
      bytes += 4;
      i++;
    } else bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
    chars++;
  }
  return chars;
}
