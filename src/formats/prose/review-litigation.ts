/**
 * review.total / litigation.total / litigation.upheld from prose: 行政复议 N 件, 行政诉讼 N 件, 行政复议…，诉讼 N 件,
 * 行政复议、行政诉讼案件为0件 (both 0), 行政诉讼 N 件，均已胜诉 (upheld = N), and explicit nil statements
 * (未发生/没有/未引起 … 行政复议、行政诉讼) → 0. A conditional (申请人可依法申请行政复议) or an exception (未经复议直接
 * 起诉 3 件) is not a nil statement. Silence is absence.
 */
import { pattern, proseRule } from '../../engine/prose.js';
import type { SentenceContext } from '../../engine/rule.js';
import { SECTION_MARKER, aboutDisclosure } from './topics.js';

// 维持具体行政行为 / 被依法纠错 / 其他情形 (the 2008 statistics' outcome words).
const OUTCOMES: ReadonlyArray<readonly [string, string]> = [
  ['upheld', '维持(?:具体行政行为|原具体行政行为|原行政行为|原决定|原答复)?(?:的|数)?'],
  ['corrected', '(?:被依法纠错|被纠错|依法纠错|纠错|被撤销|撤销)(?:的|数)?'],
  ['other', '其他情形(?:的|数)?'],
];

// 无 alone is too common a character (无法提供, 无论): only 无因…, 无发生…, 无涉及… open a nil statement.
const NIL = '(?:未|没有|均未|都没有|尚未|并未|从未|无(?=因|发生|涉及|相关))(?:发生|出现|引起|引发|收到|产生|发现|接到|有)?';
// Words that make a negated clause conditional, partial or about something else.
const NOT_A_NIL = /[可应如若将需要能否经]|其他|其它|另外|\d|[一二三四五六七八九十]+[件起宗个次]/u;

// A sentence that is only a nil (我镇2016年度无申请。): under a heading of reviews and lawsuits it says there were none.
const BARE_NIL = '^[^，,；;。]{0,12}?(?:无|没有)(?:任何)?(?:申请|案件)(?:发生)?[。；;]?$';
const underHeading = (word: RegExp) => (_m: RegExpExecArray, _q: unknown, ctx: SentenceContext): boolean =>
  word.test(ctx.entry.headings[ctx.entry.headings.length - 1]?.text ?? '');

const nilClause = (m: RegExpExecArray, _q: unknown, ctx: SentenceContext): boolean => {
  const gap = m.groups?.gap ?? '';
  // A section marker in the gap (…没有收费 五、因政府信息公开申请行政复议…) ends the statement before the keyword.
  if (NOT_A_NIL.test(gap) || SECTION_MARKER.test(gap)) return false;
  // The clause must state no count of its own (未经复议直接起诉3件).
  const clauseEnd = ctx.text.slice(m.index + m[0].length).search(/[，,；;。]/u);
  const rest = ctx.text.slice(m.index + m[0].length, clauseEnd < 0 ? undefined : m.index + m[0].length + clauseEnd);
  return !/\d+\s*[件起宗个例]/u.test(rest);
};

