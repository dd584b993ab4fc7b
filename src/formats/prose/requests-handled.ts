/**
 * requests.completed / completedOnTime / extended / processed: 申请答复数 N 件, 答复…申请 N 件, 共办结 N 件,
 * 按时办结 N 件, 延期办结 N 件, and 全年办理…依申请公开 N 件 (one total including carry-overs).
 */
import { acceptWhole, pattern, proseRule } from '../../engine/prose.js';
import type { SentenceContext } from '../../engine/rule.js';
import { aboutRequests } from './topics.js';

// Things other than disclosure requests that are also 办结 (hotline cases, petitions, messages, services).
const OTHER_CASES = /咨询|投诉|信访|留言|来信|来电|热线|12345|诉求|问题|业务|事项|审批|案件/u;

/**
 * 已办结 N 件 names no subject: it binds only when the sentence before it (or the one before, or the section
 * heading) speaks of requests, and not of other cases (截至目前共收到15564件咨询投诉件，已办结15042件).
 */
const completesRequests = (m: RegExpExecArray, _q: unknown, ctx: SentenceContext): boolean => {
  const before = ctx.text.slice(0, m.index);
  const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 4);
  if (OTHER_CASES.test(before) || OTHER_CASES.test(after)) return false;
  const heading = ctx.entry.headings[ctx.entry.headings.length - 1]?.text ?? '';
  return /申请/u.test(before) || /申请/u.test(ctx.entry.previous?.text ?? '') || /依申请|申请公开|公开申请/u.test(heading);
};

/**
 * The rule, for one reading of 共办理…申请 N 件: 2019 on it is the total processed (含上下年结转, R5); in 2008-era
 * reports it states the requests of the year (issue: 受理/收到/接收/共办理 … 申请 N 件 → received).
 */
function handledRule(handledAs: 'requests.processed' | 'requests.received', id: string) {
  return proseRule({
    id,
    description: 'Requests answered or completed (on time, extended), and requests processed as one total.',
    match: /答复|办结|办理|处理/u,
    when: aboutRequests,
    patterns: [
      { key: 'requests.completed', re: pattern('申请(?:答复|办结)(?:数|数量|总数)(?:为|共)?{N}'), accept: acceptWhole },
      {
        // 答复政府信息公开申请805件, 办结依申请公开7件.
        key: 'requests.completed',
        re: pattern('(?<!公开|不予|部分|予以)(?:答复|办结|办复)(?:了)?(?:(?:政府信息公开|依申请公开|信息公开)?申请|依申请公开(?:事项)?){N}'),
        accept: acceptWhole,
      },
      {
        // 已办结19件, 及时依法依规办结69件, 及时规范答复7件: adverbs, then the verb and the number.
        key: 'requests.completed',
        re: pattern('(?:共|已经|已|全部|均已|均|及时|依法|依规|规范|认真){1,4}(?:办结|答复|办复)(?:了)?(?:申请)?{N}'),
        accept: (m, q, ctx) => acceptWhole(m, q, ctx) && completesRequests(m, q, ctx),
      },
      {
        // 在已经答复的9件申请中: the answered requests named as the whole a breakdown follows.
        key: 'requests.completed',
        re: pattern('(?<!不予|予以)(?:已经|已)?(?:答复|办结)(?:的)?{N}(?:申请|依申请公开)'),
        accept: acceptWhole,
      },
      { key: 'requests.completedOnTime', re: pattern('按时(?:办结|答复)(?:数|数量)?{N}') },
      { key: 'requests.extended', re: pattern('延期(?:办结|答复)(?:数|数量)?{N}') },
      {
        key: handledAs,
        re: pattern('(?:共|全年共?|累计|合计|总共)(?:办理|处理)(?:了)?(?:政府|政务)?(?:信息)?(?:公开)?(?:依申请公开|申请)(?:事项|件|申请|请求)?{N}'),
        accept: acceptWhole,
      },
    ],
    examples: [
      { input: '收到申请答复数6件，按时办结6件。', expect: { 'requests.completed': 6, 'requests.completedOnTime': 6 } },
      { input: '答复政府信息公开申请805件。', expect: { 'requests.completed': 805 } },
      { input: '市政府办公室全年办理政府信息依申请公开13件。', expect: { [handledAs]: 13 } },
        { input: '共办理依申请公开申请20宗。', expect: { [handledAs]: 20 } },
      { input: '目前，已经通过门户网站办结问题176件，办结率高达100%。', expect: { 'requests.completed': null } },
      { input: '截至目前共收到15564件咨询投诉件，已办结15042件。', expect: { 'requests.completed': null } },
      { input: '全年共收到政府信息公开申请19件，已办结19件。', expect: { 'requests.completed': 19 } },
      { input: '全年共办结依申请公开7件。', expect: { 'requests.completed': 7 } },
      { input: '对收到的政府信息公开申请，及时依法依规办结69件。', expect: { 'requests.completed': 69 } },
      { input: '收到政府信息公开申请7件，及时规范答复7件。', expect: { 'requests.completed': 7 } },
      { input: '在已经答复的9件申请中，同意公开的7件。', expect: { 'requests.completed': 9 } },
      { input: '在答复的10件申请中，已主动公开的3件。', expect: { 'requests.completed': 10 } },
      { input: '对不予答复的3件申请，说明了理由。', expect: { 'requests.completed': null } },
      { input: '对群众来信来访，及时规范答复70件。', expect: { 'requests.completed': null } },
      { input: '收到政府信息公开申请3件，另共答复7件咨询。', expect: { 'requests.completed': null } },
      { input: '在已经答复的9件咨询中，满意的7件。', expect: { 'requests.completed': null } },
      { input: '各地处理28042件(含上下年结转)，省级部门处理2615件(含上下年结转)。', expect: { [handledAs]: null } },
    ],
  });
}

export const requestsHandled = handledRule('requests.processed', 'prose/requests-handled');
/** ogi-2008's reading: 共办理…申请 N 件 are the year's requests. */
export const requestsHandled2008 = handledRule('requests.received', 'ogi-2008/requests-handled');
