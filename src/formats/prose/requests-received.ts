/** requests.received: 受理/收到/接收 … 政府信息公开申请 N 件 (either word order), and 未收到…申请 → 0. */
import { acceptWhole, clauseBefore, pattern, proseRule } from '../../engine/prose.js';
import type { Quantity } from '../../text/quantities.js';
import type { SentenceContext } from '../../engine/rule.js';
import { SPANS_YEARS, aboutRequests } from './topics.js';

/** The year's whole: not a part (其中, 本级) and not a running total (近3年共受理…). */
const yearWhole = (m: RegExpExecArray, q: Quantity | undefined, ctx: SentenceContext): boolean =>
  acceptWhole(m, q, ctx) && !SPANS_YEARS.test(clauseBefore(ctx.text, m.index + m[0].length));

const VERB = '(?:共|全年共?|累计|合计)?(?:受理|收到|接收|接到|接受)(?:并办理|和办理|并处理|了)?';
// A gap that crosses no list (、和及与): 受理来信、咨询和信息公开申请共10件 is a combined count, not requests.
const GAP = '[^，,；;。:：、和及与]{0,12}?';

export const requestsReceived = proseRule({
  id: 'prose/requests-received',
  description: 'New requests received this year, stated in prose.',
  match: /受理|收到|接收|接到|接受|无|没有/u,
  when: aboutRequests,
  patterns: [
    {
      key: 'requests.received',
      re: pattern(`${VERB}${GAP}(?:政府|政务)?信息(?:公开)?(?:的)?申请(?:数量|总数|数)?(?:共计|合计|共|为|达)?{N}`),
      accept: yearWhole,
    },
    {
      key: 'requests.received',
      re: pattern(`${VERB}(?:政府|政务)?(?:信息)?依申请公开(?:的)?(?:办理事项|事项|申请|件)?(?:数量|总数|数)?(?:共计|合计|共|为|达)?{N}`),
      accept: yearWhole,
    },
    {
      key: 'requests.received',
      re: pattern(`${VERB}{N}(?:(?:政府|政务)?信息(?:公开)?申请|依申请公开(?:请求|申请))`),
      accept: yearWhole,
    },
    {
      key: 'requests.received',
      value: 0,
      re: pattern('(?:未|没有|尚未)(?:收到|接到|受理|接收)(?:任何)?(?:(?:政府|政务)?信息公开申请|(?:政府|政务)?(?:信息)?依申请公开|(?:政府|政务)信息申请)'),
    },
    {
      // 全年无政府信息公开申请 / 本年度无依申请公开事项: the year had none.
      key: 'requests.received',
      value: 0,
      re: pattern('(?:全年|本年度?|年内)(?:度)?(?:无|没有)(?:(?:政府|政务)?信息公开申请|(?:政府|政务)?(?:信息)?依申请公开(?:申请|事项)?)'),
    },
  ],
  examples: [
    { input: '受理并办理依申请公开78件，办理的政府信息公开均未收取申请人任何费用。', expect: { 'requests.received': 78 } },
    { input: '2017年，我委共收到政府信息公开申请13件，全部在规定时限内给予答复。', expect: { 'requests.received': 13 } },
    { input: '共收到10件依申请公开请求。', expect: { 'requests.received': 10 } },
    { input: '本年度未收到政府信息公开申请。', expect: { 'requests.received': 0 } },
    { input: '全年无政府信息公开申请。', expect: { 'requests.received': 0 } },
    { input: '公开向社会征集专家，共收到申请309份。', expect: { 'requests.received': null } },
    { input: '共受理群众来信、咨询和信息公开申请共10件。', expect: { 'requests.received': null } },
    { input: '其中，市本级受理政府信息公开申请200件。', expect: { 'requests.received': null } },
    { input: '近3年共受理信息公开申请2件。', expect: { 'requests.received': null } },
  ],
});
