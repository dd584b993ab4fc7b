/**
 * proactive.total: 主动公开(各类)政府信息 N 条. A sentence that lists counts per channel (门户网站公开…N条，政府公报
 * 公开…N条) states no total and binds nothing; nor does a part (其中…).
 */
import { aboutTopic, clauseBefore, PARTIAL_SUBJECT, pattern, proseRule, statesWhole } from '../../engine/prose.js';
import type { SentenceContext } from '../../engine/rule.js';

const PER_ITEM = /(?<!申请|不予|部分|予以)公开(?:各类)?(?:政府|政务)?(?:工作)?(?:信息)?(?:数|数量)?(?:为|共)?(?:近|约)?\d/gu;

// Running totals are not the year's figure: 历年 / 近3年 always; 累计 or 已…公开 when the sentence dates them
// (截至2016年12月31日…累计主动公开…) or gives the year's part after them (…累计…1568条，其中2018年度…181条).
// 2012年，全局累计主动公开政府信息12条 is the year's sum; 截至年底，全年共主动公开… is the year's total.
// (statesWhole rules out 历年 / 近3年 / 截至…累计 already; these are the cases it leaves to this rule.)
const AS_OF = /截至|截止/u;
const RUNNING = /(?<!全年|本年)累计/u;
const ALREADY = /已(?:经)?(?:主动)?公开/u;
const YEAR_PART_AFTER = /其中(?:19|20)\d{2}年/u;
// 其中2018年度…: the year's part of a running total is the year's own figure.
const YEAR_PART = /^其中(?<y>(?:19|20)\d{2})年/u;
// 制作、获取政府信息总数20条，其中主动公开政府信息20条: the 其中 divides all information made into proactive,
// on request and withheld; the proactive part is the proactive total.
const MADE_WHOLE = /(?:制作|获取)(?:、获取)?(?:的)?(?:政府)?信息(?:总数|总量)?(?:为|共)?\d/u;
// A qualifier that names a kind of information or a part (人事类, 涉及民生的, 本级), not who published.
const KIND_OR_PART = /类|的|性|方面|领域|其中|本级|部门|下属|各县|各乡镇|[县区市]直|[和及与、中等]|申请/u;
// Parts named by their units (区直、县直各单位主动公开…) in a sentence of their own.
const UNIT_PARTS = /各单位|各科室|各处室|[县区市]直/u;

/** The clause speaks of the whole year: not a part (其中, 本级), unless the part is the report year itself. */
function wholeYear(text: string, at: number, year: number | undefined): boolean {
  const clause = clauseBefore(text, at);
  const before = text.slice(0, at);
  if (UNIT_PARTS.test(clause)) return false;
  if ((RUNNING.test(clause) || ALREADY.test(clause)) && (AS_OF.test(before) || YEAR_PART_AFTER.test(text.slice(at)))) return false;
  const trimmed = clause.trim();
  const part = YEAR_PART.exec(trimmed);
  if (part) return year !== undefined && Number(part.groups?.y) === year && !PARTIAL_SUBJECT.test(trimmed.slice(part[0].length));
  if (/^其中/u.test(trimmed) && MADE_WHOLE.test(before.slice(0, before.length - clause.length))) {
    return !PARTIAL_SUBJECT.test(trimmed.slice(2));
  }
  return statesWhole(text, at) && !/^其中/u.test(before);
}

// …公开办主动公开信息数为1713条，其他主动公开信息量较大部门是…: the figure is one unit's among others.
const OTHER_UNITS = /其他[^，,；;。]{0,12}?(?:部门|单位|乡镇|机关)/u;

// The last item of a category list (其中，机构职能类信息25条，…，其他应主动公开政府信息856条) names 其他: a part.
const OTHER_ITEM = /其他/u;

