/**
 * requests.carriedOver / requests.carriedForward: 上年结转 N 件, 2018年度结转 N 件 (when 2018 is the year before
 * the report's), 结转下年(度)继续办理 N 件, 结转2023年度 N 件 (the year after), and 无下年度结转 → 0.
 */
import { pattern, proseRule } from '../../engine/prose.js';
import type { SentenceContext } from '../../engine/rule.js';
import { aboutRequests } from './topics.js';

const yearIs = (offset: number) => (m: RegExpExecArray, _q: unknown, ctx: SentenceContext) => {
  const written = Number(m.groups?.y);
  return ctx.doc.facts.year !== undefined && written === ctx.doc.facts.year + offset;
};

export const requestsCarried = proseRule({
  id: 'prose/requests-carried',
  description: 'Requests carried over from the previous year and forward to the next.',
  match: /结转/u,
  when: aboutRequests,
  patterns: [
    {
      key: 'requests.carriedOver',
      re: pattern('(?:上一?年度?)结转(?:的)?(?:政府信息公开|依申请公开)?(?:申请)?(?:数量|数)?(?:为|共)?{N}'),
    },
    {
      key: 'requests.carriedOver',
      re: pattern('(?<![\\d])(?<y>(?:19|20)\\d{2})年度?结转(?:的)?(?:政府信息公开|依申请公开)?(?:申请)?(?:数量|数)?(?:为|共)?{N}'),
      accept: yearIs(-1),
    },
    {
      key: 'requests.carriedForward',
      re: pattern('结转(?:至|到)?下一?年度?(?:继续)?(?:办理|答复|处理)?(?:的)?(?:申请)?(?:数量|数)?(?:为|共)?{N}'),
    },
    {
      key: 'requests.carriedForward',
      re: pattern('结转(?:至|到)?(?<![\\d])(?<y>(?:19|20)\\d{2})年度?(?:继续)?(?:办理|答复|处理)?(?:的)?(?:申请)?{N}'),
      accept: yearIs(1),
    },
    { key: 'requests.carriedForward', value: 0, re: pattern('(?:无|没有)下一?年度?结转') },
    { key: 'requests.carriedOver', value: 0, re: pattern('(?:无|没有)上一?年度?结转') },
  ],
  examples: [
    { input: '全省共受理政府信息公开申请30105件，2018年度结转552件。', year: 2019, expect: { 'requests.carriedOver': 552 } },
    { input: '全省共受理政府信息公开申请30105件，2017年度结转552件。', year: 2019, expect: { 'requests.carriedOver': null } },
    { input: '全部申请办件中：结转下年继续办理1087件，占4%。', year: 2019, expect: { 'requests.carriedForward': 1087 } },
    { input: '共收到10件依申请公开请求，共办结10件，结转2023年度继续办理2件。', year: 2022, expect: { 'requests.carriedForward': 2 } },
  ],
});
