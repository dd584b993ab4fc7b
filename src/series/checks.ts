/**
 * The promises one year's report makes to the next, as data. Each check is a sum of terms from the earlier (`prev`)
 * and the later (`cur`) report that must equal one value of the later report; it runs only when every term is stated.
 */
import { APPLICANT_SUFFIXES } from '../schema/keys.js';
import type { SeriesCheckId } from './schema.js';

export interface CheckTerm {
  readonly doc: 'prev' | 'cur';
  readonly key: string;
  readonly sign: 1 | -1;
}

export interface CheckDefinition {
  readonly id: SeriesCheckId;
  /** The templates both reports must have (their tables define the terms); `standard` = ogi-2019 or ogi-2021. */
  readonly templates: 'same' | 'standard';
  readonly template?: string;
  readonly terms: readonly CheckTerm[];
  readonly target: string;
  readonly label: string;
}

const STANDARD = new Set(['ogi-2019', 'ogi-2021']);

/** True when a check applies to a pair of reports with these templates. */
export function applies(check: CheckDefinition, prev: string | undefined, cur: string | undefined): boolean {
  if (check.template !== undefined) return prev === check.template && cur === check.template;
  if (check.templates === 'standard') return prev !== undefined && cur !== undefined && STANDARD.has(prev) && STANDARD.has(cur);
  return prev !== undefined && prev === cur;
}

// 表三 四、结转下年度继续办理 (y−1) is 二、上年结转政府信息公开申请数量 (y), in 总计 and in each applicant column:
// the row is the same in the 2019 and 2021 templates.
const carried: CheckDefinition[] = ['', ...APPLICANT_SUFFIXES.map((s) => `@${s}`)].map((suffix) => ({
  id: 'carried-over',
  templates: 'standard',
  terms: [{ doc: 'prev', key: `requests.carriedForward${suffix}`, sign: 1 }],
  target: `requests.carriedOver${suffix}`,
  label: `结转下年度 (y−1) = 上年结转 (y)${suffix ? ` ${suffix.slice(1)}` : ''}`,
}));

// 2021 表二 第二十条第（一）项: 现行有效件数 (y−1) + 本年制发件数 (y) − 本年废止件数 (y) = 现行有效件数 (y).
const inForce: CheckDefinition[] = ['rules', 'normativeDocs'].map((group) => ({
  id: 'in-force',
  templates: 'same',
  template: 'ogi-2021',
  terms: [
    { doc: 'prev', key: `proactive.${group}.inForce`, sign: 1 },
    { doc: 'cur', key: `proactive.${group}.issued`, sign: 1 },
    { doc: 'cur', key: `proactive.${group}.repealed`, sign: -1 },
  ],
  target: `proactive.${group}.inForce`,
  label: `${group === 'rules' ? '规章' : '行政规范性文件'}: 现行有效 (y−1) + 制发 (y) − 废止 (y) = 现行有效 (y)`,
}));

// 2019 表二: 上一年项目数量 (y−1) + 本年增/减 (y−1) is the items at the end of y−1, which is 上一年项目数量 (y).
const ITEM_GROUPS: ReadonlyArray<readonly [string, string]> = [
  ['licensing', '行政许可'],
  ['otherServices', '其他对外管理服务事项'],
  ['penalty', '行政处罚'],
  ['coercion', '行政强制'],
  ['fees', '行政事业性收费'],
];
const itemCount: CheckDefinition[] = ITEM_GROUPS.map(([group, name]) => ({
  id: 'item-count',
  templates: 'same',
  template: 'ogi-2019',
  terms: [
    { doc: 'prev', key: `proactive.${group}.previous`, sign: 1 },
    { doc: 'prev', key: `proactive.${group}.change`, sign: 1 },
  ],
  target: `proactive.${group}.previous`,
  label: `${name}: 上一年项目数量 (y−1) + 本年增/减 (y−1) = 上一年项目数量 (y)`,
}));

export const SERIES_CHECKS: readonly CheckDefinition[] = [...carried, ...inForce, ...itemCount];
