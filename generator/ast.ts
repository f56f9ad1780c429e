// The DSL's syntax tree: what `parse.ts` produces from `defs/*.def`, before any analysis.
// Closed, `kind`-tagged unions; positions are kept on everything a diagnostic may point at.

/** A position in a defs file: 1-based line and column, 0-based offset. */
export interface Loc {
  readonly file: string;
  readonly line: number;
  readonly col: number;
  readonly offset: number;
}

export type StackItem =
  | { readonly kind: "value"; readonly name: string; readonly loc: Loc }
  | { readonly kind: "array"; readonly name: string; readonly size: string; readonly loc: Loc }
  | { readonly kind: "cache"; readonly name: string; readonly size: number; readonly loc: Loc };

export interface StackEffect {
  readonly inputs: readonly StackItem[];
  readonly outputs: readonly StackItem[];
  readonly loc: Loc;
}

export interface Annotation {
  readonly name: string;
  readonly arg: number | undefined;
  /** Uop names given as arguments (`branch(_A, _B)`). */
  readonly names: readonly string[];
  readonly loc: Loc;
}

/** Raw TypeScript statements between a definition's braces; `loc` is the first character after `{`. */
export interface Body {
  readonly text: string;
  readonly loc: Loc;
}

export interface NameRef {
  readonly name: string;
  readonly loc: Loc;
}

export type MacroPart =
  | { readonly kind: "uop"; readonly name: string; readonly loc: Loc }
  | { readonly kind: "cache"; readonly name: string; readonly size: number; readonly loc: Loc };

interface Common {
  readonly name: string;
  readonly loc: Loc;
  readonly nameLoc: Loc;
  readonly doc: string;
  readonly annotations: readonly Annotation[];
}

export type Definition =
  | (Common & { readonly kind: "inst"; readonly effect: StackEffect; readonly body: Body })
  | (Common & { readonly kind: "op"; readonly effect: StackEffect; readonly body: Body })
  | (Common & { readonly kind: "macro"; readonly parts: readonly MacroPart[] })
  | (Common & { readonly kind: "super"; readonly first: NameRef; readonly second: NameRef })
  | (Common & { readonly kind: "family"; readonly cacheSize: number; readonly members: readonly NameRef[] })
  | (Common & { readonly kind: "pseudo"; readonly effect: StackEffect; readonly targets: readonly NameRef[] })
  | (Common & { readonly kind: "label"; readonly body: Body });

export interface DefsFile {
  readonly path: string;
  readonly source: string;
  readonly definitions: readonly Definition[];
}
