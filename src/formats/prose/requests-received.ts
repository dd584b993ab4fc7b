/** requests.received: 受理/收到/接收 … 政府信息公开申请 N 件 (either word order), and 未收到…申请 → 0. */
import { acceptWhole, pattern, proseRule } from '../../engine/prose.js';
import type { SentenceContext } from '../../engine/rule.js';
import { SECTION_MARKER, aboutRequests } from './topics.js';


// Requests of other kinds (审批, 行政复议 …) or other things received (咨询, 投诉, 信访).
const NOT_DISCLOSURE = /复议|诉讼|咨询|投诉|举报|信访|审批|许可|行政/u;

/**
 * 未收到 … 申请 with the object in between or after: 未收到公民提出的公开政府信息申请, 没有接到群众主动要求公开政府
 * 信息的申请, 未收到要求公开其它信息的申请, 未收到申请公开政府信息情况. The object must speak of 公开 and not of
 * other requests (未收到有关政府信息公开行政复议申请), and the statement stops at a section marker.
 */
const nilRequests = (m: RegExpExecArray, _q: unknown, ctx: SentenceContext): boolean => {
  const object = m.groups?.object ?? '';
  const head = object.slice(0, object.indexOf('申请'));
  if (NOT_DISCLOSURE.test(head) || SECTION_MARKER.test(head) || /\d/u.test(head)) return false;
  // The clause must end with the request itself: 没有收到申请公开的信息涉及“不予公开”的 speaks of something else.
  const end = ctx.text.slice(m.index + m[0].length).search(/[，,；;。]/u);
  const rest = ctx.text.slice(m.index + m[0].length, end < 0 ? undefined : m.index + m[0].length + end);
  if (/公开/u.test(head)) return /^(?:的)?(?:情况|事项)?$/u.test(rest);
  return /^申请公开/u.test(object.slice(head.length)) && /^(?:政府)?信息(?:的)?(?:情况|件|事项)?$/u.test(rest);
};

/** 我镇2016年度无申请。 under a heading of requests (not of fees or reviews, where the same words stand too). */
const underRequestsHeading = (_m: RegExpExecArray, _q: unknown, ctx: SentenceContext): boolean => {
  const heading = ctx.entry.headings[ctx.entry.headings.length - 1]?.text ?? '';
  return /依申请|申请公开|公开申请/u.test(heading) && !/收费|复议|诉讼/u.test(heading);
};

export const VERB = '(?:共|全年共?|累计|合计)?(?:受理|收到|接收|接到|接受)(?:并办理|和办理|并处理|了)?';
// A gap that crosses no list (、和及与): 受理来信、咨询和信息公开申请共10件 is a combined count, not requests.
// Who asked: 公民、法人和其他组织提出的 is one phrase, though it holds a list separator the gap does not cross.
const REQUESTERS = '(?:(?:公民、法人(?:或者|或|和|及)其他组织|社会公众|公众|群众|市民|申请人)(?:依法)?(?:提出|提交|递交)?(?:的)?)?';
export const GAP = '[^，,；;。:：、和及与]{0,12}?';

export const requestsReceived = proseRule({
  id: 'prose/requests-received',
  description: 'New requests received this year, stated in prose.',
  match: /受理|收到|接收|接到|接受|无|没有|申请数/u,
  when: aboutRequests,
  patterns: [
    {
      key: 'requests.received',
      re: pattern(`${VERB}${REQUESTERS}${GAP}(?:政府|政务)?信息(?:公开)?(?:的)?申请(?:数量|总数|数)?(?:共计|合计|共|为|达)?{N}`),
      accept: acceptWhole,
    },
    {
      key: 'requests.received',
      re: pattern(`${VERB}(?:政府|政务)?(?:信息)?依申请公开(?:的)?(?:办理事项|事项|申请|件)?(?:数量|总数|数)?(?:共计|合计|共|为|达)?{N}`),
      accept: acceptWhole,
    },
    {
      key: 'requests.received',
      re: pattern(`${VERB}{N}(?:(?:政府|政务)?信息(?:公开)?申请|(?:政府|政务)?(?:信息)?依申请公开(?:请求|申请)?)`),
      accept: acceptWhole,
    },
    {
      // 全年共收到申请5件: bare 申请 under a heading of requests (三、依申请公开政府信息情况).
      key: 'requests.received',
      re: pattern(`${VERB}申请(?:共|为)?{N}`),
      accept: (m, q, ctx) => acceptWhole(m, q, ctx) && underRequestsHeading(m, q, ctx),
    },
    {
      // 共收到书面申请12件: requests in writing, the form the 2008 条例 asks for.
      key: 'requests.received',
      re: pattern(`(?:${VERB})?(?:政府信息公开)?书面申请(?:共|为)?{N}`),
      accept: acceptWhole,
    },
    {
      key: 'requests.received',
      value: 0,
      re: pattern('(?:未|没有|尚未)(?:收到|接到|受理|接收)(?:任何)?(?:(?:政府|政务)?信息公开申请|(?:政府|政务)?(?:信息)?依申请公开|(?:政府|政务)信息申请)'),
    },
    {
      key: 'requests.received',
      value: 0,
      re: pattern('(?:未|没有|尚未)(?:收到|接到|受理|接收)(?<object>[^，,；;。]{0,16}?申请(?:公开)?)'),
      accept: nilRequests,
    },
    {
      // 政府信息公开申请数为2，当面申请数为2条: a count stated as a figure, without a unit.
      key: 'requests.received',
      allowNoUnit: true,
      re: pattern('^(?:政府|政务)?信息公开申请(?:数|总数|数量)为{N}(?=[，,；;。])'),
    },
    {
      key: 'requests.received',
      value: 0,
      re: pattern('(?:全年|本年度?|年内|(?:19|20)\\d{2}年)(?:度)?(?:无|没有)(?:任何)?申请(?=[。；;]|$)'),
      accept: underRequestsHeading,
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
    { input: '2014年，我局未收到公民提出的公开政府信息申请。', expect: { 'requests.received': 0 } },
    { input: '本年度没有接到群众主动要求公开政府信息的申请。', expect: { 'requests.received': 0 } },
    { input: '我局在2011年度未收到申请公开政府信息情况。', expect: { 'requests.received': 0 } },
    { input: '2011年我局未收到有关政府信息公开行政复议申请。', expect: { 'requests.received': null } },
    { input: '全年未收到行政审批申请。', expect: { 'requests.received': null } },
    { input: '2017年我局没有收到申请公开的信息涉及“不予公开”的。', expect: { 'requests.received': null } },
    { input: '政府信息公开申请数为2，当面申请数为2条。', expect: { 'requests.received': 2 } },
    { input: '政府信息公开申请数为2%。', expect: { 'requests.received': null } },
    { input: '全年共收到12起政府信息依申请公开。', expect: { 'requests.received': 12 } },
    { input: '全年共收到书面申请12件，均已按时答复。', expect: { 'requests.received': 12 } },
    { input: '本机关全年共收到公民、法人和其他组织提出的政府信息公开申请5件。', expect: { 'requests.received': 5 } },
    { input: '全年共收到群众来信、政府信息公开申请5件。', expect: { 'requests.received': null } },
    { input: '书面申请占全部申请的62%。', expect: { 'requests.received': null } },
  ],
});
