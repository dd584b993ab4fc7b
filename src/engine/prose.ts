/**
 * Prose rules as data: regular expressions over one normalised sentence in which `{N}` stands for a number token.
 * A match binds only when the number it captured is exactly one token of the quantity grammar (so 2017年 or
 * 55% can never be read as a count), its unit is one the key allows, and the rule's guards agree.
 *
 * Pattern hygiene (linear time): gaps are bounded (`{GAP}` = at most 16 characters that do not end a clause), no
 * quantifier is nested over the same characters, and CJK boundaries are explicit look-arounds, never \b or \W.
 */
import type { Quantity } from '../text/quantities.js';
import { UNITS } from '../text/quantities.js';
import { type RuleExample, type RuleMatch, type SentenceContext, type SentenceRule, defineRule } from './rule.js';

const UNIT_ALT = UNITS.join('|');
const QUANTITY_SOURCE =
  String.raw`(?:近|约|大约|超过|逾)?(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:万|亿)?(?:余|多)?(?:${UNIT_ALT}|%)?(?:左右)?` +
  String.raw`|(?:近|约|大约|超过|逾)?[零〇○一二两三四五六七八九十百千万亿]{1,24}(?:余|多)?(?:${UNIT_ALT})(?:左右)?`;

/** Characters that end a clause: a gap never crosses them. */
export const CLAUSE_END = '，,；;。！？!?:：';

/**
 * Build a sentence pattern. Placeholders: `{N}` a number token (captured as `n`), `{GAP}` up to 16 characters inside
 * the clause, `{GAP:k}` up to k.
 */
export function pattern(source: string): RegExp {
  const expanded = source
    .replace(/\{N\}/g, `(?<n>${QUANTITY_SOURCE})`)
    .replace(/\{GAP(?::(\d+))?\}/g, (_, k: string | undefined) => `[^${CLAUSE_END}]{0,${k ?? 16}}?`);
  return new RegExp(expanded, 'gdu');
}

/**
 * Rank of prose findings: lower wins among sources for one key, so a standard-table cell (rank 0) is kept over a
 * prose statement of the same figure, and the difference is reported.
 */
export const PROSE_PRIORITY = 10;

/** Units that count requests, cases and items (件/条/份/宗/次/起/个/项/例). */
export const COUNT_UNITS: readonly string[] = ['件', '条', '份', '宗', '次', '起', '个', '项', '例'];

export interface ProsePattern {
  /** The key bound to the number (or to `value`). */
  readonly key: string;
  /** Further keys the same statement binds (行政复议、行政诉讼案件为0件 → both). */
  readonly alsoKeys?: readonly string[];
  readonly re: RegExp;
  /** A value stated in words (未发生…行政复议 → 0); the pattern then needs no `{N}`. */
  readonly value?: number;
  /** Units the number may carry; default COUNT_UNITS. `allowNoUnit` accepts a bare number. */
  readonly units?: readonly string[];
  readonly allowNoUnit?: boolean;
  /** Turn the number into the key's value (money into 元); null rejects it. Default: the number as written. */
  readonly convert?: (q: Quantity) => number | null;
  /** Rank among sources for the key (default PROSE_PRIORITY; higher loses to any other statement). */
  readonly priority?: number;
  /** Accept only when this holds for the match (e.g. the value must be 0). */
  readonly accept?: (match: RegExpExecArray, q: Quantity | undefined, ctx: SentenceContext) => boolean;
}

export interface ProseRuleDefinition {
  readonly id: string;
  readonly description: string;
  readonly patterns: readonly ProsePattern[];
  /** Cheap pre-filter over the sentence. */
  readonly match?: RegExp;
  /** Topic guard: the sentence (or its context) must be about this rule's subject. */
  readonly when?: (ctx: SentenceContext) => boolean;
  readonly examples?: readonly RuleExample[];
}

function acceptQuantity(q: Quantity, p: ProsePattern): boolean {
  if (q.kind === 'percent' || q.value < 0) return false;
  if (!q.integer && !p.convert) return false;
  if (q.unit === undefined) return p.allowNoUnit === true;
  return (p.units ?? COUNT_UNITS).includes(q.unit);
}

/** Make a sentence rule from patterns. */
export function proseRule(definition: ProseRuleDefinition): SentenceRule {
  const keys = [...new Set(definition.patterns.flatMap((p) => [p.key, ...(p.alsoKeys ?? [])]))];
  return defineRule({
    id: definition.id,
    scope: 'sentence',
    keys,
    ...(definition.match ? { match: definition.match } : {}),
    patterns: definition.patterns.map((p) => p.re),
    meta: { description: definition.description, ...(definition.examples ? { examples: definition.examples } : {}) },
    extract: (ctx) => readSentence(definition, ctx),
  });
}

const NONE: readonly RuleMatch[] = Object.freeze([]);

function readSentence(definition: ProseRuleDefinition, ctx: SentenceContext): readonly RuleMatch[] {
  // The patterns the sentence's words allow, first: where none can match, the topic guard need not run.
  const { patterns } = definition;
  const may = ctx.patternsMay ?? (ctx.mayMatch ? patterns.map((p) => ctx.mayMatch!(p.re)) : undefined);
  if (may && !may.includes(true)) return NONE;
  if (definition.when && !definition.when(ctx)) return NONE;
  const out: RuleMatch[] = [];
  for (let i = 0; i < patterns.length; i++) if (!may || may[i]) readPattern(patterns[i]!, ctx, out);
  return out;
}

