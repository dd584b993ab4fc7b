/**
 * The standard tables of the 2019 and 2021 templates as rules: 表二 (主动公开), 表三 (收到和处理申请) and 表四
 * (行政复议、行政诉讼), plus the refiner that checks their arithmetic. The 2021 format swaps in the 2021 defaults for
 * a 表二 whose header was lost; everything else reads both templates alike.
 */
import { defineRule } from '../../engine/rule.js';
import type { Rule } from '../../engine/rule.js';
import { RECORD_KEYS as KEYS } from '../../schema/keys.js';
import { readApplications } from './applications.js';
import { REVIEW_KEYS, type ProactiveVariant } from './labels.js';
import { readProactive } from './proactive.js';
import { readReview } from './review.js';

export { standardTableChecks, CHECK_CODES } from './checks.js';
export { processedWithTable } from './processed.js';
export { TABLE_CODES } from './codes.js';

const TABLE_THREE_KEYS = KEYS.filter(
  (k) => k.startsWith('requests.received') || k.startsWith('requests.carried') || (k.startsWith('dispositions.') && !/grantedOrPartial|alreadyPublic|notThisAgency|notExist|amendRequested|otherChannel/.test(k)),
);

export const applicationsTable = defineRule({
  id: 'standard-tables/applications',
  scope: 'document',
  keys: TABLE_THREE_KEYS,
  meta: {
    description: '表三 收到和处理政府信息公开申请情况: every row × applicant column, group totals derived from sub-rows.',
    examples: [
      {
        input: [
          '| 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |',
          '| 一、本年新收政府信息公开申请数量 | 58 | 7 | 0 | 0 | 1 | 0 | 66 |',
          '| 二、上年结转政府信息公开申请数量 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |',
        ].join('\n'),
        expect: { 'requests.received': 66, 'requests.received@naturalPerson': 58, 'requests.carriedOver@commercial': 0 },
      },
      { input: '一、本年新收政府信息公开申请数量1000001', expect: { 'requests.received': 1, 'requests.received@naturalPerson': 1 } },
      { input: '本年新收政府信息公开申请58件，较上年增长5%。', expect: { 'requests.received@naturalPerson': null } },
    ],
  },
  extract: (doc, report) => readApplications(doc, report),
});

export const reviewTable = defineRule({
  id: 'standard-tables/review-litigation',
  scope: 'document',
  keys: [...REVIEW_KEYS, 'litigation.total'],
  meta: {
    description: '表四 行政复议、行政诉讼情况: the fifteen cells (grid, line, one per line, or run-together), litigation.total derived.',
    examples: [
      {
        input: '四、政府信息公开行政复议、行政诉讼情况\n1 0 0 1 2 0 0 0 0 0 1 0 0 0 1',
        expect: { 'review.upheld': 1, 'review.total': 2, 'litigation.afterReview.upheld': 1, 'litigation.total': 1 },
      },
    ],
  },
  extract: (doc, report) => readReview(doc, report),
});

const proactiveKeys = KEYS.filter((k) => k.startsWith('proactive.') && k !== 'proactive.total');

/** 表二 for one template: the variant decides the columns of a sub-table whose header was lost. */
export function proactiveTable(variant: ProactiveVariant): Rule {
  return defineRule({
    id: 'standard-tables/proactive',
    scope: 'document',
    keys: proactiveKeys,
    meta: {
      description: `表二 主动公开政府信息情况 (${variant} columns when a header is missing).`,
      examples: [
        {
          input: variant === '2021'
            ? '第二十条第(一)项\n信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数\n规章 | 3 | 0 | 15\n行政规范性文件 | 12 | 2 | 80'
            : '第二十条第(一)项\n信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量\n规章 | 3 | 3 | 15',
          expect: variant === '2021'
            ? { 'proactive.rules.issued': 3, 'proactive.rules.inForce': 15, 'proactive.normativeDocs.repealed': 2 }
            : { 'proactive.rules.made': 3, 'proactive.rules.totalPublic': 15 },
        },
      ],
    },
    extract: (doc, report) => readProactive(doc, report, variant),
  });
}

/** The table rules of a template. */
export function standardTableRules(variant: ProactiveVariant): Rule[] {
  return [applicationsTable, reviewTable, proactiveTable(variant)];
}
