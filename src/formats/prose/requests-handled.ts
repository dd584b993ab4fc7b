/**
 * requests.completed / completedOnTime / extended / processed: 申请答复数 N 件, 答复…申请 N 件, 共办结 N 件,
 * 按时办结 N 件, 延期办结 N 件, and 全年办理…依申请公开 N 件 (one total including carry-overs).
 */
import { acceptWhole, pattern, proseRule } from '../../engine/prose.js';
import { aboutRequests } from './topics.js';

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
        key: 'requests.completed',
        re: pattern('(?<!公开|不予|部分|予以)(?:答复|办结|办复)(?:了)?(?:政府信息公开|依申请公开|信息公开)?申请{N}'),
        accept: acceptWhole,
      },
      { key: 'requests.completed', re: pattern('(?:共|已|全部)办结(?:申请)?{N}'), accept: acceptWhole },
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
      { input: '各地处理28042件(含上下年结转)，省级部门处理2615件(含上下年结转)。', expect: { [handledAs]: null } },
    ],
  });
}

export const requestsHandled = handledRule('requests.processed', 'prose/requests-handled');
/** ogi-2008's reading: 共办理…申请 N 件 are the year's requests. */
export const requestsHandled2008 = handledRule('requests.received', 'ogi-2008/requests-handled');
