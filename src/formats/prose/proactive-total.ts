/**
 * proactive.total: 主动公开(各类)政府信息 N 条. A sentence that lists counts per channel (门户网站公开…N条，政府公报
 * 公开…N条) states no total and binds nothing; nor does a part (其中…).
 */
import { clauseBefore, pattern, proseRule, statesWhole } from '../../engine/prose.js';
import type { SentenceContext } from '../../engine/rule.js';

const PER_ITEM = /(?<!申请|不予|部分|予以)公开(?:各类)?(?:政府|政务)?(?:工作)?(?:信息)?(?:数|数量)?(?:为|共)?(?:近|约)?\d/gu;

// The last item of a category list (其中，机构职能类信息25条，…，其他应主动公开政府信息856条) names 其他: a part.
const OTHER_ITEM = /其他/u;

const isTotal = (m: RegExpExecArray, _q: unknown, ctx: SentenceContext): boolean => {
  if (!statesWhole(ctx.text, m.index) || OTHER_ITEM.test(clauseBefore(ctx.text, m.index))) return false;
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
  match: /主动公开|共公开|计公开|共公布/u,
  patterns: [
    {
      key: 'proactive.total',
      units: ['条', '件'],
      re: pattern('主动公开(?:了)?(?:各类|各项)?(?:政府|政务)?(?:工作)?信息(?:数|数量|总数)?(?:共计|共|达|为)?{N}'),
      accept: isTotal,
    },
    {
      key: 'proactive.total',
      units: ['条', '件'],
      re: pattern('(?:共|累计)(?:主动)?(?:公开|公布)(?:各类)?(?:政府|政务)信息{N}'),
      accept: isTotal,
    },
  ],
  examples: [
    { input: '主动公开政府信息1640条，受理并办理依申请公开78件。', expect: { 'proactive.total': 1640 } },
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