export const reviewAndLitigation = proseRule({
  id: 'prose/review-litigation',
  description: 'Administrative reviews and lawsuits about disclosure: totals, nil statements, 均已胜诉.',
  match: /复议|诉讼|无|没有/u,
  when: aboutDisclosure,
  patterns: [
    {
      key: 'review.total',
      re: pattern('(?<!不服|可|可以|可依法|依法申请|申请人可)行政复议(?:案件|案|申请)?(?:数量|数)?(?:共计|共|为)?{N}'),
    },
    { key: 'litigation.total', re: pattern('行政诉讼(?:案件)?(?:数量|数)?(?:共计|共|为)?{N}') },
    { key: 'litigation.total', re: pattern('行政复议[^。；;]{0,12}?[，,、](?:提起)?诉讼(?:案件)?{N}') },
    {
      key: 'review.total',
      alsoKeys: ['litigation.total'],
      re: pattern('行政复议(?:和|、|及|与)(?:行政)?诉讼(?:案件)?(?:数量|数)?(?:均为|均|为|都是|都为)?{N}'),
      accept: (_m, q) => q?.value === 0,
    },
    {
      // …行政复议和行政诉讼案件均为零 / 均为0 (no unit): both none.
      key: 'review.total',
      alsoKeys: ['litigation.total'],
      value: 0,
      re: pattern('行政复议(?:和|、|及|与)(?:行政)?诉讼(?:案件)?(?:数量|数)?(?:均为|均是|都为|都是)(?:零|0)(?![\\d.\\u4e00-\\u9fff])'),
    },
    { key: 'litigation.upheld', re: pattern('行政诉讼(?:案件)?{N}[，,]?(?:均已?|全部|都已?)胜诉') },
    // 2008-era outcomes, bound to the nearest 行政复议 or 行政诉讼 before them in the sentence (never across the other).
    ...OUTCOMES.flatMap(([outcome, words]) => [
      { key: `review.${outcome}`, re: pattern(`行政复议(?:(?!诉讼)[^。；;]){0,40}?(?:${words}){N}`) },
      { key: `litigation.${outcome}`, re: pattern(`行政诉讼(?:(?!复议)[^。；;]){0,40}?(?:${words}){N}`) },
    ]),
    { key: 'review.upheld', re: pattern('行政复议(?:案件)?{N}[，,]?(?:均|全部|都)(?:被|已|获)?维持') },
    {
      key: 'review.total',
      value: 0,
      re: pattern(`${NIL}(?<gap>[^，,；;。]{0,30}?)行政复议`),
      accept: nilClause,
    },
    {
      key: 'litigation.total',
      value: 0,
      re: pattern(`${NIL}(?<gap>[^，,；;。]{0,40}?)行政诉讼`),
      accept: nilClause,
    },
    { key: 'review.total', value: 0, re: pattern(BARE_NIL), accept: underHeading(/行政复议/u) },
    { key: 'litigation.total', value: 0, re: pattern(BARE_NIL), accept: underHeading(/行政诉讼/u) },
    {
      // 未发生因政府信息公开引起的复议、诉讼: the pair without 行政 still names both.
      key: 'review.total',
      alsoKeys: ['litigation.total'],
      value: 0,
      re: pattern(`${NIL}(?<gap>[^，,；;。]{0,30}?)(?<!行政)复议(?:和|、|及|与|或)(?:提起)?诉讼`),
      accept: nilClause,
    },
  ],
  examples: [
    { input: '因依申请公引起行政诉讼2件，均已胜诉；未引起行政复议。', expect: { 'litigation.total': 2, 'litigation.upheld': 2, 'review.total': 0 } },
    { input: '因依申请公开引发行政复议1450件，行政诉讼1871件。', expect: { 'review.total': 1450, 'litigation.total': 1871 } },
    { input: '2016年，贵安新区未出现因政务信息公开申请行政复议、提起行政诉讼的情况。', expect: { 'review.total': 0, 'litigation.total': 0 } },
    { input: '信息公开类行政复议、行政诉讼案件为0件。', expect: { 'review.total': 0, 'litigation.total': 0 } },
    { input: '全年无因政府信息公开申请引起的行政复议和行政诉讼。', expect: { 'review.total': 0, 'litigation.total': 0 } },
    { input: '对无法提供的申请，告知申请人可依法申请行政复议。', expect: { 'review.total': null } },
    { input: '因政府信息公开申请行政复议和行政诉讼案件均为零。', expect: { 'review.total': 0, 'litigation.total': 0 } },
    { input: '对政府信息公开答复不服的，申请人可依法申请行政复议或提起行政诉讼。', expect: { 'review.total': null, 'litigation.total': null } },
    { input: '政府信息公开方面，除上述案件外，未发生其他行政复议。', expect: { 'review.total': null } },
    { input: '政府信息公开方面，未经复议直接提起行政诉讼3件。', expect: { 'litigation.total': 3 } },
    { input: '本年度未发生因政府信息公开引起的复议、诉讼。', expect: { 'review.total': 0, 'litigation.total': 0 } },
    { input: '政府信息公开方面，申请人未经复议、诉讼，直接向本机关投诉2件。', expect: { 'review.total': null, 'litigation.total': null } },
    { input: '因政府信息公开申请的行政复议案0件。', expect: { 'review.total': 0 } },
    { input: '依申请公开没有收费 五、因政府信息公开申请行政复议的情况', expect: { 'review.total': null } },
    {
      input: '全年发生政府信息公开行政复议3件，其中维持具体行政行为2件，被依法纠错1件。',
      expect: { 'review.total': 3, 'review.upheld': 2, 'review.corrected': 1, 'litigation.upheld': null },
    },
    { input: '政府信息公开行政复议2件、行政诉讼1件，其中行政诉讼维持具体行政行为1件。', expect: { 'litigation.upheld': 1, 'review.upheld': null } },
  ],
});
