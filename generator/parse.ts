// defs text → syntax tree (ast.ts), with ohm-js. A syntax error becomes a located diagnostic
// naming what was expected; it never throws past `parseDefs`.
import { readFileSync } from "node:fs";
import * as ohm from "ohm-js";
import type { Annotation, Body, Definition, DefsFile, Loc, MacroPart, NameRef, StackEffect, StackItem } from "./ast.js";
import { type Diagnostic, errors, locAt } from "./diagnostics.js";
import { PROJECT_ROOT } from "./root.js";

const grammar = ohm.grammar(readFileSync(`${PROJECT_ROOT}/generator/grammar.ohm`, "utf8"));

export type ParseResult = { ok: true; file: DefsFile } | { ok: false; diagnostics: Diagnostic[] };

export function parseDefs(path: string, source: string): ParseResult {
  const match = grammar.match(source);
  if (match.failed()) {
    const offset = match.getRightmostFailurePosition();
    const expected = match.getExpectedText();
    return { ok: false, diagnostics: [errors.syntax(locAt(path, source, offset), expected)] };
  }
  const semantics = makeSemantics(path, source);
  const definitions = semantics(match).toDefinitions() as Definition[];
  return { ok: true, file: { path, source, definitions } };
}

function makeSemantics(path: string, source: string) {
  const s = grammar.createSemantics();
  const loc = (node: ohm.Node): Loc => locAt(path, source, node.source.startIdx);
  const items = (list: ohm.Node): ohm.Node[] => list.asIteration().children;

  s.addOperation("toDefinitions", {
    File(itemNodes, _end) {
      return itemNodes.children.map((c) => c.toDefinition());
    },
  });

  s.addOperation("toDefinition", {
    Item(docs, annos, def) {
      const doc = docs.children.map((d) => d.sourceString.slice(3).trim()).join(" ");
      const annotations = annos.children.map((a) => a.toAnnotation()) as Annotation[];
      return { ...def.toDefinition(), doc, annotations, loc: loc(def) };
    },
    Definition(d) {
      return d.toDefinition();
    },
    Inst(_k, _o, name, _c, effect, _cl, body) {
      return { kind: "inst", name: name.sourceString, nameLoc: loc(name), effect: effect.toEffect(), body: body.toBody() };
    },
    Op(_k, _o, name, _c, effect, _cl, body) {
      return { kind: "op", name: name.sourceString, nameLoc: loc(name), effect: effect.toEffect(), body: body.toBody() };
    },
    Macro(_k, _o, name, _c, _eq, parts, _semi) {
      return {
        kind: "macro",
        name: name.sourceString,
        nameLoc: loc(name),
        parts: items(parts).map((p) => p.toPart()),
      };
    },
    Super(_k, _o, name, _c, _eq, first, _plus, second, _semi) {
      return { kind: "super", name: name.sourceString, nameLoc: loc(name), first: first.toRef(), second: second.toRef() };
    },
    Family(_k, _o, name, _c, size, _cl, _eq, _ob, members, _trail, _cb, _semi) {
      return {
        kind: "family",
        name: name.sourceString,
        nameLoc: loc(name),
        cacheSize: Number(size.sourceString),
        members: items(members).map((m) => m.toRef()),
      };
    },
    Pseudo(_k, _o, name, _c, effect, _cl, _eq, _ob, targets, _trail, _cb, _semi) {
      return {
        kind: "pseudo",
        name: name.sourceString,
        nameLoc: loc(name),
        effect: effect.toEffect(),
        targets: items(targets).map((m) => m.toRef()),
      };
    },
    Label(_k, _o, name, _c, body) {
      return { kind: "label", name: name.sourceString, nameLoc: loc(name), body: body.toBody() };
    },
  });

  s.addOperation("toRef", {
    name(_s, _p) {
      return { name: this.sourceString, loc: loc(this) } satisfies NameRef;
    },
  });

  s.addOperation<MacroPart>("toPart", {
    MacroPart_cache(name, _slash, size) {
      const r: MacroPart = { kind: "cache", name: name.sourceString, size: Number(size.sourceString), loc: loc(this) };
      return r;
    },
    MacroPart_uop(name) {
      const r: MacroPart = { kind: "uop", name: name.sourceString, loc: loc(this) };
      return r;
    },
  });

  s.addOperation("toEffect", {
    StackEffect(_o, ins, _dash, outs, _c) {
      return {
        inputs: items(ins).map((i) => i.toItem()),
        outputs: items(outs).map((i) => i.toItem()),
        loc: loc(this),
      } satisfies StackEffect;
    },
  });

  s.addOperation<StackItem>("toItem", {
    StackItem_cache(name, _s, size) {
      const r: StackItem = { kind: "cache", name: name.sourceString, size: Number(size.sourceString), loc: loc(this) };
      return r;
    },
    StackItem_array(name, _o, size, _c) {
      const r: StackItem = { kind: "array", name: name.sourceString, size: size.sourceString.trim(), loc: loc(this) };
      return r;
    },
    StackItem_value(name) {
      const r: StackItem = { kind: "value", name: name.sourceString, loc: loc(this) };
      return r;
    },
  });

  s.addOperation("toAnnotation", {
    Annotation(name, arg) {
      const a = arg.children[0];
      const values: string[] = a ? a.children[1]!.asIteration().children.map((v: { sourceString: string }) => v.sourceString) : [];
      const numbers = values.filter((v) => /^\d+$/.test(v));
      return {
        name: name.sourceString,
        arg: numbers.length ? Number(numbers[0]) : undefined,
        names: values.filter((v) => !/^\d+$/.test(v)),
        loc: loc(this),
      } satisfies Annotation;
    },
  });

  s.addOperation("toBody", {
    body(_o, _parts, _c) {
      const start = this.source.startIdx + 1;
      return { text: source.slice(start, this.source.endIdx - 1), loc: locAt(path, source, start) } satisfies Body;
    },
  });

  return s;
}
