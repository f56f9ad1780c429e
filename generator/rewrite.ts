// Expands special forms (DEOPT_IF(...), JUMPBY(...), ...) in body text into a target's control
// flow. Bodies were type-checked already, so a small scanner that respects strings, comments
// and nested parentheses is enough; the replacement text is supplied by each emitter.

export type Expander = (name: string, args: string) => string | undefined;

const FORM = /\b(DEOPT_IF|EXIT_IF|ERROR_IF|ERROR_NO_POP|JUMPBY|CHECK_EVAL_BREAKER|REDISPATCH|SET_CACHE|PUSH_FRAME|POP_FRAME|YIELD|RUN_EXECUTOR|JUMP_TO_TOP|THIS_INSTR)\b/g;

/** Replaces every special form in `text`; `expand` returns the replacement (for the whole call). */
export function expandForms(text: string, expand: Expander): string {
  let out = "";
  let i = 0;
  while (i < text.length) {
    const skip = skipNonCode(text, i);
    if (skip > i) {
      out += text.slice(i, skip);
      i = skip;
      continue;
    }
    FORM.lastIndex = i;
    const m = FORM.exec(text);
    if (!m || m.index !== i || (i > 0 && /[\w$.]/.test(text[i - 1]!))) {
      out += text[i];
      i++;
      continue;
    }
    const name = m[1]!;
    let j = i + name.length;
    if (name === "THIS_INSTR") {
      out += expand(name, "") ?? name;
      i = j;
      continue;
    }
    while (/\s/.test(text[j] ?? "")) j++;
    if (text[j] !== "(") {
      out += name;
      i += name.length;
      continue;
    }
    const close = matchParen(text, j);
    const args = text.slice(j + 1, close);
    let end = close + 1;
    // Swallow the statement's `;` so expansions may be blocks.
    let k = end;
    while (text[k] === " " || text[k] === "\t") k++;
    if (text[k] === ";") end = k + 1;
    out += expand(name, expandForms(args, expand)) ?? text.slice(i, end);
    i = end;
  }
  return out;
}

function skipNonCode(text: string, i: number): number {
  const c = text[i];
  if (c === "/" && text[i + 1] === "/") {
    const e = text.indexOf("\n", i);
    return e < 0 ? text.length : e;
  }
  if (c === "/" && text[i + 1] === "*") {
    const e = text.indexOf("*/", i + 2);
    return e < 0 ? text.length : e + 2;
  }
  if (c === '"' || c === "'" || c === "`") {
    let j = i + 1;
    while (j < text.length && text[j] !== c) j += text[j] === "\\" ? 2 : 1;
    return j + 1;
  }
  return i;
}

function matchParen(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; ) {
    const skip = skipNonCode(text, i);
    if (skip > i) {
      i = skip;
      continue;
    }
    if (text[i] === "(") depth++;
    else if (text[i] === ")" && --depth === 0) return i;
    i++;
  }
  return text.length;
}

/** Removes the common indentation of a body so it can be re-indented in the output. */
export function dedent(text: string): string {
  const lines = text.replace(/^\s*\n/, "").replace(/\s+$/, "").split("\n");
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => l.match(/^ */)![0].length));
  return lines.map((l) => l.slice(Number.isFinite(indent) ? indent : 0)).join("\n");
}
