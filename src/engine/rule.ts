/**
 * Rules: data plus one small function. A rule declares the node scope it reads and the keys it may emit; the engine
 * owns the loop, the absolute offsets and the provenance. `meta.examples` are run as tests.
 */
import type { Certainty } from '../schema/report.js';
import type { Table } from '../tree/types.js';
import type { Span } from './finding.js';
import type { DocumentView, SentenceEntry } from './document-view.js';
import type { TextView } from './text-view.js';

interface RuleMatchBase {
  readonly key: string;
  readonly value: number | string;
  readonly certainty?: Certainty;
  readonly approximate?: boolean;
  readonly unit?: string;
  /** Lower wins when candidates for one key compete (meta rules rank their sources this way). */
  readonly priority?: number;
}

/** A value found at `[from, to)` of `view`'s normalised text. */
export interface ViewMatch extends RuleMatchBase {
  readonly view: TextView;
  readonly from: number;
  readonly to: number;
  /** Where the number itself stands (for overlap resolution); defaults to `from`. */
  readonly numberAt?: number;
}

/** A value found at absolute source offsets (rules that read raw lines or table cells). */
export interface SourceMatch extends RuleMatchBase {
  readonly source: Span;
  /** Absolute offset of the number itself; defaults to `source.start`. */
  readonly numberAt?: number;
}

/** What a rule reports: a value for a key and where the text states it. */
export type RuleMatch = ViewMatch | SourceMatch;

/** Lets a rule say why it left something out (coded warnings with places). */
export interface RuleReporter {
  warn(code: string, reason: string, at?: Span, details?: { readonly actual?: string; readonly expected?: readonly string[] }): void;
}

/** An input/expected pair that documents the rule and is run as a test. */
export interface RuleExample {
  readonly input: string;
  /** Expected values by key; `null` means the key must not be emitted. */
  readonly expect: Readonly<Record<string, number | string | null>>;
  /** Document context the example assumes (report year). */
  readonly year?: number;
}

export interface RuleMeta {
  readonly description: string;
  readonly examples?: readonly RuleExample[];
}

export interface SentenceContext {
  readonly view: TextView;
  readonly text: string;
  readonly entry: SentenceEntry;
  readonly doc: DocumentView;
  /**
   * False when `re`, one of the rule's declared `patterns`, cannot match this sentence: a word every match of it
   * contains is absent (the engine's one scan of the sentence for all rules). True for expressions not declared.
   */
  readonly mayMatch?: (re: RegExp) => boolean;
  /** `mayMatch` of each of the rule's declared `patterns`, in their order, answered once by the engine. */
  readonly patternsMay?: readonly boolean[];
}

export interface TableContext {
  readonly table: Table;
  readonly doc: DocumentView;
  readonly view: (cell: Table['children'][number]['children'][number]) => TextView;
}

interface RuleBase {
  readonly id: string;
  readonly keys: readonly string[];
  readonly meta: RuleMeta;
}

export interface SentenceRule extends RuleBase {
  readonly scope: 'sentence';
  /** Cheap pre-filter on the normalised sentence text; the rule runs only where it matches. */
  readonly match?: RegExp;
  /**
   * The expressions the rule runs over a sentence. The engine derives the words each needs (src/engine/prefilter.ts)
   * and answers `ctx.mayMatch(re)` from one scan of the sentence shared by all rules; the words of `match` are
   * checked the same way before the expression itself runs.
   */
  readonly patterns?: readonly RegExp[];
  readonly extract: (ctx: SentenceContext) => readonly RuleMatch[];
}

export interface TableRule extends RuleBase {
  readonly scope: 'table';
  readonly extract: (ctx: TableContext) => readonly RuleMatch[];
}

export interface DocumentRule extends RuleBase {
  readonly scope: 'document';
  readonly extract: (doc: DocumentView, report: RuleReporter) => readonly RuleMatch[];
}

export type Rule = SentenceRule | TableRule | DocumentRule;

const RULE_ID = /^[a-z0-9][a-z0-9-]*\/[a-z0-9][a-z0-9-]*$/;

/** Define a rule; validates its id and freezes it. */
export function defineRule<R extends Rule>(rule: R): R {
  if (!RULE_ID.test(rule.id)) throw new TypeError(`rule id "${rule.id}" must look like "set/rule-name"`);
  if (rule.keys.length === 0) throw new TypeError(`rule "${rule.id}" declares no keys`);
  return Object.freeze(rule);
}
