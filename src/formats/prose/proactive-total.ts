/**
 * proactive.total: 主动公开(各类)政府信息 N 条. A sentence that lists counts per channel (门户网站公开…N条，政府公报
 * 公开…N条) states no total and binds nothing; nor does a part (其中…).
 */
import { clauseBefore, PARTIAL_SUBJECT, pattern, proseRule, statesWhole } from '../../engine/prose.js';
import type { SentenceContext } from '../../engine/rule.js';
import { SPANS_YEARS } from './topics.js';

const PER_ITEM = /(?<!申请|不予|部分|予以)公开(?:各类)?(?:政府|政务)?(?:工作)?(?:信息)?(?:数|数量)?(?:为|共)?(?:近|约)?\d/gu;

// Running totals (累计主动公开…1568条) are not the year's figure; nor is 截至…已主动公开 (as of a date, already
// published); 截至年底，全年共主动公开… is.
const AS_OF = /截至|截止/u;
const ALREADY = /已(?:经)?(?:主动)?公开/u;
// 其中2018年度…: the year's part of a running total is the year's own figure.
const YEAR_PART = /^其中(?<y>(?:19|20)\d{2})年/u;

/** The clause speaks of the whole year: not a part (其中, 本级), unless the part is the report year itself. */
function wholeYear(text: string, at: number, year: number | undefined): boolean {
  const clause = clauseBefore(text, at);
  if (SPANS_YEARS.test(clause) || (ALREADY.test(clause) && AS_OF.test(text.slice(0, at)))) return false;
  if (statesWhole(text, at)) return true;
  const part = YEAR_PART.exec(clause.trim());
  return part !== null && year !== undefined && Number(part.groups?.y) === year && !PARTIAL_SUBJECT.test(clause.slice(part[0].length));
}

const isTotal = (m: RegExpExecArray, _q: unknown, ctx: SentenceContext): boolean => {
  if (!wholeYear(ctx.text, m.index + m[0].length - (m.groups?.n?.length ?? 0), ctx.doc.facts.year)) return false;
  // Several per-channel counts in one sentence (门户网站…N条，政府公报…N条) are a breakdown with no total; parts
  // introduced by 其中/本级 do not make a list.
  let listed = 0;
  PER_ITEM.lastIndex = 0;
  for (let item = PER_ITEM.exec(ctx.text); item; item = PER_ITEM.exec(ctx.text)) {
    if (statesWhole(ctx.text, item.index)) listed++;
  }
  return listed < 2;
};

export const proactiveTotal = proseRule({
  id: 'prose/proactive-total',
  description: 'The number of items of information published proactively, stated as one total.',
  // Every pattern reads 主动公开 or 共/累计公开.
  match: /主动公开|共公开|计公开/u,
  patterns: [
    {
      key: 'proactive.total',
      units: ['条', '件'],
      re: pattern('主动公开(?:各类|各项)?(?:政府|政务)?(?:工作)?信息(?:数|数量|总数)?(?:共计|共|达|为)?{N}'),
      accept: isTotal,
    },
    {
      key: 'proactive.total',
      units: ['条', '件'],
      re: pattern('(?:共|累计)(?:主动)?公开(?:各类)?(?:政府|政务)信息{N}'),
      accept: isTotal,
    },
  ],
  examples: [
    { input: '主动公开政府信息1640条，受理并办理依申请公开78件。', expect: { 'proactive.total': 1640 } },
    { input: '年内，我局在网站累计主动公开政府信息1568条，其中2018年度我局共主动公开政府信息181条。', year: 2018, expect: { 'proactive.total': 181 } },
    { input: '截至2009年12月底，本部已主动公开政府信息8400多条。', year: 2009, expect: { 'proactive.total': null } },
    { input: '截至12月31日，全年共主动公开政府信息320条。', year: 2009, expect: { 'proactive.total': 320 } },
    { input: '其中2017年度主动公开政府信息181条。', year: 2018, expect: { 'proactive.total': null } },
    { input: '2017年，委门户网各类栏目主动公开信息4480余条。', expect: { 'proactive.total': 4480 } },
    {
      input: '通过各大平台主动公开政务信息数147条，政府公报公开政务信息数32条，门户网站公开政务信息数7576条。',
      expect: { 'proactive.total': null },
    },
    { input: '主动公开政府信息66551条，其中，市本级公开政府信息31339余条。', expect: { 'proactive.total': 66551 } },
    { input: '通过政府网站主动公开政府信息800条，通过政府公报公开50条。', expect: { 'proactive.total': null } },
  ],
});