/** Every match of one pattern in the sentence that binds a value, into `out`. */
function readPattern(p: ProsePattern, ctx: SentenceContext, out: RuleMatch[]): void {
  const { re } = p;
  re.lastIndex = 0;
  for (let m = re.exec(ctx.text); m; m = re.exec(ctx.text)) {
    if (m[0].length === 0) re.lastIndex++;
    else bind(p, m, ctx, out);
  }
}

/** The match's value for the pattern's keys, when its number is one the pattern accepts. */
function bind(p: ProsePattern, m: RegExpExecArray, ctx: SentenceContext, out: RuleMatch[]): void {
  let value: number;
  let q: Quantity | undefined;
  if (p.value !== undefined) value = p.value;
  else {
    const at = m.indices?.groups?.n;
    if (!at) return;
    q = ctx.view.quantityAt(at[0], at[1]);
    if (!q || !acceptQuantity(q, p)) return;
    const converted = p.convert ? p.convert(q) : q.value;
    if (converted === null) return;
    value = converted;
  }
  if (p.accept && !p.accept(m, q, ctx)) return;
  const from = m.index;
  const to = m.index + m[0].length;
  // A value stated in words is keyed by its keyword, the end of the match (未收到…投诉及…行政诉讼: two statements
  // from one 未, neither dropped as a second reading of the other).
  const numberAt = q ? q.numberStart : to - 1;
  const priority = p.priority ?? PROSE_PRIORITY;
  out.push(proseMatch(p.key, value, ctx, from, to, numberAt, q, priority));
  if (p.alsoKeys) for (const key of p.alsoKeys) out.push(proseMatch(key, value, ctx, from, to, numberAt, q, priority));
}

/** One match object literal per shape (with or without a unit), its fields in one order. */
function proseMatch(
  key: string,
  value: number,
  ctx: SentenceContext,
  from: number,
  to: number,
  numberAt: number,
  q: Quantity | undefined,
  priority: number,
): RuleMatch {
  const approximate = q?.approximate ?? false;
  return q?.unit
    ? { key, value, view: ctx.view, from, to, numberAt, approximate, unit: q.unit, priority }
    : { key, value, view: ctx.view, from, to, numberAt, approximate, priority };
}

// CLAUSE_END by code unit: the walk back over a clause reads codes, not one-character strings.
const ENDS_CLAUSE = new Uint8Array(0x10000);
for (const ch of CLAUSE_END) ENDS_CLAUSE[ch.charCodeAt(0)] = 1;

/** The text of the clause in which `at` stands, from the clause start up to `at`. */
export function clauseBefore(text: string, at: number): string {
  let i = at;
  while (i > 0 && ENDS_CLAUSE[text.charCodeAt(i - 1)] === 0) i--;
  return text.slice(i, at);
}

/** A clause that states a part, not the whole (其中, 市本级, 各地 …): totals must not be read from it. */
export const PARTIAL_SUBJECT = /其中|本级|各地|各部门|省级部门|市级部门|分别|下属|各县|各乡镇/u;

/**
 * A running or multi-year total (累计, 历年, 近3年, …以来) is not the year's figure: 截止2016年12月31日，我局累计主动公开…;
 * 近3年共受理申请2件. A clause that names the year's own running total (全年累计, 本年度累计) still states the year.
 */
const CUMULATIVE = /累计|历年|近(?:\d{1,2}|[两二三四五六七八九十])年|以来|至今/u;
// What makes a running total the year's own: 全年累计, or a sentence that opens with the year (2012年，全局累计…),
// unless it counts up to a date or over several years (截止2016年12月31日…累计).
const YEAR_RUNNING_TOTAL = /(?:全年|本年度?|今年|年度内)累计/u;
const OPENS_WITH_YEAR = /^(?:(?:19|20)\d{2}|[一二][〇○零一二三四五六七八九]{3})年度?[，,]/u;
const BEYOND_THE_YEAR = /截止|截至|历年|近(?:\d{1,2}|[两二三四五六七八九十])年|以来|至今/u;

const OPEN_PART_LIST = /^[(（]\s*其中/u;

/** True when `at` stands inside a parenthesised part list: 共…2602条(其中机构职能类信息82条，…其他1053条). */
function insidePartList(text: string, at: number): boolean {
  let depth = 0;
  for (let i = at - 1; i >= 0 && at - i <= 400; i--) {
    const code = text.charCodeAt(i);
    if (code === 0x29 || code === 0xff09) depth++; // ) ）
    else if (code === 0x28 || code === 0xff08) {
      // ( （
      if (depth === 0) return OPEN_PART_LIST.test(text.slice(i, i + 4));
      depth--;
    }
  }
  return false;
}

/** True when the clause around `at` speaks of the whole, not of a part, nor of more than the year. */
export function statesWhole(text: string, at: number): boolean {
  const clause = clauseBefore(text, at);
  if (PARTIAL_SUBJECT.test(clause)) return false;
  if (insidePartList(text, at)) return false;
  // The match itself may open with the cumulative word (累计公开政府信息…).
  const lead = clause + text.slice(at, at + 2);
  if (!CUMULATIVE.test(lead) || YEAR_RUNNING_TOTAL.test(lead)) return true;
  const before = text.slice(0, at);
  return OPENS_WITH_YEAR.test(before) && !BEYOND_THE_YEAR.test(before);
}

/** A pattern `accept` for totals: the match's clause must not be about a part. */
export const acceptWhole = (m: RegExpExecArray, _q: Quantity | undefined, ctx: SentenceContext): boolean =>
  statesWhole(ctx.text, m.index);

/** True when the sentence, or the one before it in the paragraph, matches `re`. */
export function aboutTopic(ctx: SentenceContext, re: RegExp): boolean {
  return re.test(ctx.text) || (ctx.entry.previous !== undefined && re.test(ctx.entry.previous.text));
}
