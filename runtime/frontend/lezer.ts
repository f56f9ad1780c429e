/**
 * Thin layer over @lezer/python.
 *
 * Lezer's grammar is used for structure only.  Before parsing we "mask" the
 * text so that lezer's token boundaries agree with CPython's (our tokenizer
 * is authoritative): every STRING token becomes a plain `"xxx"` string and
 * every NUMBER a run of `1`s, each of the same length, so all offsets are
 * preserved.  Regions whose grammar lezer does not cover (PEP 614
 * decorators, `with` headers with arbitrary targets / parentheses) are
 * replaced by a same-length identifier and parsed separately with
 * `parseRange`.
 *
 * The parser runs in strict mode: instead of error recovery it throws at the
 * first token that cannot extend a valid prefix, which is where CPython's
 * first parser pass fails too.
 */
import { parser } from '@lezer/python';
import type { Tree } from '@lezer/common';
import type { Token } from './tokenizer.js';
import { KEYWORDS } from './env.js';

type ParserConfig = Parameters<typeof parser.configure>[0];
type TokenizerSwap = NonNullable<ParserConfig['tokenizers']>[number];
type ExternalTokenizerT = TokenizerSwap['from'];

/**
 * @lezer/python recognises Python 2 `print x` statements through an external
 * tokenizer (the first one in its table).  Python 3 has no print statement,
 * and that tokenizer turns `print = f` into a print statement, so replace it
 * with one that never produces a token.
 */
function withoutLegacyPrint(): ParserConfig {
  const tokenizers = (parser as unknown as { tokenizers: readonly ExternalTokenizerT[] }).tokenizers;
  const legacyPrint = tokenizers[0];
  if (!legacyPrint) throw new Error('@lezer/python: unexpected tokenizer table');
  const Ctor = legacyPrint.constructor as new (fn: () => void, opts: object) => ExternalTokenizerT;
  return { strict: true, tokenizers: [{ from: legacyPrint, to: new Ctor(() => {}, {}) }] };
}

const strictParser = parser.configure(withoutLegacyPrint());

export interface Region {
  from: number;
  to: number;
  /** A decorator expression (rather than a `with` header). */
  decorator: boolean;
}

/**
 * Replace string and number tokens by lezer-friendly text of the same length.
 * Bare `yield` keywords (no operand), which @lezer/python does not accept,
 * become identifiers; the tree builder turns them back into Yield nodes.
 */
export function maskTokens(text: string, tokens: readonly Token[], bareYields: ReadonlySet<number>): string {
  const parts: string[] = [];
  let at = 0;
  let prev: Token | null = null;
  for (const t of tokens) {
    // A number glued to a previous number or name (`1.2.3`, `x.5`; always an
    // error) must not merge with it: make it a string so lezer stops there.
    const glued = t.type === 'NUMBER' && prev !== null && prev.end === t.start && t.end - t.start >= 2 &&
      (prev.type === 'NUMBER' || (prev.type === 'NAME' && !KEYWORDS.has(text.slice(prev.start, prev.end))));
    prev = t;
    if (glued) {
      parts.push(text.slice(at, t.start), '"' + 'x'.repeat(t.end - t.start - 2) + '"');
      at = t.end;
      continue;
    }
    const bare = bareYields.has(t.start);
    if (t.type !== 'STRING' && t.type !== 'NUMBER' && !bare) continue;
    const len = t.end - t.start;
    parts.push(text.slice(at, t.start));
    let mask: string;
    if (bare) mask = '_'.repeat(len);
    else if (t.type === 'STRING') mask = '"' + 'x'.repeat(len - 2) + '"';
    // `.5` keeps its dot so that `else.5` does not become one identifier
    else mask = text.charCodeAt(t.start) === 46 ? '.' + '1'.repeat(len - 1) : '1'.repeat(len);
    parts.push(mask);
    at = t.end;
  }
  if (at === 0) return text;
  parts.push(text.slice(at));
  return parts.join('');
}

/** Replace each region by an identifier (`_____`) of the same length. */
export function maskRegions(text: string, regions: readonly Region[]): string {
  if (regions.length === 0) return text;
  const parts: string[] = [];
  let at = 0;
  for (const r of regions) {
    parts.push(text.slice(at, r.from), '_'.repeat(r.to - r.from));
    at = r.to;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/**
 * `offset` must be added to every node position (and is already included in
 * `failPos`): range parses work on a slice of the document.
 */
export type LezerResult = { ok: true; tree: Tree; offset: number } | { ok: false; failPos: number };

function run(text: string, offset: number): LezerResult {
  try {
    return { ok: true, tree: strictParser.parse(text), offset };
  } catch (e) {
    const m = e instanceof SyntaxError ? /^No parse at (\d+)/.exec(e.message) : null;
    if (!m) throw e;
    return { ok: false, failPos: Number(m[1]) + offset };
  }
}

/** Parse a whole (masked) module. */
export function parseText(masked: string): LezerResult {
  return run(masked, 0);
}

/**
 * Parse [from, to) of a masked text as a module of its own.  The range must
 * start at a token (no leading whitespace), so lezer sees no indentation.
 */
export function parseRange(masked: string, from: number, to: number): LezerResult {
  return run(masked.slice(from, to), from);
}