const isTotal = (m: RegExpExecArray, _q: unknown, ctx: SentenceContext): boolean => {
  if (OTHER_UNITS.test(ctx.text) || OTHER_ITEM.test(clauseBefore(ctx.text, m.index))) return false;
  if (!wholeYear(ctx.text, m.indices?.groups?.n?.[0] ?? m.index, ctx.doc.facts.year)) return false;
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
  // Every pattern reads 公开, 公布 or 发布.
  match: /公开|公布|发布/u,
  patterns: [
    {
      // 主动公开信息的有5条 too.
      key: 'proactive.total',
      units: ['条', '件'],
      re: pattern('主动公开(?:了)?(?:各类|各项)?(?:政府|政务)?(?:工作)?信息(?:的)?(?:数|数量|总数)?(?:共计|共|达|为|有)?{N}'),
      accept: isTotal,
    },
    {
      // A qualifier before 政府信息 (主动公开公安政府信息, 主动公开我区各级单位政府信息): who published, not a kind.
      key: 'proactive.total',
      units: ['条', '件'],
      re: pattern('主动公开(?<qualifier>[^，,；;。:：\\d]{2,8}?)(?:政府|政务)信息(?:共计|共|达|为)?{N}'),
      accept: (m, q, ctx) => !KIND_OR_PART.test(m.groups?.qualifier ?? '') && isTotal(m, q, ctx),
    },
    {
      key: 'proactive.total',
      units: ['条', '件'],
      re: pattern('(?:共|累计)(?:主动)?(?:公开|公布)(?:各类)?(?:政府|政务)信息{N}'),
      accept: isTotal,
    },
    {
      // 全年公开356条政务信息: the number before the noun.
      key: 'proactive.total',
      units: ['条', '件'],
      re: pattern('(?:主动|(?<!申请|不予|部分|予以))(?:公开|公布)(?:了)?{N}(?:各类)?(?:政府|政务)信息'),
      accept: isTotal,
    },
    {
      // 全年發布各類信息247條: 发布 stands for 公开 only where the sentence, the one before or the heading speaks of
      // 主动公开.
      key: 'proactive.total',
      units: ['条', '件'],
      re: pattern('(?:全年|本年度?)(?:共)?(?:发布|公开|公布)各类(?:政府|政务)?信息(?:共)?{N}'),
      accept: (m, q, ctx) =>
        (aboutTopic(ctx, /主动公开/u) || /主动公开/u.test(ctx.entry.headings[ctx.entry.headings.length - 1]?.text ?? '')) && isTotal(m, q, ctx),
    },
  ],
  examples: [
    { input: '主动公开政府信息1640条，受理并办理依申请公开78件。', expect: { 'proactive.total': 1640 } },
    { input: '年内，我局在网站累计主动公开政府信息1568条，其中2018年度我局共主动公开政府信息181条。', year: 2018, expect: { 'proactive.total': 181 } },
    { input: '截至2009年12月底，本部已主动公开政府信息8400多条。', year: 2009, expect: { 'proactive.total': null } },
    { input: '截至12月31日，全年共主动公开政府信息320条。', year: 2009, expect: { 'proactive.total': 320 } },
    { input: '其中2017年度主动公开政府信息181条。', year: 2018, expect: { 'proactive.total': null } },
    { input: '截止2016年12月31日，我局累计主动公开政府信息1224条。', year: 2016, expect: { 'proactive.total': null } },
    { input: '2012年，全局累计主动公开政府信息12条，其中概况类信息3条。', year: 2012, expect: { 'proactive.total': 12 } },
    { input: '2011年制作、获取政府信息总数20条，其中主动公开政府信息20条，不予公开信息数0。', year: 2011, expect: { 'proactive.total': 20 } },
    { input: '其中，区直、县直各单位主动公开政府信息1397条，占73%。', year: 2012, expect: { 'proactive.total': null } },
    { input: '2016年，全年共主动公开356条政务信息。', expect: { 'proactive.total': 356 } },
    { input: '2016年，全年共公开356条新闻稿件。', expect: { 'proactive.total': null } },
    { input: '2016年共公布政府信息120条。', expect: { 'proactive.total': 120 } },
    { input: '2016年，主动公开公安政府信息300条。', expect: { 'proactive.total': 300 } },
    { input: '2016年，主动公开我区各级单位政府信息5000条。', expect: { 'proactive.total': 5000 } },
    { input: '2016年，主动公开人事类政府信息5条。', expect: { 'proactive.total': null } },
    { input: '本年度主动公开信息的有5条。', expect: { 'proactive.total': 5 } },
    { input: '2016年依申请公开3条政府信息。', expect: { 'proactive.total': null } },
    { input: '在互联网上，2013年县政府公开办主动公开信息数为1713条，其他主动公开信息量较大部门是县公安局、卫生局。', expect: { 'proactive.total': null } },
    { input: '2016年主动公开和依申请公开政府信息共468条。', expect: { 'proactive.total': null } },
    { input: '主動公開政府信息情況：全年發布各類信息247條。', expect: { 'proactive.total': 247 } },
    { input: '官方微博全年發布各類信息247條。', expect: { 'proactive.total': null } },
    { input: '2017年，委门户网各类栏目主动公开信息4480余条。', expect: { 'proactive.total': 4480 } },
    {
      input: '通过各大平台主动公开政务信息数147条，政府公报公开政务信息数32条，门户网站公开政务信息数7576条。',
      expect: { 'proactive.total': null },
    },
    { input: '主动公开政府信息66551条，其中，市本级公开政府信息31339余条。', expect: { 'proactive.total': 66551 } },
    { input: '通过政府网站主动公开政府信息800条，通过政府公报公开50条。', expect: { 'proactive.total': null } },
    {
      input: '共公布政府信息2602条(其中机构职能类信息82条，其他应主动公开政府信息1053条)。',
      expect: { 'proactive.total': 2602 },
    },
    { input: '全年共制发政府信息487条，其中，主动公开政府信息117条。', expect: { 'proactive.total': 117 } },
    { input: '一年来，我局主动公开了各类信息24条。', expect: { 'proactive.total': 24 } },
    { input: '共公布政府信息2599条，其中，机构职能类信息25条，其他应主动公开政府信息856条。', expect: { 'proactive.total': 2599 } },
    { input: '截至2020年底累计主动公开政府信息8650条。', expect: { 'proactive.total': null } },
  ],
});
